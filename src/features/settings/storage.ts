/** What the browser says about keeping Kept's data (navigator.storage), for Settings. */
export interface StorageStatus {
  /** undefined when the browser does not say. */
  persistent: boolean | undefined;
  usage?: number;
  quota?: number;
}

const CHANGED = 'kept:storage-changed';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persistent: undefined };
  const [persistent, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => undefined) : undefined,
    storage.estimate ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persistent, usage: estimate?.usage, quota: estimate?.quota };
}

/**
 * Asks the browser to keep Kept's storage even when space runs low (it may say no, or decide on its own, as
 * Chromium does from how the site is used). Resolves to the answer; Settings hears about it.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = storageManager();
  if (!storage?.persist) return undefined;
  try {
    const granted = (await storage.persisted?.()) || (await storage.persist());
    return granted;
  } catch {
    return undefined;
  } finally {
    globalThis.dispatchEvent?.(new Event(CHANGED));
  }
}

/** Calls `listener` whenever a persistence request finished (from anywhere in the app). */
export function onStorageChanged(listener: () => void): () => void {
  globalThis.addEventListener(CHANGED, listener);
  return () => globalThis.removeEventListener(CHANGED, listener);
}

/** A byte count in the unit that reads best (kB, MB, GB), formatted for the locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ] as const;
  const [unit, size] = units.find(([, size]) => bytes >= size) ?? ['byte', 1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: bytes >= size * 100 || unit === 'byte' ? 0 : 1,
  }).format(bytes / size);
}
