// @vitest-environment node
import {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  TIPI_NOTIZIA,
  SEZIONI_AMMINISTRAZIONE,
  SEZIONI_VIVERE,
  EVENTI_VITA_PERSONE,
  EVENTI_VITA_IMPRESE,
  TIPI_DOCUMENTO,
  TIPI_ATTO_ALBO_PRETORIO,
  TIPI_LUOGO,
  TIPI_EVENTO,
  TIPI_UNITA_ORGANIZZATIVA,
  TIPI_INCARICO,
  STATI_PRATICA,
  LICENZE,
  TEMI_DATASET,
  FREQUENZE_AGGIORNAMENTO,
  TIPI_PUNTO_CONTATTO,
  TIPI_CONTENUTO,
  TIPI_FLUSSO,
  SERVIZI_AVVISO,
  VOCABULARIES,
  MENU,
  flatten,
  slugify,
} from './index.js';
import type {
  Argomento,
  CategoriaServizio,
  Term,
  TipoEvento,
  TipoFlusso,
  TipoNotizia,
} from './index.js';
import { readFixture } from './test-utils/fixtures.js';

const TERM_VOCABULARIES: Record<string, readonly Term[]> = {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  TIPI_NOTIZIA,
  SEZIONI_AMMINISTRAZIONE,
  SEZIONI_VIVERE,
  EVENTI_VITA_PERSONE,
  EVENTI_VITA_IMPRESE,
  TIPI_DOCUMENTO,
  TIPI_ATTO_ALBO_PRETORIO,
  TIPI_LUOGO,
  TIPI_EVENTO,
  TIPI_UNITA_ORGANIZZATIVA,
  TIPI_INCARICO,
  STATI_PRATICA,
  LICENZE,
  TEMI_DATASET,
  FREQUENZE_AGGIORNAMENTO,
  TIPI_PUNTO_CONTATTO,
  TIPI_CONTENUTO,
  TIPI_FLUSSO,
  SERVIZI_AVVISO,
  MENU,
};

const wp = readFixture<{
  argomenti: string[];
  categorie_servizio_descrizioni: Record<string, string>;
  tipi_notizia: string[];
  tipi_incarico: string[];
  frequenze_aggiornamento: string[];
}>('wordpress-theme-vocabolario.json');

describe.each(Object.entries(TERM_VOCABULARIES))('%s', (_name, vocabulary) => {
  const terms = flatten(vocabulary);

  it('has unique slugs at every level', () => {
    const slugs = terms.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('has unique labels among siblings', () => {
    const check = (siblings: readonly Term[]): void => {
      const labels = siblings.map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const t of siblings) if (t.children) check(t.children);
    };
    check(vocabulary);
  });

  it('derives each slug from its label (with -2, -3 for a repeated label)', () => {
    for (const t of terms) {
      if (t === undefined) continue;
      if ('id' in t && typeof t.id === 'string') {
        expect(t.slug).toBe(slugify(t.id));
        continue;
      }
      expect(t.slug).toMatch(new RegExp(`^${slugify(t.label)}(-[2-9])?$`));
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has trimmed, non-empty labels', () => {
    for (const t of terms) {
      expect(t.label.trim()).toBe(t.label);
      expect(t.label.length).toBeGreaterThan(0);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(vocabulary)).toBe(true);
    for (const t of terms) {
      expect(Object.isFrozen(t)).toBe(true);
      if (t.children) expect(Object.isFrozen(t.children)).toBe(true);
    }
    expect(() => {
      (vocabulary as Term[]).push({ label: 'x', slug: 'x' });
    }).toThrow(TypeError);
  });
});

describe('argomenti', () => {
  it('are the 64 topics of the checker, in its spelling and order', () => {
    const { topics } = readFixture<{ topics: string[] }>('topics-model-vocabulary.json');
    expect(ARGOMENTI).toHaveLength(64);
    expect(ARGOMENTI.map((t) => t.label)).toEqual(topics);
  });

  it('include the WordPress theme topics plus Anagrafe and PNRR', () => {
    const labels = ARGOMENTI.map((t) => t.label as string);
    expect(wp.argomenti).toHaveLength(62);
    for (const t of wp.argomenti) expect(labels).toContain(t);
    expect(labels.filter((l) => !wp.argomenti.includes(l)).sort()).toEqual(['Anagrafe', 'PNRR']);
  });

  it('give literal types', () => {
    expectTypeOf<'Mobilità sostenibile'>().toExtend<Argomento>();
    expectTypeOf<'Mobilita sostenibile'>().not.toExtend<Argomento>();
    const a: Argomento = 'ZTL';
    expect(a).toBe('ZTL');
  });
});

describe('categorie dei servizi', () => {
  const { services } = readFixture<{ primaryMenuItems: { services: { dictionary: string[] } } }>(
    'menu-items.json',
  ).primaryMenuItems;

  it('are the 15 categories the checker accepts, in its order and spelling', () => {
    expect(CATEGORIE_SERVIZIO).toHaveLength(15);
    const dictionary = services.dictionary.filter((t) => t !== 'agricoltura, caccia e pesca');
    expect(CATEGORIE_SERVIZIO.map((t) => t.label.toLowerCase())).toEqual(dictionary);
  });

  it('spell "Imprese e commercio" as the checker, keeping the national label as alias', () => {
    const imprese = CATEGORIE_SERVIZIO.find((t) => t.slug === 'imprese-e-commercio');
    expect(imprese?.label).toBe('Imprese e commercio');
    expect(imprese?.aliases).toEqual(['Impresa e commercio']);
    expectTypeOf<'Imprese e commercio'>().toExtend<CategoriaServizio>();
    expectTypeOf<'Impresa e commercio'>().not.toExtend<CategoriaServizio>();
  });

  it('have the descriptions of the WordPress theme and codes 1–15', () => {
    for (const [i, t] of CATEGORIE_SERVIZIO.entries()) {
      expect(t.description).toBe(wp.categorie_servizio_descrizioni[t.label]);
      expect(t.code).toBe(String(i + 1));
      expect(t.definition.length).toBeGreaterThan(20);
    }
  });
});

describe('other vocabularies', () => {
  it('tipi di notizia: Notizie, Comunicati, Avvisi', () => {
    expect(TIPI_NOTIZIA.map((t) => t.label)).toEqual(wp.tipi_notizia);
    expect(TIPI_NOTIZIA.map((t) => t.label)).toEqual(['Notizie', 'Comunicati', 'Avvisi']);
    expectTypeOf<TipoNotizia>().toEqualTypeOf<'Notizie' | 'Comunicati' | 'Avvisi'>();
  });

  it('sezioni di Amministrazione: the 7 checker titles, in sentence case', () => {
    const { management } = readFixture<{ management: { titles: string[] } }>(
      'second-level-titles.json',
    );
    expect(SEZIONI_AMMINISTRAZIONE.map((t) => t.label.toLowerCase())).toEqual(management.titles);
    expect(SEZIONI_AMMINISTRAZIONE.map((t) => t.label)).toContain('Organi di governo');
    for (const t of SEZIONI_AMMINISTRAZIONE) {
      expect(t.dataElement).toBe('management-category-link');
      expect(t.description.length).toBeGreaterThan(20);
    }
  });

  it('eventi della vita: 19 for people, 15 for businesses, with codes', () => {
    expect(EVENTI_VITA_PERSONE).toHaveLength(19);
    expect(EVENTI_VITA_IMPRESE).toHaveLength(15);
    expect(EVENTI_VITA_PERSONE.map((t) => t.code)).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
    expect(EVENTI_VITA_PERSONE.find((t) => t.code === '9')?.label).toBe(
      'Cambio di residenza/domicilio',
    );
    expect(EVENTI_VITA_PERSONE.find((t) => t.code === '9')?.aliases).toEqual([
      'Cambio di residenza o domicilio',
    ]);
  });

  it('tipi di documento: 9 national types plus Dataset', () => {
    expect(TIPI_DOCUMENTO).toHaveLength(10);
    expect(TIPI_DOCUMENTO[0]?.label).toBe('Documento albo pretorio');
    expect(TIPI_DOCUMENTO[0]?.plural).toBe('Documenti Albo Pretorio');
    expect(TIPI_DOCUMENTO.at(-1)?.label).toBe('Dataset');
  });

  it('albo pretorio: 5 first-level kinds, 22 acts', () => {
    expect(TIPI_ATTO_ALBO_PRETORIO.map((t) => t.label)).toEqual([
      'Atto amministrativo',
      'Atto autorizzativo',
      'Atto dello stato civile',
      'Atto generico',
      'Pubblicazione esterna',
    ]);
    const leaves = flatten(TIPI_ATTO_ALBO_PRETORIO).filter((t) => !t.children);
    expect(leaves).toHaveLength(22);
    expect(leaves.map((t) => t.label)).toContain('Pubblicazione di matrimonio');
  });

  it('tipi di evento: 5 kinds, no misspelled level from the CSV', () => {
    expect(TIPI_EVENTO.map((t) => t.label)).toEqual([
      'Evento culturale',
      'Evento sociale',
      'Evento politico',
      "Evento d'affari o commerciale",
      'Evento sportivo',
    ]);
    const labels = flatten(TIPI_EVENTO).map((t) => t.label as string);
    expect(labels).not.toContain('Evento sprotivo');
    expect(labels).not.toContain('Maniferstazione sportiva');
    expect(flatten(TIPI_EVENTO).filter((t) => !t.children)).toHaveLength(53);
    expectTypeOf<'Sagra'>().toExtend<TipoEvento>();
    expectTypeOf<'Evento sociale'>().toExtend<TipoEvento>();
  });

  it('tipi di luogo: 13 kinds (A–O, no J, K) with codes', () => {
    expect(TIPI_LUOGO).toHaveLength(13);
    for (const t of flatten(TIPI_LUOGO)) expect(t.code).toMatch(/^[A-Z](\.\d+)?$/);
  });

  it('unità organizzative, incarichi, stati pratica, frequenze, punti di contatto', () => {
    expect(TIPI_UNITA_ORGANIZZATIVA.map((t) => t.label)).toEqual([
      'struttura amministrativa',
      'struttura politica',
      'altra struttura',
    ]);
    expect(flatten(TIPI_UNITA_ORGANIZZATIVA)).toHaveLength(15);
    expect(TIPI_INCARICO.map((t) => t.label)).toEqual(wp.tipi_incarico);
    expect(STATI_PRATICA.map((t) => t.label)).toEqual([
      'Processo non avviato',
      'Processo in corso',
      'Processo sospeso',
      'Processo concluso',
    ]);
    expect(FREQUENZE_AGGIORNAMENTO.map((t) => t.label)).toEqual(wp.frequenze_aggiornamento);
    expect(flatten(TIPI_PUNTO_CONTATTO).map((t) => t.label)).toEqual([
      'Indirizzo',
      'Email',
      'Telefono',
      'URL',
      'PEC',
      'Account',
      'Whatsapp',
      'Telegram',
      'Skype',
      'Linkedin',
      'Twitter',
    ]);
  });

  it('licenze: open, not open, unknown; CC BY 4.0 among the open ones', () => {
    expect(LICENZE.map((t) => t.code)).toEqual(['A', 'B', 'C']);
    expect(flatten(LICENZE).filter((t) => !t.children)).toHaveLength(51);
    const ccBy = flatten(LICENZE).find((t) => t.label.includes('(CC BY 4.0)'));
    expect(ccBy?.code).toBe('A.2.1');
  });

  it('temi dei dataset: the 13 EU data themes with uris', () => {
    expect(TEMI_DATASET.map((t) => t.code)).toEqual([
      'AGRI',
      'ECON',
      'EDUC',
      'ENER',
      'ENVI',
      'GOVE',
      'HEAL',
      'INTR',
      'JUST',
      'REGI',
      'SOCI',
      'TECH',
      'TRAN',
    ]);
    for (const t of TEMI_DATASET)
      expect(t.uri).toBe(`http://publications.europa.eu/resource/authority/data-theme/${t.code}`);
  });

  it('tipi di contenuto: link to vocabularies of this package', () => {
    const ids = new Set<string>(VOCABULARIES.map((v) => v.id));
    expect(TIPI_CONTENUTO).toHaveLength(18);
    for (const t of TIPI_CONTENUTO) for (const v of t.vocabularies) expect(ids).toContain(v);
    expect(TIPI_CONTENUTO.find((t) => t.id === 'punto_contatto')?.label).toBe('Punto di Contatto');
  });
});

describe('servizi dell’avviso 1.4.1', () => {
  const avviso = readFixture<{
    flowTypes: { label: string; definition: string }[];
    services: { n: number; label: string; flowType: string | null }[];
  }>('servizi-avviso-1.4.1.json');

  it('has the 5 flow types with their definitions', () => {
    expect(TIPI_FLUSSO).toHaveLength(5);
    expect(TIPI_FLUSSO.map(({ label, definition }) => ({ label, definition }))).toEqual(
      avviso.flowTypes,
    );
  });

  it('has the 26 services, in order, each with its flow type', () => {
    expect(SERVIZI_AVVISO).toHaveLength(26);
    expect(SERVIZI_AVVISO.map(({ n, label, flowType }) => ({ n, label, flowType }))).toEqual(
      avviso.services,
    );
    const flows = new Set<string | null>([...TIPI_FLUSSO.map((t) => t.label), null]);
    for (const s of SERVIZI_AVVISO) expect(flows).toContain(s.flowType);
    expect(SERVIZI_AVVISO.filter((s) => s.flowType === null).map((s) => s.label)).toEqual([
      'Richiedere iscrizione a corsi di Formazione',
    ]);
    expectTypeOf<(typeof SERVIZI_AVVISO)[number]['flowType']>().toExtend<TipoFlusso | null>();
  });
});
