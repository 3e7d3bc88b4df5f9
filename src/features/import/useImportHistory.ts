import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';

export function useImportHistory() {
  return useLiveQuery(async () => {
    const [imports, accounts] = await Promise.all([
      db.imports.orderBy('id').reverse().limit(20).toArray(),
      db.accounts.toArray(),
    ]);
    const names = new Map(accounts.map((account) => [account.id, account.name]));
    return imports.map((record) => ({ ...record, accountName: names.get(record.accountId) ?? '' }));
  }, []);
}
