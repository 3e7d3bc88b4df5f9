import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupTables, buildBackup, isEncryptedBackup, isGzip } from '../../core/backup';
import { encodeBackup, readBackupFile } from './backupFile';

const empty = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as BackupTables;
const backup = buildBackup(
  { ...empty, accounts: [{ id: 1, name: 'Compte joint « été »', currency: 'EUR', createdAt: 1 }] },
  { exportedAt: 0, schemaVersion: 1 },
);

describe('backup file', () => {
  it('writes gzip and reads it back unchanged', async () => {
    const { blob, fileName } = await encodeBackup(backup, new Date(2025, 2, 14));
    expect(fileName).toBe('kept-backup-2025-03-14.json.gz');
    expect(isGzip(new Uint8Array(await blob.arrayBuffer()))).toBe(true);
    expect(await readBackupFile(blob, 1)).toEqual({ ok: true, backup });
  });

  it('reads plain JSON too', async () => {
    expect(await readBackupFile(new Blob([JSON.stringify(backup)]), 1)).toEqual({ ok: true, backup });
  });

  it('reports damaged archives, binary files and statements', async () => {
    const { blob } = await encodeBackup(backup);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(await readBackupFile(new Blob([bytes.slice(0, bytes.length - 12)]), 1)).toEqual({
      ok: false,
      problem: 'notJson',
    });
    expect(await readBackupFile(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xfe])]), 1)).toEqual({
      ok: false,
      problem: 'notJson',
    });
    expect(await readBackupFile(new Blob(['Date;Libellé;Montant\n01/02/2025;CB;-4,50\n']), 1)).toEqual({
      ok: false,
      problem: 'csv',
    });
  });

  it('encrypts with a passphrase and reads it back only with it', async () => {
    const { blob, fileName } = await encodeBackup(backup, new Date(2025, 2, 14), 'lune de miel');
    expect(fileName).toBe('kept-backup-2025-03-14.json.gz.enc');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(isEncryptedBackup(bytes)).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from('Compte joint'))).toBe(false);
    expect(await readBackupFile(blob, 1)).toEqual({ ok: false, problem: 'locked' });
    expect(await readBackupFile(blob, 1, 'lune de miel')).toEqual({ ok: true, backup });
    expect(await readBackupFile(blob, 1, 'lune de fiel')).toEqual({ ok: false, problem: 'wrongPassphrase' });
  });

  it('refuses a file larger than any backup without reading it', async () => {
    const huge = { size: 3 * 1024 ** 3, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expect(await readBackupFile(huge, 1)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
