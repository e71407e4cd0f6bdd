// site.yml: the settings of the comune's site.
import { ARGOMENTI } from '@piazza/vocabularies';
import type { Argomento } from '@piazza/vocabularies';
import { parseMonthDay } from '@piazza/react/forms';
import {
  email,
  fail,
  leaf,
  list,
  markdown,
  object,
  oneOf,
  opt,
  phone,
  refs,
  req,
  text,
  url,
  withDefault,
} from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { show } from '../issues.js';
import { image } from '../files.js';
import { link } from './common.js';
import { defineCollection } from './define.js';

export const SOCIAL_NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'linkedin',
  'telegram',
  'whatsapp',
  'mastodon',
  'threads',
  'tiktok',
  'flickr',
] as const;

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const c = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** A `#rrggbb` colour with a contrast of at least 4.5:1 on white (text and links in the primary colour). */
const primaryColor = () =>
  leaf<string>(
    (value, ctx) => {
      if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value.trim()))
        return fail(ctx, {
          it: 'atteso un colore esadecimale #rrggbb (es. "#0066cc"), scritto tra virgolette',
          en: 'expected a hex colour #rrggbb (e.g. "#0066cc"), quoted',
          found: show(value),
        });
      const hex = value.trim().toLowerCase();
      const ratio = contrastRatio(hex, '#ffffff');
      if (ratio < 4.5)
        return fail(ctx, {
          it: `atteso un colore con contrasto almeno 4.5:1 sul bianco (WCAG 1.4.3), questo ha ${ratio.toFixed(2)}:1`,
          en: `expected a colour with a contrast of at least 4.5:1 on white (WCAG 1.4.3), this one has ${ratio.toFixed(2)}:1`,
          found: show(value),
          hint: 'scegli una tonalità più scura (choose a darker shade)',
        });
      return hex;
    },
    { json: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' }, kind: 'colore "#rrggbb"' },
  );

/** Codice fiscale / partita IVA of the comune: 11 digits (a YAML number is padded back). */
const codiceFiscaleEnte = () =>
  leaf<string>(
    (value, ctx) => {
      const v = typeof value === 'number' ? String(value).padStart(11, '0') : value;
      if (typeof v === 'string' && /^\d{11}$/.test(v)) return v;
      return fail(ctx, {
        it: 'attese 11 cifre, scritte tra virgolette (es. "00123450789")',
        en: 'expected 11 digits, quoted (e.g. "00123450789")',
        found: show(value),
      });
    },
    { json: { type: 'string', pattern: '^\\d{11}$' }, kind: '11 cifre' },
  );

/** Where ratings are POSTed: an https address or a site path (not mailto:, tel:, http:). */
const endpoint = () =>
  leaf<string>(
    (value, ctx) => {
      const v = typeof value === 'string' ? value.trim() : '';
      if (/^https:\/\/[^\s/]+\.[^\s]+$/i.test(v) || /^\/[^\s/][^\s]*$/.test(v)) return v;
      return fail(ctx, {
        it: 'atteso un indirizzo https://… o un percorso del sito (/…) a cui inviare le valutazioni',
        en: 'expected an https://… address or a site path (/…) to send the ratings to',
        found: show(value),
      });
    },
    {
      json: { type: 'string', format: 'uri-reference' },
      kind: 'indirizzo https://… o percorso /…',
    },
  );

/** A day of the year, "MM-DD" (the patron saint day). */
const monthDay = () =>
  leaf<string>(
    (value, ctx) =>
      parseMonthDay(value) ??
      fail(ctx, {
        it: 'atteso un giorno dell\'anno "MM-GG" tra apici (es. "06-29" per il 29 giugno)',
        en: 'expected a day of the year "MM-DD", quoted (e.g. "06-29" for 29 June)',
        found: show(value),
      }),
    { json: { type: 'string', pattern: '^\\d{2}-\\d{2}$' }, kind: 'giorno "MM-GG"' },
  );

const contacts = object({
  address: req(text({ min: 5 }), [
    'Indirizzo',
    'Address',
    'Sede del municipio, una riga: "Piazza del Municipio 1, 00000 Esempio (EX)".',
    'Town hall address, one line.',
  ]),
  phone: req(phone(), ['Telefono', 'Phone']),
  pec: req(email('un indirizzo PEC', 'a PEC address'), ['PEC', 'Certified email (PEC)']),
  email: req(email(), ['Email', 'Email']),
  codiceFiscale: req(codiceFiscaleEnte(), [
    'Codice fiscale',
    'Tax code',
    'Del comune, 11 cifre tra virgolette.',
    "The comune's, 11 digits, quoted.",
  ]),
  partitaIva: opt(codiceFiscaleEnte(), [
    'Partita IVA',
    'VAT number',
    'Se diversa dal codice fiscale o mostrata a parte.',
    'When different from the tax code or shown separately.',
  ]),
  numeroVerde: opt(phone(), ['Numero verde', 'Toll-free number']),
  hours: opt(markdown(), [
    'Orari',
    'Opening hours',
    "Orari dell'URP o del municipio.",
    'Opening hours of the URP or town hall.',
  ]),
});

const thematicSite = object({
  label: req(text(), ['Nome', 'Name']),
  url: req(url(), ['Indirizzo', 'Address']),
  description: opt(text(), [
    'Descrizione',
    'Description',
    'Una frase sotto il nome.',
    'One sentence under the name.',
  ]),
  image: opt(image(), ['Immagine', 'Image']),
});

/** The back offices of the online services (docs/applications-api.yaml). */
const servicesApi = object({
  applications: opt(url(), [
    'Richieste e bozze',
    'Requests and drafts',
    'Indirizzo che parla il contratto di docs/applications-api.yaml; se manca, quello di `backOffice`.',
    'Address speaking docs/applications-api.yaml; when absent, the one of `backOffice`.',
  ]),
  identity: req(url(), [
    'Gateway SPID/CIE',
    'SPID/CIE gateway',
    'Il gateway di identità del Comune (`GET /me`, `/login/{metodo}`).',
    "The comune's identity gateway (`GET /me`, `/login/{method}`).",
  ]),
  payments: req(url(), ['Pagamenti pagoPA', 'pagoPA payments']),
  spidProviders: req(
    list(
      object({
        id: req(text(), ['Identificativo (parametro idp)', 'Identifier (idp parameter)']),
        name: req(text(), ['Nome', 'Name']),
      }),
      { min: 1 },
    ),
    ['Gestori SPID', 'SPID providers'],
  ),
});

export const site = defineCollection(
  {
    name: 'site',
    folder: 'site.yml',
    kind: 'settings',
    label: { it: 'Impostazioni del sito', en: 'Site settings' },
    noun: { it: 'impostazioni del sito', en: 'site settings' },
  },
  object({
    name: req(text({ min: 3 }), [
      'Nome del comune',
      'Name of the comune',
      'Come nell\'intestazione: "Comune di Esempio".',
      'As in the header: "Comune di Esempio".',
    ]),
    baseUrl: req(url({ absolute: true }), [
      'Indirizzo del sito',
      'Site address',
      'URL pubblico, per sitemap, canonical e Open Graph.',
      'Public URL, for sitemap, canonical and Open Graph.',
    ]),
    description: req(text({ min: 10 }), [
      'Descrizione',
      'Description',
      'Una frase per la meta description della home page.',
      'One sentence for the home page meta description.',
    ]),
    region: req(link({ absolute: true }), [
      'Regione',
      'Region',
      "Nome e sito della regione (link nell'intestazione).",
      'Name and site of the region (link in the header).',
    ]),
    logo: opt(image(), [
      'Stemma',
      'Coat of arms',
      'Stemma o logo (SVG o PNG).',
      'Coat of arms or logo (SVG or PNG).',
    ]),
    primaryColor: req(primaryColor(), [
      'Colore primario',
      'Primary colour',
      '"#rrggbb", con contrasto almeno 4.5:1 sul bianco.',
      '"#rrggbb", with a contrast of at least 4.5:1 on white.',
    ]),
    contacts: req(contacts, [
      'Contatti',
      'Contacts',
      'Indirizzo, telefono, PEC, email, codice fiscale; facoltativi partita IVA, numero verde, orari.',
      'Address, phone, PEC, email, tax code; optional VAT number, toll-free number, hours.',
    ]),
    social: withDefault(
      list(
        object({
          network: req(oneOf(SOCIAL_NETWORKS, 'SocialNetwork'), [
            'Social network',
            'Social network',
          ]),
          url: req(url({ absolute: true }), ['Indirizzo', 'Address']),
          label: opt(text(), [
            'Etichetta',
            'Label',
            'Nome accessibile; predefinito il nome del social.',
            'Accessible name; defaults to the network name.',
          ]),
        }),
      ),
      [],
      ['Social', 'Social links'],
    ),
    legal: req(
      object({
        privacyUrl: req(url(), [
          'Privacy',
          'Privacy policy',
          'Informativa privacy (C.SI.3.3): https o un percorso del sito come /privacy/.',
          'Privacy policy (C.SI.3.3): https or a site path like /privacy/.',
        ]),
        accessibilityUrl: req(url({ prefix: 'https://form.agid.gov.it/' }), [
          'Dichiarazione di accessibilità',
          'Accessibility statement',
          'Sul form AgID (C.SI.3.2).',
          'On the AgID form (C.SI.3.2).',
        ]),
        legalNotesUrl: req(url(), [
          'Note legali',
          'Legal notes',
          'Pagina "Licenza dei contenuti" (C.SI.3.4), es. /note-legali/.',
          '"Licenza dei contenuti" page (C.SI.3.4), e.g. /note-legali/.',
        ]),
      }),
      ['Note legali e privacy', 'Legal pages'],
    ),
    extraMenu: withDefault(
      list(link(), { max: 3 }),
      [],
      [
        'Voci di menu aggiuntive',
        'Extra menu items',
        'Al massimo 3 voci dopo le 4 obbligatorie (custom-submenu): ciascuna porta a una pagina di primo livello, che riceve la valutazione (C.SI.2.5) e i link alle pagine figlie.',
        'Up to 3 items after the 4 mandatory ones (custom-submenu): each leads to a first-level page, which gets the rating (C.SI.2.5) and links to its child pages.',
      ],
    ),
    bookingUrl: opt(url(), [
      'Prenotazione appuntamenti',
      'Appointment booking',
      'Se manca, la pagina di prenotazione del tema (C.SI.2.1).',
      "When absent, the theme's booking page (C.SI.2.1).",
    ]),
    backOffice: opt(url({ absolute: true }), [
      'Back office del Comune (WordPress)',
      "The comune's back office (WordPress)",
      "Indirizzo REST del plugin Piazza, es. https://wp.comune.it/wp-json/piazza/v1: prenotazioni, valutazioni (/feedback), richieste di assistenza (/assistance) e richieste online vanno lì quando bookingApi, ratingEndpoint e servicesApi.applications mancano; la CSP (connect-src) ne ammette l'origine.",
      'REST address of the Piazza plugin, e.g. https://wp.comune.it/wp-json/piazza/v1: bookings, ratings (/feedback), requests for assistance (/assistance) and online requests go there when bookingApi, ratingEndpoint and servicesApi.applications are absent; the CSP (connect-src) allows its origin.',
    ]),
    bookingApi: opt(url(), [
      'Back office delle prenotazioni',
      'Booking back office',
      'Indirizzo che parla il contratto di docs/booking-api.yaml; se manca le prenotazioni restano nel browser (solo demo).',
      'Address speaking docs/booking-api.yaml; when absent bookings stay in the browser (demo only).',
    ]),
    servicesApi: opt(servicesApi, [
      'Back office dei servizi online',
      'Online services back office',
      'Richieste (`<scheda>/richiesta/`), segnalazione e area personale; se manca girano su una simulazione nel browser che lo dice (solo demo).',
      'Requests (`<scheda>/richiesta/`), segnalazione and area personale; when absent they run on an in-browser simulation that says so (demo only).',
    ]),
    patronDay: opt(monthDay(), [
      'Santo patrono',
      'Patron saint day',
      '"MM-GG": giorno di chiusura della pagina di prenotazione.',
      '"MM-DD": a closed day of the booking page.',
    ]),
    ratingEndpoint: opt(endpoint(), [
      'Invio delle valutazioni',
      'Rating endpoint',
      'Dove il widget di valutazione (C.SI.2.5) invia in POST il JSON; senza, nulla viene inviato e il widget lo dice.',
      'Where the rating widget (C.SI.2.5) POSTs its JSON; without it nothing is sent and the widget says so.',
    ]),
    highlightedTopics: withDefault(
      list(vocabulary<Argomento>(ARGOMENTI, 'Argomento')),
      [],
      [
        'Argomenti in evidenza',
        'Highlighted topics',
        'Mostrati per primi in home e nella pagina Argomenti.',
        'Shown first on the home and Argomenti pages.',
      ],
    ),
    highlightedServices: opt(refs('servizio', 'un servizio'), [
      'Servizi in evidenza',
      'Highlighted services',
      'Mostrati in home.',
      'Shown on the home page.',
    ]),
    thematicSites: opt(list(thematicSite, { max: 6 }), [
      'Siti tematici',
      'Thematic sites',
      'Al massimo 6 (turismo, musei…), in home.',
      'Up to 6 (tourism, museums…), on the home page.',
    ]),
  }),
);
