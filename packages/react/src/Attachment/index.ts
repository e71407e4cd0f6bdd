export { Attachment, type AttachmentProps } from './Attachment.js';
export { formatFileSize } from '../utils/bytes.js';
export { attachmentMessages, type AttachmentMessages } from './Attachment.intl.js';
