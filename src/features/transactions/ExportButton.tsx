import { useState } from 'react';
import { db } from '../../db/database';
import { exportTransactionsCsv } from '../../db/exportTransactions';
import { useI18n } from '../../i18n';
import { downloadText } from '../../ui/download';

export function ExportButton() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const csv = await exportTransactionsCsv(db);
          downloadText(`kept-transactions-${new Date().toISOString().slice(0, 10)}.csv`, csv);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('transactions.export')}
    </button>
  );
}
