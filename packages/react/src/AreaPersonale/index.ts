export { AreaPersonale, type AreaPersonaleProps } from './AreaPersonale.js';
export { areaPersonaleMessages, type AreaPersonaleMessages } from './AreaPersonale.intl.js';
export { RequestLookup, type RequestLookupProps } from './RequestLookup.js';
