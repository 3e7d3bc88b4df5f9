import { useState } from 'react';
import { db } from '../../db/database';
import { deleteEverything } from '../../db/wipe';
import { type LanguageChoice, useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { AccountsCard } from './AccountsCard';
import { Licences } from './Licences';

export function SettingsPage() {
  const { t, choice, setChoice } = useI18n();
  const [message, setMessage] = useState('');
  return (
    <div className="page page-narrow">
      <h1>{t('settings.title')}</h1>
      <Card title={t('settings.language')}>
        <select
          aria-label={t('settings.language')}
          value={choice}
          onChange={(event) => setChoice(event.target.value as LanguageChoice)}
        >
          <option value="auto">{t('settings.language.auto')}</option>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </Card>
      <AccountsCard />
      <Card title={t('settings.data')}>
        <p className="muted">{t('settings.dataBody')}</p>
        <button
          type="button"
          className="button button-danger"
          onClick={async () => {
            if (!window.confirm(t('settings.deleteConfirm'))) return;
            await deleteEverything(db);
            setMessage(t('settings.deleted'));
          }}
        >
          {t('settings.deleteAll')}
        </button>
        {message ? (
          <p role="status" className="muted">
            {message}
          </p>
        ) : null}
      </Card>
      <Card title={t('settings.about')}>
        <p className="muted">{t('settings.aboutBody')}</p>
        <Licences />
      </Card>
    </div>
  );
}
