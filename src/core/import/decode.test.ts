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
