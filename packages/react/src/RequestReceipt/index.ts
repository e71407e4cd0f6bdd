export { RequestReceipt, type RequestReceiptProps } from './RequestReceipt.js';
export { requestReceiptMessages, type RequestReceiptMessages } from './RequestReceipt.intl.js';
