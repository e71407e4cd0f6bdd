// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/service-page-structure.json. Copied verbatim (data only); do not edit by hand.

/** Labels of the page index (ul[data-element="page-index"] > li > a), in the required order. */
export const SERVICE_INDEX_ITEMS: readonly string[] = [
  'A chi è rivolto',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Accedi al servizio',
  'Condizioni di servizio',
  'Contatti',
];

/** An index item counts only if one of these data-elements has content (text ≥ 3 chars) … */
export const SERVICE_INDEX_PARAGRAPH: readonly { key: string; dataElement: string }[] = [
  {
    key: 'A chi è rivolto',
    dataElement: 'service-addressed',
  },
  {
    key: 'Come fare',
    dataElement: 'service-how-to',
  },
  {
    key: 'Cosa serve',
    dataElement: 'service-needed',
  },
  {
    key: 'Cosa si ottiene',
    dataElement: 'service-achieved',
  },
  {
    key: 'Tempi e scadenze',
    dataElement: 'service-calendar-text',
  },
];
/** … or exists. */
export const SERVICE_INDEX_EXIST: readonly { key: string; dataElement: string }[] = [
  {
    key: 'Tempi e scadenze',
    dataElement: 'service-calendar-list',
  },
  {
    key: 'Accedi al servizio',
    dataElement: 'service-generic-access',
  },
  {
    key: 'Accedi al servizio',
    dataElement: 'service-booking-access',
  },
  {
    key: 'Accedi al servizio',
    dataElement: 'service-online-access',
  },
  {
    key: 'Condizioni di servizio',
    dataElement: 'service-file',
  },
  {
    key: 'Contatti',
    dataElement: 'service-area',
  },
];

export const MIN_NUMBER_OF_SERVICES = 10;
