export { Recap, type RecapProps, type RecapGroup, type RecapItem } from './Recap.js';
export { recapMessages, type RecapMessages } from './Recap.intl.js';
