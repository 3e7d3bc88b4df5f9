import { useDeferredValue } from 'react';

/**
 * The value as React's useDeferredValue gives it, except while it is still loading: the first real value shows at
 * once (nothing older to show), later changes render at low priority so what changed them (an import's result,
 * a click) paints first and the heavy view follows.
 */
export function useDeferredAfterLoad<T>(value: T | undefined): T | undefined {
  const deferred = useDeferredValue(value);
  return deferred === undefined ? value : deferred;
}
