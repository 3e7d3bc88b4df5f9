import { filledCells } from './readHelpers';

/** Rows looked at to tell a column of marked cells. */
const LOOKED_AT = 2000;

/**
 * Exports that mark cells as text for Excel with a leading apostrophe ('28/12, 'TRSF E-BANKING, '0000; BCA) or
 * wrap them in apostrophes (FNB): a column whose filled cells nearly all carry one loses them. Returns how many
 * columns did.
 */
export function dropTextMarks(table: string[][], dataStart: number): number {
  const rows = table.slice(dataStart, dataStart + LOOKED_AT).filter((row) => filledCells(row) >= 3);
  const width = Math.max(0, ...rows.map((row) => row.length));
  let dropped = 0;
  for (let j = 0; j < width; j++) {
    let filled = 0;
    let marked = 0;
    for (const row of rows) {
      const cell = row[j] ?? '';
      if (!cell.trim()) continue;
      filled++;
      if (cell.charCodeAt(0) === 39) marked++;
    }
    if (filled < 3 || marked < filled * 0.9) continue;
    dropped++;
    for (let i = dataStart; i < table.length; i++) {
      const row = table[i]!;
      const cell = row[j];
      if (cell === undefined || cell.charCodeAt(0) !== 39) continue;
      // FNB wraps its cells in apostrophes ('01 Mar 2024'): both go.
      row[j] = cell.length > 1 && cell.charCodeAt(cell.length - 1) === 39 ? cell.slice(1, -1) : cell.slice(1);
    }
  }
  return dropped;
}
