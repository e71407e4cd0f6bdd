export { ContactsBox, type ContactsBoxProps } from './ContactsBox.js';
export { contactsBoxMessages, type ContactsBoxMessages } from './ContactsBox.intl.js';
