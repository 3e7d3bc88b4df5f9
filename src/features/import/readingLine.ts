import type { ReadingSummary } from '../../core/import/readingSummary';
import type { MessageKey } from '../../i18n';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** One sentence saying how a file was read, for its line in the import results. */
export function readingLine(summary: ReadingSummary, t: Translate): string {
  const skipped = summary.skipped.balanceLines + summary.skipped.summaryLines;
  return t('reading.line', {
    dates: t(`reading.dates.${summary.dateOrder.order}` as MessageKey),
    decided: summary.dateOrder.source === 'locale' ? t('reading.fromLocale') : '',
    decimal: summary.decimalMark,
    sign: t(`reading.sign.${summary.sign.convention}` as MessageKey),
    skipped:
      (skipped > 0 ? t('reading.skipped', { count: skipped }) : '') +
      (summary.skipped.undatedPending > 0
        ? t('reading.undatedPending', { count: summary.skipped.undatedPending })
        : ''),
  });
}
