/** Spare colours, far from each other, for slices whose own colour is too close to one already shown. */
const SPARE = [
  '#1f77b4',
  '#d62728',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#2ca02c',
  '#7f7f7f',
];

function rgb(hex: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1] as string, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A rough perceptual distance (weighted RGB, "redmean"). */
function distance(a: string, b: string): number {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return a === b ? 0 : Number.POSITIVE_INFINITY;
  const mean = (x[0] + y[0]) / 2;
  const [dr, dg, db] = [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  return Math.sqrt((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db);
}

const TOO_CLOSE = 90;

/**
 * The colours to draw, in order: each its own unless it is too close to one drawn before it (two browns side by
 * side read as one category), in which case the farthest spare colour takes its place.
 */
export function distinctColors(colors: readonly string[]): string[] {
  const used: string[] = [];
  for (const color of colors) {
    const clash = used.some((other) => distance(color, other) < TOO_CLOSE);
    if (!clash) {
      used.push(color);
      continue;
    }
    const spare = SPARE.map((candidate) => ({
      candidate,
      nearest: Math.min(...used.map((other) => distance(candidate, other))),
    })).sort((a, b) => b.nearest - a.nearest)[0];
    used.push(spare?.candidate ?? color);
  }
  return used;
}
