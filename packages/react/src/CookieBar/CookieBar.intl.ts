import { defineMessages } from '../intl/define.js';

export const cookieBarMessages = defineMessages({
  it: {
    /** Title of the bar (its accessible name). */
    title: 'Informativa sui cookie',
    /** The notice. */
    text: 'Questo sito usa solo cookie tecnici, necessari al suo funzionamento. Con il tuo consenso useremmo anche cookie di analisi anonima delle visite: puoi accettarli o rifiutarli, la scelta non cambia il funzionamento del sito.',
    /** Text of the link to the cookie policy. */
    policy: 'Leggi l’informativa sui cookie',
    accept: 'Accetta',
    reject: 'Rifiuta',
  },
  en: {
    title: 'Cookie notice',
    text: 'This site only uses technical cookies, needed for it to work. With your consent we would also use cookies for anonymous visit statistics: you can accept or reject them, the site works the same either way.',
    policy: 'Read the cookie policy',
    accept: 'Accept',
    reject: 'Reject',
  },
});

export type CookieBarMessages = (typeof cookieBarMessages)['it'];
