import { toKey } from '../merchant/fold';
import { cityOf, type City } from './cities';
import { distinct, finding, groupBy, isSpending, monthKey, purchaseDate } from './context';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * Where the person lives and travels, from the city at the end of card and cash descriptors.
 * - home: the city with the most days of purchases (≥ 10 days, ≥ 2 merchants, ≥ 40% of located days).
 * - trip: elsewhere, purchases on consecutive days (gaps ≤ 2 days) at ≥ 2 merchants, ≥ 3 purchases over ≥ 2 days;
 *   abroad when the city's country differs from home's.
 * - regular: another city on ≥ 4 days in ≥ 3 months at ≥ 2 merchants, outside trips.
 * Merchants that bill from one city whatever the person does (Spotify Stockholm) are one merchant, never enough.
 */
const HOME_MIN_DAYS = 10;
const HOME_MIN_SHARE = 0.4;
const TRIP_GAP_DAYS = 2;
const TRIP_MIN_ROWS = 3;
const REGULAR_MIN_DAYS = 4;
const REGULAR_MIN_MONTHS = 3;
const MIN_MERCHANTS = 2;

interface Located {
  row: RevealRow;
  city: City;
}

const cityParam = (city: City) => ({ city: city.name, ...(city.fr ? { fr: city.fr } : {}) });

function ibanCountry(context: RevealContext): string | undefined {
  for (const account of context.accounts) {
    const match = /^([A-Z]{2})\d{2}/.exec((account.number ?? '').replace(/\s/g, '').toUpperCase());
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function trips(located: readonly Located[]): Located[][] {
  const clusters: Located[][] = [];
  let current: Located[] = [];
  for (const entry of located) {
    const previous = current.at(-1);
    if (previous && entry.row.day - previous.row.day > TRIP_GAP_DAYS) {
      clusters.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length) clusters.push(current);
  return clusters.filter(
    (cluster) =>
      cluster.length >= TRIP_MIN_ROWS &&
      distinct(cluster.map((entry) => entry.row.day)) >= 2 &&
      distinct(cluster.map((entry) => entry.row.payee)) >= MIN_MERCHANTS,
  );
}

export function inferPlaces(context: RevealContext): Finding[] {
  const located: Located[] = [];
  for (const row of context.rows) {
    if (!isSpending(row) && row.kind !== 'cash') continue;
    const city = cityOf(toKey(row.description));
    if (city) located.push({ row, city });
  }
  const byCity = groupBy(located, (entry) => entry.city.name);
  const locatedDays = distinct(located.map((entry) => entry.row.day));
  const findings: Finding[] = [];

  const ranked = [...byCity.values()]
    .filter((entries) => distinct(entries.map((entry) => entry.row.payee)) >= MIN_MERCHANTS)
    .map((entries) => ({ entries, days: distinct(entries.map((entry) => entry.row.day)) }))
    .sort((a, b) => b.days - a.days);
  const homeEntries = ranked[0]?.entries;
  const homeDays = ranked[0]?.days ?? 0;
  const home =
    homeEntries && homeDays >= HOME_MIN_DAYS && homeDays / locatedDays >= HOME_MIN_SHARE
      ? homeEntries[0]?.city
      : undefined;
  if (home && homeEntries) {
    findings.push(
      finding(
        'places',
        'places.home',
        { city: cityParam(home), days: homeDays, share: Math.round((100 * homeDays) / locatedDays) },
        0.5 + 0.45 * Math.min(1, homeDays / 60) * (homeDays / locatedDays),
        homeEntries.map((entry) => entry.row),
      ),
    );
  }
  const homeCountry = home?.country ?? ibanCountry(context);

  for (const [name, entries] of byCity) {
    if (name === home?.name) continue;
    const city = entries[0]?.city as City;
    const abroad = homeCountry !== undefined && city.country !== homeCountry;
    const inTrips = new Set<number>();
    for (const trip of trips(entries)) {
      for (const entry of trip) inTrips.add(entry.row.id);
      const rows = trip.map((entry) => entry.row);
      const lodging = rows.some(
        (row) => row.category === 'travel' || /\b(?:hotel|airbnb|camping)\b/.test(row.text),
      );
      findings.push(
        finding(
          'places',
          abroad ? 'places.tripAbroad' : 'places.trip',
          {
            city: cityParam(city),
            country: { country: city.country },
            from: { date: rows[0] ? purchaseDate(rows[0]) : '' },
            to: { date: rows.at(-1)?.date ?? '' },
          },
          (lodging ? 0.8 : 0.6) + Math.min(0.15, rows.length / 100),
          rows,
        ),
      );
    }
    const rest = entries.filter((entry) => !inTrips.has(entry.row.id)).map((entry) => entry.row);
    if (
      distinct(rest.map((row) => row.day)) >= REGULAR_MIN_DAYS &&
      distinct(rest.map(monthKey)) >= REGULAR_MIN_MONTHS &&
      distinct(rest.map((row) => row.payee)) >= MIN_MERCHANTS
    ) {
      findings.push(
        finding(
          'places',
          'places.regular',
          { city: cityParam(city), days: distinct(rest.map((row) => row.day)) },
          0.5 + Math.min(0.3, rest.length / 50),
          rest,
        ),
      );
    }
  }
  return findings;
}
