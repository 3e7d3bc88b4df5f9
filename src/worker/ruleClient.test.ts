import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CategoryRule } from '../core/merchant/rules';
import { previewRule } from '../core/workspace/rulePreview';
import { type RuleWorkerLike, RulePreviewer } from './ruleClient';
import type { RulePreviewRow, RuleWorkerReply, RuleWorkerRequest } from './ruleProtocol';

const rule = (pattern: string): CategoryRule => ({
  id: 'r',
  field: 'description',
  match: 'regex',
  pattern,
  setCategory: 'dining',
  priority: 0,
  createdAt: 0,
});

const rows: RulePreviewRow[] = [
  {
    id: 1,
    description: 'CB STARBUCKS 12/03',
    merchant: 'Starbucks',
    amount: -450,
    accountId: 1,
    category: 'uncategorized',
  },
  {
    id: 2,
    description: 'CB LIDL 0423',
    merchant: 'Lidl',
    amount: -2300,
    accountId: 1,
    category: 'groceries',
  },
  {
    id: 3,
    description: 'CB STARBUCKS 14/03',
    merchant: 'Starbucks',
    amount: -390,
    accountId: 1,
    category: 'dining',
  },
];

/** Answers like the real worker, a tick later; or never, for a pattern that backtracks forever. */
function fakeWorker(log: string[], stuckOn?: string): RuleWorkerLike {
  let stored: RulePreviewRow[] = [];
  const worker: RuleWorkerLike = {
    onmessage: null,
    terminate: () => log.push('terminate'),
    postMessage(message: RuleWorkerRequest) {
      log.push(message.type);
      if (message.type === 'rows') {
        stored = message.rows;
        return;
      }
      if (message.rule.pattern === stuckOn) return;
      const preview = previewRule(message.rule, stored, message.limit);
      const reply: RuleWorkerReply = {
        type: 'preview',
        id: message.id,
        count: preview.count,
        firstIds: preview.first.map((row) => row.id),
        changes: preview.changes,
      };
      setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<RuleWorkerReply>), 1);
    },
  };
  return worker;
}

afterEach(() => vi.useRealTimers());

describe('RulePreviewer', () => {
  it('matches in the worker and returns counts and the first ids', async () => {
    const log: string[] = [];
    const previewer = new RulePreviewer(1000, () => fakeWorker(log));
    previewer.setRows(rows);
    await expect(previewer.preview(rule('starbucks'))).resolves.toEqual({
      status: 'done',
      count: 2,
      firstIds: [1, 3],
      changes: 1,
    });
    expect(log).toEqual(['rows', 'preview']);
  });

  it('stops a preview past its budget, reports it, and starts a fresh worker for the next one', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    const previewer = new RulePreviewer(500, () => fakeWorker(log, '(a|a)*$'));
    previewer.setRows(rows);
    const slow = previewer.preview(rule('(a|a)*$'));
    vi.advanceTimersByTime(499);
    const next = previewer.preview(rule('lidl'));
    vi.advanceTimersByTime(1);
    await expect(slow).resolves.toEqual({ status: 'timeout' });
    vi.advanceTimersByTime(5);
    await expect(next).resolves.toMatchObject({ status: 'done', count: 1, firstIds: [2] });
    expect(log).toEqual(['rows', 'preview', 'terminate', 'rows', 'preview']);
  });

  it('runs only the newest of the requests made while one is running', async () => {
    const log: string[] = [];
    const previewer = new RulePreviewer(1000, () => fakeWorker(log));
    previewer.setRows(rows);
    const first = previewer.preview(rule('s'));
    const second = previewer.preview(rule('st'));
    const third = previewer.preview(rule('sta'));
    await expect(second).resolves.toEqual({ status: 'superseded' });
    await expect(first).resolves.toMatchObject({ status: 'done' });
    await expect(third).resolves.toMatchObject({ status: 'done', count: 2 });
    expect(log.filter((entry) => entry === 'preview')).toHaveLength(2);
    previewer.dispose();
    expect(log.at(-1)).toBe('terminate');
  });
});
