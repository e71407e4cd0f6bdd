export { StepNav, type StepNavProps } from './StepNav.js';
export { stepNavMessages, type StepNavMessages } from './StepNav.intl.js';
