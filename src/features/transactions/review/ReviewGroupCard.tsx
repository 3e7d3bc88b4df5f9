import { useState } from 'react';
import type { Category } from '../../../core/types';
import { formatDay } from '../../../core/workspace/formatDay';
import type { ReviewGroup } from '../../../core/workspace/review';
import { useI18n, useMerchantLocalizer } from '../../../i18n';
import { Money } from '../../../ui/Money';
import type { TransactionRow } from '../useTransactionRows';

const SHOWN = 3;

/** How the group's category was guessed: a learned model gives a probability; a keyword match gives none. */
function guessSource(group: ReviewGroup<TransactionRow>): string {
  return group.transactions.find((tx) => tx.category === group.category)?.categorySource ?? 'none';
}

/** The model's mean probability over the group's rows that carry the guessed category. */
function averageConfidence(group: ReviewGroup<TransactionRow>): number {
  const guessed = group.transactions.filter((tx) => tx.category === group.category);
  return guessed.reduce((sum, tx) => sum + (tx.confidence ?? 0), 0) / Math.max(1, guessed.length);
}

/** One merchant to review: a few of its transactions and one select + button to categorize them all. */
export function ReviewGroupCard({
  group,
  categories,
  onApply,
}: {
  group: ReviewGroup<TransactionRow>;
  categories: readonly Category[];
  onApply: (group: ReviewGroup<TransactionRow>, category: string) => void;
}) {
  const { t, locale, numberLocale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const [category, setCategory] = useState(group.category === 'uncategorized' ? '' : group.category);
  const first = group.transactions[0];
  const currency = first?.currency ?? 'EUR';
  const percent = new Intl.NumberFormat(numberLocale, { style: 'percent' });
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  return (
    <li className="review-group" data-testid="review-group" aria-label={merchantName(group.merchant)}>
      <div className="review-group-head">
        <div className="review-group-title">
          <strong>{merchantName(group.merchant)}</strong>
          <span className="muted small">
            {t('queue.count', { count: group.transactions.length })}
            {' · '}
            {group.category === 'uncategorized'
              ? t('queue.uncategorized')
              : guessSource(group) === 'model'
                ? t('queue.unsure', {
                    category: categoryName(group.category),
                    percent: percent.format(averageConfidence(group)),
                  })
                : t('views.review.keyword', { category: categoryName(group.category) })}
          </span>
        </div>
        <span className="review-group-total">
          <Money
            amount={group.transactions.reduce((sum, tx) => sum + tx.amount, 0)}
            currency={currency}
            colored
          />
        </span>
      </div>
      <ul className="review-samples">
        {group.transactions.slice(0, SHOWN).map((tx) => (
          <li key={tx.id}>
            <span className="review-sample-date">{formatDay(tx.date, locale)}</span>
            <span className="review-sample-desc" title={tx.description}>
              {tx.description}
            </span>
            <Money amount={tx.amount} currency={tx.currency} />
          </li>
        ))}
        {group.transactions.length > SHOWN ? (
          <li className="muted small review-more">
            + {t('queue.count', { count: group.transactions.length - SHOWN })}
          </li>
        ) : null}
      </ul>
      <form
        className="review-fix"
        onSubmit={(event) => {
          event.preventDefault();
          if (category) onApply(group, category);
        }}
      >
        <select
          aria-label={t('queue.categoryFor', { merchant: merchantName(group.merchant) })}
          value={category}
          onChange={(event) => setCategory(event.target.value)}
        >
          <option value="" disabled>
            {t('queue.choose')}
          </option>
          {categories
            .filter((c) => c.id !== 'uncategorized')
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
        <button
          type="submit"
          className="button button-primary"
          disabled={!category}
          aria-label={t('queue.apply', { merchant: merchantName(group.merchant) })}
        >
          {t('queue.applyShort')}
        </button>
      </form>
    </li>
  );
}
