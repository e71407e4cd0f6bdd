// The state of a service flow: a reducer keyed by step names.
import type {
  ApplicationSummary,
  FieldValue,
  FlowValues,
} from '../service-contracts/applications.js';
import type { PaymentOutcome } from '../service-contracts/payments.js';
import type { FlowStepName } from './recipes.js';

/** Where the citizen is: signing in, a step, or done. */
export type FlowPosition = 'access' | FlowStepName | 'confirmed';

export interface FlowState {
  at: FlowPosition;
  /** The steps reached so far (the stepper reopens them, CSE.1.8). */
  reached: readonly FlowStepName[];
  /** Everything entered, by field name. */
  values: FlowValues;
  /** The pagoPA payment, once started. */
  payment: PaymentOutcome | null;
  /** Editing from the recap: "Avanti" goes back to it. */
  fromRecap: boolean;
  /** The draft on the back office, once saved there. */
  draftId?: string;
  submission: ApplicationSummary | null;
}

export type FlowAction =
  | { type: 'signedIn'; first: FlowStepName; prefill: FlowValues }
  | { type: 'set'; name: string; value: FieldValue }
  | { type: 'go'; to: FlowStepName; fromRecap?: boolean }
  | { type: 'paid'; payment: PaymentOutcome | null }
  | { type: 'draftSaved'; id: string }
  | {
      type: 'resume';
      at: FlowStepName;
      values: FlowValues;
      payment: PaymentOutcome | null;
      draftId?: string;
      reached: readonly FlowStepName[];
    }
  | { type: 'submitted'; submission: ApplicationSummary };

export const initialFlowState: FlowState = {
  at: 'access',
  reached: [],
  values: {},
  payment: null,
  fromRecap: false,
  submission: null,
};

const reach = (reached: readonly FlowStepName[], s: FlowStepName) =>
  reached.includes(s) ? reached : [...reached, s];

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'signedIn':
      // Values typed before (a session that expired) win over the identity's.
      return {
        ...state,
        at: state.at === 'access' ? (state.reached.at(-1) ?? action.first) : state.at,
        reached: reach(state.reached, state.reached.at(-1) ?? action.first),
        values: { ...action.prefill, ...state.values },
      };
    case 'set':
      return { ...state, values: { ...state.values, [action.name]: action.value } };
    case 'go':
      return {
        ...state,
        at: action.to,
        reached: reach(state.reached, action.to),
        fromRecap: action.fromRecap ?? (action.to === 'recap' ? false : state.fromRecap),
      };
    case 'paid':
      return { ...state, payment: action.payment };
    case 'draftSaved':
      return { ...state, draftId: action.id };
    case 'resume':
      return {
        ...state,
        at: action.at,
        values: action.values,
        payment: action.payment,
        draftId: action.draftId,
        reached: action.reached,
        fromRecap: false,
      };
    case 'submitted':
      return { ...state, at: 'confirmed', submission: action.submission, fromRecap: false };
  }
}
