const WIPED = 'kept:wiped';

/** Tells the privacy audit that "Delete everything" finished, so it re-reads every table. */
export function announceWipe(): void {
  globalThis.dispatchEvent?.(new Event(WIPED));
}

export function onWipe(listener: () => void): () => void {
  globalThis.addEventListener(WIPED, listener);
  return () => globalThis.removeEventListener(WIPED, listener);
}
