import { SERVICE_PAGE_INDEX, SERVICE_PAGE_OPTIONAL_SECTIONS } from '@piazza/vocabularies';
import { defineMessages } from '../intl/define.js';

const label = (anchor: string): string =>
  [...SERVICE_PAGE_INDEX, ...SERVICE_PAGE_OPTIONAL_SECTIONS].find((s) => s.anchor === anchor)!
    .label;

// Italian section labels come from @piazza/vocabularies (checker/service-page-structure.json of
// pa-website-validator-ng v1.1.38): the checker compares the index labels exactly (C.SI.1.3).
export const servicePageMessages = defineMessages({
  it: {
    /** Name and title of the page index (`page-index`). */
    pageIndex: 'Indice della pagina',
    /** The status chip (`service-status`). */
    active: 'Servizio attivo',
    inactive: 'Servizio non attivo',
    /** Heading-block actions. */
    access: 'Accedi al servizio',
    booking: 'Prenota appuntamento',
    /** Before the topic chips. */
    topics: 'Argomenti:',
    /** Last update of the page. */
    updated: (date: string) => `Pagina aggiornata il ${date}`,
    sections: {
      'a-chi-e-rivolto': label('a-chi-e-rivolto'),
      descrizione: label('descrizione'),
      'come-fare': label('come-fare'),
      'cosa-serve': label('cosa-serve'),
      'cosa-si-ottiene': label('cosa-si-ottiene'),
      'tempi-e-scadenze': label('tempi-e-scadenze'),
      'quanto-costa': label('quanto-costa'),
      'accedi-al-servizio': label('accedi-al-servizio'),
      'ulteriori-informazioni': label('ulteriori-informazioni'),
      'condizioni-di-servizio': label('condizioni-di-servizio'),
      contatti: label('contatti'),
    },
    /** Intro of the conditions section. */
    conditionsIntro:
      'Per conoscere i dettagli di scadenze, requisiti e altre informazioni importanti, leggi i termini e le condizioni di servizio.',
    /** Accessible name of the timeline (`service-calendar-list`). */
    timeline: 'Le scadenze del servizio',
  },
  en: {
    pageIndex: 'On this page',
    active: 'Active service',
    inactive: 'Service not active',
    access: 'Use the service',
    booking: 'Book an appointment',
    topics: 'Topics:',
    updated: (date: string) => `Page updated on ${date}`,
    sections: {
      'a-chi-e-rivolto': 'Who it is for',
      descrizione: 'Description',
      'come-fare': 'How to',
      'cosa-serve': 'What you need',
      'cosa-si-ottiene': 'What you get',
      'tempi-e-scadenze': 'Times and deadlines',
      'quanto-costa': 'Cost',
      'accedi-al-servizio': 'Use the service',
      'ulteriori-informazioni': 'More information',
      'condizioni-di-servizio': 'Terms of service',
      contatti: 'Contacts',
    },
    conditionsIntro:
      'For deadlines, requirements and other important details, read the terms and conditions of the service.',
    timeline: 'Deadlines of the service',
  },
});

export type ServicePageMessages = (typeof servicePageMessages)['it'];
/** Anchor (`id`) of a section of the service page. */
export type ServiceSectionId = keyof ServicePageMessages['sections'];
