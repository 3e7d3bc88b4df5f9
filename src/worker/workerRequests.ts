/** What a worker answers: the request's id, then its result or why it failed. */
export interface WorkerAnswer<Result> {
  id: number;
  result?: Result;
  error?: string;
}

/**
 * Requests to one long-lived worker (started on first use), each answered by the reply carrying its id. Every
 * request resolves, older ones too: the caller decides which answer is still wanted.
 */
export function workerRequests<Request extends object, Result>(
  createWorker: () => Worker,
  failure: string,
): (request: Request, transfer?: Transferable[]) => Promise<Result> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (reason: unknown) => void }>();
  const started = () => {
    if (worker) return worker;
    worker = createWorker();
    worker.onmessage = (event: MessageEvent<WorkerAnswer<Result>>) => {
      const entry = pending.get(event.data.id);
      if (!entry) return;
      pending.delete(event.data.id);
      if (event.data.result !== undefined) entry.resolve(event.data.result);
      else entry.reject(new Error(event.data.error ?? failure));
    };
    return worker;
  };
  return (request, transfer = []) => {
    const id = nextId++;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      started().postMessage({ ...request, id }, transfer);
    });
  };
}
