import { useState } from 'react';
import { currencyChoices } from '../../core/currencyList';
import { currencyDigits, minorToDecimalString } from '../../core/money';
import type { Account } from '../../core/types';
import { parseAmountInput } from '../../core/workspace/splits';
import { updateAccountSettings } from '../../db/accountSettings';
import { db } from '../../db/database';
import { useI18n } from '../../i18n';

/** An account's currency (a list of ISO codes, not free text) and its opening balance, saved together. */
export function AccountSetup({ account }: { account: Account }) {
  const { t, locale } = useI18n();
  const [currency, setCurrency] = useState(account.currency);
  const [opening, setOpening] = useState(
    account.openingBalance === undefined
      ? ''
      : minorToDecimalString(account.openingBalance, account.currency),
  );
  const [saved, setSaved] = useState(false);
  const parsed = opening.trim() === '' ? null : parseAmountInput(opening, currency);
  const invalid = opening.trim() !== '' && parsed === null;
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  const id = `account-${account.id ?? 0}`;
  return (
    <form
      className="account-setup"
      onSubmit={(event) => {
        event.preventDefault();
        if (account.id === undefined || invalid) return;
        void updateAccountSettings(db, account.id, { currency, openingBalance: parsed }).then(() =>
          setSaved(true),
        );
      }}
    >
      <label className="field">
        <span>{t('views.settings.currency', { name: account.name })}</span>
        <select
          value={currency}
          onChange={(event) => {
            setCurrency(event.target.value);
            setSaved(false);
          }}
        >
          {currencyChoices(account.currency).map((code) => (
            <option key={code} value={code}>
              {code} · {names.of(code) ?? code}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('views.settings.opening', { name: account.name })}</span>
        <input
          inputMode="decimal"
          value={opening}
          aria-invalid={invalid}
          aria-describedby={`${id}-opening-hint`}
          placeholder={currencyDigits(currency) > 0 ? '0.00' : '0'}
          onChange={(event) => {
            setOpening(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit" className="button" disabled={invalid}>
        {t('views.settings.save')}
      </button>
      <span className="muted small account-setup-hint" id={`${id}-opening-hint`}>
        {saved ? <strong role="status">{t('views.settings.saved')}</strong> : t('views.settings.openingHint')}
      </span>
    </form>
  );
}
