import { defineMessages } from '../intl/define.js';

export const headerSlimMessages = defineMessages({
  it: {
    /** Accessible name of the slim header's navigation landmark. */
    label: 'Collegamenti di servizio',
    /** Appended (hidden) to the name of a link that opens in a new tab. */
    newTab: '(si apre in una nuova scheda)',
    /** Hidden prefix of the language button. */
    language: 'Lingua attiva:',
    /** Text of the login link (`personal-area-login`). */
    login: "Accedi all'area personale",
    /** Hidden prefix of the user menu button. */
    userMenu: 'Menu utente di',
    myServices: 'I miei servizi',
    myRequests: 'Le mie pratiche',
    notifications: 'Notifiche',
    settings: 'Impostazioni',
    logout: 'Esci',
  },
  en: {
    label: 'Service links',
    newTab: '(opens in a new tab)',
    language: 'Current language:',
    login: 'Sign in to your personal area',
    userMenu: 'User menu of',
    myServices: 'My services',
    myRequests: 'My requests',
    notifications: 'Notifications',
    settings: 'Settings',
    logout: 'Sign out',
  },
});

export type HeaderSlimMessages = (typeof headerSlimMessages)['it'];
