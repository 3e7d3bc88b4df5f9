import { useState } from 'react';
import { useI18n } from '../../i18n';

/** Third-party notices shipped with the app; the text is loaded only when opened. */
export function Licences() {
  const { t } = useI18n();
  const [text, setText] = useState<string | null>(null);
  return (
    <details
      className="licences"
      onToggle={(event) => {
        if (event.currentTarget.open && text === null) {
          void import('../../core/merchant/data/NSI-LICENSE.txt?raw').then((module) =>
            setText(module.default),
          );
        }
      }}
    >
      <summary>{t('settings.licences')}</summary>
      <p className="muted small">{t('settings.licencesBody')}</p>
      <pre className="licence-text">{text ?? t('common.loading')}</pre>
    </details>
  );
}
