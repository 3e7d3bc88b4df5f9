import { useI18n } from '../../i18n';
import type { LearnOffer } from './useLearning';

/** A small non-blocking prompt at the bottom of the page: "Apply to all N 'X' transactions and future ones?" */
export function LearnPrompt({
  offer,
  done,
  categoryName,
  onAccept,
  onDismiss,
}: {
  offer: LearnOffer | null;
  done: number | null;
  categoryName: (id: string) => string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  if (!offer && done === null) return null;
  return (
    <div className="toast" role="status" data-testid="learn-prompt">
      {offer ? (
        <>
          <span className="toast-text">
            {offer.category
              ? t('learn.category', {
                  category: categoryName(offer.category),
                  count: offer.count,
                  merchant: offer.merchant,
                })
              : t('learn.name', { count: offer.count, merchant: offer.merchant })}
          </span>
          <button type="button" className="button button-primary" onClick={onAccept}>
            {t('learn.apply')}
          </button>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {t('learn.dismiss')}
          </button>
        </>
      ) : (
        <>
          <span className="toast-text">{t('learn.done', { count: done ?? 0 })}</span>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {t('common.close')}
          </button>
        </>
      )}
    </div>
  );
}
