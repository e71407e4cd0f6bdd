// @vitest-environment node
import { checkHtml, detectKind, formatReport } from './index.js';
import { compareVersions, isValidatorSemver, validatorVersion } from './checks/bootstrap.js';
import { itemsOutOfOrder } from './checks/service.js';
import { isInternalHref } from './dom.js';
import { parseHtml } from './html.js';
import { METATAG_SCHEMA } from './data/metatag-schema.js';
import { schemaLeaves, validate } from './schema.js';
import { sample } from './crawl.js';
import { page, serviceMain, genericMain, METATAG } from '../test/fixtures/build.mjs';

describe('helpers', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('2.18.3', '2.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.9.10', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
  });

  it('reads the version as the validator does: trimmed, only double quotes removed', () => {
    expect(validatorVersion(' "2.18.3" ')).toBe('2.18.3');
    expect(validatorVersion("'2.18.3'")).toBe("'2.18.3'");
    expect(isValidatorSemver('2.18.3')).toBe(true);
    expect(isValidatorSemver('v2.18')).toBe(true);
    expect(isValidatorSemver("'2.18.3'")).toBe(false);
    expect(validatorVersion('  ""  ')).toBeNull();
  });

  it('counts items out of order as n minus the longest ordered run', () => {
    const req = ['a', 'b', 'c', 'd'];
    expect(itemsOutOfOrder(req, ['a', 'b', 'c', 'd'])).toEqual([]);
    expect(itemsOutOfOrder(req, ['a', 'c', 'b', 'd'])).toHaveLength(1);
    expect(itemsOutOfOrder(req, ['d', 'c', 'a', 'b'])).toHaveLength(2);
    expect(itemsOutOfOrder(req, ['x', 'a', 'd'])).toEqual([]);
  });

  it('tells internal from external links like the checker', () => {
    expect(isInternalHref('/servizi/', 'https://comune.esempio.it/')).toBe(true);
    expect(isInternalHref('https://www.comune.esempio.it/x', 'https://comune.esempio.it/')).toBe(
      true,
    );
    expect(isInternalHref('https://altro.it/x', 'https://comune.esempio.it/')).toBe(false);
    expect(isInternalHref('www.altro.it/x', 'https://comune.esempio.it/')).toBe(false);
    expect(isInternalHref('mailto:a@b.it', 'https://comune.esempio.it/')).toBe(false);
  });

  it('validates the metatag schema per leaf voice', () => {
    expect(schemaLeaves(METATAG_SCHEMA)).toHaveLength(10);
    expect(validate(METATAG_SCHEMA, METATAG).invalidLeaves.size).toBe(0);
    const { invalidLeaves } = validate(METATAG_SCHEMA, {
      ...METATAG,
      availableChannel: { serviceUrl: '' },
    });
    expect([...invalidLeaves].sort()).toEqual([
      'availableChannel.serviceLocation.address.addressLocality',
      'availableChannel.serviceLocation.address.postalCode',
      'availableChannel.serviceLocation.address.streetAddress',
      'availableChannel.serviceLocation.name',
      'availableChannel.serviceUrl',
    ]);
    expect(validate(METATAG_SCHEMA, 'x').invalidLeaves.size).toBe(10);
  });

  it('samples evenly and deterministically', () => {
    expect(sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([1, 4, 7]);
    expect(sample([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('checkHtml', () => {
  it('detects the page kind', () => {
    expect(detectKind(parseHtml(page({ main: serviceMain() })))).toBe('service');
    expect(
      detectKind(parseHtml(page({ main: genericMain('x') })), 'https://comune.esempio.it/'),
    ).toBe('home');
    expect(
      detectKind(parseHtml(page({ main: genericMain('x') })), 'https://comune.esempio.it/uffici/'),
    ).toBe('generic');
    expect(checkHtml(page({ main: serviceMain() })).kind).toBe('service');
  });

  it('skips the criteria that do not apply to the kind', () => {
    const r = checkHtml(page({ main: genericMain('Mappa'), withFeedback: false }), {
      kind: 'generic',
    });
    const ids = r.findings.map((f) => f.criterion);
    expect(ids).toEqual([
      'C.SI.1.2',
      'C.SI.1.6',
      'C.SI.2.3',
      'C.SI.2.4',
      'C.SI.3.2',
      'C.SI.3.3',
      'C.SI.3.4',
    ]);
    expect(r.passed).toBe(true);
  });

  it('runs only the requested criteria', () => {
    const r = checkHtml(page({ main: serviceMain(undefined, { booking: 'button' }) }), {
      criteria: ['C.SI.2.1'],
    });
    expect(r.findings.map((f) => f.criterion)).toEqual(['C.SI.2.1']);
    expect(r.findings[0]?.outcome).toBe('fail');
    expect(r.findings[0]?.message.it).toMatch(/<button>/);
    expect(r.findings[0]?.elements?.[0]).toMatch(/^<button/);
  });

  it('uses the url: external menu links and http privacy links on a public host', () => {
    const html = page({ main: genericMain('Uffici') });
    expect(checkHtml(html, { url: 'https://comune.esempio.it/uffici/' }).passed).toBe(true);
    const local = checkHtml(html, { url: 'http://127.0.0.1:8080/uffici/', criteria: ['C.SI.3.3'] });
    expect(local.findings[0]?.outcome).toBe('tolerance');
    const http = checkHtml(html, {
      url: 'http://comune.esempio.it/uffici/',
      criteria: ['C.SI.3.3'],
    });
    expect(http.findings[0]?.outcome).toBe('fail');
  });

  it('formats a page report as a table', () => {
    const out = formatReport(
      checkHtml(page({ main: genericMain('Uffici'), faq: 'missing' }), { kind: 'second-level' }),
      { lang: 'en' },
    );
    expect(out).toMatch(/C\.SI\.2\.3 .*FAIL/);
    expect(out).toMatch(/C\.SI\.1\.6 .*PASS/);
  });
});

describe('--flows helpers', () => {
  it('reads dates as written in Italian, English, dd/mm/yyyy and ISO; skips impossible ones', async () => {
    const { findDates } = await import('./checks/flow.js');
    const days = (s: string) => findDates(s).map((d) => d.written);
    expect(days('Presa in carico il 5 dicembre 2026, esito entro il 4 gennaio 2027')).toEqual([
      '5 dicembre 2026',
      '4 gennaio 2027',
    ]);
    expect(days('on 5 December 2026 and 05/01/2027 and 2027-01-04')).toHaveLength(3);
    expect(days('31 febbraio 2026 e 31/04/2026')).toEqual([]);
    const [a, b] = findDates('1 marzo 2026 – 31 marzo 2026');
    expect((b?.day ?? 0) - (a?.day ?? 0)).toBe(30);
  });

  it('reads the maximum time from the scheda', async () => {
    const { maxDaysOf } = await import('./flows.js');
    const doc = (t: string) => parseHtml(`<main><h2>Tempi e scadenze</h2><p>${t}</p></main>`);
    expect(maxDaysOf(doc('Tempo massimo per la conclusione del procedimento: 30 giorni.'))).toBe(
      30,
    );
    expect(maxDaysOf(doc('La TARI si paga in quattro rate.'))).toBeUndefined();
  });

  it('says how to install playwright-core when it is missing', async () => {
    vi.resetModules();
    vi.doMock('playwright-core', () => {
      throw new Error("Cannot find package 'playwright-core'");
    });
    try {
      const { launchChromium } = await import('./browser.js');
      await expect(launchChromium()).rejects.toThrow(
        /playwright-core non è installato.*npm install --save-dev playwright-core/,
      );
    } finally {
      vi.doUnmock('playwright-core');
    }
  });
});
