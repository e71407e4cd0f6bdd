// Public exports of this area (see src/index.ts): form fields, validators, the multi-step
// service parts and the appointment booking flow.
export * from './Field/index.js';
export * from './TextField/index.js';
export * from './Select/index.js';
export * from './RadioGroup/index.js';
export * from './Checkbox/index.js';
export * from './Textarea/index.js';
export * from './FileUpload/index.js';
export * from './ErrorSummary/index.js';
export * from './validation/index.js';
export * from './Stepper/index.js';
export * from './StepNav/index.js';
export * from './Recap/index.js';
export * from './RequestReceipt/index.js';
export * from './RequestStatus/index.js';
export * from './ServiceAccess/index.js';
export * from './AppointmentBooking/index.js';
export {
  easterSunday,
  italianHolidays,
  isItalianHoliday,
  parseMonthDay,
  type Holiday,
  type ItalianHolidayOptions,
  type MonthDay,
} from './forms-support/holidays.js';
