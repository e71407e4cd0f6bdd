// Pagine generiche (privacy, note legali, accessibilità…), servite in /{slug}/.
import { markdown, object, opt, ref, req, slug, text } from '../fields.js';
import { BODY, SLUG, TITLE } from './common.js';
import { defineCollection } from './define.js';

export const pagina = defineCollection(
  {
    name: 'pagina',
    folder: 'pagine',
    kind: 'collection',
    label: { it: 'Pagina', en: 'Page' },
    noun: { it: 'pagina', en: 'page' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    summary: opt(text(), ['Descrizione breve', 'Summary']),
    parent: opt(ref('pagina', 'una pagina'), [
      'Pagina superiore',
      'Parent page',
      'Una pagina di primo livello raggiunta da una voce di extraMenu: questa diventa di secondo livello, in /{parent}/{slug}/.',
      'A first-level page reached from an extraMenu item: this one becomes second-level, at /{parent}/{slug}/.',
    ]),
    body: req(markdown(), BODY, undefined, { body: true }),
  }),
);
