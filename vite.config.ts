/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The app talks to its own origin only; the policy goes into the built page (dev needs inline scripts). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kept-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline after the first visit: Workbox (through vite-plugin-pwa) precaches every built file — the lazily loaded
 * pages, the import worker and its merchant dictionary chunk, the sample statements — and serves them cache-first.
 * The page registers the worker itself (src/app/serviceWorker.ts, a module: no inline script under the CSP).
 * A new version waits until every Kept tab is closed, so an open page never loses the chunks it was built with.
 */
function offline() {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Kept',
      short_name: 'Kept',
      description: 'A private personal-finance dashboard. Your bank statements never leave your device.',
      theme_color: '#0f766e',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,csv,json,txt,webmanifest}'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      clientsClaim: true,
      skipWaiting: false,
      navigateFallback: 'index.html',
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
