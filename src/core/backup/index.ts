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
