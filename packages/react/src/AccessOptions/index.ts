export {
  AccessOptions,
  type AccessOptionsProps,
  type AccessOptionsMessages,
} from './AccessOptions.js';
export { accessOptionsMessages } from './AccessOptions.intl.js';
