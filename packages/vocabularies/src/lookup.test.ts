// @vitest-environment node
import {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  TIPI_EVENTO,
  TIPI_ATTO_ALBO_PRETORIO,
  findArgomento,
  findCategoriaServizio,
  findTipoEvento,
  findEventoVitaPersone,
  findServizioAvviso,
  findTipoFlusso,
  isArgomento,
  isCategoriaServizio,
  isTipoNotizia,
  isTipoEvento,
  isServizioAvviso,
  isModelTopic,
  lookup,
  labelGuard,
  slugify,
  checkerKey,
  deepFreeze,
} from './index.js';
import type { Argomento } from './index.js';

describe('slugify', () => {
  it.each([
    ['Mobilità sostenibile', 'mobilita-sostenibile'],
    ["Accesso all'informazione", 'accesso-all-informazione'],
    ['Salute, benessere e assistenza', 'salute-benessere-e-assistenza'],
    ['  Università/Facoltà  ', 'universita-facolta'],
    ['Covid-19', 'covid-19'],
    ['ZTL', 'ztl'],
    ['Corso d’acqua', 'corso-d-acqua'],
    ['Festa patronale / Festa dei santi', 'festa-patronale-festa-dei-santi'],
    ['---', ''],
  ])('%j → %j', (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });
});

describe('lookup', () => {
  it('finds topics ignoring case and accents', () => {
    expect(findArgomento('Mobilita sostenibile')?.label).toBe('Mobilità sostenibile');
    expect(findArgomento('MOBILITÀ SOSTENIBILE')?.label).toBe('Mobilità sostenibile');
    expect(findArgomento('mobilita-sostenibile')?.label).toBe('Mobilità sostenibile');
    expect(findArgomento('  accesso all’informazione ')?.label).toBe("Accesso all'informazione");
    expect(findArgomento('spazio verde')?.label).toBe('Spazio Verde');
    expect(findArgomento('Anagrafe')?.slug).toBe('anagrafe');
  });

  it('returns undefined for unknown or empty input', () => {
    expect(findArgomento('Astronomia')).toBeUndefined();
    expect(findArgomento('')).toBeUndefined();
    expect(findArgomento(' - ')).toBeUndefined();
  });

  it('finds categories by label, alias or slug', () => {
    expect(findCategoriaServizio('imprese e commercio')?.label).toBe('Imprese e commercio');
    expect(findCategoriaServizio('Impresa e commercio')?.label).toBe('Imprese e commercio');
    expect(findCategoriaServizio('agricoltura, caccia e pesca')?.label).toBe('Agricoltura e pesca');
    expect(findCategoriaServizio('mobilita-e-trasporti')?.description).toBe(
      'Parcheggi, viabilità, automobili e trasporto pubblico.',
    );
  });

  it('finds terms at any level of a tree; slugs disambiguate repeated labels', () => {
    expect(findTipoEvento('sagra')?.code).toBe('2.4.2');
    expect(findTipoEvento('Fiera / Salone')?.code).toBe('4.1');
    expect(findTipoEvento('fiera-salone-2')?.code).toBe('4.1.1');
    expect(lookup(TIPI_ATTO_ALBO_PRETORIO, 'Deliberazione della giunta comunale')?.code).toBe(
      'A.02.02',
    );
    expect(lookup(TIPI_ATTO_ALBO_PRETORIO, 'Delibera')?.label).toBe('Deliberazione');
    expect(lookup(TIPI_EVENTO, 'evento sportivo')?.children?.[0]?.label).toBe(
      'Manifestazione sportiva',
    );
  });

  it('finds life events by the WordPress theme spelling too', () => {
    expect(findEventoVitaPersone('Cambio di residenza o domicilio')?.label).toBe(
      'Cambio di residenza/domicilio',
    );
  });

  it('finds the services of the avviso and their flow type', () => {
    const s = findServizioAvviso('richiedere iscrizione alla mensa scolastica');
    expect(s?.flowType).toBe('Servizi a pagamento');
    expect(findTipoFlusso(s?.flowType ?? '')?.definition).toMatch(
      /^Istanze presentate dal cittadino/,
    );
  });

  it('works with any vocabulary of terms', () => {
    const colours = deepFreeze([
      { label: 'Verde', slug: 'verde' },
      { label: 'Blu', slug: 'blu', children: [{ label: 'Blu notte', slug: 'blu-notte' }] },
    ] as const);
    expect(lookup(colours, 'BLU NOTTE')?.slug).toBe('blu-notte');
    const isColour = labelGuard(colours);
    expect(isColour('Blu notte')).toBe(true);
    expect(isColour('blu notte')).toBe(false);
  });
});

describe('type guards', () => {
  it('accept exactly the labels', () => {
    expect(isArgomento('Mobilità sostenibile')).toBe(true);
    expect(isArgomento('mobilità sostenibile')).toBe(false);
    expect(isArgomento('Mobilita sostenibile')).toBe(false);
    expect(isArgomento(42)).toBe(false);
    expect(isArgomento(undefined)).toBe(false);
    expect(isCategoriaServizio('Imprese e commercio')).toBe(true);
    expect(isCategoriaServizio('Impresa e commercio')).toBe(false);
    expect(isTipoNotizia('Avvisi')).toBe(true);
    expect(isTipoEvento('Evento sportivo')).toBe(true);
    expect(isTipoEvento('Sagra')).toBe(true);
    expect(isServizioAvviso('Pagare tributi IMU')).toBe(true);
    for (const t of ARGOMENTI) expect(isArgomento(t.label)).toBe(true);
    for (const t of CATEGORIE_SERVIZIO) expect(isCategoriaServizio(t.label)).toBe(true);
  });

  it('narrow the type', () => {
    const value: unknown = 'Acqua';
    if (isArgomento(value)) {
      expectTypeOf(value).toEqualTypeOf<Argomento>();
    } else {
      expect.unreachable();
    }
  });
});

describe('isModelTopic (as the checker, C.SI.1.5)', () => {
  it('is case-insensitive and trims', () => {
    expect(isModelTopic('Mobilità sostenibile')).toBe(true);
    expect(isModelTopic('  MOBILITÀ SOSTENIBILE ')).toBe(true);
    expect(isModelTopic('pnrr')).toBe(true);
  });

  it('is not accent- or apostrophe-insensitive, as the checker', () => {
    expect(isModelTopic('Mobilita sostenibile')).toBe(false);
    expect(isModelTopic('Accesso all’informazione')).toBe(false);
    expect(checkerKey('  Spazio Verde ')).toBe('spazio verde');
  });
});
