// The step labels (the stepper, `cmp-info-progress`) of the digital-service flows of the Modello
// Comuni, one list per flow type, and the tabs of the area personale.
// Source: italia/design-comuni-pagine-statiche (commit 50c4938, BSD-3-Clause),
// src/handlebars-json/*.json (permessi-autorizzazioni, iscrizione-graduatoria, servizi-pagamento,
// vantaggi-economici, pagamenti-dovuti-multa: the step lists; templates-step-lists.json:
// disservizio-step-1 and tab-area-personale-1).
// Drift: the kit writes "Dati Generali" (permessi, graduatoria, servizi a pagamento, vantaggi) and
// "Dati generali" (pagamenti dovuti): Piazza keeps "Dati generali" (Italian sentence case).
// The kit's segnalazione writes the first step "Autorizzazioni e condizioni" on steps 1 and 3 and
// "Informativa sulla privacy" on step 2: Piazza keeps "Autorizzazioni e condizioni".
// "Pagamento" is the title of the kit's payment page (permessi, servizi a pagamento, multa), which
// the kit's step lists do not name: Piazza shows it as a step of its own where the flow pays.
import { deepFreeze } from './freeze.js';

/** The steps of a flow, by the name the flow uses for them, with the label the stepper shows. */
export const FLOW_STEP_LABELS = deepFreeze({
  privacy: 'Informativa sulla privacy',
  personal: 'Dati generali',
  specific: 'Preferenze di servizio',
  specificDue: 'Dati specifici del servizio',
  payment: 'Pagamento',
  recap: 'Riepilogo',
  conditions: 'Autorizzazioni e condizioni',
  report: 'Dati di segnalazione',
} as const);

/**
 * The stepper of each flow type (by the slug of `TIPI_FLUSSO`) and of the segnalazione
 * disservizio, as the template kit lists it ("Pagamento" added where the flow pays).
 */
export const FLOW_STEPS = deepFreeze({
  'permessi-e-autorizzazioni': [
    'Informativa sulla privacy',
    'Dati generali',
    'Preferenze di servizio',
    'Pagamento',
    'Riepilogo',
  ],
  'domande-con-graduatoria': [
    'Informativa sulla privacy',
    'Dati generali',
    'Preferenze di servizio',
    'Riepilogo',
  ],
  'servizi-a-pagamento': [
    'Informativa sulla privacy',
    'Dati generali',
    'Preferenze di servizio',
    'Pagamento',
    'Riepilogo',
  ],
  'vantaggi-economici': ['Informativa sulla privacy', 'Dati generali', 'Riepilogo'],
  'pagamenti-dovuti': [
    'Informativa sulla privacy',
    'Dati generali',
    'Dati specifici del servizio',
    'Pagamento',
    'Riepilogo',
  ],
  'segnalazione-disservizio': ['Autorizzazioni e condizioni', 'Dati di segnalazione', 'Riepilogo'],
} as const);

/** The tabs of the area personale, in order. */
export const AREA_PERSONALE_TABS = deepFreeze([
  'Scrivania',
  'Messaggi',
  'Attività',
  'Servizi',
] as const);

export type FlowStepKey = keyof typeof FLOW_STEPS;
