// Amministrazione: unità organizzative (organi di governo, aree, uffici, enti e fondazioni).
import { TIPI_UNITA_ORGANIZZATIVA } from '@piazza/vocabularies';
import type { SezioneAmministrazione, TipoUnitaOrganizzativa } from '@piazza/vocabularies';
import {
  email,
  markdown,
  object,
  oneOf,
  opt,
  phone,
  ref,
  refs,
  req,
  slug,
  text,
} from '../fields.js';
import { vocabulary } from '../vocabulary.js';
import { image } from '../files.js';
import { IMAGE, SLUG, SUMMARY, TITLE, TOPICS, topics } from './common.js';
import { defineCollection } from './define.js';
import { prenotazioneUfficio } from './prenotazione-ufficio.js';

/** The Amministrazione sections that list unità organizzative. */
export const SEZIONI_UO = [
  'Organi di governo',
  'Aree amministrative',
  'Uffici',
  'Enti e fondazioni',
] as const satisfies readonly SezioneAmministrazione[];
export type SezioneUnitaOrganizzativa = (typeof SEZIONI_UO)[number];

/** The Amministrazione section of a unit type (used when `section` is not given). */
export function sectionOfType(type: TipoUnitaOrganizzativa): SezioneUnitaOrganizzativa {
  if (['struttura politica', 'giunta comunale', 'consiglio comunale', 'commissione'].includes(type))
    return 'Organi di governo';
  if (type === 'area') return 'Aree amministrative';
  if (type === 'ufficio' || type === 'struttura amministrativa') return 'Uffici';
  return 'Enti e fondazioni';
}

const UO = "un'unità organizzativa";

export const unitaOrganizzativa = defineCollection(
  {
    name: 'unita-organizzativa',
    folder: 'uffici',
    kind: 'collection',
    label: { it: 'Unità organizzativa', en: 'Organisational unit' },
    noun: { it: 'unità organizzativa', en: 'organisational unit' },
  },
  object({
    slug: req(slug(), SLUG),
    title: req(text({ min: 3 }), TITLE),
    summary: req(text({ min: 3, max: 300 }), SUMMARY),
    body: req(
      markdown(),
      [
        'Competenze',
        'Competences',
        'Competenze e descrizione, in Markdown.',
        'Competences and description, in Markdown.',
      ],
      undefined,
      { body: true },
    ),
    type: req(
      vocabulary<TipoUnitaOrganizzativa>(TIPI_UNITA_ORGANIZZATIVA, 'TipoUnitaOrganizzativa'),
      ['Tipo', 'Type'],
    ),
    section: opt(oneOf(SEZIONI_UO, 'SezioneUnitaOrganizzativa'), [
      'Sezione',
      'Section',
      'Si ricava dal tipo se manca: struttura politica, giunta, consiglio, commissione → Organi di governo; area → Aree amministrative; ufficio → Uffici; gli altri → Enti e fondazioni.',
      'Derived from the type when absent.',
    ]),
    parent: opt(ref('unita-organizzativa', UO), [
      'Unità superiore',
      'Parent unit',
      "L'area a cui appartiene un ufficio.",
      'The area an office belongs to.',
    ]),
    address: opt(text({ min: 5 }), ['Indirizzo', 'Address']),
    luogo: opt(ref('luogo', 'un luogo'), ['Sede', 'Seat']),
    hours: opt(markdown(), [
      'Orari',
      'Opening hours',
      'Orari di apertura al pubblico.',
      'Opening hours to the public.',
    ]),
    phone: opt(phone(), ['Telefono', 'Phone']),
    email: opt(email(), ['Email', 'Email']),
    pec: opt(email('un indirizzo PEC', 'a PEC address'), ['PEC', 'Certified email (PEC)']),
    puntiDiContatto: opt(refs('punto-di-contatto', 'un punto di contatto'), [
      'Punti di contatto',
      'Contact points',
    ]),
    responsabile: opt(ref('persona', 'una persona'), ['Responsabile', 'Head']),
    persone: opt(refs('persona', 'una persona'), [
      'Persone',
      'People',
      'Componenti, es. della Giunta o del Consiglio.',
      'Members, e.g. of the Giunta or the Consiglio.',
    ]),
    servizi: opt(refs('servizio', 'un servizio'), [
      'Servizi',
      'Services',
      'Oltre a quelli il cui campo contatti è questa unità.',
      'Besides those whose contatti field is this unit.',
    ]),
    topics: opt(topics(), TOPICS),
    image: opt(image(), IMAGE),
    booking: opt(prenotazioneUfficio, [
      'Prenotazione appuntamenti',
      'Appointment booking',
      'Gli appuntamenti della pagina Prenota appuntamento (CSE.2.2).',
      'Appointments through the booking page (CSE.2.2).',
    ]),
  }).transform((u) => ({ ...u, section: u.section ?? sectionOfType(u.type) })),
);
