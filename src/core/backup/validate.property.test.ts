import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCurrencyCode } from '../currencyCodes';
import { isValidIsoDate } from '../dates';
import { BACKUP_TABLES, type BackupTables } from './envelope';
import { sampleBackup } from './testBackup';
import { parseBackup, validateBackup } from './validate';

const good = sampleBackup();

/** What every accepted backup guarantees to the views and the import path, checked independently. */
function expectUsable(tables: BackupTables) {
  const accounts = new Set(tables.accounts.map((row) => row.id));
  for (const account of tables.accounts) {
    expect(Number.isSafeInteger(account.id) && (account.id as number) < 2 ** 31).toBe(true);
    expect(isCurrencyCode(account.currency)).toBe(true);
    expect(typeof account.name).toBe('string');
  }
  for (const tx of tables.transactions) {
    expect(accounts.has(tx.accountId)).toBe(true);
    expect(Number.isSafeInteger(tx.amount)).toBe(true);
    expect(tx.balance === null || Number.isSafeInteger(tx.balance)).toBe(true);
    expect(isCurrencyCode(tx.currency)).toBe(true);
    expect(isValidIsoDate(tx.date as string)).toBe(true);
    expect(typeof tx.description).toBe('string');
    expect(typeof tx.merchant).toBe('string');
  }
}

/** The sample with one field of one row (or one whole row) replaced by arbitrary JSON. */
const mutated = fc
  .record({
    table: fc.constantFrom(...BACKUP_TABLES),
    row: fc.nat(30),
    field: fc.constantFrom(
      'id',
      'accountId',
      'importId',
      'amount',
      'balance',
      'currency',
      'date',
      'description',
      'category',
      'splits',
      'transferPairId',
      'pattern',
      'match',
      'roles',
      'sign',
      'signature',
      'delimiter',
      'value',
      'key',
      'name',
      'color',
      '__row__',
    ),
    value: fc.jsonValue(),
  })
  .map(({ table, row, field, value }) => {
    const copy = structuredClone(good);
    const rows = copy.tables[table];
    if (rows.length === 0) return copy;
    const index = row % rows.length;
    if (field === '__row__') rows[index] = value as Record<string, unknown>;
    else (rows[index] as Record<string, unknown>)[field] = value;
    return copy;
  });

describe('backup validator over arbitrary input', () => {
  it('never throws and never accepts arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateBackup(value, 1).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(parseBackup(text, 1).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on envelopes holding arbitrary tables, and what it accepts is usable', () => {
    const tables = fc.dictionary(
      fc.constantFrom(...BACKUP_TABLES),
      fc.array(fc.jsonValue(), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(tables, (value) => {
        const reading = validateBackup({ ...good, tables: { ...good.tables, ...value } }, 1);
        if (reading.ok) expectUsable(reading.backup.tables);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a real backup with one field made arbitrary, and what it accepts is usable', () => {
    fc.assert(
      fc.property(mutated, (backup) => {
        const reading = validateBackup(JSON.parse(JSON.stringify(backup)) as unknown, 1);
        if (reading.ok) expectUsable(reading.backup.tables);
      }),
      { numRuns: 1000 },
    );
  });
});
