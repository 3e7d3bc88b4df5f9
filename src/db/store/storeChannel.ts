export interface StoreChannel {
  announce(keys: readonly string[] | 'all'): void;
}

interface StoreMessage {
  keys: string[] | 'all';
}

/**
 * Tells the other tabs of this origin which blocks a write changed, so their in-memory stores re-read just those.
 * Without BroadcastChannel (old browsers) tabs simply do not hear of each other until they reload.
 */
export function openStoreChannel(
  databaseName: string,
  onRemoteChange: (keys: string[] | 'all') => void,
): StoreChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined };
  const channel = new BroadcastChannel(`kept-store:${databaseName}`);
  // Node (unit tests) would otherwise keep the process alive for an open channel.
  (channel as unknown as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<StoreMessage>) => onRemoteChange(event.data.keys);
  return {
    announce: (keys) =>
      channel.postMessage({ keys: keys === 'all' ? 'all' : [...keys] } satisfies StoreMessage),
  };
}
