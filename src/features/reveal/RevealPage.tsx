import { useEffect, useState } from 'react';
import { REVEAL_KINDS, type RevealReport } from '../../core/reveal';
import { revealInWorker } from '../../worker/revealClient';
import { type MessageKey, useI18n } from '../../i18n';
import { FindingItem } from './FindingItem';
import { RedactedExport } from './RedactedExport';
import './reveal.css';
import { useFindingText } from './useFindingText';
import { useRevealData } from './useRevealData';

/** "What your statements reveal": every inference Kept can make, by kind, each with its evidence. */
export default function RevealPage() {
  const { t } = useI18n();
  const data = useRevealData();
  const text = useFindingText();
  // The last answer stays on screen while a change is worked out.
  const [report, setReport] = useState<RevealReport | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void revealInWorker({
      transactions: data.transactions,
      accounts: data.accounts,
      categories: data.categories,
      today: new Date().toISOString().slice(0, 10),
    }).then((next) => live && setReport(next));
    return () => {
      live = false;
    };
  }, [data]);
  if (!data || !report) return <div className="page muted">{t('common.loading')}</div>;
  const { findings } = report;
  const kinds = REVEAL_KINDS.filter((kind) => findings.some((finding) => finding.kind === kind));
  return (
    <div className="page reveal-page" data-testid="reveal-report" data-count={findings.length}>
      <div className="page-header">
        <div>
          <h1>
            <span className="screen-only">{t('reveal.title')}</span>
            <span className="print-only">{t('reveal.printedTitle')}</span>
          </h1>
          <p className="muted reveal-intro">{t('reveal.intro')}</p>
          <p className="muted small">
            {t('reveal.count', { count: findings.length, transactions: data.transactions.length })}
          </p>
        </div>
      </div>
      <RedactedExport data={data} sensitiveIds={report.sensitiveIds} onPrint={() => window.print()} />
      {findings.length === 0 ? <p className="empty-note">{t('reveal.none')}</p> : null}
      {kinds.map((kind) => (
        <section key={kind} className={`card reveal-kind kind-${kind}`} aria-labelledby={`reveal-${kind}`}>
          <header className="card-header">
            <div>
              <h2 className="card-title" id={`reveal-${kind}`}>
                {t(`reveal.kind.${kind}` as MessageKey)}
              </h2>
              <p className="card-subtitle">{t(`reveal.kindHint.${kind}` as MessageKey)}</p>
            </div>
          </header>
          <ul className="reveal-list">
            {findings
              .filter((finding) => finding.kind === kind)
              .map((finding) => (
                <FindingItem
                  key={`${finding.message}-${finding.evidence[0] ?? 0}`}
                  finding={finding}
                  text={text(finding)}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
