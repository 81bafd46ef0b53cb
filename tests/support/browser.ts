/**
 * Headless Chromium from Debian's `chromium` package, driven by playwright-core (which never downloads a
 * browser of its own). Every request the page makes is checked: anything but 127.0.0.1 is aborted and
 * recorded, so a test can assert the page reached nothing beyond loopback.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './paths.js';

/** Where screenshots go: gitignored, kept by CI as test artefacts (docs/development.md, "Tests"). */
export const SCREENSHOTS = resolve(ROOT, 'test-artifacts/screenshots');
export const CHROMIUM = '/usr/bin/chromium';

// The flags that keep Chromium from reaching out on its own (updates, sync, field trials, QUIC).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser with an empty profile of its own. */
export interface Browser {
  page(opts?: { width: number; height: number; credentials?: { username: string; password: string } }): Promise<Page>;
  /** URLs the page asked for that were not on 127.0.0.1 (aborted). */
  readonly offLoopback: string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'exportwatch-chromium-'));
  const contexts: BrowserContext[] = [];
  const offLoopback: string[] = [];
  return {
    offLoopback,
    async page(opts = { width: 1280, height: 900 }) {
      // One persistent context per page, each on its own empty profile directory.
      const dir = mkdtempSync(join(profile, 'p-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        viewport: { width: opts.width, height: opts.height },
        ...(opts.credentials ? { httpCredentials: opts.credentials } : {}),
      });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        offLoopback.push(url.href);
        return route.abort('blockedbyclient');
      });
      return context.pages()[0] ?? (await context.newPage());
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
