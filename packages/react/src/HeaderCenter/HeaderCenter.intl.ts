import { defineMessages } from '../intl/define.js';

export const headerCenterMessages = defineMessages({
  it: {
    /** Hidden text before the brand name in the home link. */
    home: 'Vai alla pagina iniziale:',
    /** Title of the social links. */
    follow: 'Seguici su',
    /** Accessible name of the list of social links. */
    socials: 'Canali social',
    /** Visible text beside the search button. */
    search: 'Cerca',
    /** Accessible name of the search button. */
    searchButton: 'Cerca nel sito',
  },
  en: {
    home: 'Go to the home page:',
    follow: 'Follow us on',
    socials: 'Social channels',
    search: 'Search',
    searchButton: 'Search the site',
  },
});

export type HeaderCenterMessages = (typeof headerCenterMessages)['it'];
