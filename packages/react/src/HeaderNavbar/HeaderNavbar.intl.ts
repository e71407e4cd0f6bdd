import { defineMessages } from '../intl/define.js';

export const headerNavbarMessages = defineMessages({
  it: {
    /** Accessible name of the navigation landmark. */
    label: 'Menu principale',
    /** Accessible name of the button that opens the menu on small screens. */
    open: 'Apri il menu',
    /** Accessible name of the button that closes the menu dialog. */
    close: 'Chiudi il menu',
    /** Accessible name of the menu dialog on small screens. */
    dialog: 'Menu principale',
    /** Accessible name of a megamenu's disclosure button. */
    submenu: (label: string) => `Sottomenu ${label}`,
    /** Visible text of the megamenu link to the whole section (the section's name follows, hidden). */
    viewAll: 'Vedi tutto',
    /** Accessible name of the list of highlighted topics. */
    topics: 'Argomenti in evidenza',
    /** Text of the link to the topics page (`all-topics`): SITE_LINKS.allTopics of `@piazza/vocabularies`. */
    allTopics: 'Tutti gli argomenti',
  },
  en: {
    label: 'Main menu',
    open: 'Open the menu',
    close: 'Close the menu',
    dialog: 'Main menu',
    submenu: (label: string) => `Submenu ${label}`,
    viewAll: 'See all',
    topics: 'Featured topics',
    allTopics: 'All topics',
  },
});

export type HeaderNavbarMessages = (typeof headerNavbarMessages)['it'];
