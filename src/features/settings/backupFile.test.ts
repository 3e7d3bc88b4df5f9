import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupTables, buildBackup, isGzip } from '../../core/backup';
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
});
