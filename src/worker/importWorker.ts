/// <reference lib="webworker" />
import { handleRead } from './handleRead';
import { loadKnowledgeFor } from './merchantPacks';
import type { WarmUpRequest, WorkerReply, WorkerRequest } from './protocol';
import { warmUpImport } from './warmUp';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

/** Set by the first file: a warm-up still running stops at its next step, and none starts after it. */
let fileCame = false;
let readerWarmedUp = false;

function warmUp({ reader }: WarmUpRequest) {
  // Before the first file is chosen, the person's locale is the only hint of their country.
  const locale = scope.navigator.language;
  if (!reader || readerWarmedUp || fileCame) {
    void loadKnowledgeFor({ locale });
    return;
  }
  readerWarmedUp = true;
  // A warm-up that fails leaves the code as cold as it was: the import itself reports its own errors.
  void warmUpImport(locale, () => fileCame).catch(() => undefined);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warmUp') {
    warmUp(request);
    return;
  }
  fileCame = true;
  await handleRead(request, scope.navigator.language, reply);
};
