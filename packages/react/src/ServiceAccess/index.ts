export { ServiceAccess, type ServiceAccessProps, type SpidProvider } from './ServiceAccess.js';
export { serviceAccessMessages, type ServiceAccessMessages } from './ServiceAccess.intl.js';
