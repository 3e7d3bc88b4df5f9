import { dayNumberToIso } from '../dates';
import { headerMeaning } from './headerRoles';
import { filledCells } from './readHelpers';
import { cleanCell } from './text';

/** Excel's serial day 25569 is 1970-01-01 (its day 1 is 1900-01-01, counting the leap day 1900 never had). */
const SERIAL_OF_1970 = 25569;
/** Serial days of 1990-01-01 and 2099-12-31: the dates a statement can hold. */
const FIRST = 32874;
const LAST = 73050;
const SERIAL = /^(\d{5})(?:[.,]\d+)?$/;
/** Rows looked at to tell a column of serial days. */
const LOOKED_AT = 2000;

const serialDay = (cell: string): number | null => {
  const m = SERIAL.exec(cleanCell(cell));
  const day = m ? +m[1]! : NaN;
  return day >= FIRST && day <= LAST ? day : null;
};

/**
 * A statement saved through a spreadsheet sometimes keeps its dates as Excel serial days (45296 for 2024-01-05,
 * 45296.5625 at half past one). A column whose header names a date and whose filled cells nearly all are such
 * days is written as YYYY-MM-DD; the time of day goes. Returns how many columns were.
 */
export function serialDatesToIso(table: string[][], header: readonly string[], dataStart: number): number {
  const rows = table.slice(dataStart, dataStart + LOOKED_AT).filter((row) => filledCells(row) >= 2);
  let converted = 0;
  header.forEach((name, j) => {
    const role = headerMeaning(name)?.role;
    if (role !== 'date' && role !== 'valueDate') return;
    let filled = 0;
    let serial = 0;
    for (const row of rows) {
      const cell = row[j] ?? '';
      if (!cell.trim()) continue;
      filled++;
      if (serialDay(cell) !== null) serial++;
    }
    if (serial < 2 || serial < filled * 0.9) return;
    converted++;
    for (let i = dataStart; i < table.length; i++) {
      const row = table[i]!;
      const day = serialDay(row[j] ?? '');
      if (day !== null) row[j] = dayNumberToIso(day - SERIAL_OF_1970);
    }
  });
  return converted;
}
