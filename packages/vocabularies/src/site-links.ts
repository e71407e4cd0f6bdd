// Labels and data-elements of the header and footer links the checker reads.
// Sources: checker/data-elements.json and checker/link-label-requirements.json (label rules),
// italia/pa-website-validator-ng v1.1.38 (commit bb31fe9). Labels: the project's footer/header wording
// (Piazza issue for @piazza/vocabularies); each satisfies the checker's rule: "faq" contains "FAQ"; "report-inefficiency" lowercased is exactly
// "segnalazione disservizio"; the footer text must contain "Piano di miglioramento del sito" when the
// home page scores below 50 in Lighthouse (C.SI.4.1; no data-element).
import { deepFreeze } from './freeze.js';
import type { DataElement } from './data-elements.js';

export interface SiteLink {
  readonly label: string;
  readonly slug: string;
  readonly dataElement: DataElement | null;
  /** Where the link must sit. */
  readonly placement: 'header' | 'footer';
  /** Criterion of the checker it serves. */
  readonly criterion: string;
}

export const SITE_LINKS = deepFreeze({
  faq: {
    label: 'Leggi le FAQ',
    slug: 'leggi-le-faq',
    dataElement: 'faq',
    placement: 'footer',
    criterion: 'C.SI.2.3',
  },
  reportInefficiency: {
    label: 'Segnalazione disservizio',
    slug: 'segnalazione-disservizio',
    dataElement: 'report-inefficiency',
    placement: 'footer',
    criterion: 'C.SI.2.4',
  },
  privacyPolicy: {
    label: 'Informativa privacy',
    slug: 'informativa-privacy',
    dataElement: 'privacy-policy-link',
    placement: 'footer',
    criterion: 'C.SI.3.3',
  },
  legalNotes: {
    label: 'Note legali',
    slug: 'note-legali',
    dataElement: 'legal-notes',
    placement: 'footer',
    criterion: 'C.SI.3.4',
  },
  accessibility: {
    label: 'Dichiarazione di accessibilità',
    slug: 'dichiarazione-di-accessibilita',
    dataElement: 'accessibility-link',
    placement: 'footer',
    criterion: 'C.SI.3.2',
  },
  improvementPlan: {
    label: 'Piano di miglioramento del sito',
    slug: 'piano-di-miglioramento-del-sito',
    dataElement: null,
    placement: 'footer',
    criterion: 'C.SI.4.1',
  },
  personalAreaLogin: {
    label: "Accedi all'area personale",
    slug: 'accedi-all-area-personale',
    dataElement: 'personal-area-login',
    placement: 'header',
    criterion: 'crawl',
  },
  allTopics: {
    label: 'Tutti gli argomenti',
    slug: 'tutti-gli-argomenti',
    dataElement: 'all-topics',
    placement: 'header',
    criterion: 'C.SI.1.5',
  },
} as const satisfies Readonly<Record<string, SiteLink>>);

/** Key of SITE_LINKS. */
export type SiteLinkKey = keyof typeof SITE_LINKS;
