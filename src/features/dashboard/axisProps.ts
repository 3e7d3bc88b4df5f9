/** Shared look of the dashboard's chart axes: muted labels, no axis or tick lines. */
export const labelAxis = {
  tick: { fill: 'var(--muted)', fontSize: 12 },
  axisLine: false,
  tickLine: false,
} as const;

/**
 * Horizontal grid lines only. Recharts works out where vertical lines would go even when they are not drawn, by
 * measuring every x label in the DOM (50 ms per chart in a traced import): the empty generator skips that.
 */
export const horizontalGrid = {
  vertical: false,
  stroke: 'var(--grid)',
  verticalCoordinatesGenerator: () => [],
} as const;

/** A value axis labelled with compact money ("€2.9K") on round steps. */
export function moneyAxis(format: (value: number) => string, ticks: number[], width = 72) {
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 0;
  return { ...labelAxis, width, tickFormatter: format, ticks, domain: [low, high], interval: 0 as const };
}

/** "Income: €2,935.00" in English, "Revenus : 2 935,00 €" in French. */
export function tooltipSeparator(language: string): string {
  return language === 'fr' ? '\u202f: ' : ': ';
}

/** Month label on a category axis: "Dec 2025" / "déc. 2025", never "Dec 25" (which reads as a day). */
export function monthFormat(locale: string) {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
}

/** Shows every n-th month label so labels never overlap: `interval` in Recharts' terms (0 = every label). */
export function monthInterval(count: number, narrow: boolean, halfWidth = false): number {
  const fits = narrow ? 4 : halfWidth ? 5 : 9;
  return Math.max(0, Math.ceil(count / fits) - 1);
}
