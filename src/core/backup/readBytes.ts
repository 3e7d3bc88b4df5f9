import { decodeUtf8, isGzip } from './bytes';
import { decryptBackup, isEncryptedBackup } from './crypto';
import { gunzipWithin, MAX_BACKUP_BYTES } from './inflate';
import { type BackupReading, parseBackup } from './validate';

/** An encrypted file read without its passphrase: the caller asks for it, then calls again with it. */
export type BackupFileReading = BackupReading | { ok: false; problem: 'locked' };

/**
 * A backup file's bytes to a checked backup: decrypted when encrypted (with `passphrase`), gunzipped within the
 * ceilings, decoded as UTF-8, parsed and validated. Every failure is a reading; nothing is thrown.
 */
export async function readBackupBytes(
  bytes: Uint8Array,
  schemaVersion: number,
  passphrase?: string,
): Promise<BackupFileReading> {
  if (bytes.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'tooLarge' };
  let body = bytes;
  if (isEncryptedBackup(body)) {
    if (passphrase === undefined) return { ok: false, problem: 'locked' };
    const opened = await decryptBackup(body, passphrase);
    if (!opened.ok) return opened;
    body = opened.bytes;
  }
  if (isGzip(body)) {
    const inflated = await gunzipWithin(body);
    if (!inflated.ok) return inflated;
    body = inflated.bytes;
  }
  const text = decodeUtf8(body);
  if (text === null) return { ok: false, problem: 'notJson' };
  return parseBackup(text, schemaVersion);
}
