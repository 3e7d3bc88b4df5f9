import { useId } from 'react';
import type { Finding } from '../../core/reveal';
import { type MessageKey, useI18n } from '../../i18n';

export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

/** The transactions view filtered to exactly these rows. */
export function evidenceHref(ids: readonly number[]): string {
  return `#/transactions?ids=${ids.join(',')}`;
}

/** One inference: what was inferred, how sure, and a link to the transactions behind it. */
export function FindingItem({ finding, text }: { finding: Finding; text: string }) {
  const { t } = useI18n();
  const textId = useId();
  const level = confidenceLevel(finding.confidence);
  const merchants = typeof finding.params.merchants === 'string' ? finding.params.merchants : '';
  return (
    <li className={`reveal-item level-${level}`} data-testid="reveal-item" data-kind={finding.kind}>
      <div className="reveal-item-main">
        <p className="reveal-text" id={textId}>
          {text}
        </p>
        {finding.kind === 'sensitive' && merchants ? (
          <p className="reveal-seen muted small">{t('reveal.seenAt', { merchants })}</p>
        ) : null}
      </div>
      <div className="reveal-item-side">
        <span className="reveal-confidence" data-level={level}>
          <span className="reveal-meter" aria-hidden="true">
            <span style={{ width: `${Math.round(finding.confidence * 100)}%` }} />
          </span>
          {t(`reveal.confidence.${level}` as MessageKey)}
          <span className="muted small">
            {' · '}
            {t('reveal.confidence.percent', { percent: Math.round(finding.confidence * 100) })}
          </span>
        </span>
        <a className="reveal-evidence" href={evidenceHref(finding.evidence)} aria-describedby={textId}>
          {t('reveal.evidence', { count: finding.evidence.length })}
        </a>
      </div>
    </li>
  );
}
