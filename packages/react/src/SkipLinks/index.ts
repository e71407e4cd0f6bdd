export { SkipLinks, type SkipLinksProps } from './SkipLinks.js';
export { skipLinksMessages, type SkipLinksMessages } from './SkipLinks.intl.js';
