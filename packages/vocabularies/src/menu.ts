// First- and second-level navigation (criteria C.SI.1.6, C.SI.1.7).
// Sources: see src/data/menu.ts; SECOND_LEVEL_TITLES: checker/second-level-titles.json,
// italia/pa-website-validator-ng v1.1.38 (commit bb31fe9), copied as is (lowercase).
import { MENU } from './data/menu.js';
import { deepFreeze } from './freeze.js';
import { checkerKey } from './slug.js';

export { MENU };

/** Label of a first-level menu item. */
export type VoceMenu = (typeof MENU)[number]['label'];
/** `data-element` of a first-level menu item. */
export type MenuDataElement = (typeof MENU)[number]['dataElement'];

/** The checker's accepted second-level titles per first-level item (lowercase, compared lowercased). */
export const SECOND_LEVEL_TITLES = deepFreeze({
  management: [
    'aree amministrative',
    'documenti e dati',
    'enti e fondazioni',
    'organi di governo',
    'personale amministrativo',
    'politici',
    'uffici',
  ],
  news: ['avvisi', 'comunicati', 'notizie'],
  'all-services': [
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
  live: ['luoghi', 'eventi'],
} as const satisfies Readonly<Record<MenuDataElement, readonly string[]>>);

/** True when `text` is a first-level label the checker accepts for the item (e.g. "Vivere Roma" for `live`). */
export function isMenuLabel(item: MenuDataElement, text: string): boolean {
  const entry = MENU.find((m) => m.dataElement === item);
  return entry !== undefined && new RegExp(entry.pattern, 'i').test(text.trim());
}

/** True when `text` is an accepted second-level title under the first-level item (lowercased, as the checker). */
export function isSecondLevelTitle(item: MenuDataElement, text: string): boolean {
  return (SECOND_LEVEL_TITLES[item] as readonly string[]).includes(checkerKey(text));
}
