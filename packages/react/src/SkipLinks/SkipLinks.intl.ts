import { defineMessages } from '../intl/define.js';

export const skipLinksMessages = defineMessages({
  it: {
    main: 'Vai ai contenuti',
    footer: 'Vai al footer',
  },
  en: {
    main: 'Skip to content',
    footer: 'Skip to footer',
  },
});

export type SkipLinksMessages = (typeof skipLinksMessages)['it'];
