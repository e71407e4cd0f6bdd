export { Attachment, formatFileSize, type AttachmentProps } from './Attachment.js';
export { attachmentMessages, type AttachmentMessages } from './Attachment.intl.js';
