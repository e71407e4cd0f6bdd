// Amministrazione: persone pubbliche (politici e personale amministrativo).
import { TIPI_INCARICO } from '@piazza/vocabularies';
import type { TipoIncarico } from '@piazza/vocabularies';
import { date, email, markdown, object, opt, phone, refs, req, slug, text } from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { fileRef, image } from '../files.js';
import { IMAGE, SLUG, SUMMARY } from './common.js';
import { defineCollection } from './define.js';

export const persona = defineCollection(
  {
    name: 'persona',
    folder: 'persone',
    kind: 'collection',
    label: { it: 'Persona', en: 'Person' },
    noun: { it: 'persona', en: 'person' },
  },
  object({
    slug: req(slug(), SLUG),
    name: req(text({ min: 3 }), ['Nome e cognome', 'Full name'], undefined, { aliases: ['nome'] }),
    role: req(text({ min: 3 }), [
      'Ruolo',
      'Role',
      'Come sotto il nome: "Sindaca".',
      'As under the name: "Mayor".',
    ]),
    type: req(vocabulary<TipoIncarico>(TIPI_INCARICO, 'TipoIncarico'), [
      'Tipo',
      'Type',
      'politico → Politici; amministrativo → Personale amministrativo.',
      'politico → Politicians; amministrativo → Administrative staff.',
    ]),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: req(markdown(), ['Biografia', 'Biography'], undefined, { body: true }),
    incarichi: opt(refs('incarico', 'un incarico'), ['Incarichi', 'Appointments']),
    unitaOrganizzative: opt(refs('unita-organizzativa', "un'unità organizzativa"), [
      'Unità organizzative',
      'Organisational units',
    ]),
    deleghe: opt(markdown(), ['Deleghe', 'Delegations']),
    email: opt(email(), ['Email', 'Email']),
    phone: opt(phone(), ['Telefono', 'Phone']),
    image: opt(image(), IMAGE),
    cv: opt(fileRef(), ['Curriculum', 'CV']),
    since: opt(date(), [
      'In carica dal',
      'Since',
      "Inizio del mandato o dell'incarico.",
      'Start of the mandate or appointment.',
    ]),
  }),
);
