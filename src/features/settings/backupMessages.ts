import type { BackupFileReading } from '../../core/backup';
import { MAX_BACKUP_BYTES } from '../../core/backup';
import type { MessageKey } from '../../i18n';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Refusal = Exclude<Extract<BackupFileReading, { ok: false }>['problem'], 'locked'> | 'storage';

const MEGABYTES = `${Math.round(MAX_BACKUP_BYTES / 1024 / 1024)} MB`;

/** Why a file was refused, in words, followed by the reassurance that nothing changed. */
export function refusalText(
  t: Translate,
  problem: Refusal,
  extra: { detail?: string; row?: number; message?: string } = {},
): string {
  const where = extra.row ? `${extra.detail ?? ''} #${extra.row}` : (extra.detail ?? '');
  const why =
    problem === 'invalid' && where
      ? t('backup.problem.invalidDetail', { detail: where })
      : t(`backup.problem.${problem}` as MessageKey, { message: extra.message ?? '', limit: MEGABYTES });
  return `${why} ${t('backup.unchanged')}`;
}
