import { useState } from 'react';
import { redactedTransactionsCsv } from '../../core/export/redactedCsv';
import { useI18n } from '../../i18n';
import { downloadText } from '../../ui/download';
import type { RevealData } from './useRevealData';

/** "Export redacted CSV" (with its rounding option) and "Redacted report (PDF/print)". */
export function RedactedExport({
  data,
  sensitiveIds,
  onPrint,
}: {
  data: RevealData;
  sensitiveIds: readonly number[];
  onPrint: () => void;
}) {
  const { t } = useI18n();
  const [roundAmounts, setRoundAmounts] = useState(false);
  const exportCsv = () => {
    const csv = redactedTransactionsCsv({
      transactions: data.transactions,
      accounts: data.accounts,
      categoryNames: new Map(data.categories.map((category) => [category.id, category.name])),
      sensitiveIds: new Set(sensitiveIds),
      options: { roundAmounts },
    });
    downloadText(`kept-redacted-${new Date().toISOString().slice(0, 10)}.csv`, csv);
  };
  return (
    <div className="reveal-share">
      <p className="muted small">{t('reveal.shareHint')}</p>
      <div className="reveal-share-actions">
        <button type="button" className="button button-primary" onClick={exportCsv}>
          {t('reveal.export')}
        </button>
        <label className="reveal-round">
          <input
            type="checkbox"
            checked={roundAmounts}
            onChange={(event) => setRoundAmounts(event.target.checked)}
          />
          {t('reveal.round')}
        </label>
        <button type="button" className="button" onClick={onPrint}>
          {t('reveal.print')}
        </button>
      </div>
    </div>
  );
}
