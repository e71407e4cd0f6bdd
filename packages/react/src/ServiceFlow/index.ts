export { ServiceFlow, type ServiceFlowProps } from './ServiceFlow.js';
export { isServiceFlowDraft, type ServiceFlowDraft } from './draft.js';
export { serviceFlowMessages, type ServiceFlowMessages } from './ServiceFlow.intl.js';
export {
  checkDefinition,
  isShown,
  validateFields,
  type ChoiceSpec,
  type FieldCondition,
  type FieldSpec,
  type PersonalKey,
  type ServiceDefinition,
} from './definition.js';
export { flowRecipe, type FlowRecipe, type FlowStepName } from './recipes.js';
export { EXAMPLE_SERVICES } from './services.js';
