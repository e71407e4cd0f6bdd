import type { Dispatch } from 'react';
import type { ApplicationsApi } from '../../service-contracts/applications.js';
import type { PaymentsProvider } from '../../service-contracts/payments.js';
import type { ValidationMessages } from '../../validation/validation.intl.js';
import type { ServiceDefinition } from '../definition.js';
import type { FlowAction, FlowState } from '../reducer.js';
import type { ServiceFlowMessages } from '../ServiceFlow.intl.js';

/** What every step component receives from the flow. */
export interface StepProps {
  service: ServiceDefinition;
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  t: ServiceFlowMessages;
  v: ValidationMessages;
  /** The id of a field (ErrorSummary links to it). */
  fid: (name: string) => string;
  /** The error of a field after "Avanti". */
  errorOf: (name: string) => string | undefined;
  locale: 'it' | 'en';
  /** The label of a step of this flow. */
  label: (step: import('../recipes.js').FlowStepName) => string;
  api: ApplicationsApi;
  payments?: PaymentsProvider;
  /** Reports a failed call (a session that expired shows the access again). */
  fail: (error: unknown) => void;
  /** Says something in the flow's live region. */
  say: (text: string) => void;
}
