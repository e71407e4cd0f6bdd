// @vitest-environment node
// The site settings of the submissions reach the islands: Site.ratingEndpoint in the rating's
// props (absent: none, and the widget says nothing was sent), Site.patronDay in the booking's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryBookingProvider } from '@piazza/react/forms';
import { MarkdownContentSource, type Content } from '../content/index.js';
import { sitePages } from '../templates/index.js';
import { renderBody } from './render.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');

let demo: Content;
beforeAll(async () => {
  demo = await new MarkdownContentSource(DEMO).load();
});

/** The props of every island `name` on the page at `at`, as the browser reads them. */
function islandProps(content: Content, at: string, name: string): Array<Record<string, unknown>> {
  const { idx, pages } = sitePages(content);
  const page = pages.find((p) => p.path === at);
  if (!page) throw new Error(`no page ${at}`);
  const { body } = renderBody(idx, page);
  return [...body.matchAll(/data-island="([a-z]+)" data-island-id="([^"]+)"/g)]
    .filter((m) => m[1] === name)
    .map((m) => {
      const script = new RegExp(
        `<script type="application/json" id="${m[2]}-props">(.*?)</script>`,
      );
      return JSON.parse(script.exec(body)![1]!) as Record<string, unknown>;
    });
}

describe('site settings of the submissions', () => {
  test('ratingEndpoint goes to the rating of every page; without it there is none', () => {
    const site = { ...demo.site, ratingEndpoint: '/api/valutazioni' };
    expect(islandProps({ ...demo, site }, '/servizi/', 'rating')).toEqual([
      { page: '/servizi/', endpoint: '/api/valutazioni' },
    ]);
    const { ratingEndpoint: _, ...without } = demo.site;
    expect(islandProps({ ...demo, site: without }, '/', 'rating')).toEqual([{ page: '/' }]);
  });

  test('patronDay goes to the booking page: its provider offers nothing that day, the hours say so', async () => {
    const site = { ...demo.site, patronDay: '06-29' };
    const [props] = islandProps({ ...demo, site }, '/prenota-appuntamento/', 'booking');
    expect(props?.patronDay).toBe('06-29');
    const offices = props?.offices as Array<{ id: string; hours: string }>;
    expect(offices[0]?.hours).toMatch(
      /Chiuso nei giorni festivi e il 29 giugno \(santo patrono\)\.$/,
    );
    // the provider the island builds from these props
    const provider = new MemoryBookingProvider({
      now: () => new Date('2026-06-10T08:00:00Z'),
      officeTypes: props?.officeTypes as never,
      offices: props?.offices as never,
      patronDay: '06-29',
    });
    for (const office of offices) {
      const june = await provider.slots(office.id, '2026-06');
      expect(
        june.some((s) => s.start.startsWith('2026-06-29')),
        office.id,
      ).toBe(false);
      expect(
        june.some((s) => s.start.startsWith('2026-06-02')),
        office.id,
      ).toBe(false);
    }
  });
});
