export {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  DERIVED_SETTINGS,
  buildBackup,
  backupFileName,
  type BackupEnvelope,
  type BackupTableName,
  type BackupTables,
} from './envelope';
export { parseBackup, validateBackup, type BackupProblem, type BackupReading } from './validate';
export { isGzip, decodeUtf8 } from './bytes';
export { encryptBackup, decryptBackup, isEncryptedBackup, PBKDF2_ITERATIONS } from './crypto';
export { gunzipWithin, MAX_BACKUP_BYTES, MAX_INFLATION_RATIO } from './inflate';
export { readBackupBytes, type BackupFileReading } from './readBytes';
