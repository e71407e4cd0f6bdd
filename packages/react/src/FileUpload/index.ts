export { FileUpload, formatBytes, type FileUploadProps } from './FileUpload.js';
export { fileUploadMessages, type FileUploadMessages } from './FileUpload.intl.js';
