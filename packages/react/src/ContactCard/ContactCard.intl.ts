import { defineMessages } from '../intl/define.js';

export const contactCardMessages = defineMessages({
  it: {
    /** Visually hidden labels before each detail. */
    address: 'Indirizzo:',
    hours: 'Orari:',
    phone: 'Telefono:',
    email: 'Email:',
    pec: 'PEC:',
  },
  en: {
    address: 'Address:',
    hours: 'Opening hours:',
    phone: 'Phone:',
    email: 'Email:',
    pec: 'Certified email (PEC):',
  },
});

export type ContactCardMessages = (typeof contactCardMessages)['it'];
