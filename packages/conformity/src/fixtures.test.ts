// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkFlowScreenHtml,
  checkHtml,
  checkRequestHtml,
  REQUEST_PAGE_CRITERION_IDS,
  SERVICE_CRITERION_IDS,
} from './index.js';
import type { PageKind } from './types.js';
import { cseExpectations, expectations, flowScreen, mismatches } from '../test/fixtures/expect.mjs';
import { FIXTURES, PAGES_DIR, renderFixture } from '../test/fixtures/generate.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pages');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

describe('fixture pages (checkHtml, jsdom)', () => {
  it('are the ones generate.mjs writes (regenerate with node test/fixtures/generate.mjs --write)', () => {
    expect(path.resolve(PAGES_DIR)).toBe(path.resolve(dir));
    expect(files).toEqual(Object.keys(FIXTURES).sort());
    for (const f of files)
      expect(readFileSync(path.join(dir, `${f}.html`), 'utf8'), f).toBe(renderFixture(f));
  });

  it.each(files)('%s', (file) => {
    const html = readFileSync(path.join(dir, `${file}.html`), 'utf8');
    const { kind, expect: exp } = expectations(html, false);
    const report = checkHtml(html, { kind: kind as PageKind });
    expect(mismatches(report, exp)).toEqual([]);
    expect(report.passed).toBe(![...exp.values()].includes('fail'));
  });

  it('cover every markup criterion with a passing page and at least one failing page', () => {
    const seen = new Map<string, Set<string>>();
    for (const file of files) {
      const html = readFileSync(path.join(dir, `${file}.html`), 'utf8');
      const { kind } = expectations(html, false);
      const report = checkHtml(html, { kind: kind as PageKind });
      for (const f of report.findings) {
        const s = seen.get(f.criterion) ?? new Set<string>();
        s.add(f.outcome);
        seen.set(f.criterion, s);
      }
    }
    for (const c of [
      'C.SI.1.2',
      'C.SI.1.3',
      'C.SI.1.5',
      'C.SI.1.6',
      'C.SI.1.7',
      'C.SI.2.1',
      'C.SI.2.2',
      'C.SI.2.3',
      'C.SI.2.4',
      'C.SI.2.5',
      'C.SI.2.6',
      'C.SI.3.2',
      'C.SI.3.3',
      'C.SI.3.4',
      'R.SI.1.1',
    ]) {
      expect([...(seen.get(c) ?? [])].sort(), c).toEqual(expect.arrayContaining(['fail', 'pass']));
    }
  });
});

describe('request pages: controlli aggiuntivi Piazza (checkRequestHtml, CSE.*)', () => {
  const requests = files.filter((f) =>
    cseExpectations(readFileSync(path.join(dir, `${f}.html`), 'utf8')),
  );

  /** The first screen through checkRequestHtml; a later screen through checkFlowScreenHtml. */
  const judge = (html: string) => {
    const screen = flowScreen(html);
    return screen ? checkFlowScreenHtml(html, screen) : checkRequestHtml(html);
  };

  it.each(requests)('%s', (file) => {
    const html = readFileSync(path.join(dir, `${file}.html`), 'utf8');
    const exp = cseExpectations(html) ?? new Map<string, string>();
    const screen = flowScreen(html);
    const findings = judge(html);
    expect(findings.map((f) => f.criterion)).toEqual(
      screen?.screen === 'step'
        ? ['CSE.1.6']
        : screen
          ? ['CSE.1.2', 'CSE.1.10', 'CSE.1.7']
          : [...REQUEST_PAGE_CRITERION_IDS],
    );
    expect(mismatches({ findings }, exp)).toEqual([]);
  });

  it('cover every CSE check with a passing page and at least one failing page', () => {
    const seen = new Map<string, Set<string>>();
    for (const file of requests) {
      for (const f of judge(readFileSync(path.join(dir, `${file}.html`), 'utf8'))) {
        const s = seen.get(f.criterion) ?? new Set<string>();
        s.add(f.outcome);
        seen.set(f.criterion, s);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...SERVICE_CRITERION_IDS].sort());
    for (const c of SERVICE_CRITERION_IDS)
      expect([...(seen.get(c) ?? [])].sort(), c).toEqual(expect.arrayContaining(['fail', 'pass']));
  });

  it('never change the C.SI.* report of a page', () => {
    for (const file of requests) {
      const report = checkHtml(readFileSync(path.join(dir, `${file}.html`), 'utf8'), {
        kind: 'generic',
      });
      expect(report.findings.filter((f) => f.criterion.startsWith('CSE.'))).toEqual([]);
    }
  });
});
