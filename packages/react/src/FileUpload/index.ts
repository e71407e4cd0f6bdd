export { FileUpload, type FileUploadProps } from './FileUpload.js';
// "1,5 MB": public here (and as `formatFileSize` of `Attachment`).
export { formatBytes } from '../utils/bytes.js';
export { fileUploadMessages, type FileUploadMessages } from './FileUpload.intl.js';
