import { useMemo, useState } from 'react';
import { buildReviewGroups, type ReviewGroup } from '../../../core/workspace/review';
import { db } from '../../../db/database';
import { applyToMerchant, trainCategoryModel } from '../../../db/learning';
import { useI18n, useMerchantLocalizer } from '../../../i18n';
import { useWorkspaceData, type TransactionRow } from '../useTransactionRows';
import { ReviewGroupCard } from './ReviewGroupCard';

const PAGE = 40;

/** The "Needs review" queue: uncategorized or unsure transactions grouped by merchant, biggest first. */
export default function ReviewPage() {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  const data = useWorkspaceData();
  const [limit, setLimit] = useState(PAGE);
  const [fixed, setFixed] = useState<string | null>(null);
  const groups = useMemo(() => buildReviewGroups(data?.rows ?? []), [data]);
  const count = groups.reduce((sum, group) => sum + group.transactions.length, 0);

  const apply = async (group: ReviewGroup<TransactionRow>, category: string) => {
    const changed = await applyToMerchant(db, group.merchantKey, { category });
    await trainCategoryModel(db, [
      { text: group.merchant, amount: group.transactions[0]?.amount ?? 0, category },
    ]);
    const name = data?.categories.find((c) => c.id === category)?.name ?? category;
    setFixed(t('queue.fixed', { merchant: merchantName(group.merchant), category: name, count: changed }));
  };

  const suggested = groups.filter((group) => group.category !== 'uncategorized');
  const acceptAll = async () => {
    let changed = 0;
    for (const group of suggested)
      changed += await applyToMerchant(db, group.merchantKey, { category: group.category });
    await trainCategoryModel(
      db,
      suggested.map((group) => ({
        text: group.merchant,
        amount: group.transactions[0]?.amount ?? 0,
        category: group.category,
      })),
    );
    setFixed(t('views.review.acceptedAll', { groups: suggested.length, count: changed }));
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('queue.title')}</h1>
          <p className="muted">
            {data ? t('queue.summary', { groups: groups.length, count }) : t('common.loading')}
          </p>
        </div>
        {suggested.length > 0 ? (
          <button type="button" className="button button-primary" onClick={() => void acceptAll()}>
            {t('views.review.acceptAll', { count: suggested.length })}
          </button>
        ) : null}
      </div>
      <p className="page-intro">{t('queue.intro')}</p>
      {fixed ? (
        <p className="notice" role="status">
          {fixed}
        </p>
      ) : null}
      {data && groups.length === 0 ? <p className="empty-note">{t('queue.empty')}</p> : null}
      {data ? (
        <ul className="review-groups">
          {groups.slice(0, limit).map((group) => (
            <ReviewGroupCard
              key={group.merchantKey}
              group={group}
              categories={data.categories}
              onApply={(g, category) => void apply(g, category)}
            />
          ))}
        </ul>
      ) : null}
      {groups.length > limit ? (
        <button type="button" className="button more-button" onClick={() => setLimit(limit + PAGE)}>
          {t('queue.more')}
        </button>
      ) : null}
    </div>
  );
}
