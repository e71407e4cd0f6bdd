// Novità: notizie, comunicati, avvisi.
import { findTipoNotizia } from '@piazza/vocabularies';
import { date, markdown, object, oneOf, opt, refs, req, shorthand, slug, text } from '../fields.js';
import { image } from '../files.js';
import { BODY, IMAGE, SLUG, SUMMARY, TITLE, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';

/** Singular news type; NOTIZIA_TYPE_TO_TIPO gives the vocabulary label (the Novità section). */
export const NOTIZIA_TYPES = ['notizia', 'comunicato', 'avviso'] as const;
export type NotiziaType = (typeof NOTIZIA_TYPES)[number];

/** The vocabulary's plural labels ("Avvisi") are read as the singular type. */
const notiziaType = shorthand(
  (v) => {
    const tipo = typeof v === 'string' ? findTipoNotizia(v) : undefined;
    return tipo ? { notizie: 'notizia', comunicati: 'comunicato', avvisi: 'avviso' }[tipo.slug] : v;
  },
  oneOf(NOTIZIA_TYPES, 'NotiziaType'),
);

export const notizia = defineCollection(
  {
    name: 'notizia',
    folder: 'notizie',
    kind: 'collection',
    label: { it: 'Notizia', en: 'News item' },
    noun: { it: 'notizia', en: 'news item' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    type: req(notiziaType, [
      'Tipo',
      'Type',
      'notizia, comunicato o avviso.',
      'notizia (news), comunicato (press release) or avviso (notice).',
    ]),
    date: req(date(), ['Data', 'Date', 'Data di pubblicazione.', 'Publication date.'], undefined, {
      aliases: ['data'],
    }),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: req(markdown(), BODY, undefined, { body: true }),
    image: opt(image(), IMAGE),
    topics: req(topics(), TOPICS),
    uffici: opt(refs('unita-organizzativa', "un'unità organizzativa"), [
      'Uffici',
      'Offices',
      'Gli uffici autori.',
      'The authoring offices.',
    ]),
    persone: opt(refs('persona', 'una persona'), [
      'Persone',
      'People',
      'Persone citate.',
      'People mentioned.',
    ]),
    luoghi: opt(refs('luogo', 'un luogo'), ['Luoghi', 'Places']),
    documenti: opt(refs('documento', 'un documento'), ['Documenti', 'Documents']),
    expires: opt(date(), [
      'Scadenza',
      'Expires',
      'Dopo questa data un avviso non è più attuale.',
      'After this date a notice is no longer current.',
    ]),
  }),
);
