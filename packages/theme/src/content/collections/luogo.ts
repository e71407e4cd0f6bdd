// Vivere il Comune: luoghi.
import { TIPI_LUOGO } from '@piazza/vocabularies';
import type { TipoLuogo } from '@piazza/vocabularies';
import { markdown, number, object, opt, ref, refs, req, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { image } from '../files.js';
import { BODY, IMAGE, SLUG, SUMMARY, TITLE, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';

export const luogo = defineCollection(
  {
    name: 'luogo',
    folder: 'luoghi',
    kind: 'collection',
    label: { it: 'Luogo', en: 'Place' },
    noun: { it: 'luogo', en: 'place' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: req(markdown(), BODY, undefined, { body: true }),
    type: req(vocabulary<TipoLuogo>(TIPI_LUOGO, 'TipoLuogo'), ['Tipo di luogo', 'Place type']),
    address: req(text({ min: 5 }), ['Indirizzo', 'Address']),
    coordinates: opt(
      object({
        lat: req(number(-90, 90), ['Latitudine', 'Latitude']),
        lng: req(number(-180, 180), ['Longitudine', 'Longitude']),
      }),
      ['Coordinate', 'Coordinates'],
    ),
    openingHours: opt(markdown(), ['Orari di apertura', 'Opening hours']),
    topics: req(topics(), TOPICS),
    image: opt(image(), IMAGE),
    ufficio: opt(ref('unita-organizzativa', "un'unità organizzativa"), [
      'Ufficio',
      'Office',
      "L'ufficio che gestisce il luogo.",
      'The office managing the place.',
    ]),
    puntiDiContatto: opt(refs('punto-di-contatto', 'un punto di contatto'), [
      'Punti di contatto',
      'Contact points',
    ]),
    servizi: opt(refs('servizio', 'un servizio'), [
      'Servizi',
      'Services',
      'Servizi erogati qui.',
      'Services delivered here.',
    ]),
  }),
);
