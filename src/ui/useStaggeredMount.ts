import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` parts to mount: the first at once, then one more per task. A chart's first render, layout
 * and effects then make a task of their own instead of six charts holding the page for a quarter of a second.
 */
export function useStaggeredMount(count: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => startTransition(() => setShown((value) => value + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}
