import { defineMessages } from '../intl/define.js';

export const serviceAccessMessages = defineMessages({
  it: {
    title: 'Accedi al servizio',
    description:
      'Per accedere al servizio è necessaria l’identità digitale SPID o la Carta d’Identità Elettronica (CIE).',
    spid: 'Entra con SPID',
    cie: 'Entra con CIE',
    /** Accessible name of the list of SPID providers. */
    providers: 'Scegli il tuo gestore di identità digitale SPID',
    spidInfo: 'Non hai SPID? Scopri come ottenerlo',
  },
  en: {
    title: 'Access the service',
    description:
      'To access the service you need a SPID digital identity or the Electronic Identity Card (CIE).',
    spid: 'Sign in with SPID',
    cie: 'Sign in with CIE',
    providers: 'Choose your SPID identity provider',
    spidInfo: 'No SPID? Find out how to get it',
  },
});

export type ServiceAccessMessages = (typeof serviceAccessMessages)['it'];
