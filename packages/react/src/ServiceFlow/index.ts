export {
  ServiceFlow,
  isServiceFlowDraft,
  type ServiceFlowDraft,
  type ServiceFlowProps,
} from './ServiceFlow.js';
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
