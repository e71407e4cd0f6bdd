// What blocks "Avanti" at a step of a ServiceFlow: the privacy acceptance, the personal data
// (the editable ones, and those the identity did not give), the service's own fields, a paid
// payment. Pure: the flow shows the result in its ErrorSummary and next to each field.
import type { ValidationMessages } from '../validation/validation.intl.js';
import { checkValue } from '../validation/validators.js';
import { validateFields, type ServiceDefinition } from './definition.js';
import type { FlowRecipe, FlowStepName } from './recipes.js';
import type { FlowState } from './reducer.js';
import type { ServiceFlowMessages } from './ServiceFlow.intl.js';
import { DEFAULT_EDITABLE, PERSONAL_FIELDS } from './steps/PersonalStep.js';

export interface StepCheckContext {
  values: FlowState['values'];
  payment: FlowState['payment'];
  recipe: FlowRecipe;
  service: ServiceDefinition;
  t: ServiceFlowMessages;
  v: ValidationMessages;
}

/** The errors that keep the citizen at step `s` (none: the step is complete). */
export function validateStep(
  s: FlowStepName,
  { values, payment, recipe, service, t, v }: StepCheckContext,
): { name: string; message: string }[] {
  const hasSpecific = recipe.some((r) => r.name === 'specific');
  if (s === 'privacy')
    return values.privacy === true ? [] : [{ name: 'privacy', message: t.privacyError }];
  if (s === 'personal') {
    const editable = service.editable ?? DEFAULT_EDITABLE;
    const out = PERSONAL_FIELDS.filter((f) => editable.includes(f.key) || !values[f.key]).flatMap(
      (f) => {
        const c = checkValue(String(values[f.key] ?? ''), {
          required: f.key !== 'phone',
          format: f.format,
        });
        const label = t[f.key].toLowerCase();
        return c
          ? [{ name: f.key, message: c === 'required' ? v.required(label) : v[c as 'email'] }]
          : [];
      },
    );
    return hasSpecific ? out : [...out, ...validateFields(service.fields, values, v)];
  }
  if (s === 'specific') return validateFields(service.fields, values, v);
  if (s === 'payment')
    return payment?.status === 'paid' ? [] : [{ name: 'pay', message: t.payRequired }];
  return [];
}
