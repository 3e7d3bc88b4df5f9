/**
 * Order statistics without sorting: quickselect finds the k-th smallest value in linear time on average. The
 * dashboard needs a few quantiles of a million charges; sorting them all took ~100 ms per array.
 */

/** The k-th smallest (0-based) of `values[from, to)`, reordering that part of the array. */
export function selectKth(values: Float64Array, k: number, from = 0, to = values.length): number {
  let low = from;
  let high = to - 1;
  const target = from + k;
  while (high > low) {
    // Median of three as the pivot: sorted or reversed input stays linear.
    const middle = (low + high) >> 1;
    const a = values[low] as number;
    const b = values[middle] as number;
    const c = values[high] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] as number) < pivot) left += 1;
      while ((values[right] as number) > pivot) right -= 1;
      if (left <= right) {
        const swap = values[left] as number;
        values[left] = values[right] as number;
        values[right] = swap;
        left += 1;
        right -= 1;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return values[target] as number;
}

/** The smallest value of `values[from, to)` (to > from). */
function minimum(values: Float64Array, from: number, to: number): number {
  let least = values[from] as number;
  for (let index = from + 1; index < to; index += 1)
    if ((values[index] as number) < least) least = values[index] as number;
  return least;
}

/**
 * The values at positions k and k + 1 of `values[from, to)` once sorted (the second is the first when k + 1 is past
 * the end), reordering that part of the array.
 */
export function selectPair(values: Float64Array, k: number, from = 0, to = values.length): [number, number] {
  const kth = selectKth(values, k, from, to);
  const next = from + k + 1 < to ? minimum(values, from + k + 1, to) : kth;
  return [kth, next];
}

/** The median (mean of the two middle values for an even count) of `values[from, to)`, reordering it; 0 when empty. */
export function medianInPlace(values: Float64Array, from = 0, to = values.length): number {
  const count = to - from;
  if (count <= 0) return 0;
  const middle = count >> 1;
  if (count % 2 === 1) return selectKth(values, middle, from, to);
  const [lower, upper] = selectPair(values, middle - 1, from, to);
  return (lower + upper) / 2;
}
