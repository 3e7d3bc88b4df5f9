import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import {
  formatBytes,
  onStorageChanged,
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from './storage';

type Offline = 'ready' | 'pending' | 'unavailable';

function offlineState(): Offline {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return 'unavailable';
  return navigator.serviceWorker.controller ? 'ready' : 'pending';
}

/** Whether the browser keeps the data, how much is used, and whether the app works offline. */
export function StorageSection() {
  const { t, numberLocale } = useI18n();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [offline, setOffline] = useState<Offline>(offlineState);

  useEffect(() => {
    let live = true;
    const refresh = () => void readStorageStatus().then((next) => live && setStatus(next));
    refresh();
    const stop = onStorageChanged(refresh);
    const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    const update = () => setOffline(offlineState());
    container?.addEventListener('controllerchange', update);
    return () => {
      live = false;
      stop();
      container?.removeEventListener('controllerchange', update);
    };
  }, []);

  if (!status) return null;
  const state =
    status.persistent === true ? 'persistent' : status.persistent === false ? 'bestEffort' : 'unknown';
  return (
    <section className="data-section" data-testid="storage-status" data-persistent={state}>
      <h3>{t('storage.title')}</h3>
      <p>{t(`storage.${state}`)}</p>
      {status.usage !== undefined && status.quota !== undefined ? (
        <p className="muted small">
          {t('storage.usage', {
            used: formatBytes(status.usage, numberLocale),
            quota: formatBytes(status.quota, numberLocale),
          })}
        </p>
      ) : null}
      {state === 'bestEffort' ? (
        <button type="button" className="button" onClick={() => void requestPersistentStorage()}>
          {t('storage.ask')}
        </button>
      ) : null}
      <p className="muted small" data-testid="offline-status" data-state={offline}>
        {t(`offline.${offline}`)}
      </p>
    </section>
  );
}
