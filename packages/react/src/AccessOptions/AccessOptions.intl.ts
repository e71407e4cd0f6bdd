import { defineMessages } from '../intl/define.js';

/** The texts of AccessOptions (ServiceFlow's access step and the area personale's access). */
export const accessOptionsMessages = defineMessages({
  it: {
    accessText: 'Per inviare la richiesta accedi con la tua identità digitale.',
    otherAccess: 'Altre utenze',
    simulatedAccess:
      'Simulazione: questo sito dimostrativo non chiede né usa credenziali SPID o CIE. L’accesso è finto e i dati personali sono di una persona inventata.',
    simulatedSpid: 'Entra con SPID (simulazione)',
    simulatedCie: 'Entra con CIE (simulazione)',
  },
  en: {
    accessText: 'To send the request, sign in with your digital identity.',
    otherAccess: 'Other credentials',
    simulatedAccess:
      'Simulation: this demo site neither asks for nor uses SPID or CIE credentials. Signing in is fake and the personal data belong to an invented person.',
    simulatedSpid: 'Sign in with SPID (simulation)',
    simulatedCie: 'Sign in with CIE (simulation)',
  },
});

export type AccessOptionsMessages = (typeof accessOptionsMessages)['it'];
