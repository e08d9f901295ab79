import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Without a Chinese font the pages still work, but screenshots kept as artifacts show boxes.
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

/** Debian's Chromium and a Chinese font; installed with apt-get when missing and we may (root). */
function ensureChromium(): void {
  if (existsSync(CHROMIUM) && existsSync(CJK_FONT)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-zenhei'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  if (existsSync(CHROMIUM)) return;
  throw new Error(`browser tests need ${CHROMIUM}: install Debian's chromium package`);
}

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in a container has no sandbox; the rest keeps Chromium off the (closed) network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
