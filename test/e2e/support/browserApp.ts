import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../build/chromiumLaunch';
import { startStaticServer, type StaticServer } from '../../../build/webServer';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const WEB_ROOT = path.join(REPO_ROOT, 'out/web');
export const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output');

export { chromiumPath };

/** A browser serving the built renderer, recording every console error, page error and foreign request. */
export class BrowserApp {
  readonly problems: string[] = [];
  private running: { server: StaticServer; browser: Browser } | undefined;

  async start(): Promise<void> {
    if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
      throw new Error(
        'out/web is missing: run `vite build --config vite.web.config.mts` first (npm run test:e2e does).',
      );
    }
    const server = await startStaticServer(WEB_ROOT);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    this.running = { server, browser };
  }

  get server(): StaticServer {
    if (!this.running) throw new Error('BrowserApp used before start()');
    return this.running.server;
  }

  get browser(): Browser {
    if (!this.running) throw new Error('BrowserApp used before start()');
    return this.running.browser;
  }

  get url(): string {
    return this.server.url;
  }

  async newPage(options: { width?: number; height?: number; context?: BrowserContext } = {}): Promise<Page> {
    const context =
      options.context ??
      (await this.browser.newContext({
        viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
        locale: 'fr-FR',
      }));
    const page = await context.newPage();
    const origin = new URL(this.url).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        this.problems.push(`foreign request: ${url}`);
      }
    });
    return page;
  }

  /** Returns and clears what went wrong since the last call. */
  takeProblems(): string[] {
    return this.problems.splice(0, this.problems.length);
  }

  async close(): Promise<void> {
    if (!this.running) return;
    await this.running.browser.close();
    await this.running.server.close();
    this.running = undefined;
  }
}

/**
 * One browser app for a test file: started before its tests, closed after them, and every test fails
 * when it logged a console error or a page error, or asked another host for anything.
 */
export function useBrowserApp(): BrowserApp {
  const app = new BrowserApp();
  beforeAll(() => app.start());
  afterAll(() => app.close());
  afterEach(() => {
    expect(app.takeProblems()).toEqual([]);
  });
  return app;
}

export function screenshotPath(name: string): string {
  const dir = path.join(OUTPUT_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP stays strict). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
