import type { CategoryRule } from '../core/merchant/rules';
import type { RulePreviewRow, RuleWorkerReply, RuleWorkerRequest } from './ruleProtocol';

/** How long matching one rule against every stored row may take before it is stopped and reported. */
export const RULE_PREVIEW_BUDGET_MS = 1000;

export type RulePreviewOutcome =
  | { status: 'done'; count: number; firstIds: number[]; changes: number }
  /** The rule ran past its time budget on the stored rows: the worker was stopped; the rule must not be saved. */
  | { status: 'timeout' }
  /** A newer preview replaced this one before it finished. */
  | { status: 'superseded' };

/** The part of a Worker the previewer uses (a fake in unit tests). */
export interface RuleWorkerLike {
  postMessage(message: RuleWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RuleWorkerReply>) => void) | null;
}

function createRuleWorker(): RuleWorkerLike {
  return new Worker(new URL('./ruleWorker.ts', import.meta.url), { type: 'module' }) as RuleWorkerLike;
}

interface Request {
  rule: CategoryRule;
  limit: number;
  resolve: (outcome: RulePreviewOutcome) => void;
}

interface Running extends Request {
  id: number;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Previews rules in a worker within a time budget each. A preview past its budget terminates the worker (a
 * catastrophic pattern cannot be interrupted any other way) and is reported as a timeout; the next preview starts
 * a fresh worker and sends it the rows again. While one runs, only the newest request waits (the person kept
 * typing): its budget starts when it starts, so a slow pattern never makes the next one look slow.
 */
export class RulePreviewer {
  private worker: RuleWorkerLike | null = null;
  private rows: RulePreviewRow[] = [];
  private running: Running | null = null;
  private waiting: Request | null = null;
  private nextId = 1;

  constructor(
    private readonly budgetMs = RULE_PREVIEW_BUDGET_MS,
    private readonly spawn: () => RuleWorkerLike = createRuleWorker,
  ) {}

  setRows(rows: RulePreviewRow[]): void {
    this.rows = rows;
    this.worker?.postMessage({ type: 'rows', rows });
  }

  preview(rule: CategoryRule, limit = 5): Promise<RulePreviewOutcome> {
    return new Promise((resolve) => {
      const request = { rule, limit, resolve };
      if (!this.running) return this.start(request);
      this.waiting?.resolve({ status: 'superseded' });
      this.waiting = request;
    });
  }

  dispose(): void {
    this.waiting?.resolve({ status: 'superseded' });
    this.waiting = null;
    this.finish({ status: 'superseded' }, true);
  }

  private start(request: Request): void {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timer = setTimeout(() => this.finish({ status: 'timeout' }, true), this.budgetMs);
    this.running = { ...request, id, timer };
    worker.postMessage({ type: 'preview', id, rule: request.rule, limit: request.limit });
  }

  private ensureWorker(): RuleWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event) => {
      if (event.data.id !== this.running?.id) return;
      const { count, firstIds, changes } = event.data;
      this.finish({ status: 'done', count, firstIds, changes }, false);
    };
    worker.postMessage({ type: 'rows', rows: this.rows });
    this.worker = worker;
    return worker;
  }

  /** Ends the running preview with `outcome` (killing its worker when asked), then starts the waiting one. */
  private finish(outcome: RulePreviewOutcome, kill: boolean): void {
    const running = this.running;
    if (running) {
      clearTimeout(running.timer);
      this.running = null;
      running.resolve(outcome);
    }
    if (kill) {
      this.worker?.terminate();
      this.worker = null;
    }
    const next = this.waiting;
    this.waiting = null;
    if (next) this.start(next);
  }
}
