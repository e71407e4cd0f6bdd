export { Stepper, type StepperProps } from './Stepper.js';
export { stepperMessages, type StepperMessages } from './Stepper.intl.js';
