// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/menu-items.json and second-level-titles.json. Copied verbatim (data only); do not edit by hand.

export interface PrimaryMenuItem {
  key: string;
  name: string;
  dataElement: string;
  /** Source of the case-insensitive regular expression matched on the trimmed text. */
  regExp: string;
  flags: string;
  /** data-element of the second-level links found on this first-level page. */
  secondary: readonly string[];
  /** Allowed second-level titles, lowercase. */
  dictionary: readonly string[];
}

/** Order = required order of the first-level menu. */
export const PRIMARY_MENU_ITEMS: readonly PrimaryMenuItem[] = [
  {
    key: 'management',
    name: 'Amministrazione',
    dataElement: 'management',
    regExp: '^Amministrazione$',
    flags: 'i',
    secondary: ['management-category-link'],
    dictionary: [
      'aree amministrative',
      'documenti e dati',
      'enti e fondazioni',
      'organi di governo',
      'personale amministrativo',
      'politici',
      'uffici',
    ],
  },
  {
    key: 'news',
    name: 'Novità',
    dataElement: 'news',
    regExp: '^Novità$',
    flags: 'i',
    secondary: ['news-category-link'],
    dictionary: ['avvisi', 'comunicati', 'notizie'],
  },
  {
    key: 'services',
    name: 'Servizi',
    dataElement: 'all-services',
    regExp: '^Servizi$',
    flags: 'i',
    secondary: ['service-category-link'],
    dictionary: [
      'educazione e formazione',
      'salute, benessere e assistenza',
      'vita lavorativa',
      'mobilità e trasporti',
      'catasto e urbanistica',
      'anagrafe e stato civile',
      'turismo',
      'giustizia e sicurezza pubblica',
      'tributi, finanze e contravvenzioni',
      'cultura e tempo libero',
      'ambiente',
      'imprese e commercio',
      'autorizzazioni',
      'appalti pubblici',
      'agricoltura e pesca',
      'agricoltura, caccia e pesca',
    ],
  },
  {
    key: 'live',
    name: 'Vivere [nome del Comune]',
    dataElement: 'live',
    regExp: '^Vivere ',
    flags: 'i',
    secondary: ['live-button-locations', 'live-button-events'],
    dictionary: ['luoghi', 'eventi'],
  },
];

export const CUSTOM_MENU_DATA_ELEMENT = 'custom-submenu';
export const CUSTOM_CATEGORY_DATA_ELEMENT = 'custom-category-link';
