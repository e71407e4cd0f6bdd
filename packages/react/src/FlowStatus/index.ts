export { LoadingStatus, RetryAlert, type RetryAlertProps } from './FlowStatus.js';
