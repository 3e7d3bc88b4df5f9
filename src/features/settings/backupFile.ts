import {
  type BackupEnvelope,
  type BackupFileReading,
  backupFileName,
  encryptBackup,
  MAX_BACKUP_BYTES,
  readBackupBytes,
} from '../../core/backup';

async function gzip(json: Blob): Promise<Blob | null> {
  if (typeof CompressionStream === 'undefined') return null;
  return new Response(json.stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/**
 * The backup file is the JSON envelope, gzipped with the browser's own CompressionStream: statements compress
 * about tenfold, so years of history stay a small file. With a passphrase the gzip is then encrypted
 * (core/backup/crypto.ts): the file holds no readable byte of the person's data. Restore reads all three.
 */
export async function encodeBackup(
  backup: BackupEnvelope,
  now = new Date(),
  passphrase = '',
): Promise<{ blob: Blob; fileName: string }> {
  const json = new Blob([JSON.stringify(backup)], { type: 'application/json' });
  const zipped = await gzip(json);
  if (passphrase !== '') {
    const plain = new Uint8Array(await (zipped ?? json).arrayBuffer());
    const sealed = await encryptBackup(plain, passphrase);
    return {
      blob: new Blob([sealed], { type: 'application/octet-stream' }),
      fileName: `${backupFileName(now, !!zipped)}.enc`,
    };
  }
  if (!zipped) return { blob: json, fileName: backupFileName(now, false) };
  return {
    blob: new Blob([zipped], { type: 'application/gzip' }),
    fileName: backupFileName(now, true),
  };
}

/**
 * Reads a chosen file as a backup (an encrypted one with `passphrase`; without it, the reading is 'locked').
 * A file larger than any backup is refused before a byte is read. Never throws: problems come back as data.
 */
export async function readBackupFile(
  file: Blob,
  schemaVersion: number,
  passphrase?: string,
): Promise<BackupFileReading> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    return await readBackupBytes(new Uint8Array(await file.arrayBuffer()), schemaVersion, passphrase);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
}
