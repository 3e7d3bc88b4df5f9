import type { ReadingProfile } from '../core/import/types';
import { packRows, unpackRows } from '../core/packRows';
import type { PreparedMonth } from '../core/preparedRows';
import { MonthStream } from '../core/preparedStream';
import type { PreparedImport, PreparedRow } from './importBatch';

// Files to import in tests of the import: rows at hand, packed months, or months arriving as from the worker.

const profile: ReadingProfile = {
  signature: 'test',
  delimiter: ',',
  headerRow: 0,
  roles: ['date', 'description', 'amount'],
  dateOrder: 'YMD',
  decimalMark: '.',
  sign: 'normal',
};

export function row(date: string, amount: number, description: string): PreparedRow {
  return {
    date,
    amount,
    description,
    merchant: description,
    category: 'uncategorized',
    currency: 'EUR',
    balance: null,
  };
}

export function file(rows: PreparedRow[], extra: Partial<PreparedImport> = {}): PreparedImport {
  return {
    fileName: 'statement.csv',
    sha256: `sha-${Math.random()}`,
    profile,
    saveProfile: false,
    account: { currency: 'EUR', number: 'FR7630006000011234567890189', bankName: 'Test Bank' },
    rows,
    errors: 0,
    ...extra,
  };
}

/** A file as the import worker hands it over: rows packed month by month, and the same rows unpacked. */
export function packedFile(rows: PreparedRow[], extra: Partial<PreparedImport> = {}): PreparedImport {
  const months: PreparedMonth[] = [];
  for (const month of new Set(rows.map((row) => row.date.slice(0, 7))))
    months.push({ month, ...packRows(rows.filter((row) => row.date.startsWith(month))) });
  return file(
    months.flatMap((month) => unpackRows<PreparedRow>(month)),
    { months, ...extra },
  );
}

/** A file whose rows come as the import worker sends them: month by month, after commitImport has started. */
export function streamedFile(rows: PreparedRow[], extra: Partial<PreparedImport> = {}) {
  const { months } = packedFile(rows);
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : 1));
  const stream = new MonthStream(rows.length, [
    (sorted[0] as PreparedRow).date,
    (sorted[sorted.length - 1] as PreparedRow).date,
  ]);
  const send = async (until = months?.length ?? 0) => {
    for (const month of (months ?? []).slice(sent, until)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      stream.push([month]);
    }
    sent = until;
  };
  let sent = 0;
  return { input: file([], { rows: stream, ...extra }), stream, send };
}
