export {
  Footer,
  footerSections,
  type FooterProps,
  type FooterSection,
  type FooterContacts,
  type FooterLegalLinks,
} from './Footer.js';
export { footerMessages, type FooterMessages } from './Footer.intl.js';
