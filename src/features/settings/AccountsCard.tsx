import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Account } from '../../core/types';
import { renameAccount } from '../../db/accountsRepo';
import { db } from '../../db/database';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { AccountSetup } from './AccountSetup';

function AccountRow({ account }: { account: Account }) {
  const { t } = useI18n();
  const [name, setName] = useState(account.name);
  const changed = name.trim() !== account.name && name.trim() !== '';
  return (
    <li className="account-row">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (account.id !== undefined) void renameAccount(db, account.id, name);
        }}
      >
        <input
          className="search"
          value={name}
          aria-label={t('settings.accountName', { name: account.name })}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={!changed}>
          {t('settings.rename')}
        </button>
        {account.number ? <span className="muted small account-number">{account.number}</span> : null}
      </form>
      <AccountSetup account={account} />
    </li>
  );
}

export function AccountsCard() {
  const { t } = useI18n();
  const accounts = useLiveQuery(() => db.accounts.toArray(), []);
  if (!accounts || accounts.length === 0) return null;
  return (
    <Card title={t('settings.accounts')}>
      <ul className="account-rows">
        {accounts.map((account) => (
          <AccountRow key={`${account.id}-${account.name}`} account={account} />
        ))}
      </ul>
    </Card>
  );
}
