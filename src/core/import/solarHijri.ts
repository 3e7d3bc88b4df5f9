/**
 * Iranian banks date their statements in the Solar Hijri calendar (1402/10/15 is 2024-01-05). The Jalali leap
 * years follow Borkowski's arithmetic, which matches the astronomical calendar over this whole era: the years
 * where a 33-year cycle breaks are listed.
 */
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** The Gregorian year in which a Solar Hijri year starts, the day of March it starts on, and whether it is leap. */
function yearStart(jy: number): { gy: number; march: number; leap: boolean } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gy, march: 20 + leapJ - leapG, leap: leap === 0 };
}

/** Years a statement of today can be dated in (1380 is 2001, 1420 is 2041). */
export function isSolarHijriYear(year: number): boolean {
  return year >= 1300 && year <= 1420;
}

/** The Gregorian [year, month, day] of a Solar Hijri date, or null when there is no such day. */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] | null {
  // The first six months have 31 days, the next five 30, the last 29 (30 in a leap year).
  const length = jm <= 6 ? 31 : jm <= 11 ? 30 : 29;
  const { gy, march, leap } = yearStart(jy);
  if (jm < 1 || jm > 12 || jd < 1 || jd > length + (jm === 12 && leap ? 1 : 0)) return null;
  const offset = (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  const date = new Date(Date.UTC(gy, 2, march + offset));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
