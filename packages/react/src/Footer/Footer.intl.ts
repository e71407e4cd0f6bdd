import { defineMessages } from '../intl/define.js';

export const footerMessages = defineMessages({
  it: {
    /** Hidden text before the brand name in the home link. */
    home: 'Vai alla pagina iniziale:',
    /** Title of the contacts column. */
    contacts: 'Contatti',
    address: 'Indirizzo',
    pec: 'PEC',
    email: 'Email',
    phone: 'Telefono',
    fiscalCode: 'Codice fiscale',
    vatNumber: 'Partita IVA',
    /** Link to the contacts page. */
    allContacts: 'Tutti i contatti',
    /** Title of the social links. */
    follow: 'Seguici su',
    /** Accessible name of the list of legal links. */
    legal: 'Informazioni legali',
    /**
     * The legal links: their Italian texts are SITE_LINKS of `@piazza/vocabularies`, the checker's
     * (C.SI.2.3, 2.4, 3.2, 3.3, 3.4, 4.1); written out to keep the bundle small, compared in tests.
     */
    faq: 'Leggi le FAQ',
    reportInefficiency: 'Segnalazione disservizio',
    assistance: 'Richiesta d’assistenza',
    privacyPolicy: 'Informativa privacy',
    legalNotes: 'Note legali',
    accessibility: 'Dichiarazione di accessibilità',
    improvementPlan: 'Piano di miglioramento del sito',
  },
  en: {
    home: 'Go to the home page:',
    contacts: 'Contacts',
    address: 'Address',
    pec: 'Certified email (PEC)',
    email: 'Email',
    phone: 'Phone',
    fiscalCode: 'Tax code',
    vatNumber: 'VAT number',
    allContacts: 'All contacts',
    follow: 'Follow us on',
    legal: 'Legal information',
    faq: 'Read the FAQ',
    reportInefficiency: 'Report a problem',
    assistance: 'Request assistance',
    privacyPolicy: 'Privacy notice',
    legalNotes: 'Legal notes',
    accessibility: 'Accessibility statement',
    improvementPlan: 'Website improvement plan',
  },
});

export type FooterMessages = (typeof footerMessages)['it'];
