import { minorToDecimalString } from '../money';
import type { CurrencyCode, IsoDate } from '../types';

export const EXPORT_HEADER = 'date,account,description,merchant,category,amount,currency,balance';

export interface ExportRow {
  date: IsoDate;
  account: string;
  description: string;
  merchant: string;
  category: string;
  amount: number;
  currency: CurrencyCode;
  balance: number | null;
}

/**
 * A formula trigger (DESIGN.md: `=`, `+`, `-`, `@`, tab, CR, and their full-width forms) after whatever a
 * spreadsheet skips before deciding a cell is a formula: leading spaces (also non-breaking and ideographic) and
 * quote marks. `  =1+1` and `"=1+1` run as formulas in Excel, LibreOffice and Google Sheets.
 */
const FORMULA_START = /^[\s\u00a0\u3000"'\u201c\u201d\u2018\u2019]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Cells a spreadsheet would run as a formula are defused with a leading apostrophe. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textCell(text: string): string {
  return csvCell(defuseFormula(text));
}

export function exportRowLine(row: ExportRow): string {
  return [
    textCell(row.date),
    textCell(row.account),
    textCell(row.description),
    textCell(row.merchant),
    textCell(row.category),
    minorToDecimalString(row.amount, row.currency),
    textCell(row.currency),
    row.balance === null ? '' : minorToDecimalString(row.balance, row.currency),
  ].join(',');
}

/** The DESIGN.md export: UTF-8 CSV, one row per stored transaction. */
export function transactionsToCsv(rows: Iterable<ExportRow>): string {
  const lines = [EXPORT_HEADER];
  for (const row of rows) lines.push(exportRowLine(row));
  return `${lines.join('\r\n')}\r\n`;
}
