import { useEffect, useRef } from 'react';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { focusReturner } from '../../ui/focusReturn';
import type { LearnOffer } from './useLearning';

/** A small non-blocking prompt at the bottom of the page: "Apply to all N 'X' transactions and future ones?" */
export function LearnPrompt({
  offer,
  done,
  categoryName,
  onAccept,
  onDismiss,
  onUndo,
}: {
  offer: LearnOffer | null;
  done: number | null;
  categoryName: (id: string) => string;
  onAccept: () => void;
  onDismiss: () => void;
  /** Takes the lesson back, once applied. */
  onUndo?: () => void;
}) {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  const apply = useRef<HTMLButtonElement>(null);
  const giveFocusBack = useRef<(() => void) | null>(null);
  useEffect(() => {
    // The prompt answers a category just chosen in the table: take focus to it (one Tab away would be 15 away),
    // and give focus back to that select once answered.
    const active = document.activeElement;
    if (offer && active instanceof HTMLElement && active.classList.contains('category-select')) {
      giveFocusBack.current = focusReturner(active);
      apply.current?.focus();
    }
  }, [offer]);
  const answer = (action: () => void) => () => {
    action();
    giveFocusBack.current?.();
    giveFocusBack.current = null;
  };
  if (!offer && done === null) return null;
  return (
    <div
      className="toast"
      role="status"
      data-testid="learn-prompt"
      onKeyDown={(event) => {
        if (event.key === 'Escape') answer(onDismiss)();
      }}
    >
      {offer ? (
        <>
          <span className="toast-text">
            {offer.category
              ? t('learn.category', {
                  category: categoryName(offer.category),
                  count: offer.count,
                  merchant: merchantName(offer.merchant),
                })
              : t('learn.name', { count: offer.count, merchant: merchantName(offer.merchant) })}
          </span>
          <button ref={apply} type="button" className="button button-primary" onClick={answer(onAccept)}>
            {t('learn.apply')}
          </button>
          <button type="button" className="button button-quiet" onClick={answer(onDismiss)}>
            {t('learn.dismiss')}
          </button>
        </>
      ) : (
        <>
          <span className="toast-text">{t('learn.done', { count: done ?? 0 })}</span>
          {onUndo && (done ?? 0) > 0 ? (
            <button type="button" className="button button-quiet" onClick={onUndo}>
              {t('learn.undo')}
            </button>
          ) : null}
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {t('common.close')}
          </button>
        </>
      )}
    </div>
  );
}
