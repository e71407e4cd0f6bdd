// Public exports of this area (see src/index.ts): the digital services of the avviso 1.4.1 —
// the contracts with the back office (applications, identity, payments), the ServiceFlow of the
// five flow types, the segnalazione disservizio, the richiesta di assistenza and the area personale.
export * from './service-contracts/index.js';
export * from './ServiceFlow/index.js';
export * from './AccessOptions/index.js';
export * from './FlowStatus/index.js';
export * from './SegnalazioneDisservizio/index.js';
export * from './RichiestaAssistenza/index.js';
export * from './AreaPersonale/index.js';
