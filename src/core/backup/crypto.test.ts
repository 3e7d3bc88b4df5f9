import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, isEncryptedBackup, PBKDF2_ITERATIONS } from './crypto';

const plain = new TextEncoder().encode('{"app":"kept","tables":{"transactions":[{"merchant":"Carrefour"}]}}');

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

describe('encrypted backups', () => {
  it('round-trips with the passphrase, with fresh salt and IV each time, and no plaintext in the bytes', async () => {
    const first = await encryptBackup(plain, 'correct horse battery staple');
    const second = await encryptBackup(plain, 'correct horse battery staple');
    expect(isEncryptedBackup(first)).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    expect(Buffer.from(first.subarray(12, 40)).equals(Buffer.from(second.subarray(12, 40)))).toBe(false);
    for (const word of ['"kept"', 'Carrefour', '"tables"', '{"app"'])
      expect(contains(first, word), word).toBe(false);
    expect(new DataView(first.buffer).getUint32(8)).toBeGreaterThanOrEqual(600_000);
    const opened = await decryptBackup(first, 'correct horse battery staple');
    expect(opened.ok && new TextDecoder().decode(opened.bytes)).toBe(new TextDecoder().decode(plain));
  });

  it('refuses a wrong passphrase, an altered header or body, and weakened or newer parameters', async () => {
    const file = await encryptBackup(plain, 'pass phrase');
    expect(await decryptBackup(file, 'pass phrasE')).toEqual({ ok: false, problem: 'wrongPassphrase' });
    const body = file.slice();
    body[body.length - 20] = (body[body.length - 20] as number) ^ 1;
    expect(await decryptBackup(body, 'pass phrase')).toEqual({ ok: false, problem: 'wrongPassphrase' });
    const salt = file.slice();
    salt[14] = (salt[14] as number) ^ 1;
    expect(await decryptBackup(salt, 'pass phrase')).toEqual({ ok: false, problem: 'wrongPassphrase' });
    const weak = file.slice();
    new DataView(weak.buffer).setUint32(8, 1000);
    expect(await decryptBackup(weak, 'pass phrase')).toEqual({ ok: false, problem: 'encryptedUnsupported' });
    const newer = file.slice();
    newer[7] = 2;
    expect(await decryptBackup(newer, 'pass phrase')).toEqual({ ok: false, problem: 'encryptedUnsupported' });
    expect(await decryptBackup(file.slice(0, 30), 'pass phrase')).toEqual({
      ok: false,
      problem: 'wrongPassphrase',
    });
  });

  it('reads a passphrase typed in another Unicode normal form', async () => {
    const file = await encryptBackup(plain, 'caf\u00e9', PBKDF2_ITERATIONS);
    expect((await decryptBackup(file, 'cafe\u0301')).ok).toBe(true);
  });
});
