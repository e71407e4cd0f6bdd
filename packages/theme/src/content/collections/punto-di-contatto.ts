// Punti di contatto: telefoni, email, sportelli… collegati da luoghi e uffici.
import { TIPI_PUNTO_CONTATTO } from '@piazza/vocabularies';
import type { TipoPuntoContatto } from '@piazza/vocabularies';
import { list, object, opt, req, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { SLUG, TITLE } from './common.js';
import { defineCollection } from './define.js';

export const puntoDiContatto = defineCollection(
  {
    name: 'punto-di-contatto',
    folder: 'contatti',
    kind: 'collection',
    label: { it: 'Punto di contatto', en: 'Contact point' },
    noun: { it: 'punto di contatto', en: 'contact point' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    entries: req(
      list(
        object({
          type: req(vocabulary<TipoPuntoContatto>(TIPI_PUNTO_CONTATTO, 'TipoPuntoContatto'), [
            'Tipo',
            'Type',
          ]),
          value: req(text(), [
            'Valore',
            'Value',
            "Il numero, l'indirizzo email o web.",
            'The number, email or web address.',
          ]),
          label: opt(text(), ['Etichetta', 'Label']),
        }),
        { min: 1 },
      ),
      ['Recapiti', 'Entries'],
    ),
  }),
);
