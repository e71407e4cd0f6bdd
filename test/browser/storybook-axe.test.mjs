// Every story of the built Storybook, in real Chromium, through axe (WCAG 2.1 A/AA + best
// practice) at 360×740 and 1280×800. New stories are picked up from index.json.
// A story skips a rule only through its example's `axeSkip` (rule → written reason), which
// the story carries as an `axe-skip:<rule>` tag.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveDir } from '../lib/serve.mjs';
import {
  launchChromium,
  axeViolations,
  VIEWPORTS,
  COMPONENT_DISABLED_RULES,
} from '../lib/browser.mjs';
import { openPreviews, showStory } from '../lib/storybook.mjs';

const dir = path.resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let server, browser, pages, pageErrors;
before(async () => {
  server = await serveDir(dir);
  browser = await launchChromium();
  ({ pages, errors: pageErrors } = await openPreviews(
    browser,
    server.url,
    stories[0].id,
    VIEWPORTS,
  ));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the Storybook index lists stories', () => {
  assert.ok(stories.length > 0, 'no stories in index.json');
});

/** Rules a story switches off: its documented `axe-skip:` tags, and the page rules for components. */
function disabledRules(tags) {
  const skip = tags
    .filter((t) => t.startsWith('axe-skip:'))
    .map((t) => t.slice('axe-skip:'.length));
  return [...skip, ...(tags.includes('page') ? [] : Object.keys(COMPONENT_DISABLED_RULES))];
}

for (const story of stories) {
  test(`axe: ${story.id} @ 360px and 1280px`, async () => {
    await Promise.all(
      VIEWPORTS.map(async (vp) => {
        const page = pages[vp.name];
        pageErrors[vp.name].length = 0;
        const tags = await showStory(page, story.id);
        const violations = await axeViolations(page, { disable: disabledRules(tags) });
        assert.deepEqual(violations, [], `${story.id} @ ${vp.width}px`);
        assert.deepEqual(pageErrors[vp.name], [], `page errors in ${story.id} @ ${vp.width}px`);
      }),
    );
  });
}
