// Amministrazione: incarichi.
import { TIPI_INCARICO } from '@piazza/vocabularies';
import type { TipoIncarico } from '@piazza/vocabularies';
import { date, markdown, object, opt, ref, req, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { SLUG, TITLE } from './common.js';
import { defineCollection } from './define.js';

export const incarico = defineCollection(
  {
    name: 'incarico',
    folder: 'incarichi',
    kind: 'collection',
    label: { it: 'Incarico', en: 'Appointment' },
    noun: { it: 'incarico', en: 'appointment' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    type: req(vocabulary<TipoIncarico>(TIPI_INCARICO, 'TipoIncarico'), ['Tipo', 'Type']),
    persona: req(ref('persona', 'una persona'), ['Persona', 'Person']),
    unitaOrganizzativa: opt(ref('unita-organizzativa', "un'unità organizzativa"), [
      'Unità organizzativa',
      'Organisational unit',
    ]),
    start: req(date(), ['Inizio', 'Start']),
    end: opt(date(), ['Fine', 'End', "Non prima dell'inizio.", 'Not before the start.']),
    compenso: opt(
      markdown(),
      [
        'Compenso',
        'Compensation',
        'Per la trasparenza; nei file Markdown è il testo dopo il front matter.',
        'For transparency; in Markdown files, the text after the front matter.',
      ],
      { body: true },
    ),
    atto: opt(ref('documento', 'un documento'), ['Atto di nomina', 'Appointment act']),
  }),
);
