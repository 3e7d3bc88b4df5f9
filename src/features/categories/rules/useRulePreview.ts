import { useEffect, useMemo, useState } from 'react';
import type { CategoryRule } from '../../../core/merchant/rules';
import type { RulePreview } from '../../../core/workspace/rulePreview';
import type { Transaction } from '../../../core/types';
import { type RulePreviewOutcome, RulePreviewer } from '../../../worker/ruleClient';
import type { RulePreviewRow } from '../../../worker/ruleProtocol';

export type RulePreviewState =
  { status: 'idle' | 'running' | 'timeout' } | { status: 'done'; preview: RulePreview<Transaction> };

/** Waits for the person to pause typing before matching every stored row. */
const TYPING_PAUSE_MS = 120;

function previewRow(tx: Transaction): RulePreviewRow | null {
  if (tx.id === undefined) return null;
  return {
    id: tx.id,
    description: tx.description,
    merchant: tx.merchant,
    amount: tx.amount,
    accountId: tx.accountId,
    category: tx.category,
    ...(tx.categorySource ? { categorySource: tx.categorySource } : {}),
    ...(tx.splits?.length ? { splits: tx.splits } : {}),
    ...(tx.transferPairId !== undefined ? { transferPairId: tx.transferPairId } : {}),
  };
}

/**
 * The live preview of a rule being edited, matched in a worker with a time budget (see RulePreviewer). A result
 * is only shown for the rule it was computed for, never a stale one while the next runs.
 */
export function useRulePreview(
  rule: CategoryRule | null,
  transactions: readonly Transaction[],
): RulePreviewState {
  const [previewer] = useState(() => new RulePreviewer());
  const [result, setResult] = useState<{ key: string; outcome: RulePreviewOutcome } | null>(null);
  const key = rule ? JSON.stringify(rule) : '';
  const byId = useMemo(() => new Map(transactions.map((tx) => [tx.id, tx])), [transactions]);

  useEffect(() => () => previewer.dispose(), [previewer]);
  useEffect(() => {
    previewer.setRows(transactions.flatMap((tx) => previewRow(tx) ?? []));
  }, [previewer, transactions]);
  useEffect(() => {
    if (!rule) return;
    let live = true;
    const timer = setTimeout(() => {
      void previewer.preview(rule).then((outcome) => {
        if (live && outcome.status !== 'superseded') setResult({ key, outcome });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for `rule`: a new object with the same content needs no new preview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewer, key, transactions]);

  if (!rule) return { status: 'idle' };
  if (!result || result.key !== key) return { status: 'running' };
  const { outcome } = result;
  if (outcome.status !== 'done') return { status: outcome.status === 'timeout' ? 'timeout' : 'running' };
  const first = outcome.firstIds.flatMap((id) => byId.get(id) ?? []);
  return { status: 'done', preview: { count: outcome.count, first, changes: outcome.changes } };
}
