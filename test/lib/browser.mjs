// Debian's chromium through playwright-core, and axe with the pinned axe-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The pinned axe-core (4.14.1), injected into pages as it is. */
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const VIEWPORTS = [
  { name: 'mobile', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Rules off for a component shown alone; page stories (tag "page") keep them. */
export const COMPONENT_DISABLED_RULES = {
  region: 'a component alone is not a page',
  'page-has-heading-one': 'a component alone is not a page',
  'landmark-one-main': 'a component alone is not a page',
};

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs axe (pinned axe-core, injected once per document) on the page; returns readable
 * violations. `disable`: rule ids to switch off (each caller documents why).
 */
export async function axeViolations(page, { disable = [], context = 'document' } = {}) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, disable, context }) => {
      const root = context === 'document' ? document : document.querySelector(context);
      const results = await window.axe.run(root, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
      );
    },
    { tags: AXE_TAGS, disable, context },
  );
}
