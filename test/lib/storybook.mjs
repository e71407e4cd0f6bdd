// Opens the built Storybook's preview once and switches stories through its channel
// (a full page load per story costs ~2.5 s; a switch ~50 ms).

/** Opens the preview iframe on `storyId` and waits for the story to render. */
export async function openPreview(page, baseUrl, storyId) {
  await page.goto(
    `${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=a11y.manual:!true`,
  );
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.channel, null, { timeout: 20000 });
  await page.waitForSelector('#storybook-root > *', { timeout: 20000 });
}

/**
 * Renders `storyId` in an open preview; resolves with the story's tags (as computed at run
 * time: index.json only lists tags it can read statically) when rendered, rejects on a story
 * error.
 */
export async function showStory(page, storyId) {
  const outcome = await page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        const channel = preview.channel;
        if (
          preview.currentSelection?.storyId === id &&
          document.querySelector('#storybook-root > *')
        ) {
          resolve('ok');
          return;
        }
        const done = (result) => {
          channel.off('storyRendered', onRendered);
          channel.off('storyErrored', onError);
          channel.off('storyThrewException', onError);
          clearTimeout(timer);
          resolve(result);
        };
        const onRendered = (rendered) => {
          if (rendered === id || rendered?.storyId === id) done('ok');
        };
        const onError = (err) =>
          done(`story error: ${err?.title ?? ''} ${err?.description ?? err?.message ?? ''}`);
        const timer = setTimeout(() => done('timeout waiting for storyRendered'), 15000);
        channel.on('storyRendered', onRendered);
        channel.on('storyErrored', onError);
        channel.on('storyThrewException', onError);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
  if (outcome !== 'ok') throw new Error(`${storyId}: ${outcome}`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender?.story?.tags ?? []);
}

/**
 * Opens one preview per viewport on `storyId`, each in its own context. Returns the pages and,
 * per viewport, the page errors collected so far (clear the array before each check).
 */
export async function openPreviews(browser, baseUrl, storyId, viewports) {
  const pages = {};
  const errors = {};
  await Promise.all(
    viewports.map(async (vp) => {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
      });
      const page = await context.newPage();
      errors[vp.name] = [];
      page.on('pageerror', (e) => errors[vp.name].push(String(e)));
      await openPreview(page, baseUrl, storyId);
      pages[vp.name] = page;
    }),
  );
  return { pages, errors };
}
