// @vitest-environment node
// validateContent on in-memory items: the path a CMS adapter takes, without the Markdown folder.
import { validateContent, formatIssue, contrastRatio } from './index.js';
import type { RawContent } from './index.js';

const site = {
  name: 'Comune di Prova',
  baseUrl: 'https://www.comune.prova.it',
  description: 'Sito di prova per la validazione.',
  region: { label: 'Regione Prova', url: 'https://www.regione.prova.it' },
  primaryColor: '#0066CC',
  contacts: {
    address: 'Piazza Grande 1, Prova',
    phone: '+39 0123 000000',
    pec: 'comune@pec.prova.it',
    email: 'info@prova.it',
    codiceFiscale: '00000000001',
  },
  legal: {
    privacyUrl: '/privacy/',
    accessibilityUrl: 'https://form.agid.gov.it/view/x',
    legalNotesUrl: '/note-legali/',
  },
};

const servizio = {
  slug: 'cie',
  title: "Carta d'identità",
  description: 'Rilascio della CIE.',
  category: 'Anagrafe e stato civile',
  topics: 'Anagrafe',
  aChiERivolto: 'Ai residenti.',
  comeFare: 'Prenota.',
  cosaServe: 'Una foto.',
  cosaSiOttiene: 'La carta.',
  tempiEScadenze: 'Sei giorni.',
  accediAlServizio: { online: 'https://servizi.prova.it/cie' },
  condizioniDiServizio: { title: 'Condizioni', url: 'media/condizioni.pdf' },
  contatti: 'anagrafe',
};

const ufficio = {
  slug: 'anagrafe',
  title: 'Ufficio Anagrafe',
  type: 'ufficio',
  summary: 'Anagrafe.',
  body: 'Testo.',
};

const raw = (over: Partial<RawContent['collections']> = {}): RawContent => ({
  site: { file: 'cms:site', data: structuredClone(site) },
  collections: {
    servizi: [{ file: 'cms:servizio/1', data: structuredClone(servizio) }],
    unitaOrganizzative: [{ file: 'cms:uo/1', data: structuredClone(ufficio) }],
    pagine: [
      { file: 'cms:pagina/1', data: { slug: 'privacy', title: 'Privacy', body: 'Testo.' } },
      { file: 'cms:pagina/2', data: { slug: 'note-legali', title: 'Note legali', body: 'Testo.' } },
    ],
    argomenti: [
      {
        file: 'cms:argomento/1',
        data: { slug: 'anagrafe', topic: 'Anagrafe', summary: 'Anagrafe.' },
      },
    ],
    ...over,
  },
});

describe('validateContent', () => {
  it('accepts shorthands and fills defaults: status, calendar, section, file type and size', () => {
    const r = validateContent(raw(), {
      resolveFile: (p) => (p === 'media/condizioni.pdf' ? { size: 123_456 } : undefined),
    });
    expect(r.errors.map(formatIssue)).toEqual([]);
    const s = r.content?.servizi[0];
    expect(s?.status).toEqual({ active: true });
    expect(s?.topics).toEqual(['Anagrafe']);
    expect(s?.tempiEScadenze).toEqual({ text: 'Sei giorni.', calendar: [] });
    expect(s?.accediAlServizio.online).toEqual({
      label: 'Accedi al servizio online',
      url: 'https://servizi.prova.it/cie',
    });
    expect(s?.condizioniDiServizio).toMatchObject({ fileType: 'PDF', size: '121 KB' });
    expect(r.content?.unitaOrganizzative[0]?.section).toBe('Uffici');
    expect(r.content?.site.primaryColor).toBe('#0066cc');
    expect(r.content?.site.social).toEqual([]);
  });

  it('reports a missing local file, and a missing size when the file cannot be measured', () => {
    const r = validateContent(raw(), { resolveFile: () => undefined });
    expect(r.content).toBeUndefined();
    const issue = r.errors.find((e) => e.field === 'condizioniDiServizio.url');
    expect(issue?.message).toBe('file non trovato nella cartella dei contenuti');
    expect(issue?.found).toBe('"media/condizioni.pdf"');
  });

  it('maps unit types to the Amministrazione sections', () => {
    const units = [
      ['giunta comunale', 'Organi di governo'],
      ['struttura politica', 'Organi di governo'],
      ['area', 'Aree amministrative'],
      ['ufficio', 'Uffici'],
      ['fondazione', 'Enti e fondazioni'],
    ] as const;
    const r = validateContent(
      raw({
        unitaOrganizzative: units.map(([type], i) => ({
          file: `cms:uo/${String(i)}`,
          data: { ...ufficio, slug: i === 3 ? 'anagrafe' : `u${String(i)}`, type },
        })),
      }),
      { resolveFile: () => ({ size: 10 }) },
    );
    expect(r.errors.map(formatIssue)).toEqual([]);
    expect(r.content?.unitaOrganizzative.map((u) => u.section)).toEqual(units.map(([, s]) => s));
  });

  it('rejects duplicate slugs, a topic page with the wrong slug, an inactive service without reason', () => {
    const r = validateContent(
      raw({
        servizi: [
          { file: 'cms:servizio/1', data: { ...servizio, status: { active: false } } },
          { file: 'cms:servizio/2', data: { ...servizio } },
        ],
        argomenti: [
          {
            file: 'cms:argomento/1',
            data: { slug: 'anagrafi', topic: 'Anagrafe', summary: 'Anagrafe.' },
          },
        ],
      }),
      { resolveFile: () => ({ size: 10 }) },
    );
    const lines = r.errors.map(formatIssue);
    expect(lines).toContain(
      'cms:servizio/2: slug: slug già usato in cms:servizio/1 (slug already used in cms:servizio/1), trovato "cie"',
    );
    expect(lines).toContain(
      'cms:argomento/1: slug: atteso lo slug dell\'argomento "anagrafe" (expected the topic\'s slug "anagrafe"), trovato "anagrafi"',
    );
    expect(lines).toContain(
      'cms:servizio/1: status.reason: manca il motivo per cui il servizio non è attivo (missing the reason why the service is inactive)',
    );
  });

  it('accepts a child page of an extra-menu page, and names a parent that is not one', () => {
    const pages = (parent: string) => [
      { file: 'cms:pagina/1', data: { slug: 'privacy', title: 'Privacy', body: 'Testo.' } },
      { file: 'cms:pagina/2', data: { slug: 'note-legali', title: 'Note legali', body: 'Testo.' } },
      { file: 'cms:pagina/3', data: { slug: 'trasparenza', title: 'Trasparenza', body: 'T.' } },
      { file: 'cms:pagina/4', data: { slug: 'bandi', title: 'Bandi', parent, body: 'T.' } },
    ];
    const withMenu = (parent: string) => {
      const r = raw({ pagine: pages(parent) });
      (r.site?.data as { extraMenu?: unknown }).extraMenu = [
        { label: 'Trasparenza', url: '/trasparenza/' },
      ];
      return r;
    };
    const ok = validateContent(withMenu('trasparenza'), { resolveFile: () => ({ size: 10 }) });
    expect(ok.errors.map(formatIssue)).toEqual([]);
    expect(ok.content?.pagine.find((p) => p.slug === 'bandi')?.parent).toBe('trasparenza');
    const bad = validateContent(withMenu('privacy'), { resolveFile: () => ({ size: 10 }) });
    expect(bad.errors.map((e) => `${e.file}: ${e.field}`)).toEqual(['cms:pagina/4: parent']);
    expect(bad.errors[0]?.message).toContain('extraMenu');
    const missing = validateContent(withMenu('nessuna'), { resolveFile: () => ({ size: 10 }) });
    expect(missing.errors.map((e) => `${e.file}: ${e.field}`)).toEqual(['cms:pagina/4: parent']);
  });

  it('requires at least one access channel and an AgID accessibility URL', () => {
    const bad = raw({
      servizi: [{ file: 's', data: { ...servizio, accediAlServizio: { luoghi: [] } } }],
    });
    (bad.site?.data as { legal: { accessibilityUrl: string } }).legal.accessibilityUrl =
      'https://www.prova.it/accessibilita';
    const r = validateContent(bad, { resolveFile: () => ({ size: 10 }) });
    const fields = r.errors.map((e) => `${e.file}: ${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining(['s: accediAlServizio', 'cms:site: legal.accessibilityUrl']),
    );
    expect(r.errors.find((e) => e.field === 'accediAlServizio')?.message).toContain(
      'online, booking o generic',
    );
  });

  it("reads a unit's booking section and names every bad day, time and missing reason", () => {
    const booking = {
      type: 'Anagrafe',
      schedule: [
        { days: ['lunedì', 'mercoledì'], from: '09:00', to: '12:30' },
        { days: ['giovedì'], from: 900, to: '17:30' }, // YAML's 15:00 unquoted is 900
      ],
      reasons: ["Carta d'identità elettronica"],
    };
    const ok = validateContent(
      raw({ unitaOrganizzative: [{ file: 'cms:uo/1', data: { ...ufficio, booking } }] }),
      { resolveFile: () => ({ size: 10 }) },
    );
    expect(ok.errors.map(formatIssue)).toEqual([]);
    expect(ok.content?.unitaOrganizzative[0]?.booking?.schedule[1]).toEqual({
      days: ['giovedì'],
      from: '15:00',
      to: '17:30',
    });
    const bad = validateContent(
      raw({
        unitaOrganizzative: [
          {
            file: 'uffici/anagrafe.md',
            data: {
              ...ufficio,
              booking: {
                schedule: [
                  { days: ['lunedi'], from: '9', to: '12:00' },
                  { days: ['martedì'], from: '12:00', to: '09:00' },
                  { days: ['giovedì'], from: '12:00', to: '12:15' },
                ],
                reasons: [],
              },
            },
          },
        ],
      }),
      { resolveFile: () => ({ size: 10 }) },
    );
    expect(bad.errors.map((e) => e.field)).toEqual([
      'booking.schedule.0.days.0',
      'booking.schedule.0.from',
      'booking.schedule.1.to',
      'booking.schedule.2.to',
      'booking.reasons',
    ]);
    expect(bad.errors.every((e) => e.file === 'uffici/anagrafe.md')).toBe(true);
    expect(bad.errors[1]?.message).toContain('HH:MM');
    expect(bad.errors[2]?.message).toContain('dopo "from" (12:00)');
    expect(bad.errors[3]?.message).toContain('almeno 30 minuti');
    // openings that overlap on a shared day (the provider would refuse them in the browser)
    const overlap = validateContent(
      raw({
        unitaOrganizzative: [
          {
            file: 'uffici/anagrafe.md',
            data: {
              ...ufficio,
              booking: {
                schedule: [
                  { days: ['lunedì', 'martedì'], from: '09:00', to: '12:00' },
                  { days: ['mercoledì'], from: '10:00', to: '11:00' },
                  { days: ['martedì'], from: '11:30', to: '13:00' },
                ],
                reasons: ['Certificati'],
              },
            },
          },
        ],
      }),
      { resolveFile: () => ({ size: 10 }) },
    );
    expect(overlap.errors.map(formatIssue)).toEqual([
      "uffici/anagrafe.md: booking.schedule.2: l'apertura si sovrappone a schedule.0 (09:00–12:00) il martedì (the opening overlaps schedule.0 (09:00–12:00) on martedì), trovato 11:30–13:00",
    ]);
  });

  it('warns when the booking page would have no office and no back office', () => {
    const r = validateContent(raw(), { resolveFile: () => ({ size: 10 }) });
    const warning = r.warnings.find((w) => w.field === 'bookingApi');
    expect(warning?.message).toContain('Prenota appuntamento');
    const withApi = raw();
    (withApi.site?.data as Record<string, unknown>).bookingApi = '/api/prenotazioni';
    const quiet = validateContent(withApi, { resolveFile: () => ({ size: 10 }) });
    expect(quiet.warnings.map((w) => w.field)).not.toContain('bookingApi');
  });

  it('checks patronDay ("MM-DD") and ratingEndpoint (https or a site path), naming file and field', () => {
    const bad = raw();
    Object.assign(bad.site!.data as Record<string, unknown>, {
      patronDay: '31-06',
      ratingEndpoint: 'mailto:valutazioni@prova.it',
    });
    const r = validateContent(bad, { resolveFile: () => ({ size: 10 }) });
    expect(r.errors.map(formatIssue)).toEqual([
      'cms:site: patronDay: atteso un giorno dell\'anno "MM-GG" tra apici (es. "06-29" per il 29 giugno) (expected a day of the year "MM-DD", quoted (e.g. "06-29" for 29 June)), trovato "31-06"',
      'cms:site: ratingEndpoint: atteso un indirizzo https://… o un percorso del sito (/…) a cui inviare le valutazioni (expected an https://… address or a site path (/…) to send the ratings to), trovato "mailto:valutazioni@prova.it"',
    ]);
    for (const [patronDay, ratingEndpoint] of [
      ['02-30', 'http://valutazioni.prova.it/api'],
      [629, '//evil.example/x'],
      ['6-29', 'javascript:alert(1)'],
    ]) {
      const more = raw();
      Object.assign(more.site!.data as Record<string, unknown>, { patronDay, ratingEndpoint });
      const fields = validateContent(more, { resolveFile: () => ({ size: 10 }) }).errors.map(
        (e) => e.field,
      );
      expect(fields).toEqual(['patronDay', 'ratingEndpoint']);
    }
    const good = raw();
    Object.assign(good.site!.data as Record<string, unknown>, {
      patronDay: '06-29',
      ratingEndpoint: 'https://valutazioni.prova.it/api',
    });
    const ok = validateContent(good, { resolveFile: () => ({ size: 10 }) });
    expect(ok.errors).toEqual([]);
    expect(ok.content?.site).toMatchObject({
      patronDay: '06-29',
      ratingEndpoint: 'https://valutazioni.prova.it/api',
    });
    const path = raw();
    (path.site!.data as Record<string, unknown>).ratingEndpoint = '/api/valutazioni';
    expect(validateContent(path, { resolveFile: () => ({ size: 10 }) }).errors).toEqual([]);
  });

  it('names the renamed scheda keys when old content still uses accesso and ufficio', () => {
    const { accediAlServizio, contatti, ...rest } = servizio;
    const old = raw({
      servizi: [{ file: 's.md', data: { ...rest, accesso: accediAlServizio, ufficio: contatti } }],
    });
    const r = validateContent(old, { resolveFile: () => ({ size: 10 }) });
    expect(r.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'accediAlServizio: manca la sezione obbligatoria "Accedi al servizio" della scheda servizio (criterio C.SI.1.3)',
      'contatti: manca la sezione obbligatoria "Contatti" della scheda servizio (criterio C.SI.1.3)',
    ]);
    expect(
      r.warnings.filter((w) => w.file === 's.md').map((w) => `${w.field}: ${w.hint ?? ''}`),
    ).toEqual([
      'accesso: forse "accediAlServizio"? (did you mean "accediAlServizio"?)',
      'ufficio: forse "contatti"? (did you mean "contatti"?)',
    ]);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0066cc', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffcc00', '#ffffff')).toBeLessThan(4.5);
  });
});
