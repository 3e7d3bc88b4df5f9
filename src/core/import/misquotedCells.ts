/**
 * A quote inside a quoted field that the bank did not double (Swedbank: "UAB "Naktida"") ends the field early to
 * a CSV parser, which runs on to the next real closing quote: two fields come out as one cell holding `...","...`
 * (quote, delimiter, quote), and the row is narrower than its table. Such a cell is split back where those stood.
 */
export function splitMisquotedCells(row: string[], delimiter: string): string[] {
  const seam = `"${delimiter}"`;
  return row.some((cell) => cell.includes(seam)) ? row.flatMap((cell) => cell.split(seam)) : row;
}
