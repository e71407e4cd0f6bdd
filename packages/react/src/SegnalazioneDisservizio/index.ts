export {
  SegnalazioneDisservizio,
  type SegnalazioneDisservizioProps,
} from './SegnalazioneDisservizio.js';
export {
  segnalazioneDisservizioMessages,
  type SegnalazioneDisservizioMessages,
} from './SegnalazioneDisservizio.intl.js';
