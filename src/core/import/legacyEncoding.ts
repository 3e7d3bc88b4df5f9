/**
 * Which legacy code page a non-UTF-8 export was written in. Banks write Windows-1252 in Western Europe and the
 * Americas, Windows-1251 for Cyrillic (Russia, Ukraine, Bulgaria), Windows-1250 in Central Europe (Poland,
 * Czechia), GBK/GB18030 in China, Shift_JIS in Japan, EUC-KR in Korea, and Windows-1253, -1254, -1255, -1256,
 * -1257 and -874 in Greece, Turkey, Israel, the Arab countries, Lithuania and Latvia, and Thailand. A
 * statement's header names its columns, so the right code page is the one whose reading contains the bank words
 * of its script.
 */

const CJK_BANK_WORDS = /交易|金额|日期|时间|收入|支出|余额|摘要|备注|对方|账户|商品|状态|类型|记账|币种/;
const JAPANESE_BANK_WORDS =
  /日付|金額|残高|摘要|入金|出金|支払|預か|預入|引出|取引|利用|明細|内容|振込|年月日/;
const KOREAN_BANK_WORDS = /거래|일자|금액|잔액|입금|출금|적요|내용|날짜|이용|승인/;
const CYRILLIC_BANK_WORDS =
  /дата|сумм|сума|операц|описан|опис|баланс|остат|залишок|валют|приход|прихід|расход|разход|списан|зачислен|получател|назначен|призначен|рахун|счет|карт/i;
/** Bytes that are Polish/Czech letters in Windows-1250 and unlikely symbols in Windows-1252 (¹ ³ œ Ÿ ¿ ¥ Œ ¯). */
const CENTRAL_EUROPEAN_BYTES = new Set([0xb9, 0xb3, 0x9c, 0x9f, 0xbf, 0xa5, 0x8c, 0x8f, 0xaf]);

/** An ASCII letter or a letter of the upper half (0xC0–0xFF are letters in every Windows code page here). */
function isLetterByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0);
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bank words of scripts written in other single-byte code pages (accents as the banks write them). */
const GREEK_BANK_WORDS = /ημερομην|ποσ[οό]|υπ[οό]λοιπ|περιγραφ|χρ[εέ]ωσ|π[ιί]στωσ|αιτιολογ|συναλλαγ/i;
const HEBREW_BANK_WORDS = /תאריך|סכום|יתרה|תיאור|חובה|זכות|אסמכתא|פעולה/;
const ARABIC_BANK_WORDS = /التاريخ|تاريخ|المبلغ|مبلغ|الرصيد|الوصف|مدين|دائن|البيان/;
const THAI_BANK_WORDS = /วันที่|รายการ|จำนวน|ยอด|ถอน|ฝาก|คงเหลือ/;
const TURKISH_BANK_WORDS = /tarih|açıklama|tutar|bakiye|işlem|borç|alacak/i;
/** Lithuanian and Latvian bank words with a letter only Windows-1257 writes (ė, ą, į, ņ, ā, ū). */
const BALTIC_BANK_WORDS = /mokėj|mokėt|sąskait|gavėj|įskait|išlaid|saņēm|maksāj|maksātāj|valūt/i;
/** Polish, Czech, Slovak and Hungarian bank words with a letter Windows-1252 lacks (ł, ę, ą, ů, ř, č, ő). */
const CENTRAL_EUROPEAN_BANK_WORDS =
  /księg|tytuł|opłat|obciąż|należn|částk|zůstat|přípis|účt|převod|összeg|közlem/i;

/**
 * Code pages tried in turn, each kept when its reading holds its script's bank words. Multi-byte ones are decoded
 * strictly (bytes of another code page usually break them); single-byte ones decode anything.
 */
const CANDIDATES: readonly { label: LegacyEncoding; words: RegExp; strict: boolean }[] = [
  { label: 'gb18030', words: CJK_BANK_WORDS, strict: true },
  { label: 'shift_jis', words: JAPANESE_BANK_WORDS, strict: true },
  { label: 'euc-kr', words: KOREAN_BANK_WORDS, strict: true },
  { label: 'windows-1251', words: CYRILLIC_BANK_WORDS, strict: false },
  { label: 'windows-1253', words: GREEK_BANK_WORDS, strict: false },
  { label: 'windows-1255', words: HEBREW_BANK_WORDS, strict: false },
  { label: 'windows-1256', words: ARABIC_BANK_WORDS, strict: false },
  { label: 'windows-874', words: THAI_BANK_WORDS, strict: false },
  { label: 'windows-1254', words: TURKISH_BANK_WORDS, strict: false },
  { label: 'windows-1257', words: BALTIC_BANK_WORDS, strict: false },
  { label: 'windows-1250', words: CENTRAL_EUROPEAN_BANK_WORDS, strict: false },
];

export type LegacyEncoding =
  | 'gb18030'
  | 'shift_jis'
  | 'euc-kr'
  | 'windows-1251'
  | 'windows-1253'
  | 'windows-1255'
  | 'windows-1256'
  | 'windows-874'
  | 'windows-1254'
  | 'windows-1257'
  | 'windows-1250';

/** The code page to decode with, or null for Windows-1252. Looks at the first 64 KB only. */
export function legacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const head = bytes.subarray(0, 65_536);
  let high = 0;
  let insideWord = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x80) continue;
    high++;
    // Inside a word (after a letter): "Tytuł", "zażółć"; "¿Qué" or "5 ¥" stand after a space or a digit.
    if (CENTRAL_EUROPEAN_BYTES.has(b) && isLetterByte(head[i - 1])) insideWord++;
  }
  if (high === 0) return null;
  // Cut at a line end so a character split at the 64 KB edge cannot fail the strict decode.
  const lastBreak = head.lastIndexOf(0x0a);
  const whole = head.length < bytes.length && lastBreak > 0 ? head.subarray(0, lastBreak + 1) : head;
  for (const { label, words, strict } of CANDIDATES) {
    const text = tryDecode(whole, label, strict);
    if (text !== null && words.test(text)) return label;
  }
  if (insideWord >= 2) return 'windows-1250';
  return null;
}

/**
 * The code page a text saved as UTF-8 was written in before someone read it as Windows-1252 (an old Danske Bank
 * LT export: "Mokëjimo" for "Mokėjimo", its Windows-1257 bytes shown as Western letters): given those bytes again,
 * the single-byte code page whose reading holds its script's bank words where the text as it stands holds none.
 * Multi-byte code pages are left out: Western accents followed by letters often form valid Chinese there.
 */
export function misreadCodePage(bytes: Uint8Array, asRead: string): LegacyEncoding | null {
  for (const { label, words, strict } of CANDIDATES) {
    if (strict || words.test(asRead)) continue;
    const text = tryDecode(bytes, label, false);
    if (text !== null && words.test(text)) return label;
  }
  return null;
}
