import { useState } from 'react';
import { formatMoney, minorToDecimalString } from '../../core/money';
import type { Category } from '../../core/types';
import { checkSplits, parseAmountInput } from '../../core/workspace/splits';
import { db } from '../../db/database';
import { setTransactionSplits } from '../../db/transactionEdits';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import type { TransactionRow } from './useTransactionRows';
import { OptionList } from '../../ui/OptionList';

interface Part {
  category: string;
  amount: string;
}

/** Parts are typed without a sign: every part takes the transaction's direction (money out stays out). */
function initialParts(row: TransactionRow): Part[] {
  const unsigned = (amount: number) => minorToDecimalString(Math.abs(amount), row.currency);
  if (row.splits?.length) {
    return row.splits.map((split) => ({ category: split.category, amount: unsigned(split.amount) }));
  }
  return [
    { category: row.category, amount: unsigned(row.amount) },
    { category: '', amount: '' },
  ];
}

/** Splits one transaction into several categories; Save is enabled only when the parts add up to the total. */
export function SplitDialog({
  row,
  categories,
  onClose,
}: {
  row: TransactionRow;
  categories: readonly Category[];
  onClose: () => void;
}) {
  const { t, numberLocale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const money = (amount: number) => formatMoney(amount, row.currency, numberLocale);
  const [parts, setParts] = useState<Part[]>(() => initialParts(row));
  // The last part follows the others (it holds what is left) until the person types in it.
  const [lastTyped, setLastTyped] = useState(Boolean(row.splits?.length));
  const sign = row.amount < 0 ? -1 : 1;
  const amounts = parts.map((part) => {
    const parsed = parseAmountInput(part.amount, row.currency);
    return parsed === null ? null : sign * Math.abs(parsed);
  });
  const badNumber = amounts.some((amount, index) => amount === null && parts[index]?.amount.trim());
  const splits = parts.map((part, index) => ({ category: part.category, amount: amounts[index] ?? 0 }));
  const check = checkSplits(row.amount, splits);
  const valid = !badNumber && check.problems.length === 0;
  const withRemainder = (current: Part[]): Part[] => {
    const last = current.length - 1;
    const others = current
      .slice(0, last)
      .reduce((sum, part) => sum + Math.abs(parseAmountInput(part.amount, row.currency) ?? 0), 0);
    const left = Math.abs(row.amount) - others;
    return current.map((part, i) =>
      i === last ? { ...part, amount: left > 0 ? minorToDecimalString(left, row.currency) : '' } : part,
    );
  };
  const update = (index: number, change: Partial<Part>) => {
    const isLast = index === parts.length - 1;
    if (isLast && change.amount !== undefined) setLastTyped(true);
    setParts((current) => {
      const next = current.map((part, i) => (i === index ? { ...part, ...change } : part));
      return !isLast && change.amount !== undefined && !lastTyped ? withRemainder(next) : next;
    });
  };

  return (
    <Dialog title={t('split.title', { merchant: merchantName(row.merchant) })} open onClose={onClose}>
      <form
        className="split-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!valid) return;
          await setTransactionSplits(db, row.id, splits);
          onClose();
        }}
      >
        <p className="muted">{t('split.intro', { amount: money(row.amount) })}</p>
        <p className="muted small">{t('views.split.unsigned')}</p>
        {parts.map((part, index) => (
          <div className="split-line" key={index}>
            <select
              aria-label={t('split.category', { n: index + 1 })}
              value={part.category}
              onChange={(event) => update(index, { category: event.target.value })}
            >
              <option value="" disabled>
                {t('queue.choose')}
              </option>
              <OptionList items={categories} />
            </select>
            <input
              aria-label={t('split.amount', { n: index + 1 })}
              inputMode="decimal"
              className="split-amount"
              value={part.amount}
              onChange={(event) => update(index, { amount: event.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('split.remove', { n: index + 1 })}
              disabled={parts.length <= 2}
              onClick={() => setParts((current) => current.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setLastTyped(false);
            setParts((current) => withRemainder([...current, { category: '', amount: '' }]));
          }}
        >
          + {t('split.add')}
        </button>
        <p
          className={`split-status ${valid ? 'split-ok' : 'split-off'}`}
          role="status"
          data-testid="split-status"
        >
          {check.remaining !== 0 || badNumber
            ? t('split.remaining', { amount: money(Math.abs(check.remaining)) })
            : check.problems.includes('zeroPart')
              ? t('split.zeroPart')
              : check.problems.includes('noCategory')
                ? t('split.noCategory')
                : t('split.balanced')}
        </p>
        <div className="dialog-actions">
          {row.splits?.length ? (
            <button
              type="button"
              className="button button-danger"
              onClick={async () => {
                await setTransactionSplits(db, row.id, []);
                onClose();
              }}
            >
              {t('split.unsplit')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!valid}>
            {t('split.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
