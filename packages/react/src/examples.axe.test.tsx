import { renderPiazza } from './test-utils/render.js';
import { axeViolations } from './test-utils/axe.js';
import { allExamples } from './test-utils/all-examples.js';

// Every example of every component, in Italian and in English, through axe (WCAG 2.1 A/AA +
// best practice) in jsdom. Contrast is checked in Chromium by test/browser.
describe('axe on every example (jsdom)', () => {
  test('the package has examples', () => {
    expect(allExamples.length).toBeGreaterThan(0);
  });
  for (const { component, key, example } of allExamples) {
    for (const locale of ['it', 'en'] as const) {
      test(`${component} › ${key} [${locale}]`, async () => {
        const { container } = renderPiazza(example.render(), { locale });
        expect(
          await axeViolations(container, { page: example.page, skip: example.axeSkip }),
        ).toEqual([]);
      });
    }
  }
});
