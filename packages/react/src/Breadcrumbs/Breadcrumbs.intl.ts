import { defineMessages } from '../intl/define.js';

export const breadcrumbsMessages = defineMessages({
  it: {
    /** Accessible name of the navigation landmark. */
    label: 'Percorso di navigazione',
    /** Accessible name of the button that shows the collapsed part of a long trail. */
    expand: 'Mostra il percorso completo',
  },
  en: {
    label: 'Breadcrumb',
    expand: 'Show the full path',
  },
});

export type BreadcrumbsMessages = (typeof breadcrumbsMessages)['it'];
