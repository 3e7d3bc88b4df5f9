/** Shared look of the dashboard's chart axes: muted labels, no axis or tick lines. */
export const labelAxis = {
  tick: { fill: 'var(--muted)', fontSize: 12 },
  axisLine: false,
  tickLine: false,
} as const;

/** A value axis labelled with compact money ("€2.9K"). */
export function moneyAxis(format: (value: number) => string, width = 72) {
  return { ...labelAxis, width, tickFormatter: format };
}
