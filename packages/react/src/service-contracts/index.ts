export { ServiceError, isServiceError, type ServiceErrorKind } from './errors.js';
export type { HttpContractOptions } from './http.js';
export {
  HttpApplicationsApi,
  isFlowValues,
  type ApplicationDraft,
  type ApplicationMessage,
  type ApplicationsApi,
  type ApplicationStage,
  type ApplicationSummary,
  type AppointmentSummary,
  type DraftInput,
  type FieldValue,
  type FlowValues,
  type StageState,
  type SubmissionInput,
  type UploadedFile,
} from './applications.js';
export {
  MemoryApplicationsApi,
  type MemoryApplicationsApiOptions,
  type MemoryApplicationsState,
  type MemoryApplicationsStore,
} from './MemoryApplicationsApi.js';
export {
  HttpIdentityProvider,
  SimulatedIdentity,
  SIMULATED_CITIZEN,
  type AccessMethod,
  type Citizen,
  type HttpIdentityProviderOptions,
  type IdentityProvider,
  type IdentityProviderEntry,
} from './identity.js';
export {
  HttpPaymentsProvider,
  SimulatedPayments,
  type Checkout,
  type CheckoutRequest,
  type PaymentDue,
  type PaymentOutcome,
  type PaymentsProvider,
} from './payments.js';
