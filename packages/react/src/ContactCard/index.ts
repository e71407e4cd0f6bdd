export {
  ContactCard,
  OfficeCard,
  type ContactCardProps,
  type ContactCardLink,
  type OfficeCardProps,
} from './ContactCard.js';
export { contactCardMessages, type ContactCardMessages } from './ContactCard.intl.js';
export { telHref } from '../utils/tel.js';
