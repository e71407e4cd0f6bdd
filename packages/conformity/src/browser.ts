import type { Browser, BrowserContext } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Chromium through playwright-core, an optional peer dependency: loaded on use (it sets
 * globals when imported, and the library stays side-effect free), with a clear message when it
 * is not installed.
 */
export async function launchChromium(chromiumPath?: string): Promise<Browser> {
  let pw: typeof import('playwright-core');
  try {
    pw = await import('playwright-core');
  } catch {
    throw new Error(
      'playwright-core non è installato: serve per visitare il sito e guidare i flussi (npm install --save-dev playwright-core). / playwright-core is not installed: it is needed to crawl the site and drive the flows (npm install --save-dev playwright-core).',
    );
  }
  return pw.chromium.launch({
    executablePath: chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A new browser context that contacts only the hosts `allowed` accepts (others are aborted). */
export async function restrictedContext(
  browser: Browser,
  allowed: (u: URL) => boolean,
): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    let ok = false;
    try {
      const u = new URL(route.request().url());
      ok = allowed(u) || u.protocol === 'data:' || u.protocol === 'blob:';
    } catch {
      ok = false;
    }
    return ok ? route.continue() : route.abort('blockedbyclient');
  });
  return context;
}
