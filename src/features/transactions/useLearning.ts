import { useCallback, useState } from 'react';
import { merchantKeyOf } from '../../core/workspace/filter';
import { db } from '../../db/database';
import { learnFromCorrection, type LessonUndo, trainCategoryModel, undoLesson } from '../../db/learning';
import { renameTransactionMerchant, setTransactionCategory } from '../../db/transactionEdits';
import type { TransactionRow } from './useTransactionRows';

/** An offer to teach Kept what the person just did for one transaction. */
export interface LearnOffer {
  merchantKey: string;
  merchant: string;
  count: number;
  category?: string;
  name?: string;
}

/**
 * Manual corrections: each one is stored as 'manual', trains the per-user model, and leads to an offer to apply it
 * to the whole merchant and future imports (accepted with `accept`). `countOf` counts a merchant's transactions in the
 * rows already in memory (no table scan before the prompt shows).
 */
export function useLearning(countOf: (merchantKey: string) => number) {
  const [offer, setOffer] = useState<LearnOffer | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [lesson, setLesson] = useState<LessonUndo | null>(null);

  const changeCategory = useCallback(
    async (row: TransactionRow, category: string) => {
      await setTransactionCategory(db, row.id, category);
      await trainCategoryModel(db, [{ text: row.merchant, amount: row.amount, category }]);
      const merchantKey = merchantKeyOf(row);
      setDone(null);
      setOffer({ merchantKey, merchant: row.merchant, count: countOf(merchantKey), category });
    },
    [countOf],
  );

  const rename = useCallback(
    async (row: TransactionRow, name: string) => {
      const trimmed = name.trim();
      if (!trimmed || trimmed === row.merchant) return;
      await renameTransactionMerchant(db, row.id, trimmed);
      const merchantKey = merchantKeyOf(row);
      setDone(null);
      setOffer({ merchantKey, merchant: trimmed, count: countOf(merchantKey), name: trimmed });
    },
    [countOf],
  );

  const accept = useCallback(async () => {
    if (!offer) return;
    const { changed, undo } = await learnFromCorrection(db, offer.merchantKey, {
      ...(offer.category ? { category: offer.category } : {}),
      ...(offer.name ? { name: offer.name } : {}),
    });
    setOffer(null);
    setDone(changed);
    setLesson(undo);
  }, [offer]);

  /** Takes back what "Apply to all" just did (the one correction itself stays). */
  const undo = useCallback(async () => {
    if (!lesson) return;
    await undoLesson(db, lesson);
    setLesson(null);
    setDone(null);
  }, [lesson]);

  const dismiss = useCallback(() => {
    setOffer(null);
    setDone(null);
  }, []);

  return { offer, done, changeCategory, rename, accept, dismiss, undo };
}
