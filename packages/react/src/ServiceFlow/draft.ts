// The draft of a service flow and its check, apart from the (client) component: a server can
// validate a stored draft too.
import { isFlowValues } from '../service-contracts/applications.js';
import type { PaymentOutcome } from '../service-contracts/payments.js';
import type { FlowStepName } from './recipes.js';
import type { FlowState } from './reducer.js';

/** What a draft of a service flow holds (in the browser; the back office keeps its own copy). */
export interface ServiceFlowDraft {
  at: FlowStepName;
  reached: FlowStepName[];
  values: FlowState['values'];
  payment: PaymentOutcome | null;
  draftId?: string;
}

const STEP_NAMES: readonly string[] = ['privacy', 'personal', 'specific', 'payment', 'recap'];
/** Checks that an unknown value (a stored draft) is a `ServiceFlowDraft`. */
export function isServiceFlowDraft(x: unknown): x is ServiceFlowDraft {
  const d = x as ServiceFlowDraft | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    STEP_NAMES.includes(d.at) &&
    Array.isArray(d.reached) &&
    d.reached.every((s) => STEP_NAMES.includes(s)) &&
    isFlowValues(d.values) &&
    (d.payment === null ||
      (typeof d.payment === 'object' && typeof d.payment.paymentId === 'string'))
  );
}
