import type { Category, Transaction } from '../../../core/types';
import { formatDay } from '../../../core/workspace/formatDay';
import type { RulePreview } from '../../../core/workspace/rulePreview';
import { useI18n, useMerchantLocalizer } from '../../../i18n';
import { Money } from '../../../ui/Money';

/** Which stored transactions the rule being edited matches: a count and the first rows. */
export function RulePreviewList({
  preview,
  categories,
}: {
  preview: RulePreview<Transaction>;
  categories: readonly Category[];
}) {
  const { t, locale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const name = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="rule-preview" aria-label={t('rules.preview')} data-testid="rule-preview">
      <p className="rule-preview-count" data-count={preview.count}>
        <strong>{t('rules.preview.count', { count: preview.count })}</strong>
        {preview.count > 0 ? (
          <span className="muted"> · {t('rules.preview.changes', { count: preview.changes })}</span>
        ) : null}
      </p>
      {preview.first.length > 0 ? (
        <table className="rule-preview-table">
          <tbody>
            {preview.first.map((tx) => (
              <tr key={tx.id}>
                <td className="muted">{formatDay(tx.date, locale)}</td>
                <td className="truncate" title={tx.description}>
                  {tx.description}
                </td>
                <td>{merchantName(tx.merchant)}</td>
                <td>{name(tx.category)}</td>
                <td className="numeric">
                  <Money amount={tx.amount} currency={tx.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
