// @vitest-environment node
import {
  MENU,
  SECOND_LEVEL_TITLES,
  SEZIONI_VIVERE,
  TIPI_NOTIZIA,
  CATEGORIE_SERVIZIO,
  SEZIONI_AMMINISTRAZIONE,
  DATA_ELEMENTS,
  DATA_ELEMENT_VALUES,
  isDataElement,
  feedbackRateDataElement,
  SERVICE_PAGE_INDEX,
  SERVICE_PAGE_OPTIONAL_SECTIONS,
  MIN_SERVICES,
  FEEDBACK,
  isPositiveRating,
  LEGAL_NOTES,
  SITE_LINKS,
  ALLOWED_FONTS,
  FONT_FAMILIES,
  isAllowedFont,
  isMenuLabel,
  isSecondLevelTitle,
  slugify,
} from './index.js';
import type { DataElement } from './index.js';
import { readFixture } from './test-utils/fixtures.js';

interface MenuFixture {
  primaryMenuItems: Record<
    string,
    {
      name: string;
      regExp: { source: string; flags: string };
      data_element: string;
      secondary_item_data_element: string[];
      dictionary: string[];
    }
  >;
}

describe('menu (C.SI.1.6, C.SI.1.7)', () => {
  const fixture = readFixture<MenuFixture>('menu-items.json');
  const items = Object.values(fixture.primaryMenuItems);

  it('has the 4 first-level items, in order, with label, slug and data-element', () => {
    expect(MENU).toHaveLength(4);
    expect(MENU.map(({ label, slug, dataElement }) => ({ label, slug, dataElement }))).toEqual([
      { label: 'Amministrazione', slug: 'amministrazione', dataElement: 'management' },
      { label: 'Novità', slug: 'novita', dataElement: 'news' },
      { label: 'Servizi', slug: 'servizi', dataElement: 'all-services' },
      { label: 'Vivere il Comune', slug: 'vivere-il-comune', dataElement: 'live' },
    ]);
    expect(MENU.map((m) => m.dataElement)).toEqual(items.map((i) => i.data_element));
    expect(MENU.map((m) => m.pattern)).toEqual(items.map((i) => i.regExp.source));
    expect(MENU.map((m) => m.secondLevelDataElements)).toEqual(
      items.map((i) => i.secondary_item_data_element),
    );
  });

  it('each label matches the checker pattern', () => {
    for (const [i, m] of MENU.entries()) {
      const rule = items[i];
      expect(rule).toBeDefined();
      expect(new RegExp(rule?.regExp.source ?? '', rule?.regExp.flags).test(m.label)).toBe(true);
      expect(isMenuLabel(m.dataElement, m.label)).toBe(true);
    }
    expect(isMenuLabel('live', 'Vivere Roma')).toBe(true);
    expect(isMenuLabel('management', 'Amministrazione trasparente')).toBe(false);
  });

  it('has the second-level entries with their data-elements', () => {
    const [management, news, services, live] = MENU;
    expect(management?.children).toEqual(SEZIONI_AMMINISTRAZIONE);
    expect(news?.children.map((c) => c.label)).toEqual(TIPI_NOTIZIA.map((t) => t.label));
    expect(services?.children.map((c) => c.label)).toEqual(CATEGORIE_SERVIZIO.map((t) => t.label));
    expect(live?.children).toEqual(SEZIONI_VIVERE);
    expect(live?.children.map((c) => [c.label, c.dataElement])).toEqual([
      ['Luoghi', 'live-button-locations'],
      ['Eventi', 'live-button-events'],
    ]);
    for (const m of MENU) {
      for (const c of m.children) {
        expect(m.secondLevelDataElements).toContain(c.dataElement);
        expect(isSecondLevelTitle(m.dataElement, c.label)).toBe(true);
        expect(c.slug).toBe(slugify(c.label));
      }
    }
    const rules = fixture.primaryMenuItems;
    expect(management?.children.map((c) => c.label.toLowerCase())).toEqual(
      rules.management?.dictionary,
    );
    expect(news?.children.map((c) => c.label.toLowerCase()).sort()).toEqual(rules.news?.dictionary);
    expect(live?.children.map((c) => c.label.toLowerCase())).toEqual(rules.live?.dictionary);
  });

  it('SECOND_LEVEL_TITLES equal the checker lists', () => {
    const titles = readFixture<Record<string, { titles: string[] }>>('second-level-titles.json');
    expect(SECOND_LEVEL_TITLES.management).toEqual(titles.management?.titles);
    expect(SECOND_LEVEL_TITLES.news).toEqual(titles.news?.titles);
    expect(SECOND_LEVEL_TITLES['all-services']).toEqual(titles.services?.titles);
    expect(SECOND_LEVEL_TITLES.live).toEqual(titles.live?.titles);
    expect(isSecondLevelTitle('all-services', 'Agricoltura, caccia e pesca')).toBe(true);
    expect(isSecondLevelTitle('management', 'Organi di Governo')).toBe(true);
    expect(isSecondLevelTitle('news', 'Eventi')).toBe(false);
  });
});

describe('service page (C.SI.1.3, C.SI.2.2)', () => {
  const structure = readFixture<{
    indexItemsInOrder: string[];
    indexItemsWithContent: Record<string, { key: string; data_element: string }[]>;
    minNumberOfServices: number;
  }>('service-page-structure.json');

  it('has the 8 index entries of the checker, in order', () => {
    expect(SERVICE_PAGE_INDEX).toHaveLength(8);
    expect(SERVICE_PAGE_INDEX.map((s) => s.label)).toEqual(structure.indexItemsInOrder);
    expect(MIN_SERVICES).toBe(structure.minNumberOfServices);
  });

  it('maps each entry to the data-elements the checker reads', () => {
    const expected = new Map<string, string[]>();
    for (const rule of Object.values(structure.indexItemsWithContent).flat()) {
      expected.set(rule.key, [...(expected.get(rule.key) ?? []), rule.data_element]);
    }
    for (const s of SERVICE_PAGE_INDEX) {
      expect([...s.dataElements].sort()).toEqual([...(expected.get(s.label) ?? [])].sort());
      for (const d of s.dataElements) expect(isDataElement(d)).toBe(true);
    }
  });

  it('has stable, unique anchors', () => {
    const all = [...SERVICE_PAGE_INDEX, ...SERVICE_PAGE_OPTIONAL_SECTIONS];
    expect(new Set(all.map((s) => s.anchor)).size).toBe(11);
    for (const s of all) expect(s.anchor).toBe(slugify(s.label));
    expect(SERVICE_PAGE_OPTIONAL_SECTIONS.map((s) => s.label)).toEqual([
      'Descrizione',
      'Quanto costa',
      'Ulteriori informazioni',
    ]);
    for (const s of SERVICE_PAGE_OPTIONAL_SECTIONS) {
      expect(SERVICE_PAGE_INDEX.map((i) => i.anchor as string)).toContain(s.after);
    }
  });
});

describe('rating (C.SI.2.5, C.SI.2.6)', () => {
  const fixture = readFixture<{
    component: { dataElement: string };
    title: { dataElement: string; text: string };
    rate: { dataElement: string; positiveThreshold: number; numberOfComponents: number };
    positive_rating: {
      dataElement: string;
      question: { dataElement: string; text: string };
      answers: { dataElement: string; texts: string[] };
    };
    negative_rating: {
      dataElement: string;
      question: { dataElement: string; text: string };
      answers: { dataElement: string; texts: string[] };
    };
    input_text: { dataElement: string };
  }>('feedback-component.json');

  it('has the checker texts, exactly', () => {
    expect(FEEDBACK.title.text).toBe('Quanto sono chiare le informazioni su questa pagina?');
    expect(FEEDBACK.title).toEqual({
      dataElement: fixture.title.dataElement,
      text: fixture.title.text,
    });
    for (const [ours, theirs] of [
      [FEEDBACK.positive, fixture.positive_rating],
      [FEEDBACK.negative, fixture.negative_rating],
    ] as const) {
      expect(ours.dataElement).toBe(theirs.dataElement);
      expect(ours.question).toEqual({
        dataElement: theirs.question.dataElement,
        text: theirs.question.text,
      });
      expect(ours.answers).toEqual({
        dataElement: theirs.answers.dataElement,
        texts: theirs.answers.texts,
      });
      expect(ours.answers.texts).toHaveLength(5);
    }
    expect(FEEDBACK.dataElement).toBe(fixture.component.dataElement);
    expect(FEEDBACK.inputText.dataElement).toBe(fixture.input_text.dataElement);
    expect(FEEDBACK.rate.dataElementPrefix).toBe(fixture.rate.dataElement);
    expect(FEEDBACK.rate.count).toBe(fixture.rate.numberOfComponents);
    expect(FEEDBACK.rate.positiveThreshold).toBe(fixture.rate.positiveThreshold);
    expect(FEEDBACK.step2Title).toBe('Vuoi aggiungere altri dettagli?');
    expect(FEEDBACK.thanks).toBe('Grazie, il tuo parere ci aiuterà a migliorare il servizio!');
  });

  it('splits ratings 1–3 (negative) and 4–5 (positive)', () => {
    expect([1, 2, 3, 4, 5].map(isPositiveRating)).toEqual([false, false, false, true, true]);
    expect(feedbackRateDataElement(3)).toBe('feedback-rate-3');
  });
});

describe('legal notes (C.SI.3.4)', () => {
  it('has the section title and the CC-BY 4.0 text, character for character', () => {
    const fixture = readFixture<{
      dataElement: string;
      section: { dataElement: string; title: string };
      body: { dataElement: string; text: string };
    }>('legal-notes.json');
    expect(LEGAL_NOTES).toEqual({
      dataElement: fixture.dataElement,
      section: fixture.section,
      body: fixture.body,
    });
    expect(LEGAL_NOTES.section.title).toBe('Licenza dei contenuti');
    expect(LEGAL_NOTES.body.text).toContain('dell’articolo 52');
    expect(LEGAL_NOTES.body.text).not.toContain("'");
  });
});

describe('data-elements', () => {
  it('include every data-element of the checker and of the official templates', () => {
    const de = readFixture<Record<string, unknown>>('data-elements.json');
    const names: string[] = [];
    for (const section of Object.values(de)) {
      if (!Array.isArray(section)) continue;
      for (const item of section as unknown[]) {
        if (typeof item === 'string') names.push(item);
        else if (
          item &&
          typeof item === 'object' &&
          'name' in item &&
          typeof item.name === 'string'
        ) {
          if (item.name.startsWith('(')) continue;
          if (item.name.includes('..'))
            names.push(...[1, 2, 3, 4, 5].map((n) => `feedback-rate-${n}`));
          else names.push(item.name);
        }
      }
    }
    const inventory = Object.keys(
      readFixture<Record<string, unknown>>('templates-data-elements-inventory.json'),
    );
    expect(names.length).toBeGreaterThan(50);
    for (const n of [...names, ...inventory]) expect(DATA_ELEMENT_VALUES).toContain(n);
  });

  it('are camelCase constants with unique values', () => {
    expect(DATA_ELEMENTS.mainNavigation).toBe('main-navigation');
    expect(DATA_ELEMENTS.feedbackRate5).toBe('feedback-rate-5');
    expect(DATA_ELEMENTS.legalNotesBody).toBe('legal-notes-body');
    for (const [key, value] of Object.entries(DATA_ELEMENTS)) {
      expect(key).toBe(value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
    }
    expect(new Set(DATA_ELEMENT_VALUES).size).toBe(DATA_ELEMENT_VALUES.length);
    expect(Object.isFrozen(DATA_ELEMENTS)).toBe(true);
    expectTypeOf<'service-link'>().toExtend<DataElement>();
    expectTypeOf<'not-a-data-element'>().not.toExtend<DataElement>();
    expect(isDataElement('page-index')).toBe(true);
    expect(isDataElement('page_index')).toBe(false);
  });
});

describe('header and footer links', () => {
  it('have the labels and data-elements the components need', () => {
    const pairs = Object.values(SITE_LINKS).map((l) => [l.label, l.dataElement]);
    expect(pairs).toEqual([
      ['Leggi le FAQ', 'faq'],
      ['Segnalazione disservizio', 'report-inefficiency'],
      ['Informativa privacy', 'privacy-policy-link'],
      ['Note legali', 'legal-notes'],
      ['Dichiarazione di accessibilità', 'accessibility-link'],
      ['Piano di miglioramento del sito', null],
      ["Accedi all'area personale", 'personal-area-login'],
      ['Tutti gli argomenti', 'all-topics'],
    ]);
  });

  it('satisfy the checker label rules', () => {
    const rules = readFixture<Record<string, Record<string, unknown>>>(
      'link-label-requirements.json',
    );
    const faq = rules['C.SI.2.3_faq']?.labelMustContainAnyOf_lowercase as string[];
    expect(faq.some((w) => SITE_LINKS.faq.label.toLowerCase().includes(w))).toBe(true);
    const disservizio = rules['C.SI.2.4_report_inefficiency']
      ?.labelMustEqualOneOf_lowercase_trimmed as string[];
    expect(disservizio).toContain(SITE_LINKS.reportInefficiency.label.toLowerCase());
    expect(/piano di miglioramento del sito/i.test(SITE_LINKS.improvementPlan.label)).toBe(true);
    for (const l of Object.values(SITE_LINKS)) {
      expect(l.slug).toBe(slugify(l.label));
      if (l.dataElement !== null) expect(isDataElement(l.dataElement)).toBe(true);
    }
  });
});

describe('fonts (C.SI.1.1)', () => {
  it('equal the checker list', () => {
    const { allowedFonts } = readFixture<{ allowedFonts: string[] }>('allowed-fonts.json');
    expect(ALLOWED_FONTS).toEqual(allowedFonts);
    expect(FONT_FAMILIES.map((f) => f.label)).toEqual(allowedFonts.slice(0, 3));
  });

  it('checks the first family of a font-family value', () => {
    expect(isAllowedFont('"Titillium Web", Geneva, Tahoma, sans-serif')).toBe(true);
    expect(isAllowedFont("'Roboto Mono', monospace")).toBe(true);
    expect(isAllowedFont('lora')).toBe(true);
    expect(isAllowedFont('Arial, "Titillium Web"')).toBe(false);
    expect(isAllowedFont('LORA')).toBe(false);
  });
});
