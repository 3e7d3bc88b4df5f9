/// <reference types="node" />
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encryptBackup } from './crypto';
import { gunzipWithin } from './inflate';
import { readBackupBytes } from './readBytes';
import { sampleBackup } from './testBackup';

const json = new TextEncoder().encode(JSON.stringify(sampleBackup()));

describe('reading a backup file within ceilings', () => {
  it('reads plain, gzipped and encrypted backups', async () => {
    expect((await readBackupBytes(json, 1)).ok).toBe(true);
    expect((await readBackupBytes(gzipSync(json), 1)).ok).toBe(true);
    const locked = await encryptBackup(gzipSync(json), 'open sesame');
    expect(await readBackupBytes(locked, 1)).toEqual({ ok: false, problem: 'locked' });
    expect(await readBackupBytes(locked, 1, 'open sesamE')).toEqual({
      ok: false,
      problem: 'wrongPassphrase',
    });
    expect(await readBackupBytes(locked, 1, 'open sesame')).toEqual({ ok: true, backup: sampleBackup() });
  });

  it('refuses a gzip bomb quickly, after reading only a little of it', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const started = performance.now();
    expect(await gunzipWithin(bomb)).toEqual({ ok: false, problem: 'inflates' });
    expect(await readBackupBytes(bomb, 1)).toEqual({ ok: false, problem: 'inflates' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('stops at the absolute ceiling even below the ratio', async () => {
    const text = gzipSync(Buffer.from('x'.repeat(300_000)));
    expect(await gunzipWithin(text, 100_000)).toEqual({ ok: false, problem: 'inflates' });
    expect((await gunzipWithin(text)).ok).toBe(true);
  });

  it('reports damaged gzip and oversized files as readings', async () => {
    const zipped = gzipSync(json);
    expect(await readBackupBytes(zipped.subarray(0, zipped.length >> 1), 1)).toMatchObject({ ok: false });
    expect(await readBackupBytes(new Uint8Array([0x1f, 0x8b, 0, 0]), 1)).toEqual({
      ok: false,
      problem: 'notJson',
    });
    const huge = { length: 300 * 1024 * 1024 } as Uint8Array;
    expect(await readBackupBytes(huge, 1)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
