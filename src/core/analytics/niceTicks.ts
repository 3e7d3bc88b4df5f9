/**
 * Round axis steps (1, 2, 2.5 or 5 × a power of ten) covering [min, max] in about `count` steps, so a value axis
 * reads €0 / €5K / €10K / €15K rather than €5.5K / €11K / €16.5K. Zero is always on the axis.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0];
  if (high - low === 0) return [0];
  const rough = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((factor) => factor * power).find((value) => value >= rough) ??
    10 * power) as number;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Rounded so 0.1 + 0.2 artefacts never reach a label.
  for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toPrecision(12)));
  return ticks;
}
