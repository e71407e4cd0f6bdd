// The scheda servizio (criterion C.SI.1.3). The keys of the sections are the section anchors of the
// service page (SERVICE_PAGE_INDEX of @piazza/vocabularies) in camelCase: `a-chi-e-rivolto` →
// `aChiERivolto`, `accedi-al-servizio` → `accediAlServizio`, `contatti` → `contatti`.
import { z } from 'zod';
import {
  CATEGORIE_SERVIZIO,
  EVENTI_VITA_IMPRESE,
  EVENTI_VITA_PERSONE,
  SERVICE_PAGE_INDEX,
  SERVIZI_AVVISO,
  TIPI_FLUSSO,
} from '@piazza/vocabularies';
import type {
  CategoriaServizio,
  EventoVitaImprese,
  EventoVitaPersone,
  ServizioAvviso,
  TipoFlusso,
} from '@piazza/vocabularies';
import {
  boolean,
  date,
  integer,
  list,
  markdown,
  object,
  opt,
  ref,
  refs,
  req,
  shorthand,
  slug,
  text,
  url,
  withDefault,
} from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { problem, show } from '../issues.js';
import { fileRef, image } from '../files.js';
import { IMAGE, SLUG, TITLE, TOPICS, link, topics } from './common.js';
import { defineCollection } from './define.js';
import { checkRequest, richiesta } from './richiesta.js';

/** "manca …" of a required section, named as on the page index. */
const section = (anchor: string): readonly [string, string] => {
  const label = SERVICE_PAGE_INDEX.find((s) => s.anchor === anchor)?.label ?? anchor;
  return [
    `la sezione obbligatoria "${label}" della scheda servizio (criterio C.SI.1.3)`,
    `the required service page section "${label}" (criterion C.SI.1.3)`,
  ];
};

/** Active (the default, also written `attivo`), or inactive with the reason shown on the page. */
const status = shorthand(
  (v) => (v === true || v === 'attivo' || v === 'active' ? { active: true } : v),
  z
    .preprocess(
      (value, ctx) => {
        if (
          typeof value !== 'object' ||
          value === null ||
          Array.isArray(value) ||
          value instanceof Date
        )
          problem(ctx, {
            it: 'atteso "attivo" oppure { active: false, reason: "…" }',
            en: 'expected "attivo" or { active: false, reason: "…" }',
            found: show(value),
          });
        return value;
      },
      object({
        active: req(boolean(), ['Attivo', 'Active']),
        reason: opt(text({ min: 3 }), [
          'Motivo',
          'Reason',
          'Perché il servizio non è attivo, mostrato nella pagina.',
          'Why the service is inactive, shown on the page.',
        ]),
      }),
    )
    .transform((r, ctx): { active: true } | { active: false; reason: string } => {
      if (r.active) return { active: true };
      if (r.reason !== undefined) return { active: false, reason: r.reason };
      problem(ctx, {
        it: 'manca il motivo per cui il servizio non è attivo',
        en: 'missing the reason why the service is inactive',
        path: ['reason'],
      });
      return z.NEVER;
    }),
);

const accediAlServizio = object({
  online: opt(
    shorthand(
      (v) => (typeof v === 'string' ? { label: 'Accedi al servizio online', url: v } : v),
      link(),
    ),
    [
      'Online',
      'Online',
      "Il servizio online (service-online-access): `{ label, url }` o solo l'indirizzo.",
      'The online service (service-online-access): `{ label, url }` or just the address.',
    ],
  ),
  booking: opt(
    shorthand(
      (v) => (v === true ? {} : v),
      object({
        label: opt(text(), ['Testo', 'Text']),
        url: opt(url(), [
          'Indirizzo',
          'Address',
          'Predefinito: la pagina di prenotazione del sito.',
          "Defaults to the site's booking page.",
        ]),
      }),
    ),
    [
      'Su appuntamento',
      'By appointment',
      'Accesso con prenotazione (service-booking-access); `true` per la pagina di prenotazione del sito.',
      "Access by appointment (service-booking-access); `true` for the site's booking page.",
    ],
  ),
  generic: opt(markdown(), [
    'Di persona',
    'In person',
    'Dove andare e quando (service-generic-access).',
    'Where to go and when (service-generic-access).',
  ]),
  luoghi: opt(refs('luogo', 'un luogo'), [
    'Luoghi',
    'Places',
    'Dove il servizio si riceve di persona.',
    'Where the service is delivered in person.',
  ]),
}).superRefine((r, ctx) => {
  if (r.online === undefined && r.booking === undefined && r.generic === undefined)
    problem(ctx, {
      it: 'atteso almeno un canale di accesso: online, booking o generic (criterio C.SI.1.3)',
      en: 'expected at least one access channel: online, booking or generic (criterion C.SI.1.3)',
    });
});

const tempiEScadenze = shorthand(
  (v) => (typeof v === 'string' ? { text: v } : v),
  object({
    text: req(markdown(), ['Testo', 'Text']),
    calendar: withDefault(
      list(
        object({
          date: req(date(), ['Data', 'Date']),
          label: req(text(), [
            'Che cosa',
            'What',
            '"Apertura delle domande".',
            '"Applications open".',
          ]),
        }),
      ),
      [],
      [
        'Scadenze',
        'Deadlines',
        'Le date della procedura, in ordine.',
        'The dates of the procedure, in order.',
      ],
    ),
  }),
);

export const servizio = defineCollection(
  {
    name: 'servizio',
    folder: 'servizi',
    kind: 'collection',
    label: { it: 'Servizio', en: 'Service' },
    noun: { it: 'servizio', en: 'service' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    description: req(text({ min: 3, max: 300 }), [
      'Descrizione breve',
      'Short description',
      'Sotto il titolo e nelle card (service-description).',
      'Under the title and on cards (service-description).',
    ]),
    category: req(vocabulary<CategoriaServizio>(CATEGORIE_SERVIZIO, 'CategoriaServizio'), [
      'Categoria',
      'Category',
    ]),
    topics: req(topics(), TOPICS, [
      'almeno un argomento (criterio C.SI.1.3, service-topic)',
      'at least one topic (criterion C.SI.1.3, service-topic)',
    ]),
    status: withDefault(
      status,
      { active: true },
      [
        'Stato',
        'Status',
        '"attivo" (predefinito) oppure { active: false, reason: "…" } (service-status).',
        '"attivo" (default) or { active: false, reason: "…" } (service-status).',
      ],
      { aliases: ['stato'] },
    ),
    aChiERivolto: req(markdown(), ['A chi è rivolto', 'Who it is for'], section('a-chi-e-rivolto')),
    descrizione: opt(
      markdown(),
      [
        'Descrizione',
        'Description',
        'Sezione facoltativa; nei file Markdown è il testo dopo il front matter.',
        'Optional section; in Markdown files, the text after the front matter.',
      ],
      { body: true },
    ),
    comeFare: req(markdown(), ['Come fare', 'How to'], section('come-fare')),
    cosaServe: req(markdown(), ['Cosa serve', 'What is needed'], section('cosa-serve')),
    cosaSiOttiene: req(markdown(), ['Cosa si ottiene', 'What you get'], section('cosa-si-ottiene')),
    tempiEScadenze: req(
      tempiEScadenze,
      [
        'Tempi e scadenze',
        'Times and deadlines',
        'Un testo, oppure { text, calendar: [{ date, label }] }.',
        'A text, or { text, calendar: [{ date, label }] }.',
      ],
      section('tempi-e-scadenze'),
      { aliases: ['tempi'] },
    ),
    quantoCosta: opt(markdown(), ['Quanto costa', 'Cost']),
    accediAlServizio: req(
      accediAlServizio,
      [
        'Accedi al servizio',
        'Access the service',
        'Almeno uno tra online, booking e generic; luoghi facoltativo.',
        'At least one of online, booking and generic; luoghi optional.',
      ],
      section('accedi-al-servizio'),
      { aliases: ['accesso', 'accedi'] },
    ),
    ulterioriInformazioni: opt(markdown(), ['Ulteriori informazioni', 'More information']),
    condizioniDiServizio: req(
      fileRef(),
      [
        'Condizioni di servizio',
        'Terms of service',
        'Il documento delle condizioni (service-file).',
        'The terms document (service-file).',
      ],
      section('condizioni-di-servizio'),
      { aliases: ['condizioni'] },
    ),
    contatti: req(
      ref('unita-organizzativa', "un'unità organizzativa"),
      [
        'Contatti',
        'Contacts',
        "L'unità organizzativa responsabile (service-area).",
        'The responsible organisational unit (service-area).',
      ],
      section('contatti'),
      { aliases: ['ufficio'] },
    ),
    altriUffici: opt(refs('unita-organizzativa', "un'unità organizzativa"), [
      'Altri uffici',
      'Other offices',
      'Altri uffici coinvolti, nei contatti.',
      'Other offices involved, in the contacts.',
    ]),
    documenti: opt(refs('documento', 'un documento'), [
      'Documenti',
      'Documents',
      'Moduli, regolamenti (in Ulteriori informazioni).',
      'Forms, regulations (in More information).',
    ]),
    flowType: opt(vocabulary<TipoFlusso>(TIPI_FLUSSO, 'TipoFlusso'), [
      'Tipo di flusso',
      'Flow type',
      "Dell'avviso 1.4.1.",
      'Of the avviso 1.4.1.',
    ]),
    servizioAvviso: opt(vocabulary<ServizioAvviso>(SERVIZI_AVVISO, 'ServizioAvviso'), [
      "Servizio dell'avviso",
      'Avviso service',
      "Quale dei servizi finanziati dall'avviso 1.4.1.",
      'Which of the services funded by the avviso 1.4.1.',
    ]),
    maxDays: opt(integer({ min: 1 }), [
      'Giorni massimi',
      'Maximum days',
      "Per l'esito, mostrati in Tempi e scadenze.",
      'To the outcome, shown in Times and deadlines.',
    ]),
    request: opt(
      richiesta(),
      [
        'Richiesta online',
        'Online request',
        "La richiesta online del sito (`<scheda>/richiesta/`, linkata da Accedi al servizio), con il tipo di flusso: i campi del servizio, i documenti da caricare, l'importo dei servizi a pagamento, il perfezionamento dopo la graduatoria. Esclude accediAlServizio.online.",
        "The site's online request (`<scheda>/richiesta/`, linked from Access the service), with the flow type: the service's fields, the documents to upload, the sum of paid services, the completion after the ranking. Excludes accediAlServizio.online.",
      ],
      { aliases: ['richiesta', 'richiestaOnline'] },
    ),
    lifeEvents: opt(list(vocabulary<EventoVitaPersone>(EVENTI_VITA_PERSONE, 'EventoVitaPersone')), [
      'Eventi della vita',
      'Life events',
    ]),
    businessEvents: opt(
      list(vocabulary<EventoVitaImprese>(EVENTI_VITA_IMPRESE, 'EventoVitaImprese')),
      ["Eventi della vita d'impresa", 'Business events'],
    ),
    image: opt(image(), IMAGE, { aliases: ['immagine'] }),
    updated: opt(date(), [
      'Aggiornato il',
      'Updated',
      'Ultimo aggiornamento del contenuto.',
      'Last update of the content.',
    ]),
  }).superRefine((s, ctx) => checkRequest(s, ctx)),
);
