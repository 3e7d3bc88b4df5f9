/**
 * Which legacy code page a non-UTF-8 export was written in. Banks write Windows-1252 in Western Europe and the
 * Americas, Windows-1251 for Cyrillic (Russia, Ukraine, Bulgaria), Windows-1250 in Central Europe (Poland,
 * Czechia), GBK/GB18030 in China, Shift_JIS in Japan and EUC-KR in Korea. A statement's header names its
 * columns, so the right code page is the one whose reading contains the bank words of its script.
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

/** The code page to decode with, or null for Windows-1252. Looks at the first 64 KB only. */
export function legacyEncoding(
  bytes: Uint8Array,
): 'gb18030' | 'shift_jis' | 'euc-kr' | 'windows-1251' | 'windows-1250' | null {
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
  const gb = tryDecode(whole, 'gb18030', true);
  if (gb !== null && CJK_BANK_WORDS.test(gb)) return 'gb18030';
  const japanese = tryDecode(whole, 'shift_jis', true);
  if (japanese !== null && JAPANESE_BANK_WORDS.test(japanese)) return 'shift_jis';
  const korean = tryDecode(whole, 'euc-kr', true);
  if (korean !== null && KOREAN_BANK_WORDS.test(korean)) return 'euc-kr';
  const cyrillic = tryDecode(whole, 'windows-1251', false);
  if (cyrillic !== null && CYRILLIC_BANK_WORDS.test(cyrillic)) return 'windows-1251';
  if (insideWord >= 2) return 'windows-1250';
  return null;
}
