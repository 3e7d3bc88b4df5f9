/**
 * Registers the service worker built by vite-plugin-pwa (Workbox precache of every built file), so that after the
 * first visit the app loads and works with the network off. Production builds only (see main.tsx).
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline use is a bonus: the app works online without it.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
