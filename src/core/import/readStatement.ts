import type { ColumnRole, ReadOptions, ReadingProfile, StatementReading, TableParser } from './types';
import { statedBalance } from './statedBalance';
import { decodeBytes, detectFatal, type Fatal } from './decode';
import { sniffDelimiter } from './sniffDelimiter';
import { detectOtherFormat } from './otherFormats';
import { findHeader, scoreHeaderRow } from './findHeader';
import { assignRoles } from './columnRoles';
import { headerlessScriptCurrency } from './wholeMoney';
import { kindLetter } from './valueKinds';
import { profileSignature } from './signature';
import { matchPreset, presetById } from './presets';
import { matchHeaderlessPreset } from './headerlessPresets';
import { buildLayout, headerCurrency } from './layout';
import { inferDateOrder } from './inferDateOrder';
import { decideDateOrder, type DateOrderDecision } from './dateEvidence';
import { describeReading, type SignSource } from './readingSummary';
import { inferDecimalMark } from './inferNumberFormat';
import { inferSign, type SignEvidence } from './signConvention';
import { parseAmount } from './parseAmount';
import { looksLikeDate } from './parseDate';
import { feesAlreadyCounted, feesWrittenSigned, pairSigns } from './fees';
import { columnCurrency, emptyDirection } from './rowEvidence';
import { dropWordlessBalanceLines } from './balanceLines';
import { extractRows, lineNumbers } from './extractRows';
import { markReservations, namesPending } from './rowStates';
import { completeYearlessDates, statesItsYear } from './yearlessDates';
import { holderName } from './holderName';
import { dropTextMarks } from './textMarks';
import { numericDatesToIso } from './numericDates';
import { mergeSubHeader } from './subHeader';
import { owedBalances, signsFromBalance } from './balanceSigns';
import { readPreamble } from './identity';
import { asciiDigits } from './nativeDigits';
import { cleanCell, normalizeName } from './text';
import {
  currencyFromValues,
  scriptCurrency,
  dollarFor,
  regionCurrency,
  summarizeCurrency,
  UNNAMED_CURRENCY_DIGITS,
} from './currency';
import { currencyDigits } from '../money';
import {
  accountFromRows,
  columnValues,
  emptyProfile,
  fatalReading,
  filledCells,
  findTypeColumn,
  firstDataRow,
  modeWidth,
} from './readHelpers';

const SAMPLE_ROWS = 2000;

/**
 * Reads a bank statement export: bytes → decoded text → table → profile (detected, saved or forced) → rows.
 * Never throws on bad input; unreadable lines become `errors`, unreadable files set `fatal`.
 */
export function readStatement(
  bytes: Uint8Array,
  parseTable: TableParser,
  options: ReadOptions = {},
): StatementReading {
  try {
    return readUnsafe(bytes, parseTable, options);
  } catch (error) {
    // Bad input is data: an unexpected failure still comes back as a reading, never as an exception.
    const detail = error instanceof Error ? error.message : String(error);
    return fatalReading(
      { code: 'noTransactions', message: `This file could not be read (${detail}).` },
      'unknown',
    );
  }
}

function readUnsafe(bytes: Uint8Array, parseTable: TableParser, options: ReadOptions): StatementReading {
  const fatal = detectFatal(bytes);
  if (fatal) return fatalReading(fatal, 'binary');
  const decoded = decodeBytes(bytes);
  const { encoding } = decoded;
  const text = asciiDigits(decoded.text);
  if (text.trim().length === 0)
    return fatalReading({ code: 'empty', message: 'The file is empty.' }, encoding);
  const otherFormat = detectOtherFormat(text);
  if (otherFormat) return fatalReading(otherFormat, encoding);
  const forced = options.profile;
  const excelHint = /^sep=(.)\r?\n/.exec(text);
  const delimiter = forced?.delimiter ?? excelHint?.[1] ?? sniffDelimiter(text);
  let table: string[][];
  try {
    table = parseTable(text, delimiter);
  } catch {
    table = [];
  }
  const noTx: Fatal = { code: 'noTransactions', message: 'No transactions were found in this file.' };
  if (table.length === 0) return fatalReading(noTx, encoding, emptyProfile(delimiter));

  const headerRow = forced ? forced.headerRow : findHeader(table);
  if (headerRow >= 0) mergeSubHeader(table, headerRow);
  const header = headerRow >= 0 ? (table[headerRow] ?? null) : null;
  const dataStart = headerRow + 1;
  dropTextMarks(table, dataStart);
  // A headerless file too ('28 JUL' on Nubank's card bill): its lines above the table, if any, are its preamble.
  const preambleRows = table.slice(0, Math.max(0, headerRow));
  const yearAssumed =
    completeYearlessDates(table, preambleRows, dataStart, options.today) >= 0 && !statesItsYear(preambleRows);
  if (header) numericDatesToIso(table, header, dataStart);
  const sample: string[][] = [];
  const headerKey = header ? header.map((c) => normalizeName(c)).join('|') : null;
  for (let i = dataStart; i < table.length && sample.length < SAMPLE_ROWS; i++) {
    const r = table[i]!;
    if (!header) {
      if (r.length > 1 || (r[0] ?? '').trim() !== '') sample.push(r);
    } else if (couldBeData(r, header, headerKey as string)) sample.push(r);
    // A second table under a header of its own (Postbank: the coming payments, then the booked ones) has other
    // columns: the first table's rows alone tell its columns (the reading switches at the second header).
    else if (sample.length > 0 && startsAnotherTable(r, headerKey as string)) break;
  }
  const width = header ? header.length : modeWidth(sample);
  // A headerless file's preamble (a title or summary line, often wider than the table) is not data.
  const titleRows: string[][] = [];
  if (!header) {
    const first = sample.findIndex((r) => r.length === width);
    if (first > 0 && first <= 10) titleRows.push(...sample.splice(0, first));
    // Record lines without any date (account, opening and closing lines of a headerless export) are not rows.
    const dated = sample.filter((r) => r.some((c) => looksLikeDate(cleanCell(c))));
    if (dated.length >= 2 && dated.length < sample.length && dated.length >= sample.length * 0.5) {
      sample.length = 0;
      sample.push(...dated);
    }
  }
  const scriptMoney = header ? scriptCurrency(header) : headerlessScriptCurrency(titleRows, sample);
  const detected = assignRoles(header, sample, width, !!scriptMoney && currencyDigits(scriptMoney) === 0);
  const kinds = header ? undefined : detected.stats.map(kindLetter).join('');
  const signature = profileSignature(delimiter, header, kinds);
  const known = forced ? undefined : options.knownProfiles?.find((p) => p.signature === signature);
  const preset = header ? matchPreset(header) : matchHeaderlessPreset(delimiter, kinds ?? '', sample);
  const preambleLines = table.slice(
    0,
    header ? headerRow : firstDataRow(table, detected.roles.indexOf('date')),
  );
  const preamble = readPreamble(preambleLines);

  const reasons: string[] = [];
  let profile: ReadingProfile;
  let dateDecision: DateOrderDecision = { order: 'DMY', source: 'profile', ask: false };
  let signSource: SignSource = 'profile';
  const chosen = forced ?? known;
  if (chosen) {
    // A saved profile matched by signature is applied at the header found in this file (preambles vary in length).
    profile = { ...chosen, delimiter, headerRow, signature: chosen.signature || signature };
  } else {
    const roles: ColumnRole[] = detected.roles;
    const dateCol = roles.indexOf('date');
    const valueCol = roles.indexOf('valueDate');
    const moneyCols: number[] = [];
    roles.forEach((r, j) => {
      if (r === 'amount' || r === 'debit' || r === 'credit' || r === 'balance' || r === 'fee')
        moneyCols.push(j);
    });
    const currencyHint = headerCurrency(roles, header) ?? preamble.currency ?? preset?.currency;
    const decimalValues: string[] = [];
    for (const c of moneyCols) for (const v of columnValues(sample, 0, c)) decimalValues.push(v);
    const decimalMark = inferDecimalMark(decimalValues, delimiter === ';' ? ',' : '.');
    const dateHint = preset?.dateOrder ?? (currencyHint === 'USD' ? 'MDY' : 'DMY');
    const dateCells = columnValues(table, dataStart, dateCol);
    const dates = inferDateOrder([dateCells, columnValues(table, dataStart, valueCol)], dateHint);
    const currencyClue =
      currencyHint ??
      currencyFromValues(decimalValues, dollarFor(options.locale)) ??
      columnCurrency(sample, roles.indexOf('currency'));
    dateDecision = decideDateOrder({
      values: dates,
      dateCells,
      table,
      header,
      ...(preset?.dateOrder ? { presetOrder: preset.dateOrder } : {}),
      decimalMark,
      decimalSeen: decimalValues.some((v) =>
        (decimalMark === ',' ? /\d,\d{1,2}(?!\d)/ : /\d\.\d{1,2}(?!\d)/).test(v),
      ),
      ...(currencyClue ? { currency: currencyClue } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(dates.smoother ? { smoother: dates.smoother } : {}),
    });
    if (dateCol < 0) reasons.push('noDate');
    else if (yearAssumed) reasons.push('yearAssumed');
    else if (dateDecision.ask) reasons.push('dateOrder');
    const amountCols = roles.filter((r) => r === 'amount').length;
    const hasMoney = amountCols > 0 || roles.includes('debit') || roles.includes('credit');
    if (!hasMoney) reasons.push('noAmount');
    let sign = preset?.sign ?? 'normal';
    signSource = preset?.sign
      ? 'preset'
      : amountCols === 0
        ? 'debitCredit'
        : roles.includes('direction') && columnValues(sample, 0, roles.indexOf('direction')).length > 0
          ? 'direction'
          : preset
            ? 'preset'
            : 'asWritten';
    // An indicator column left empty on every row says nothing: the amounts' own evidence decides.
    const directionUsed = columnValues(sample, 0, roles.indexOf('direction')).length > 0;
    if (amountCols > 0 && !directionUsed) {
      const evidence: SignEvidence[] = [];
      const amountCol = roles.indexOf('amount');
      const typeCol = findTypeColumn(header);
      for (const r of sample) {
        const written = cleanCell(r[amountCol]);
        const a = parseAmount(written, decimalMark, 2);
        if (a === null) continue;
        let t = '';
        for (const d of detected.descriptionOrder) t += ' ' + (r[d] ?? '');
        const type = typeCol >= 0 ? cleanCell(r[typeCol]) : '';
        evidence.push({ amount: a, text: t, type, plus: written.startsWith('+') });
      }
      const s = inferSign(evidence, roles.includes('balance'), header);
      // A bank's sign gives way only to the file's payment words (Amex's older layout signs as the account does).
      if (preset?.sign) {
        if (s.byWords && s.sign !== preset.sign) {
          sign = s.sign;
          signSource = 'typeWords';
        }
      }
      // A recognized bank account (its preset names no card sign) keeps its positive amounts as money in.
      else if (!((s.weak || s.allPositive || s.byShare) && preset)) {
        sign = s.sign;
        if (s.weak) reasons.push('sign');
        if (s.byWords) signSource = 'typeWords';
        else if (s.allPositive) signSource = 'allPositive';
        else if (s.weak || s.byShare) signSource = 'shareOfPositives';
      }
    }
    if (detected.guessed && detected.lowConfidence) reasons.push('roles');
    profile = {
      signature,
      delimiter,
      headerRow,
      roles,
      dateOrder: dateDecision.order === 'YMD' && dates.ambiguous ? 'DMY' : dateDecision.order,
      decimalMark,
      sign,
      descriptionOrder: detected.descriptionOrder,
    };
    if (preset) {
      profile.bankId = preset.id;
      profile.bankName = preset.bankName;
    }
  }

  const bankPreset = preset ?? presetById(profile.bankId);
  const layout = buildLayout(profile.roles, header, profile.descriptionOrder);
  const moneyValues: string[] = [];
  profile.roles.forEach((r, j) => {
    if (r === 'amount' || r === 'debit' || r === 'credit' || r === 'balance') {
      for (let i = 0; i < sample.length && i < 200; i++) moneyValues.push(cleanCell(sample[i]![j]));
    }
  });
  const fileCurrency =
    headerCurrency(profile.roles, header) ??
    preamble.currency ??
    currencyFromValues(moneyValues.filter((v) => !v.includes('$'))) ??
    (bankPreset?.abroadToo ? regionCurrency(options.locale) : undefined) ??
    bankPreset?.currency ??
    currencyFromValues(moneyValues, dollarFor(options.locale)) ??
    scriptMoney;
  const feesIncluded = feesAlreadyCounted(sample, layout, profile.decimalMark);
  const extracted = extractRows(table, lineNumbers(table, text), {
    layout,
    dataStart,
    headerKey,
    dateOrder: profile.dateOrder,
    decimalMark: profile.decimalMark,
    sign: profile.sign,
    currency: fileCurrency,
    headerless: !header,
    followSections: !!header,
    emptyDirection: emptyDirection(sample, layout.direction),
    feesIncluded,
    feesSigned: feesWrittenSigned(sample, layout, profile.decimalMark),
    pairSigns: pairSigns(sample, layout, profile.decimalMark),
    typeColumn: profile.roles[findTypeColumn(header)] === 'ignore' ? findTypeColumn(header) : -1,
    unnamedCurrencyDigits: options.currency ? currencyDigits(options.currency) : UNNAMED_CURRENCY_DIGITS,
    delimiter,
    holderName: holderName(sample, header, layout.description),
    paymentsIn: signSource === 'allPositive',
    startsPending: headerRow > 0 && titleNamesPending(table[headerRow - 1]),
  });
  const { errors, skipped } = extracted;
  const trimmed = dropWordlessBalanceLines(extracted.rows);
  const rows = trimmed.rows;
  skipped.balanceLines += trimmed.dropped;
  // One unsigned amount column beside a running balance: the balance tells each row's side.
  if (
    !chosen &&
    profile.sign === 'normal' &&
    unsignedBesideBalance(profile.roles) &&
    signsFromBalance(rows) > 0
  )
    signSource = 'balance';
  else owedBalances(rows);
  markReservations(rows);
  const total = rows.length + errors.length;
  if (!chosen && total > 0 && errors.length / total >= 0.2) reasons.push('errors');
  const reading: Omit<StatementReading, 'summary'> & Partial<Pick<StatementReading, 'summary'>> = {
    profile,
    rows,
    errors,
    needsReview: !chosen && reasons.length > 0,
    reviewReasons: chosen ? [] : reasons,
    encoding,
    columnNames: columnNames(header ?? sample[0] ?? table[dataStart] ?? [], profile.roles.length),
    facts: { dateOrder: dateDecision.source, sign: signSource, ...skipped, feesIncluded },
  };
  const currency = summarizeCurrency(rows) ?? fileCurrency;
  if (currency) reading.currency = currency;
  const number = accountFromRows(rows) ?? preamble.number;
  const bankName = profile.bankName ?? bankPreset?.bankName;
  if (number || bankName) {
    reading.account = {};
    if (number) reading.account.number = number;
    if (bankName) reading.account.bankName = bankName;
  }
  // Rows without a running balance: the balance the lines above them state, if any, anchors the account's.
  if (rows.length > 0 && rows.every((row) => row.balance === null)) {
    const named = currency ?? options.currency;
    const digits = named ? currencyDigits(named) : UNNAMED_CURRENCY_DIGITS;
    const lastRowDate = rows.reduce((last, row) => (row.date > last ? row.date : last), rows[0]!.date);
    const stated = statedBalance(preambleLines, {
      order: profile.dateOrder,
      mark: profile.decimalMark,
      digits,
      lastRowDate,
    });
    // A card export written from the bank's side (charges positive) states what is owed as positive too.
    if (stated)
      reading.statedBalance =
        profile.sign === 'inverted' ? { ...stated, amount: -stated.amount + 0 } : stated;
  }
  if (rows.length === 0) reading.fatal = noTx;
  return { ...reading, summary: describeReading(reading) };
}

/**
 * A short title alone on the line above the header that names pending payments ("Umsätze in den nächsten 14
 * Tagen"), not a sentence about them ("Transactions pending are not included in this report.").
 */
function titleNamesPending(row: readonly string[] | undefined): boolean {
  const cells = (row ?? []).map((cell) => cleanCell(cell)).filter((cell) => cell !== '');
  const title = cells[0] ?? '';
  return cells.length === 1 && title.length <= 40 && !NEGATION.test(title) && namesPending(title);
}

const NEGATION = /\b(not|no|nicht|kein\w*|pas|non|niet|geen)\b/i;

/** The header of a second table below the first: words naming a date and money, not the first header again. */
function startsAnotherTable(row: string[], headerKey: string): boolean {
  const score = scoreHeaderRow(row);
  return (
    score !== null &&
    score.known >= 3 &&
    score.hasDate &&
    score.hasMoney &&
    row.map((c) => normalizeName(c)).join('|') !== headerKey
  );
}

/**
 * Whether a line under the header may be a transaction: a line of one cell is a title, a note or a disclaimer, a
 * line without a digit has neither date nor amount (a legend of codes), and the header repeated on each page is a
 * header. None of them may vote on the columns: a long footer outvoted a short statement's dates.
 */
function couldBeData(row: readonly string[], header: readonly string[], headerKey: string): boolean {
  if (filledCells(row) < 2 || !row.some((cell) => DIGIT.test(cell))) return false;
  // Normalized only when the first cells agree: a data row's date is never the header's first name.
  const first = (row[0] ?? '').trim().toLowerCase();
  if (first !== (header[0] ?? '').trim().toLowerCase()) return true;
  return row.map((c) => normalizeName(c)).join('|') !== headerKey;
}

const DIGIT = /\d/;

/** One amount column and a balance, with no other column saying which side the money is on. */
function unsignedBesideBalance(roles: readonly ColumnRole[]): boolean {
  return (
    roles.filter((role) => role === 'amount').length === 1 &&
    roles.includes('balance') &&
    !roles.some((role) => role === 'debit' || role === 'credit' || role === 'direction')
  );
}

/** Names for the review dialog's columns: the header, or a headerless file's first row's values (shortened). */
function columnNames(cells: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, index) => {
    const name = cleanCell(cells[index] ?? '').trim();
    return name.length > 24 ? `${name.slice(0, 23)}…` : name || `#${index + 1}`;
  });
}
