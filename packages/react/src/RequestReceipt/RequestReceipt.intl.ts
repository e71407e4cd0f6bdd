import { defineMessages } from '../intl/define.js';

export const requestReceiptMessages = defineMessages({
  it: {
    title: 'Richiesta inviata',
    /** First line; the service name when given. */
    thanks: (service?: string) =>
      service
        ? `Grazie, abbiamo ricevuto la tua richiesta per “${service}”.`
        : 'Grazie, abbiamo ricevuto la tua richiesta.',
    code: 'Codice della richiesta',
    takenInCharge: 'Presa in carico il',
    outcomeBy: 'Esito entro il',
    /** Default line on how the citizen is notified (CSE.1.2). */
    notification: 'Riceverai una email con la conferma e ogni aggiornamento sulla richiesta.',
    status: 'Segui lo stato della richiesta',
  },
  en: {
    title: 'Request sent',
    thanks: (service?: string) =>
      service
        ? `Thank you, we received your request for “${service}”.`
        : 'Thank you, we received your request.',
    code: 'Request code',
    takenInCharge: 'Taken in charge on',
    outcomeBy: 'Outcome by',
    notification:
      'You will receive an email with the confirmation and every update on the request.',
    status: 'Follow the status of the request',
  },
});

export type RequestReceiptMessages = (typeof requestReceiptMessages)['it'];
