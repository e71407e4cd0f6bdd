export {
  isEmail,
  isItalianPhone,
  isCap,
  isCodiceFiscale,
  codiceFiscaleCheckChar,
  isIban,
  checkValue,
  FORMAT_CHECKS,
  type ValueFormat,
  type ValueRules,
} from './validators.js';
export { validationMessages, type ValidationMessages } from './validation.intl.js';
