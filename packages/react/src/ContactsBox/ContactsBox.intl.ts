import { defineMessages } from '../intl/define.js';

export const contactsBoxMessages = defineMessages({
  it: {
    title: 'Contatta il comune',
    faq: 'Leggi le domande frequenti',
    assistance: 'Richiedi assistenza',
    tollFree: (number: string) => `Chiama il numero verde ${number}`,
    booking: 'Prenota appuntamento',
    /** Heading above the report link. */
    problems: 'Problemi in città',
    report: 'Segnala disservizio',
  },
  en: {
    title: 'Contact the municipality',
    faq: 'Read the frequently asked questions',
    assistance: 'Ask for help',
    tollFree: (number: string) => `Call the toll-free number ${number}`,
    booking: 'Book an appointment',
    problems: 'Problems in town',
    report: 'Report a problem',
  },
});

export type ContactsBoxMessages = (typeof contactsBoxMessages)['it'];
