export { Faq, type FaqProps, type FaqItem } from './Faq.js';
export { faqMessages, type FaqMessages } from './Faq.intl.js';
