export { Select, type SelectProps, type SelectOption } from './Select.js';
export { selectMessages, type SelectMessages } from './Select.intl.js';
