import { useEffect, useSyncExternalStore } from 'react';

/** Data held outside React that loads once and then tells when it changes (the transaction store). */
export interface VersionedSource {
  subscribe: (listener: () => void) => () => void;
  getVersion: () => number;
  ready: () => Promise<void>;
  readonly isReady: boolean;
}

/** Re-renders whenever the source changes; undefined until it has loaded. */
export function useVersionedSource(source: VersionedSource): number | undefined {
  const version = useSyncExternalStore(source.subscribe, source.getVersion);
  useEffect(() => {
    void source.ready();
  }, [source]);
  return source.isReady ? version : undefined;
}
