export {
  RequestStatus,
  type RequestStatusProps,
  type RequestStage,
  type RequestStageState,
} from './RequestStatus.js';
export { requestStatusMessages, type RequestStatusMessages } from './RequestStatus.intl.js';
