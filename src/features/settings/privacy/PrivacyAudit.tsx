import { useEffect, useState } from 'react';
import { DEFAULT_CATEGORIES } from '../../../core/categories';
import { type MessageKey, useI18n } from '../../../i18n';
import { Card } from '../../../ui/Card';
import { formatBytes, onStorageChanged, readStorageStatus, type StorageStatus } from '../storage';
import { onPageRequest, readContentSecurityPolicy, readPageRequests } from './requests';
import { type TableCounts, readTableCounts, useTableCounts } from './usePrivacyAuditData';
import { onWipe } from './wipeEvents';
import './audit.css';

const KNOWN_TABLES = new Set([
  'accounts',
  'transactions',
  'imports',
  'profiles',
  'categories',
  'rules',
  'merchants',
  'settings',
]);

/** Rows left after a wipe; "Delete everything" puts the default categories back, which are not the person's data. */
function leftover(counts: TableCounts): number {
  return Object.entries(counts).reduce(
    (sum, [table, rows]) =>
      sum + (table === 'categories' ? Math.max(0, rows - DEFAULT_CATEGORIES.length) : rows),
    0,
  );
}

/** Privacy you can check: the requests made, the CSP in force, what is stored, and a verified wipe. */
export function PrivacyAudit() {
  const { t, numberLocale } = useI18n();
  const [requests, setRequests] = useState(readPageRequests);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [verified, setVerified] = useState<TableCounts | null>(null);
  const counts = useTableCounts();
  const csp = readContentSecurityPolicy();

  useEffect(() => {
    let live = true;
    const refreshStorage = () => void readStorageStatus().then((next) => live && setStorage(next));
    refreshStorage();
    const stopStorage = onStorageChanged(refreshStorage);
    const stopRequests = onPageRequest(() => setRequests(readPageRequests()));
    const stopWipe = onWipe(() => {
      refreshStorage();
      void readTableCounts().then((fresh) => live && setVerified(fresh));
    });
    return () => {
      live = false;
      stopStorage();
      stopRequests();
      stopWipe();
    };
  }, []);

  const away = requests.filter((request) => !request.sameOrigin);
  const origins = [...new Set(requests.map((request) => request.origin))];
  const persistent =
    storage?.persistent === true ? 'persistent' : storage?.persistent === false ? 'bestEffort' : 'unknown';
  return (
    <Card title={t('audit.title')} subtitle={t('audit.subtitle')} testId="privacy-audit">
      <section
        className="audit-block"
        data-testid="audit-requests"
        data-total={requests.length}
        data-off-origin={away.length}
      >
        <h3>{t('audit.requests')}</h3>
        <p className={away.length === 0 ? 'audit-ok' : 'audit-warn'}>
          {t('audit.requestsSummary', { count: requests.length, away: away.length })}
        </p>
        <details>
          <summary>{t('audit.requestsList', { origins: origins.join(', ') })}</summary>
          <ul className="audit-requests">
            {requests.map((request, index) => (
              <li key={`${request.url}-${index}`} data-same-origin={request.sameOrigin}>
                <span className="audit-origin">{request.origin}</span>
                <span className="audit-url">{request.url.replace(request.origin, '') || '/'}</span>
                <span className="muted small">{request.type}</span>
              </li>
            ))}
          </ul>
        </details>
      </section>
      <section className="audit-block" data-testid="audit-csp">
        <h3>{t('audit.csp')}</h3>
        {csp.length ? (
          <ul className="audit-csp">
            {csp.map((directive) => (
              <li key={directive}>
                <code>{directive}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="audit-warn">{t('audit.noCsp')}</p>
        )}
      </section>
      <section className="audit-block" data-testid="audit-storage">
        <h3>{t('audit.stored')}</h3>
        {counts ? (
          <table className="audit-tables">
            <tbody>
              {Object.entries(counts).map(([table, rows]) => (
                <tr key={table} data-table={table} data-rows={rows}>
                  <th scope="row">
                    {KNOWN_TABLES.has(table) ? t(`audit.table.${table}` as MessageKey) : table}
                  </th>
                  <td className="numeric">{t('audit.rows', { count: rows })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {storage?.usage !== undefined ? (
          <p className="muted small">
            {t('audit.bytes', { used: formatBytes(storage.usage, numberLocale) })}
          </p>
        ) : null}
        <p data-testid="audit-persistent" data-persistent={persistent}>
          {t(`audit.persistent.${persistent}` as MessageKey)}
        </p>
      </section>
      {verified ? (
        <p
          className={leftover(verified) === 0 ? 'audit-ok' : 'audit-warn'}
          role="status"
          data-testid="wipe-verified"
          data-rows={leftover(verified)}
        >
          {leftover(verified) === 0
            ? t('audit.wipeVerified', {
                tables: Object.keys(verified).length,
                categories: verified.categories ?? 0,
              })
            : t('audit.wipeLeft', { count: leftover(verified) })}
        </p>
      ) : null}
    </Card>
  );
}
