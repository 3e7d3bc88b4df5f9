import { isSolarHijriYear, solarHijriToGregorian } from './solarHijri';
import type { IsoDate } from '../types';
import { toIsoDate } from '../dates';

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isoCache = new Map<number, IsoDate>();

/** Fast calendar check (this runs on every row). */
function validYmd(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month]!)
    return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

function iso(year: number, month: number, day: number): IsoDate {
  const key = year * 10000 + month * 100 + day;
  let out = isoCache.get(key);
  if (out === undefined) {
    out = toIsoDate(year, month, day);
    if (isoCache.size < 50_000) isoCache.set(key, out);
  }
  return out;
}
import type { DateOrder } from './types';

/**
 * Date scanning. A scan yields two leading parts and a year; `fixed` says whether their meaning is known:
 * 0 = ambiguous numeric (day/month order decided by the column), 1 = year-first (p1 month, p2 day),
 * 2 = month given by name (p1 day, p2 month).
 */
export interface DateScan {
  p1: number;
  p2: number;
  year: number;
  fixed: 0 | 1 | 2;
}

const MONTHS: Record<string, number> = {};
const MONTH_WORDS: [number, string][] = [
  [1, 'jan january janv janvier januar januari janeiro ene enero gen gennaio jaenner janner'],
  [2, 'feb february fev fevr fevrier februar februari fevereiro febrero febbraio'],
  [3, 'mar march mars marz maerz maart mrt marzo marco'],
  [4, 'apr april avr avril abr abril aprile'],
  [5, 'may mai mei mayo maggio mag maio'],
  [6, 'jun june juin juni junio giu giugno junho'],
  [7, 'jul july juil juillet juli julio lug luglio julho'],
  [8, 'aug august aout augustus ago agosto'],
  [9, 'sep sept september septembre setembro septiembre set settembre'],
  [10, 'oct october octobre okt oktober octubre ott ottobre outubro'],
  [11, 'nov november novembre noviembre novembro'],
  [12, 'dec december decembre dez dezember dic diciembre dicembre dezembro'],
];
/** Polish, Nordic, Czech, Russian and Ukrainian names (genitive too: "5 marca", "5 марта"); й written и. */
const MORE_MONTH_WORDS: [number, string][] = [
  [1, 'sty stycznia styczen ledna leden januar январь января янв січня січень січ tammikuuta'],
  [2, 'lut lutego luty unora unor февраль февраля фев лютого лютий лют helmikuuta'],
  [3, 'marca marzec brezna brezen март марта мар березня березень бер maaliskuuta'],
  [4, 'kwi kwietnia kwiecien dubna duben апрель апреля апр квітня квітень кві huhtikuuta'],
  [5, 'maj maja kvetna kveten маи мая травня травень тра toukokuuta'],
  [6, 'cze czerwca czerwiec cervna cerven июнь июня июн червня червень чер kesakuuta'],
  [7, 'lip lipca lipiec cervence cervenec июль июля июл липня липень лип heinakuuta'],
  [8, 'sie sierpnia sierpien augusti srpna srpen август августа авг серпня серпень сер elokuuta'],
  [9, 'wrz wrzesnia wrzesien zari сентябрь сентября сен вересня вересень вер syyskuuta'],
  [10, 'paz pazdziernika pazdziernik rijna rijen октябрь октября окт жовтня жовтень жов lokakuuta'],
  [11, 'lis listopada listopad листопада листопад ноябрь ноября ноя лис marraskuuta'],
  [
    12,
    'gru grudnia grudzien des desember prosince prosinec декабрь декабря дек грудня грудень гру joulukuuta',
  ],
];
/** Romanian, Turkish, Hungarian, Portuguese and Indonesian names and abbreviations the lists above miss. */
const OTHER_MONTH_WORDS: [number, string][] = [
  [1, 'ian ianuarie ocak'],
  [2, 'februarie subat'],
  [3, 'martie mart marcius'],
  [4, 'aprilie nisan aprilis'],
  [5, 'mayis majus'],
  [6, 'iun iunie haziran junius'],
  [7, 'iul iulie temmuz julius'],
  [8, 'agu agt agustus agustos augusztus'],
  [9, 'septembrie eylul szep szept szeptember'],
  [10, 'out octombrie ekim oktober'],
  [11, 'noi noiembrie kasim'],
  [12, 'aralik'],
];
for (const [month, words] of [...MONTH_WORDS, ...MORE_MONTH_WORDS, ...OTHER_MONTH_WORDS])
  for (const w of words.split(' ')) MONTHS[w] ??= month;

/** The month a name or its abbreviation stands for, in the languages known here; 0 when none. */
function monthFromWord(word: string): number {
  const w = monthKey(word);
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)] ?? 0;
}

/** The month a whole word names ("abr", "April", "Sept."), not one a longer word starts like ("Decathlon"); else 0. */
export function monthNamed(word: string): number {
  return MONTHS[monthKey(word)] ?? 0;
}

function monthKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i');
}

const R_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
// Hungarian and Korean banks end a date with a dot, and Korean ones space its parts: "2024.01.05.", "2024. 1. 5.";
// colons as in a camera's timestamp (an old Danske Bank LT export: "2012:03:01").
const R_ISO = /^(\d{4})\s?[-/.:]\s?(\d{1,2})\s?[-/.:]\s?(\d{1,2})\.?(?:$|[T\s,])/;
const R_NUM = /^(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})\.?(?:$|[T\s,])/;
/** "14 Sep 2022", "14-Sep-22", "14 Sep '22" (Axis Bank's card). */
const R_DMONY =
  /^(\d{1,2})(?:\.|st|nd|rd|th|er)?[\s\-/.]*([a-zA-Z\u00C0-\u017F\u0400-\u04FF]{3,12})\.?[\s\-/.,]*['’]?(\d{4}|\d{2})(?:\s?г\.?|\.)?(?:$|[\s,T])/;
const R_MONDY =
  /^([a-zA-Z\u00C0-\u017F\u0400-\u04FF]{3,12})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})(?:$|[\s,T])/;
const LEADING_WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|ma|wo|vr|za|zo)[a-z]*\.?,?\s+(?=\d|[a-z\u00C0-\u017F])/i;
/** Year first with the month by name: 2024-Mar-05, 2024 MAR 05. */
const R_YMOND = /^(\d{4})[\s\-/.]([a-zA-Z\u00C0-\u017F]{3,12})\.?[\s\-/.](\d{1,2})(?:$|[\s,T])/;
/** Chinese, Japanese and Korean dates: 2024年3月5日, 2024년 3월 5일. */
const R_CJK = /^(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]?/;
/** Japanese era dates: 令和6年3月28日, R06.03.28, H31/4/30 (元年 is the first year of an era). */
const R_ERA = /^(令和|平成|R|H)\s?(\d{1,2}|元)\s?[年./-]\s?(\d{1,2})\s?[月./-]\s?(\d{1,2})\s?日?(?:$|[\s,T])/;
/** The year before each era's first. */
const ERA_BASE: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

export function fullYear(y: number): number {
  if (y >= 100) return commonEra(y);
  // "05/03/67": a year in the 2060s or 1970s is no statement's; Thai banks shorten Buddhist years (2567 → 67).
  if (y >= 56 && y <= 79) return 2500 + y - BUDDHIST_ERA;
  return y <= 69 ? 2000 + y : 1900 + y;
}

/** Thai banks count years in the Buddhist era (2567 is 2024). */
const BUDDHIST_ERA = 543;

function commonEra(year: number): number {
  return year >= 2400 && year <= 2700 ? year - BUDDHIST_ERA : year;
}

/** Thai dates with a month name or its abbreviation: "5 มี.ค. 2567", "05 มีนาคม 67" (a two-digit Buddhist year). */
const R_THAI = /^(\d{1,2})\s*([\u0e00-\u0e7f.]{2,12})\s*(\d{4}|\d{2})(?:$|[\s,])/;
const THAI_MONTHS = [
  'มค มกราคม',
  'กพ กุมภาพันธ์',
  'มีค มีนาคม',
  'เมย เมษายน',
  'พค พฤษภาคม',
  'มิย มิถุนายน',
  'กค กรกฎาคม',
  'สค สิงหาคม',
  'กย กันยายน',
  'ตค ตุลาคม',
  'พย พฤศจิกายน',
  'ธค ธันวาคม',
];
const THAI_MONTH = new Map(
  THAI_MONTHS.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);

/** Scans a date cell into `out`; returns false when the text is not a date. */
export function scanDate(text: string, out: DateScan): boolean {
  const s = text.length > 0 && text.charCodeAt(0) <= 32 ? text.trim() : text;
  if (s.length < 6) return false;
  const c0 = s.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    let m = R_NUM.exec(s);
    if (m) {
      out.p1 = +m[1]!;
      out.p2 = +m[2]!;
      out.year = fullYear(+m[3]!);
      out.fixed = 0;
      return out.p1 >= 1 && out.p2 >= 1 && out.p1 <= 31 && out.p2 <= 31 && (out.p1 <= 12 || out.p2 <= 12);
    }
    m = R_ISO.exec(s) ?? R_COMPACT.exec(s) ?? R_CJK.exec(s);
    if (m) {
      const y = commonEra(+m[1]!);
      if (y >= 1900 && y <= 2200) {
        out.year = y;
        out.p1 = +m[2]!;
        out.p2 = +m[3]!;
        out.fixed = 1;
        return validYmd(y, out.p1, out.p2);
      }
      return isSolarHijriYear(y) && scanSolarHijri(y, +m[2]!, +m[3]!, out);
    }
    m = R_DMONY.exec(s);
    if (m) {
      const month = monthFromWord(m[2]!);
      if (month === 0) return false;
      out.p1 = +m[1]!;
      out.p2 = month;
      out.year = fullYear(+m[3]!);
      out.fixed = 2;
      return validYmd(out.year, month, out.p1);
    }
    m = R_YMOND.exec(s);
    if (m) {
      const month = monthFromWord(m[2]!);
      out.p1 = +m[3]!;
      out.p2 = month;
      out.year = commonEra(+m[1]!);
      out.fixed = 2;
      return month > 0 && validYmd(out.year, month, out.p1);
    }
    m = R_THAI.exec(s);
    if (m) {
      const month = THAI_MONTH.get(m[2]!.replace(/\./g, '')) ?? 0;
      const y = +m[3]!;
      out.p1 = +m[1]!;
      out.p2 = month;
      out.year = y < 100 ? 2500 + y - BUDDHIST_ERA : commonEra(y);
      out.fixed = 2;
      return month > 0 && validYmd(out.year, month, out.p1);
    }
    return false;
  }
  const era = R_ERA.exec(s);
  if (era) {
    out.year = (ERA_BASE[era[1]!] ?? 0) + (era[2] === '元' ? 1 : +era[2]!);
    out.p1 = +era[3]!;
    out.p2 = +era[4]!;
    out.fixed = 1;
    return validYmd(out.year, out.p1, out.p2);
  }
  const m = R_MONDY.exec(s);
  if (m) {
    const month = monthFromWord(m[1]!);
    if (month !== 0) {
      out.p1 = +m[2]!;
      out.p2 = month;
      out.year = +m[3]!;
      out.fixed = 2;
      return validYmd(out.year, month, out.p1);
    }
  }
  // A weekday before the date ("Tue, 05 Mar 2024", "Mo 03.04.2024").
  const weekday = LEADING_WEEKDAY.exec(s);
  return weekday !== null && scanDate(s.slice(weekday[0].length), out);
}

/** A Solar Hijri date (Iranian banks: 1402/10/15) scanned as the Gregorian day it is. */
function scanSolarHijri(year: number, month: number, day: number, out: DateScan): boolean {
  const gregorian = solarHijriToGregorian(year, month, day);
  if (!gregorian) return false;
  [out.year, out.p1, out.p2] = gregorian;
  out.fixed = 1;
  return true;
}

/** Resolves a scan to an ISO date under a day/month order, or null when invalid. */
export function resolveDate(scan: DateScan, order: DateOrder): IsoDate | null {
  let day: number;
  let month: number;
  if (scan.fixed === 1) {
    month = scan.p1;
    day = scan.p2;
  } else if (scan.fixed === 2) {
    day = scan.p1;
    month = scan.p2;
  } else if (order === 'MDY') {
    month = scan.p1;
    day = scan.p2;
  } else {
    day = scan.p1;
    month = scan.p2;
  }
  if (!validYmd(scan.year, month, day)) return null;
  return iso(scan.year, month, day);
}

const scratch: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };

/** Parses one date cell under the given order (ambiguous numeric dates only). */
export function parseDate(text: string, order: DateOrder): IsoDate | null {
  return scanDate(text, scratch) ? resolveDate(scratch, order) : null;
}

/** True when the text reads as a date in any order. */
export function looksLikeDate(text: string): boolean {
  return scanDate(text, scratch);
}
