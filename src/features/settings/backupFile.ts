import {
  type BackupEnvelope,
  type BackupReading,
  backupFileName,
  decodeUtf8,
  isGzip,
  parseBackup,
} from '../../core/backup';

/**
 * The backup file is the JSON envelope, gzipped with the browser's own CompressionStream: statements compress
 * about tenfold, so years of history stay a small file. Restore reads both gzip and plain JSON (a person may
 * unpack the file to look inside, or a browser without CompressionStream writes plain JSON).
 */
export async function encodeBackup(
  backup: BackupEnvelope,
  now = new Date(),
): Promise<{ blob: Blob; fileName: string }> {
  const json = new Blob([JSON.stringify(backup)], { type: 'application/json' });
  if (typeof CompressionStream === 'undefined') return { blob: json, fileName: backupFileName(now, false) };
  const zipped = await new Response(json.stream().pipeThrough(new CompressionStream('gzip'))).blob();
  return {
    blob: new Blob([zipped], { type: 'application/gzip' }),
    fileName: backupFileName(now, true),
  };
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** Reads a chosen file as a backup. Never throws for bad files: the problem comes back as data. */
export async function readBackupFile(file: Blob, schemaVersion: number): Promise<BackupReading> {
  let bytes: Uint8Array | null = new Uint8Array(await file.arrayBuffer());
  if (isGzip(bytes)) bytes = await gunzip(bytes);
  const text = bytes ? decodeUtf8(bytes) : null;
  if (text === null) return { ok: false, problem: 'notJson' };
  return parseBackup(text, schemaVersion);
}
