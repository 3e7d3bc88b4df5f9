import { useState } from 'react';
import type { Category } from '../../../core/types';
import { type CategoryExplanation, explainCategory } from '../../../core/workspace/explainCategory';
import { type MessageKey, useI18n, useMerchantLocalizer } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import type { TransactionRow } from '../useTransactionRows';
import { useWhyContext } from './useWhyContext';
import './why.css';

function useExplanationText(): (explanation: CategoryExplanation, merchant: string) => string {
  const { t, locale } = useI18n();
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (explanation, merchant) => {
    switch (explanation.reason) {
      case 'split':
        return t('why.split', { parts: explanation.parts });
      case 'manual':
        return t('why.manual');
      case 'rule':
        return explanation.rule
          ? t('why.rule', {
              field: t(`why.field.${explanation.rule.field}` as MessageKey),
              match: t(`why.match.${explanation.rule.match}` as MessageKey),
              pattern: explanation.rule.pattern,
            })
          : t('why.ruleUnknown');
      case 'learned':
        return explanation.date
          ? t('why.learned', { date: day.format(new Date(`${explanation.date}T00:00:00Z`)), merchant })
          : t('why.learnedUndated', { merchant });
      case 'transfer':
        return t('why.transfer');
      case 'type': {
        const known = ['income', 'cash', 'fee', 'cardSummary', 'interest', 'transfer'].includes(
          explanation.type,
        );
        return t('why.type', { type: t(`why.type.${known ? explanation.type : 'other'}` as MessageKey) });
      }
      case 'brand':
        return t(`why.brand.${explanation.source}`, { brand: explanation.brand });
      case 'keyword':
        return explanation.keyword
          ? t('why.keyword', { keyword: explanation.keyword })
          : t('why.keywordUnknown');
      case 'bank':
        return explanation.label ? t('why.bank', { label: explanation.label }) : t('why.bankUnknown');
      case 'guess':
        return t('why.guess', { percent: Math.round(explanation.confidence * 100) });
      case 'none':
        return t('why.none');
    }
  };
}

function Explanation({ row }: { row: TransactionRow }) {
  const { t } = useI18n();
  const context = useWhyContext();
  const text = useExplanationText();
  const merchantName = useMerchantLocalizer();
  if (!context) return <p className="muted">{t('common.loading')}</p>;
  const explanation = explainCategory(row, context);
  return (
    <>
      <p data-testid="why-text" data-reason={explanation.reason}>
        {text(explanation, merchantName(row.merchant))}
      </p>
      <p className="muted small">{t('why.change')}</p>
    </>
  );
}

/** A small "Why?" button beside a category; the explanation opens in a dialog. */
export function WhyCategory({ row, category }: { row: TransactionRow; category: Category | undefined }) {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  const [open, setOpen] = useState(false);
  const name = category?.name ?? row.category;
  return (
    <>
      <button
        type="button"
        className="why-button"
        aria-label={t('why.label', { merchant: merchantName(row.merchant), category: name })}
        onClick={() => setOpen(true)}
      >
        {t('why.button')}
      </button>
      {open ? (
        <Dialog title={t('why.title', { category: name })} open onClose={() => setOpen(false)}>
          <Explanation row={row} />
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus onClick={() => setOpen(false)}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
