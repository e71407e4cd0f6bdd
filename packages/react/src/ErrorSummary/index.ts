export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from './ErrorSummary.js';
export { errorSummaryMessages, type ErrorSummaryMessages } from './ErrorSummary.intl.js';
