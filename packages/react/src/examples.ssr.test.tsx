// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { allExamples } from './test-utils/all-examples.js';
import { PiazzaProvider } from './intl/PiazzaProvider.js';

// Every example renders on the server, in plain Node (no window, no document).
describe('server render of every example (node)', () => {
  test('there is no DOM here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });
  for (const { component, key, example } of allExamples) {
    test(`${component} › ${key}`, () => {
      const html = renderToString(<PiazzaProvider>{example.render()}</PiazzaProvider>);
      expect(html.length).toBeGreaterThan(0);
      expect(html).not.toMatch(/undefined|\[object Object\]/);
    });
  }
});
