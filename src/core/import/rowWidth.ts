import type { Layout } from './layout';
import type { DecimalMark } from './types';
import { splitShortRow } from './misquotedCells';
import {
  fitsLayout,
  hasExtraValues,
  mergeSplitDescription,
  mergeThousandsFragments,
  moneyColumns,
} from './wideRows';

/**
 * A row as wide as its table where it can be mended: a sum split on its thousands mark or a description split on
 * the delimiter glued back, fields glued by an undoubled quote or quoted as one split apart. Otherwise as it is.
 */
export function mendRowWidth(
  row: string[],
  l: Layout,
  delimiter: string | undefined,
  readDate: (text: string) => string | null,
  decimalMark: DecimalMark,
): string[] {
  let out = row;
  if (out.length > l.width) out = mergeThousandsFragments(out, l.width, moneyColumns(l));
  else if (out.length < l.width && delimiter) out = splitShortRow(out, l, delimiter, readDate, decimalMark);
  if (out.length > l.width && delimiter && hasExtraValues(out, l.width)) {
    const fits = (candidate: readonly string[]) => fitsLayout(candidate, l, readDate, decimalMark);
    out = mergeSplitDescription(out, l.width, l.description, delimiter, fits) as string[];
  }
  return out;
}
