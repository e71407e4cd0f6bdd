// @vitest-environment node
// The demo comune ("Comune di Esempio") loads from its Markdown folder and validates without errors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CATEGORIE_SERVIZIO,
  MIN_SERVICES,
  SEZIONI_AMMINISTRAZIONE,
  isModelTopic,
} from '@piazza/vocabularies';
import { MarkdownContentSource, formatIssue } from './index.js';
import type { Content } from './index.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');

let content: Content;

beforeAll(async () => {
  const result = await new MarkdownContentSource(DEMO).check();
  const problems = [...result.errors, ...result.warnings].map(formatIssue);
  expect(problems).toEqual([]);
  content = result.content as Content;
});

describe('demo content', () => {
  it('loads with load() as well', async () => {
    const loaded = await new MarkdownContentSource(DEMO).load();
    expect(loaded.site.name).toBe('Comune di Esempio');
    expect(loaded.root).toBe(DEMO);
  });

  it('has at least 14 services across at least 6 categories, above the C.SI.1.3 minimum', () => {
    expect(content.servizi.length).toBeGreaterThanOrEqual(Math.max(14, MIN_SERVICES));
    expect(new Set(content.servizi.map((s) => s.category)).size).toBeGreaterThanOrEqual(6);
    const labels = CATEGORIE_SERVIZIO.map((c) => c.label as string);
    for (const s of content.servizi) expect(labels).toContain(s.category);
  });

  it('fills the 8 required sections of every service, with an existing office', () => {
    const offices = new Set(content.unitaOrganizzative.map((u) => u.slug));
    for (const s of content.servizi) {
      expect(s.aChiERivolto.length, s.slug).toBeGreaterThan(20);
      expect(s.comeFare.length, s.slug).toBeGreaterThan(20);
      expect(s.cosaServe.length, s.slug).toBeGreaterThan(20);
      expect(s.cosaSiOttiene.length, s.slug).toBeGreaterThan(20);
      expect(s.tempiEScadenze.text.length, s.slug).toBeGreaterThan(10);
      expect(
        s.accediAlServizio.online ?? s.accediAlServizio.booking ?? s.accediAlServizio.generic,
        s.slug,
      ).toBeDefined();
      expect(s.condizioniDiServizio.fileType, s.slug).toBe('PDF');
      expect(s.condizioniDiServizio.size, s.slug).toMatch(/^\d+ (B|KB)$/);
      expect(offices.has(s.contatti), s.slug).toBe(true);
      expect(s.topics.length, s.slug).toBeGreaterThan(0);
      for (const t of s.topics) expect(isModelTopic(t), t).toBe(true);
    }
  });

  it('shows an inactive service with its reason', () => {
    const inactive = content.servizi.filter((s) => !s.status.active);
    expect(inactive.length).toBeGreaterThanOrEqual(1);
    for (const s of inactive)
      if (!s.status.active) expect(s.status.reason.length).toBeGreaterThan(10);
  });

  it('has at least 3 news items of each type, 4 events and 4 places', () => {
    for (const type of ['notizia', 'comunicato', 'avviso'] as const) {
      expect(content.notizie.filter((n) => n.type === type).length, type).toBeGreaterThanOrEqual(3);
    }
    expect(content.eventi.length).toBeGreaterThanOrEqual(4);
    expect(content.luoghi.length).toBeGreaterThanOrEqual(4);
  });

  it('populates the 7 sections of Amministrazione', () => {
    const bySection = new Map<string, number>();
    for (const u of content.unitaOrganizzative)
      bySection.set(u.section, (bySection.get(u.section) ?? 0) + 1);
    expect(bySection.get('Organi di governo')).toBeGreaterThanOrEqual(3);
    expect(bySection.get('Aree amministrative')).toBeGreaterThanOrEqual(1);
    expect(bySection.get('Uffici')).toBeGreaterThanOrEqual(7);
    expect(bySection.get('Enti e fondazioni')).toBeGreaterThanOrEqual(1);
    expect(content.persone.filter((p) => p.type === 'politico').length).toBeGreaterThanOrEqual(3);
    expect(
      content.persone.filter((p) => p.type === 'amministrativo').length,
    ).toBeGreaterThanOrEqual(3);
    expect(content.documenti.length).toBeGreaterThanOrEqual(5);
    // Every section label used is one of the vocabulary's 7.
    const sections = SEZIONI_AMMINISTRAZIONE.map((s) => s.label as string);
    for (const s of bySection.keys()) expect(sections).toContain(s);
    const names = content.unitaOrganizzative.map((u) => u.title);
    for (const t of ['Sindaca', 'Giunta comunale', 'Consiglio comunale'])
      expect(names).toContain(t);
  });

  it('has 10+ FAQ, a page for every topic used, and the legal pages', () => {
    expect(content.faq.length).toBeGreaterThanOrEqual(10);
    const pages = new Set(content.argomenti.map((a) => a.topic));
    for (const s of content.servizi) for (const t of s.topics) expect(pages.has(t), t).toBe(true);
    for (const t of content.site.highlightedTopics) expect(pages.has(t), t).toBe(true);
    const slugs = content.pagine.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['privacy', 'note-legali', 'accessibilita']));
    expect(content.site.legal.accessibilityUrl).toMatch(/^https:\/\/form\.agid\.gov\.it\//);
  });

  it('uses only fixed dates in 2024–2027 (no "today")', () => {
    const dates = [
      ...content.notizie.map((n) => n.date),
      ...content.eventi.map((e) => e.start),
      ...content.documenti.map((d) => d.date),
      ...content.servizi.flatMap((s) => s.tempiEScadenze.calendar.map((c) => c.date)),
    ];
    for (const d of dates) expect(d).toMatch(/^202[4-7]-\d\d-\d\d/);
  });

  it('contains no placeholder text', () => {
    const text = JSON.stringify(content).toLowerCase();
    expect(text).not.toMatch(/lorem|ipsum|todo|xxx/);
  });
});
