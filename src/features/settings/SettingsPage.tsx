import { type LanguageChoice, useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { AccountsCard } from './AccountsCard';
import { BackupSection } from './BackupSection';
import { DeleteSection } from './DeleteSection';
import { Licences } from './Licences';
import { PrivacyAudit } from './privacy/PrivacyAudit';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  const { t, choice, setChoice } = useI18n();
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
        <BackupSection />
        <StorageSection />
        <DeleteSection />
      </Card>
      <PrivacyAudit />
      <Card title={t('settings.about')}>
        <p className="muted">{t('settings.aboutBody')}</p>
        <Licences />
      </Card>
    </div>
  );
}
