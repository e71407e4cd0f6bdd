// Vivere il Comune: eventi.
import { TIPI_EVENTO } from '@piazza/vocabularies';
import type { TipoEvento } from '@piazza/vocabularies';
import {
  dateTime,
  email,
  markdown,
  object,
  opt,
  phone,
  ref,
  refs,
  req,
  slug,
  text,
  url,
} from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { image } from '../files.js';
import { BODY, IMAGE, SLUG, SUMMARY, TITLE, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';

export const evento = defineCollection(
  {
    name: 'evento',
    folder: 'eventi',
    kind: 'collection',
    label: { it: 'Evento', en: 'Event' },
    noun: { it: 'evento', en: 'event' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: req(markdown(), BODY, undefined, { body: true }),
    type: req(vocabulary<TipoEvento>(TIPI_EVENTO, 'TipoEvento'), ['Tipo di evento', 'Event type']),
    start: req(dateTime(), ['Inizio', 'Start']),
    end: opt(dateTime(), ['Fine', 'End', "Non prima dell'inizio.", 'Not before the start.']),
    luogo: req(
      ref('luogo', 'un luogo'),
      ['Luogo', 'Place', 'Dove si svolge.', 'Where it takes place.'],
      undefined,
      { aliases: ['luoghi'] },
    ),
    topics: req(topics(), TOPICS),
    image: opt(image(), IMAGE),
    costs: opt(markdown(), [
      'Costi',
      'Costs',
      '"Ingresso libero", o i prezzi.',
      '"Free entry", or the prices.',
    ]),
    audience: opt(markdown(), ['A chi è rivolto', 'Audience']),
    organizer: opt(
      object({
        name: req(text(), ['Nome', 'Name']),
        ufficio: opt(ref('unita-organizzativa', "un'unità organizzativa"), ['Ufficio', 'Office']),
        email: opt(email(), ['Email', 'Email']),
        phone: opt(phone(), ['Telefono', 'Phone']),
        url: opt(url(), ['Sito', 'Website']),
      }),
      [
        'Organizzatore',
        'Organiser',
        'Un ufficio o un ente esterno, con un contatto.',
        'An office or an external body, with a contact.',
      ],
    ),
    documenti: opt(refs('documento', 'un documento'), ['Documenti', 'Documents']),
  }),
);
