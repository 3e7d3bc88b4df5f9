import type { CategoryRule } from '../core/merchant/rules';
import type { RuleTarget } from '../core/workspace/rulePreview';

/** A stored transaction as the rule preview needs it. */
export type RulePreviewRow = RuleTarget & { id: number };

export type RuleWorkerRequest =
  /** The rows every later preview matches against (sent once per worker, not per keystroke). */
  | { type: 'rows'; rows: RulePreviewRow[] }
  | { type: 'preview'; id: number; rule: CategoryRule; limit: number };

export interface RuleWorkerReply {
  type: 'preview';
  id: number;
  count: number;
  /** Ids of the first matches, in the rows' order. */
  firstIds: number[];
  changes: number;
}
