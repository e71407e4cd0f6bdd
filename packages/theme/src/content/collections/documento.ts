// Amministrazione: documenti e atti dell'albo pretorio.
import { LICENZE, TIPI_ATTO_ALBO_PRETORIO, TIPI_DOCUMENTO } from '@piazza/vocabularies';
import type { Licenza, TipoAttoAlboPretorio, TipoDocumento } from '@piazza/vocabularies';
import { date, markdown, object, opt, ref, refs, req, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { fileRefs } from '../files.js';
import { BODY, SLUG, SUMMARY, TITLE, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';

export const documento = defineCollection(
  {
    name: 'documento',
    folder: 'documenti',
    kind: 'collection',
    label: { it: 'Documento', en: 'Document' },
    noun: { it: 'documento', en: 'document' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    type: req(vocabulary<TipoDocumento>(TIPI_DOCUMENTO, 'TipoDocumento'), [
      'Tipo di documento',
      'Document type',
    ]),
    date: req(date(), [
      'Data',
      'Date',
      'Data del documento (adozione, pubblicazione).',
      'Date of the document (adoption, publication).',
    ]),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: opt(markdown(), BODY, { body: true }),
    files: req(fileRefs(1), [
      'File',
      'Files',
      'Almeno un file { title, url, fileType?, size? }.',
      'At least one file { title, url, fileType?, size? }.',
    ]),
    albo: opt(
      object({
        tipoAtto: req(
          vocabulary<TipoAttoAlboPretorio>(TIPI_ATTO_ALBO_PRETORIO, 'TipoAttoAlboPretorio'),
          ['Tipo di atto', 'Act type'],
        ),
        numero: req(text(), [
          'Numero di registro',
          'Registry number',
          '"125/2026".',
          '"125/2026".',
        ]),
        from: req(date(), ['Pubblicato dal', 'Published from']),
        to: req(date(), ['Pubblicato fino al', 'Published until']),
      }),
      [
        'Albo pretorio',
        'Official notice board',
        "Per gli atti pubblicati all'albo pretorio.",
        'For acts published on the official notice board.',
      ],
    ),
    topics: req(topics(), TOPICS),
    ufficio: opt(ref('unita-organizzativa', "un'unità organizzativa"), [
      'Ufficio responsabile',
      'Responsible office',
    ]),
    servizi: opt(refs('servizio', 'un servizio'), ['Servizi', 'Services']),
    licenza: opt(vocabulary<Licenza>(LICENZE, 'Licenza'), ['Licenza', 'Licence']),
  }),
);
