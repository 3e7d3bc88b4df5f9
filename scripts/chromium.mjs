// How Kept starts Chromium everywhere (e2e tests, benchmarks, screenshots): Debian's Chromium when present
// (or $CHROMIUM_PATH), else Playwright's own browser; with flags that keep it off the network.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions() {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
