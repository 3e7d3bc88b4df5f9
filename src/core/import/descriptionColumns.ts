import type { ColumnRole } from './types';
import { cleanCell, normalizeName } from './text';
import { ratio, type ColumnStats } from './valueKinds';

// Which columns make up a row's text, from their names and values once the other roles are known.

/**
 * A description column that says the same on every row (KBC's account holder "Naam", an account type) tells
 * nothing beside one that varies, and would put that name before every merchant: it is left out.
 */
export function dropConstantDescriptions(roles: ColumnRole[], sample: readonly string[][]): void {
  const columns = roles.flatMap((role, j) => (role === 'description' ? [j] : []));
  if (columns.length < 2 || sample.length < 3) return;
  const constant = columns.filter((j) => {
    const values = new Set<string>();
    let filled = 0;
    for (const row of sample) {
      const value = cleanCell(row[j]).toLowerCase();
      if (!value) continue;
      filled++;
      values.add(value);
      if (values.size > 1) return false;
    }
    return filled >= 3 && filled >= sample.length * 0.9;
  });
  if (constant.length === 0 || constant.length === columns.length) return;
  for (const j of constant) roles[j] = 'ignore';
}

/** A column of words, not of currency codes or direction marks. */
function isText(s: ColumnStats): boolean {
  const codes = ratio(s.currencyCodes, s) >= 0.6 || ratio(s.directions, s) >= 0.8;
  return s.nonEmpty > 0 && ratio(s.texts, s) >= 0.5 && !codes;
}

/** Unnamed columns of text right after a description column continue it (PKO BP: "Opis transakcji","",""). */
export function continueDescriptions(
  header: readonly string[],
  roles: ColumnRole[],
  ranks: number[],
  unknown: boolean[],
  stats: readonly ColumnStats[],
): void {
  let owner = -1;
  for (let j = 0; j < roles.length; j++) {
    if ((header[j] ?? '').trim() !== '') {
      owner = roles[j] === 'description' ? j : -1;
      continue;
    }
    if (owner >= 0 && roles[j] === 'ignore' && isText(stats[j]!)) {
      roles[j] = 'description';
      ranks[j] = ranks[owner]!;
      unknown[j] = false;
    }
  }
}

/**
 * No named description column holds any text (Stanbic's rows sit under an unnamed column): unnamed columns of text
 * are the description.
 */
export function describeFromUnnamedText(
  header: readonly string[],
  roles: ColumnRole[],
  ranks: number[],
  unknown: boolean[],
  stats: readonly ColumnStats[],
): void {
  if (roles.some((role, j) => role === 'description' && stats[j]!.nonEmpty > 0)) return;
  for (let j = 0; j < roles.length; j++) {
    const s = stats[j]!;
    if ((header[j] ?? '').trim() === '' && roles[j] === 'ignore' && isText(s) && s.dates === 0) {
      roles[j] = 'description';
      ranks[j] = 1;
      unknown[j] = false;
    }
  }
}

/** The other side's column named after one of ours: "Naam" beside "Naam tegenpartij" (KBC) is the holder's name. */
const COUNTERPARTY = ['tegenpartij', 'counterparty', 'gegenpartei', 'contrepartie'];

export function leaveOutOwnName(header: readonly string[], roles: ColumnRole[]): void {
  const names = header.map((name) => normalizeName(name));
  for (let j = 0; j < roles.length; j++) {
    const name = names[j] as string;
    if (roles[j] !== 'description' || name === '') continue;
    const theirs = COUNTERPARTY.flatMap((word) => [`${name} ${word}`, `${word} ${name}`]);
    if (names.some((other) => theirs.includes(other))) roles[j] = 'ignore';
  }
}
