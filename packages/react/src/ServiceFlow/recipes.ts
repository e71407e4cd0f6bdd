// The five flow types as ready recipes: their steps by name, in the order of the template kit,
// labelled as FLOW_STEPS (from @piazza/vocabularies) labels them.
import { FLOW_STEPS, FLOW_STEP_LABELS, type FlowStepKey } from '@piazza/vocabularies';

/** The steps a flow can have, by name. */
export type FlowStepName = 'privacy' | 'personal' | 'specific' | 'payment' | 'recap';

const NAME_OF: Record<string, FlowStepName> = {
  [FLOW_STEP_LABELS.privacy]: 'privacy',
  [FLOW_STEP_LABELS.conditions]: 'privacy',
  [FLOW_STEP_LABELS.personal]: 'personal',
  [FLOW_STEP_LABELS.specific]: 'specific',
  [FLOW_STEP_LABELS.specificDue]: 'specific',
  [FLOW_STEP_LABELS.report]: 'specific',
  [FLOW_STEP_LABELS.payment]: 'payment',
  [FLOW_STEP_LABELS.recap]: 'recap',
};

/** A flow's steps: each name with the official label. */
export type FlowRecipe = readonly { name: FlowStepName; label: string }[];

/** The steps of a flow type (or of the segnalazione). */
export function flowRecipe(flow: FlowStepKey): FlowRecipe {
  return FLOW_STEPS[flow].map((label) => ({ name: NAME_OF[label]!, label }));
}
