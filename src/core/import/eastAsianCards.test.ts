import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';
import { cleanCell } from './text';

const read = (text: string) => readText(text, { today: '2026-02-20' });

describe('East Asian card bills', () => {
  it('reads a Taiwanese bill: − for an empty cell, the previous bill line left out, 繳款 the payment (Cathay)', () => {
    const cathay = [
      '2026/02信用卡對帳單',
      '"消費日","交易說明","新臺幣金額","卡號/行動末四碼","消費國家/幣別","入帳起息日"',
      '"−","上期帳單總額","112,297","−","−","−"',
      '"02/03","ＣＵＢＥＡｐｐ轉帳繳款","-112,297","9341","−","02/03"',
      '"01/15","星巴克信義店","150","9341","TW / TWD","01/21"',
      '"01/16","全聯福利中心","520","9341","TW / TWD","01/22"',
      '"12/25","跨年消費","300","9341","TW / TWD","01/01"',
    ].join('\n');
    // Today is long after the bill: its title's month (2026/02) gives the year, with no question.
    const r = readText(cathay, { today: '2026-11-20' });
    expect(r.errors).toEqual([]);
    expect(r.currency).toBe('TWD');
    expect(r.rows.map((row) => [row.date, row.amount])).toEqual([
      ['2026-02-03', 11229700],
      ['2026-01-15', -15000],
      ['2026-01-16', -52000],
      ['2025-12-25', -30000],
    ]);
    expect(r.reviewReasons).not.toContain('yearAssumed');
  });
  it('describes a Japanese card row by the place used when its content column holds only －', () => {
    const epos = [
      '種別,ご利用年月日,ご利用場所,ご利用内容,ご利用金額（キャッシングでは元金になります）,支払区分',
      'ショッピング,2025年1月15日,東京都水道局（継続）,－,3377,1回払い',
      'ショッピング,2025年1月20日,ローソン,－,540,1回払い',
    ].join('\n');
    expect(read(epos).rows.map((row) => [row.description, row.amount])).toEqual([
      ['東京都水道局（継続）', -3377],
      ['ローソン', -540],
    ]);
  });
  it('takes a lone Unicode dash for an empty cell, not an ASCII one (a direction mark)', () => {
    expect(['−', '－', '—', '–', ' − '].map(cleanCell)).toEqual(['', '', '', '', '']);
    expect(cleanCell('-')).toBe('-');
    expect(cleanCell('−5')).toBe('−5');
  });
  it('reads a headerless Japanese card file of whole yen, its title naming the card in kana', () => {
    const goldPoint = [
      'ポイントカード　ユーザー　様,1234-5678-9012-3***,ポイントカード',
      '2020/7/3,東京電力  電気料金等,11402,1,1,11402,',
      '2020/7/3,AMAZON WEB SERVICES,66,1,1,66,0.60　USD　110.712',
      '2020/7/4,ＡＭＡＺＯＮ．ＣＯ．ＪＰ,3456,1,1,3456,',
      '2020/7/9,東日本旅客鉄道,1250,1,1,1250,',
      ',,,,,16174,',
    ].join('\n');
    const r = read(goldPoint);
    expect(r.fatal).toBeUndefined();
    expect(r.currency).toBe('JPY');
    expect(r.rows.map((row) => [row.date, Math.abs(row.amount)])).toEqual([
      ['2020-07-03', 11402],
      ['2020-07-03', 66],
      ['2020-07-04', 3456],
      ['2020-07-09', 1250],
    ]);
    // Headerless, its columns guessed: the person confirms them before anything is stored.
    expect(r.needsReview).toBe(true);
  });
  it('takes no line numbers or constant counts for yen, and no whole numbers at all without kana or Hangul', () => {
    const numbered = ['1,2020/7/3,電気料金ご利用分,1', '2,2020/7/4,アマゾン,1', '3,2020/7/5,コンビニ,1'].join(
      '\n',
    );
    expect(read(numbered).fatal).toBeDefined();
    const latin = ['2020/7/3,ELECTRICITY,11402', '2020/7/4,AMAZON,3456', '2020/7/5,GROCER,1250'].join('\n');
    expect(read(latin).fatal).toBeDefined();
  });
});
