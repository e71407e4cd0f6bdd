export {
  ContactCard,
  OfficeCard,
  telHref,
  type ContactCardProps,
  type OfficeCardProps,
} from './ContactCard.js';
export { contactCardMessages, type ContactCardMessages } from './ContactCard.intl.js';
