import { useState } from 'react';
import type { ColumnRole, ReadingProfile, StatementReading } from '../../core/import/types';
import { currencyChoices } from '../../core/currencyList';
import { currencyFromIban } from '../../core/ibanCurrency';
import { currencyForLocale } from '../../core/money';
import { unnamedAmountIn } from '../../core/statementCurrency';
import { useI18n, type MessageKey } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { Money } from '../../ui/Money';
import { useImport } from './ImportProvider';
import type { PendingReview } from './importState';
import { readStatementFile } from './readFile';

const ROLES: ColumnRole[] = [
  'date',
  'valueDate',
  'description',
  'amount',
  'debit',
  'credit',
  'direction',
  'balance',
  'fee',
  'currency',
  'account',
  'status',
  'category',
  'ignore',
];

const REASONS = new Set(['dateOrder', 'noDate', 'noAmount', 'roles', 'sign', 'errors', 'yearAssumed']);

function reasonKey(reason: string): MessageKey {
  return (REASONS.has(reason) ? `review.reason.${reason}` : 'review.reason.other') as MessageKey;
}

/** Shows how an uncertain file will be read and lets the person fix column roles, date order, decimals and sign. */
export function ReviewDialog() {
  const { status } = useImport();
  if (status.state !== 'needs-review') return null;
  return <ReviewForm key={status.review.file.name} review={status.review} />;
}

function ReviewForm({ review }: { review: PendingReview }) {
  const { t, browserLocale } = useI18n();
  const [profile, setProfile] = useState<ReadingProfile>(review.reading.profile);
  const [preview, setPreview] = useState<StatementReading>(review.reading);

  const update = async (next: ReadingProfile) => {
    setProfile(next);
    try {
      setPreview(
        (await readStatementFile(review.file, [], { profile: next, preview: true, locale: browserLocale }))
          .reading,
      );
    } catch {
      // Keep the previous preview; the person can still fix the mapping further.
    }
  };

  const columnNames =
    preview.columnNames ?? profile.roles.map((_, index) => `${t('review.column')} ${index + 1}`);
  // Confirmed here with the reading: a file that never names its currency must not land in the wrong one.
  const [currency, setCurrency] = useState(
    () =>
      review.reading.currency ??
      currencyFromIban(review.reading.account?.number) ??
      currencyForLocale(browserLocale),
  );

  return (
    <Dialog
      wide
      title={t('review.title', { file: review.file.name })}
      open
      onClose={() => review.resolve(null)}
    >
      <p>{t('review.intro')}</p>
      <ul className="review-reasons">
        {(review.reading.reviewReasons.length > 0
          ? [...new Set(review.reading.reviewReasons)]
          : ['other']
        ).map((reason) => (
          <li key={reason}>{t(reasonKey(reason))}</li>
        ))}
      </ul>
      <div className="review-options">
        <label>
          {t('review.dateOrder')}
          <select
            value={profile.dateOrder}
            onChange={(event) =>
              void update({ ...profile, dateOrder: event.target.value as ReadingProfile['dateOrder'] })
            }
          >
            <option value="DMY">DD/MM/YYYY</option>
            <option value="MDY">MM/DD/YYYY</option>
            <option value="YMD">YYYY-MM-DD</option>
          </select>
        </label>
        <label>
          {t('review.decimalMark')}
          <select
            value={profile.decimalMark}
            onChange={(event) =>
              void update({ ...profile, decimalMark: event.target.value as ReadingProfile['decimalMark'] })
            }
          >
            <option value=".">1,234.56</option>
            <option value=",">1.234,56</option>
          </select>
        </label>
        <label>
          {t('views.review.currency')}
          <select value={currency} onChange={(event) => setCurrency(event.target.value)}>
            {currencyChoices(currency).map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.sign')}
          <select
            value={profile.sign}
            onChange={(event) =>
              void update({ ...profile, sign: event.target.value as ReadingProfile['sign'] })
            }
          >
            <option value="normal">{t('review.sign.normal')}</option>
            <option value="inverted">{t('review.sign.inverted')}</option>
          </select>
        </label>
      </div>
      <div className="review-columns">
        {profile.roles.map((role, index) => (
          <label key={index} className="review-column">
            <span className="review-column-name">{columnNames[index] ?? index + 1}</span>
            <select
              value={role}
              aria-label={`${t('review.role')}: ${columnNames[index] ?? index + 1}`}
              onChange={(event) => {
                const roles = [...profile.roles];
                roles[index] = event.target.value as ColumnRole;
                void update({ ...profile, roles });
              }}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h3>{t('review.preview')}</h3>
      <table className="review-preview">
        <thead>
          <tr>
            <th>{t('transactions.col.date')}</th>
            <th>{t('transactions.col.description')}</th>
            <th className="numeric">{t('transactions.col.amount')}</th>
            <th className="numeric">{t('transactions.col.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 8).map((row) => (
            <tr key={row.line}>
              <td>{row.date}</td>
              <td className="truncate">{row.description}</td>
              <td className="numeric">
                <Money
                  amount={row.currency ? row.amount : unnamedAmountIn(row.amount, currency)}
                  currency={row.currency ?? currency}
                  colored
                />
              </td>
              <td className="numeric">
                {row.balance === null ? (
                  ''
                ) : (
                  <Money
                    amount={row.currency ? row.balance : unnamedAmountIn(row.balance, currency)}
                    currency={row.currency ?? currency}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t('review.rows', { count: preview.rows.length })} · {t('review.rememberNote')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => review.resolve(null)}>
          {t('review.skip')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => review.resolve(profile, currency)}
        >
          {t('review.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
