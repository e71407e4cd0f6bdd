export { BackToTop, type BackToTopProps } from './BackToTop.js';
export { backToTopMessages, type BackToTopMessages } from './BackToTop.intl.js';
