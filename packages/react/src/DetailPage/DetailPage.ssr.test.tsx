// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { PiazzaProvider } from '../intl/PiazzaProvider.js';
import { examples } from './DetailPage.examples.js';

// The static site serves detail pages as server HTML without a script for the index.
describe('DetailPage on the server', () => {
  test('renders in plain Node: index and sections, no button, nothing marked current', () => {
    const html = renderToString(<PiazzaProvider>{examples.place.render()}</PiazzaProvider>);
    expect(html).toContain('data-element="page-index"');
    expect(html.match(/<section /g)).toHaveLength(3);
    expect(html.match(/<a class="nav-link" href="#/g)).toHaveLength(3);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('aria-current');
  });
});
