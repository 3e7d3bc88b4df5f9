/** A request the page made since it loaded, from the browser's own timing records. */
export interface PageRequest {
  url: string;
  origin: string;
  /** 'navigation', 'script', 'fetch', 'img', 'link'… (the initiator type). */
  type: string;
  sameOrigin: boolean;
}

// The browser keeps 250 resource entries by default and drops later ones: room for a long session's requests.
// This module loads with the app shell, before most requests are made.
if (typeof performance !== 'undefined') performance.setResourceTimingBufferSize?.(10_000);

function originOf(url: string): string {
  if (url.startsWith('data:') || url.startsWith('blob:')) return 'this device';
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Navigation plus every resource the page fetched, as the browser recorded them (PerformanceResourceTiming). */
export function readPageRequests(): PageRequest[] {
  if (typeof performance === 'undefined' || !performance.getEntriesByType) return [];
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries.map((entry) => {
    const origin = originOf(entry.name);
    return {
      url: entry.name,
      origin,
      type: entry.entryType === 'navigation' ? 'navigation' : entry.initiatorType || 'other',
      sameOrigin: origin === location.origin || origin === 'this device',
    };
  });
}

/** Calls `listener` whenever the page records a new request. */
export function onPageRequest(listener: () => void): () => void {
  if (typeof PerformanceObserver === 'undefined') return () => undefined;
  const observer = new PerformanceObserver(listener);
  try {
    observer.observe({ type: 'resource', buffered: false });
  } catch {
    return () => undefined;
  }
  return () => observer.disconnect();
}

/** The Content-Security-Policy the page declares, one directive per entry. */
export function readContentSecurityPolicy(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
  return (meta?.content ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
}
