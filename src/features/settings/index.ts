export { SettingsPage } from './SettingsPage';
export { requestPersistentStorage } from './storage';
