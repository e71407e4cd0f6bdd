export { Textarea, type TextareaProps } from './Textarea.js';
export { textareaMessages, type TextareaMessages } from './Textarea.intl.js';
