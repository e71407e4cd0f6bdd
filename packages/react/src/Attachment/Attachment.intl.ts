import { defineMessages } from '../intl/define.js';

export const attachmentMessages = defineMessages({
  it: {
    /** File type and size after the title, part of the link's accessible name. */
    details: (format: string, size?: string) => (size ? `(${format}, ${size})` : `(${format})`),
  },
  en: {
    details: (format: string, size?: string) => (size ? `(${format}, ${size})` : `(${format})`),
  },
});

export type AttachmentMessages = (typeof attachmentMessages)['it'];
