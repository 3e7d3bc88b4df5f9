import { dayNumberToIso } from '../dates';
import { headerMeaning } from './headerRoles';
import { filledCells } from './readHelpers';
import { cleanCell } from './text';

/** Excel's serial day 25569 is 1970-01-01 (its day 1 is 1900-01-01, counting the leap day 1900 never had). */
const SERIAL_OF_1970 = 25569;
const DAY_SECONDS = 86_400;
/** Days since 1970-01-01 of 1990-01-01 and 2099-12-31: the dates a statement can hold. */
const FIRST_DAY = 7305;
const LAST_DAY = 47481;
/** Excel serial days (45296.5625 with a time of day), Unix seconds, Unix milliseconds. */
const NUMERIC_DATE = /^(?:(\d{5})(?:[.,]\d+)?|(\d{10})|(\d{13}))$/;
/** Rows looked at to tell a column of numeric dates. */
const LOOKED_AT = 2000;

/** Days since 1970-01-01 of a numeric date, or null when the cell is not one of a statement's years. */
function dayOf(cell: string): number | null {
  const m = NUMERIC_DATE.exec(cleanCell(cell));
  if (!m) return null;
  const day = m[1] ? +m[1] - SERIAL_OF_1970 : Math.floor((m[2] ? +m[2] : +m[3]! / 1000) / DAY_SECONDS);
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/**
 * Some files keep their dates as numbers: Excel serial days when a statement was saved again through a spreadsheet
 * (45296 is 2024-01-05), Unix seconds or milliseconds in apps' exports (1704412800). A column whose header names a
 * date and whose filled cells nearly all are such numbers is written as YYYY-MM-DD (UTC days; the time of day
 * goes). Returns how many columns were.
 */
export function numericDatesToIso(table: string[][], header: readonly string[], dataStart: number): number {
  const rows = table.slice(dataStart, dataStart + LOOKED_AT).filter((row) => filledCells(row) >= 2);
  let converted = 0;
  header.forEach((name, j) => {
    const role = headerMeaning(name)?.role;
    if (role !== 'date' && role !== 'valueDate') return;
    let filled = 0;
    let numeric = 0;
    for (const row of rows) {
      const cell = row[j] ?? '';
      if (!cell.trim()) continue;
      filled++;
      if (dayOf(cell) !== null) numeric++;
    }
    if (numeric < 2 || numeric < filled * 0.9) return;
    converted++;
    for (let i = dataStart; i < table.length; i++) {
      const row = table[i]!;
      const day = dayOf(row[j] ?? '');
      if (day !== null) row[j] = dayNumberToIso(day);
    }
  });
  return converted;
}
