import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFatal } from './decode';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('detectFatal', () => {
  it('flags empty, PDF, images, spreadsheets and binaries', () => {
    expect(detectFatal(new Uint8Array())?.code).toBe('empty');
    expect(detectFatal(new TextEncoder().encode('%PDF-1.7\n...'))?.code).toBe('pdf');
    expect(detectFatal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))?.code).toBe('image');
    expect(detectFatal(bytes(0xff, 0xd8, 0xff, 0xe0))?.code).toBe('image');
    expect(detectFatal(new TextEncoder().encode('GIF89a'))?.code).toBe('image');
    expect(detectFatal(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))?.code).toBe('spreadsheet');
    expect(detectFatal(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))?.code).toBe('spreadsheet');
    expect(detectFatal(bytes(0x41, 0x42, 0x00, 0x43))?.code).toBe('binary');
    expect(detectFatal(new TextEncoder().encode('Date,Amount\n'))).toBeNull();
  });
  it('does not mistake UTF-16 (NUL bytes after a BOM) for binary', () => {
    expect(detectFatal(bytes(0xff, 0xfe, 0x41, 0x00))).toBeNull();
  });
  it('gives an English message', () => {
    expect(detectFatal(new TextEncoder().encode('%PDF'))?.message).toMatch(/PDF/);
  });
});

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x44, 0xc3, 0xa9))).toEqual({ text: 'Dé', encoding: 'utf-8' });
  });
  it('reads UTF-8 without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('Müller £3 €4 🎬')).text).toBe('Müller £3 €4 🎬');
  });
  it('undoes UTF-8 encoded twice, and leaves a real Ã alone', () => {
    const twice = new TextEncoder().encode('Data LanÃ§amento;DescriÃ§Ã£o\n31/03/2026;Compra no dÃ©bito');
    expect(decodeBytes(twice).text).toBe('Data Lançamento;Descrição\n31/03/2026;Compra no débito');
    expect(decodeBytes(new TextEncoder().encode('SÃO PAULO;Ã€ LA CARTE')).text).toBe('SÃO PAULO;Ã€ LA CARTE');
  });
  it('reads loose UTF-8 (an overlong form, an encoded surrogate) as UTF-8 with replacement characters', () => {
    const overlong = decodeBytes(bytes(0x41, 0xe0, 0x80, 0x80, 0x42));
    expect(overlong.encoding).toBe('utf-8');
    expect(overlong.text).toBe('A\ufffd\ufffd\ufffdB');
    const surrogate = decodeBytes(bytes(0x43, 0x61, 0x66, 0xed, 0xa0, 0x80));
    expect(surrogate.encoding).toBe('utf-8');
    expect(surrogate.text.startsWith('Caf\ufffd')).toBe(true);
  });
  it('does not read a sequence cut short at the end as UTF-8', () => {
    expect(decodeBytes(bytes(0x44, 0x61, 0x74, 0x65, 0xc3)).encoding).not.toBe('utf-8');
  });
  it('falls back to Windows-1252 when bytes are not valid UTF-8', () => {
    // "Libellé;Straße;£;€;Œ;’" in Windows-1252
    const r = decodeBytes(
      bytes(
        0x4c,
        0x69,
        0x62,
        0x65,
        0x6c,
        0x6c,
        0xe9,
        0x3b,
        0x53,
        0x74,
        0x72,
        0x61,
        0xdf,
        0x65,
        0x3b,
        0xa3,
        0x3b,
        0x80,
        0x3b,
        0x8c,
        0x3b,
        0x92,
      ),
    );
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Libellé;Straße;£;€;Œ;’');
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0xfc, 0x00))).toEqual({
      text: 'Aü',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0xac))).toEqual({
      text: 'A€',
      encoding: 'utf-16be',
    });
  });
  it('treats a truncated multi-byte sequence as Windows-1252', () => {
    expect(decodeBytes(bytes(0x61, 0xc3)).encoding).toBe('windows-1252');
  });
});

describe('legacy code pages of other scripts', () => {
  const encode = (text: string, bytesOf: Record<string, number>) =>
    Uint8Array.from([...text].map((c) => bytesOf[c] ?? c.charCodeAt(0)));
  it('reads Windows-1251 Cyrillic headers', () => {
    // "Дата;Сумма" in Windows-1251
    const cp1251: Record<string, number> = { Д: 0xc4, а: 0xe0, т: 0xf2, С: 0xd1, у: 0xf3, м: 0xec };
    const r = decodeBytes(encode('Дата;Сумма\n01.02.2024;-1,00\n', cp1251));
    expect(r).toEqual({ text: 'Дата;Сумма\n01.02.2024;-1,00\n', encoding: 'windows-1251' });
  });
  it('reads GBK Chinese headers', () => {
    // "交易日期,金额" in GBK
    const gbk = [0xbd, 0xbb, 0xd2, 0xd7, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a];
    expect(decodeBytes(Uint8Array.from(gbk))).toEqual({ text: '交易日期,金额\n', encoding: 'gb18030' });
  });
  it('reads Shift_JIS Japanese and EUC-KR Korean headers', () => {
    // "日付,摘要,金額,残高" and a row in Shift_JIS
    const sjis = [
      147, 250, 149, 116, 44, 147, 69, 151, 118, 44, 139, 224, 138, 122, 44, 142, 99, 141, 130, 10, 50, 48,
      50, 52, 47, 49, 47, 53, 44, 131, 74, 129, 91, 131, 104, 44, 45, 51, 53, 48, 44, 57, 57, 54, 53, 48, 10,
    ];
    expect(decodeBytes(Uint8Array.from(sjis))).toEqual({
      text: '日付,摘要,金額,残高\n2024/1/5,カード,-350,99650\n',
      encoding: 'shift_jis',
    });
    // "거래일자,적요,출금액,잔액" and a row in EUC-KR
    const eucKr = [
      176, 197, 183, 161, 192, 207, 192, 218, 44, 192, 251, 191, 228, 44, 195, 226, 177, 221, 190, 215, 44,
      192, 220, 190, 215, 10, 50, 48, 50, 52, 46, 48, 49, 46, 48, 53, 44, 189, 186, 197, 184, 185, 247, 189,
      186, 44, 52, 53, 48, 48, 44, 57, 57, 53, 53, 48, 48, 10,
    ];
    expect(decodeBytes(Uint8Array.from(eucKr))).toEqual({
      text: '거래일자,적요,출금액,잔액\n2024.01.05,스타벅스,4500,995500\n',
      encoding: 'euc-kr',
    });
  });
  it('reads Greek, Turkish, Hebrew, Arabic and Thai code pages by their bank words', () => {
    const cases: [number[], string, string][] = [
      [
        [199, 236, 229, 241, 239, 236, 231, 237, 223, 225, 59, 208, 239, 243, 252, 10],
        'Ημερομηνία;Ποσό\n',
        'windows-1253',
      ],
      [
        [84, 97, 114, 105, 104, 59, 65, 231, 253, 107, 108, 97, 109, 97, 59, 84, 117, 116, 97, 114, 10],
        'Tarih;Açıklama;Tutar\n',
        'windows-1254',
      ],
      [[250, 224, 248, 233, 234, 44, 241, 235, 229, 237, 10], 'תאריך,סכום\n', 'windows-1255'],
      [[199, 225, 202, 199, 209, 237, 206, 44, 207, 199, 198, 228, 10], 'التاريخ,دائن\n', 'windows-1256'],
      [[199, 209, 185, 183, 213, 232, 44, 194, 205, 180, 10], 'วันที่,ยอด\n', 'windows-874'],
    ];
    for (const [bytes, text, encoding] of cases)
      expect(decodeBytes(Uint8Array.from(bytes)), encoding).toEqual({ text, encoding });
  });
  it('reads Windows-1250 Polish letters', () => {
    // "Tytuł;Kwota;Księgowania" with ł = 0xB3 and ę = 0xEA, "Saldo końcowe" with ń = 0xF1, "zażółć" with ż = 0xBF
    const cp1250: Record<string, number> = { ł: 0xb3, ę: 0xea, ń: 0xf1, ż: 0xbf, ó: 0xf3, ć: 0xe6 };
    const r = decodeBytes(encode('Tytuł;Kwota;Księgowania\nzażółć;1,00\n', cp1250));
    expect(r.encoding).toBe('windows-1250');
    expect(r.text).toContain('Tytuł');
  });
  it('reads Windows-1250 from a bank word, with a single letter of its own in the rows (mBank: "OPŁATA")', () => {
    const cp1250: Record<string, number> = { ł: 0xb3, Ł: 0xa3, ę: 0xea };
    const r = decodeBytes(
      encode(
        '#Data operacji;#Data księgowania;#Opis operacji;#Tytuł;#Kwota\n2018-04-01;2018-03-30;OPŁATA;"";-5,00\n',
        cp1250,
      ),
    );
    expect(r.encoding).toBe('windows-1250');
    expect(r.text).toContain('OPŁATA');
  });
  it('reads Windows-1257 Lithuanian and Latvian headers (ė, ą, ū, ž, ā, ņ)', () => {
    const cp1257: Record<string, number> = {
      ė: 0xeb,
      ą: 0xe0,
      ū: 0xfb,
      ž: 0xfe,
      š: 0xf0,
      ā: 0xe2,
      ņ: 0xf2,
      ē: 0xe7,
      Ž: 0xde,
    };
    const lithuanian = 'Data;Mokėjimo paskirtis;Sąskaita;Suma\n2024-01-05;Už prekes;LT01;-12,50\n';
    expect(decodeBytes(encode(lithuanian, cp1257))).toEqual({ text: lithuanian, encoding: 'windows-1257' });
    const latvian = 'Datums;Saņēmējs;Summa;Valūta\n05.01.2024;ŽURNALS;-3,00;EUR\n';
    expect(decodeBytes(encode(latvian, cp1257))).toEqual({ text: latvian, encoding: 'windows-1257' });
  });
  it('reads again in its own code page text that was read as Windows-1252 and saved as UTF-8', () => {
    // Windows-1257 bytes shown as Western letters ("Mokëjimo"), then written out as UTF-8 (an old Danske Bank LT file).
    const misread =
      'Date,Name,Memo,Amount\n2012:03:01,"Paslaugø","Mokestis uþ lëðø, mokëjimo paskirtis",-7.8\n';
    const utf8 = new TextEncoder().encode(misread);
    expect(decodeBytes(utf8)).toEqual({
      text: 'Date,Name,Memo,Amount\n2012:03:01,"Paslaugų","Mokestis už lėšų, mokėjimo paskirtis",-7.8\n',
      encoding: 'utf-8',
    });
    // Western, Nordic and Turkish UTF-8 text stays as it is.
    for (const text of [
      'Libellé;Débit;Crédit\nCafé Crème;1,00;\n',
      'Dato;Tekst;Beløb\nFøtex Århus;-12,50\nKøbmand Æblehaven;-3,00\n',
      'Tarih;Açıklama;Tutar\n05.01.2024;Ödeme;-5,00\n',
    ])
      expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text);
  });
  it('reads UTF-16 saved without a byte-order mark instead of calling it binary', () => {
    const le = Uint8Array.from([...'Date,Amount\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectFatal(le)).toBeNull();
    expect(decodeBytes(le)).toEqual({ text: 'Date,Amount\n', encoding: 'utf-16le' });
  });
  it('keeps Windows-1252 for Western text', () => {
    const latin = encode('Libellé;Débit\nCafé;1,00\n', { é: 0xe9 });
    expect(decodeBytes(latin).encoding).toBe('windows-1252');
  });
});
