export { footerSections } from './sections.js';
export {
  Footer,
  type FooterProps,
  type FooterSection,
  type FooterContacts,
  type FooterLegalLinks,
} from './Footer.js';
export { footerMessages, type FooterMessages } from './Footer.intl.js';
