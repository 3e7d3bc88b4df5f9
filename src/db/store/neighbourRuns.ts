/**
 * The keys to delete as runs of neighbours: among the keys a store holds (in its order), each run of consecutive
 * keys that are all to go, as its first and last key. A run goes in one range request. Keys the store does not
 * hold are left out.
 */
export function neighbourRuns(
  storedInOrder: readonly string[],
  doomed: ReadonlySet<string>,
): [string, string][] {
  const runs: [string, string][] = [];
  let first: string | undefined;
  let last = '';
  for (const key of storedInOrder) {
    if (doomed.has(key)) {
      first ??= key;
      last = key;
    } else if (first !== undefined) {
      runs.push([first, last]);
      first = undefined;
    }
  }
  if (first !== undefined) runs.push([first, last]);
  return runs;
}
