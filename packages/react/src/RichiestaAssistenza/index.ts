export { RichiestaAssistenza, type RichiestaAssistenzaProps } from './RichiestaAssistenza.js';
export {
  richiestaAssistenzaMessages,
  type RichiestaAssistenzaMessages,
} from './RichiestaAssistenza.intl.js';
export type {
  AssistanceCategory,
  AssistanceService,
  AssistanceProvider,
  AssistanceRequest,
  AssistanceReceipt,
} from './types.js';
export {
  MemoryAssistanceProvider,
  type MemoryAssistanceProviderOptions,
  type StoredAssistanceRequest,
} from './MemoryAssistanceProvider.js';
export {
  HttpAssistanceProvider,
  ASSISTANCE_SUBMIT_TIMEOUT_MS,
  type HttpAssistanceProviderOptions,
} from './HttpAssistanceProvider.js';
export { isAssistanceDraft, ASSISTANCE_MESSAGE_MAX, type AssistanceDraft } from './draft.js';
