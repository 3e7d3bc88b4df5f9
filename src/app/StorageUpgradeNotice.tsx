import { useEffect, useState } from 'react';
import { db } from '../db/database';
import { useI18n } from '../i18n';

/**
 * When a newer Kept opened in another tab upgrades the database, this tab's connection is closed (Dexie does so
 * on 'versionchange' so the upgrade is not blocked) and nothing can be saved here until a reload: say so.
 */
export function StorageUpgradeNotice() {
  const { t } = useI18n();
  const [upgraded, setUpgraded] = useState(false);
  useEffect(() => {
    const listener = () => setUpgraded(true);
    db.on('versionchange', listener);
    return () => db.on('versionchange').unsubscribe(listener);
  }, []);
  if (!upgraded) return null;
  return (
    <div className="storage-upgraded" role="alert">
      {t('storage.upgraded')}{' '}
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('storage.reload')}
      </button>
    </div>
  );
}
