import { useState } from 'react';
import { formatMoney, minorToDecimalString } from '../../core/money';
import type { Category } from '../../core/types';
import { checkSplits, parseAmountInput } from '../../core/workspace/splits';
import { db } from '../../db/database';
import { setTransactionSplits } from '../../db/transactionEdits';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import type { TransactionRow } from './useTransactionRows';
import { OptionList } from '../../ui/OptionList';

interface Part {
  category: string;
  amount: string;
}

function initialParts(row: TransactionRow): Part[] {
  if (row.splits?.length) {
    return row.splits.map((split) => ({
      category: split.category,
      amount: minorToDecimalString(split.amount, row.currency),
    }));
  }
  return [
    { category: row.category, amount: minorToDecimalString(row.amount, row.currency) },
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
  const { t, locale } = useI18n();
  const money = (amount: number) => formatMoney(amount, row.currency, locale);
  const [parts, setParts] = useState<Part[]>(() => initialParts(row));
  const amounts = parts.map((part) => parseAmountInput(part.amount, row.currency));
  const badNumber = amounts.some((amount, index) => amount === null && parts[index]?.amount.trim());
  const splits = parts.map((part, index) => ({ category: part.category, amount: amounts[index] ?? 0 }));
  const check = checkSplits(row.amount, splits);
  const valid = !badNumber && check.problems.length === 0;
  const update = (index: number, change: Partial<Part>) =>
    setParts((current) => current.map((part, i) => (i === index ? { ...part, ...change } : part)));

  return (
    <Dialog title={t('split.title', { merchant: row.merchant })} open onClose={onClose}>
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
          onClick={() => setParts((current) => [...current, { category: '', amount: '' }])}
        >
          + {t('split.add')}
        </button>
        <p
          className={`split-status ${valid ? 'split-ok' : 'split-off'}`}
          role="status"
          data-testid="split-status"
        >
          {check.remaining !== 0 || badNumber
            ? t('split.remaining', { amount: money(check.remaining) })
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
