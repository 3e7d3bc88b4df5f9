import { ImportProvider } from '../features/import';
import { I18nProvider } from '../i18n';
import { Shell } from './Shell';
import './styles.css';
import './views.css';

export function App() {
  return (
    <I18nProvider>
      <ImportProvider>
        <Shell />
      </ImportProvider>
    </I18nProvider>
  );
}
