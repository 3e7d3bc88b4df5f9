import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { importsRelyingOn } from '../../db/undoImport';

/** The 20 newest imports with their account's name and the later imports that rely on them (Undo waits). */
export function useImportHistory() {
  return useLiveQuery(async () => {
    const [imports, accounts] = await Promise.all([db.imports.toArray(), db.accounts.toArray()]);
    const names = new Map(accounts.map((account) => [account.id, account.name]));
    return imports
      .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
      .slice(0, 20)
      .map((record) => ({
        ...record,
        accountName: names.get(record.accountId) ?? '',
        reliedOnBy: importsRelyingOn(record.id ?? 0, imports).map((other) => other.fileName),
      }));
  }, []);
}
