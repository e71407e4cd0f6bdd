// The page of one topic of the model (argomenti/<slug of the topic>.md).
import { ARGOMENTI, findArgomento } from '@piazza/vocabularies';
import type { Argomento, ArgomentoSlug } from '@piazza/vocabularies';
import { markdown, object, opt, ref, req, shorthand, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { isRecord } from '../issues.js';
import { image } from '../files.js';
import { BODY, IMAGE, SLUG, SUMMARY } from './common.js';
import { defineCollection } from './define.js';

export const argomento = defineCollection(
  {
    name: 'argomento',
    folder: 'argomenti',
    kind: 'collection',
    label: { it: 'Pagina argomento', en: 'Topic page' },
    noun: { it: 'pagina argomento', en: 'topic page' },
  },
  // Without `topic`, the topic is the one whose slug is the file's.
  shorthand(
    (v) => {
      if (!isRecord(v) || v.topic !== undefined || typeof v.slug !== 'string') return v;
      const t = findArgomento(v.slug);
      return t ? { ...v, topic: t.label } : v;
    },
    object({
      // The vocabulary slug of the topic: checked against `topic` by the validation.
      slug: req(
        slug().transform((s) => s as ArgomentoSlug),
        SLUG,
      ),
      topic: req(vocabulary<Argomento>(ARGOMENTI, 'Argomento'), [
        'Argomento',
        'Topic',
        'Predefinito: quello il cui slug è il nome del file.',
        "Defaults to the one whose slug is the file's name.",
      ]),
      summary: req(text({ min: 3, max: 300 }), SUMMARY),
      body: opt(markdown(), BODY, { body: true }),
      image: opt(image(), IMAGE),
      ufficio: opt(ref('unita-organizzativa', "un'unità organizzativa"), [
        'Ufficio responsabile',
        'Responsible office',
      ]),
    }),
  ),
);
