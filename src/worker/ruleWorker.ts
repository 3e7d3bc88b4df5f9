/// <reference lib="webworker" />
import { previewRule } from '../core/workspace/rulePreview';
import type { RulePreviewRow, RuleWorkerReply, RuleWorkerRequest } from './ruleProtocol';

/**
 * Matches a rule being edited against the stored rows, off the main thread: a pattern that backtracks badly
 * blocks only this worker, which the client terminates when its time budget runs out.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let rows: RulePreviewRow[] = [];

scope.onmessage = (event: MessageEvent<RuleWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'rows') {
    rows = request.rows;
    return;
  }
  const preview = previewRule(request.rule, rows, request.limit);
  const reply: RuleWorkerReply = {
    type: 'preview',
    id: request.id,
    count: preview.count,
    firstIds: preview.first.map((row) => row.id),
    changes: preview.changes,
  };
  scope.postMessage(reply);
};
