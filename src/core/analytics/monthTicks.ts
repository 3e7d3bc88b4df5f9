import type { IsoDate } from '../types';

/**
 * Axis ticks for a daily or weekly series: the first point of each month, thinned to at most `maxTicks` (every
 * second, third… month), so no month label repeats.
 */
export function monthTicks(dates: readonly IsoDate[], maxTicks = 12): IsoDate[] {
  const firsts: IsoDate[] = [];
  let month = '';
  for (const date of dates) {
    if (date.slice(0, 7) !== month) {
      month = date.slice(0, 7);
      firsts.push(date);
    }
  }
  const every = Math.ceil(firsts.length / maxTicks);
  return firsts.filter((_, index) => index % every === 0);
}
