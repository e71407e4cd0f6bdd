import type { Finding, Message, Outcome, PageKind } from './types.js';

export interface CriterionInfo {
  id: string;
  title: Message;
  /** "markup": decided by the HTML (jsdom or browser); "browser": needs a real browser. */
  mode: 'markup' | 'browser';
}

/** Every criterion this package checks, in report order. */
export const CRITERIA: readonly CriterionInfo[] = [
  {
    id: 'C.SI.1.1',
    mode: 'browser',
    title: { it: 'Coerenza dell’utilizzo dei font', en: 'Consistent use of fonts' },
  },
  {
    id: 'C.SI.1.2',
    mode: 'markup',
    title: { it: 'Libreria Bootstrap Italia', en: 'Bootstrap Italia library' },
  },
  {
    id: 'C.SI.1.3',
    mode: 'markup',
    title: { it: 'Schede informative di servizio', en: 'Service pages structure' },
  },
  {
    id: 'C.SI.1.5',
    mode: 'markup',
    title: { it: 'Vocabolari controllati (argomenti)', en: 'Controlled vocabularies (topics)' },
  },
  {
    id: 'C.SI.1.6',
    mode: 'markup',
    title: { it: 'Voci di menù di primo livello', en: 'First-level menu items' },
  },
  {
    id: 'C.SI.1.7',
    mode: 'markup',
    title: { it: 'Titoli delle pagine di secondo livello', en: 'Second-level page titles' },
  },
  {
    id: 'C.SI.2.1',
    mode: 'markup',
    title: { it: 'Prenotazione appuntamenti', en: 'Appointment booking' },
  },
  {
    id: 'C.SI.2.2',
    mode: 'markup',
    title: { it: 'Contatti dell’ufficio preposto', en: 'Contacts of the responsible office' },
  },
  {
    id: 'C.SI.2.3',
    mode: 'markup',
    title: { it: 'Domande frequenti (FAQ)', en: 'Frequently asked questions (FAQ)' },
  },
  {
    id: 'C.SI.2.4',
    mode: 'markup',
    title: { it: 'Segnalazione disservizio', en: 'Inefficiency report' },
  },
  {
    id: 'C.SI.2.5',
    mode: 'markup',
    title: {
      it: 'Valutazione della chiarezza delle pagine informative',
      en: 'Rating of information pages',
    },
  },
  {
    id: 'C.SI.2.6',
    mode: 'markup',
    title: {
      it: 'Valutazione della chiarezza delle schede di servizio',
      en: 'Rating of service pages',
    },
  },
  { id: 'C.SI.3.1', mode: 'browser', title: { it: 'Cookie', en: 'Cookies' } },
  {
    id: 'C.SI.3.2',
    mode: 'markup',
    title: { it: 'Dichiarazione di accessibilità', en: 'Accessibility statement' },
  },
  { id: 'C.SI.3.3', mode: 'markup', title: { it: 'Informativa privacy', en: 'Privacy notice' } },
  {
    id: 'C.SI.3.4',
    mode: 'markup',
    title: { it: 'Licenza e attribuzione', en: 'Licence and attribution' },
  },
  {
    id: 'R.SI.1.1',
    mode: 'markup',
    title: { it: 'Metatag delle schede di servizio', en: 'Service page metatags' },
  },
];

export const CRITERION_IDS: readonly string[] = CRITERIA.map((c) => c.id);

/** Kinds of page on which a criterion is always evaluated. Criteria not listed apply to every page. */
const APPLIES_TO: Partial<Record<string, readonly PageKind[]>> = {
  'C.SI.1.3': ['service'],
  'C.SI.1.5': ['home', 'topics'],
  'C.SI.1.7': ['first-level', 'services-list'],
  'C.SI.2.1': ['service', 'services-list'],
  'C.SI.2.2': ['service'],
  // The validator audits the rating on first- and second-level pages (first_level_pages gatherer:
  // the four menu items and every custom-submenu; second_level_pages), not on the home page.
  'C.SI.2.5': ['first-level', 'second-level', 'services-list'],
  'C.SI.2.6': ['service'],
  'R.SI.1.1': ['service'],
};

export function appliesTo(criterion: string, kind: PageKind): boolean {
  const kinds = APPLIES_TO[criterion];
  return kinds === undefined || kinds.includes(kind);
}

const RANK: Record<Outcome, number> = { pass: 0, tolerance: 1, fail: 2 };

export function worst(a: Outcome, b: Outcome): Outcome {
  return RANK[a] >= RANK[b] ? a : b;
}

export function worstOf(outcomes: Iterable<Outcome>): Outcome {
  let w: Outcome = 'pass';
  for (const o of outcomes) w = worst(w, o);
  return w;
}

export function finding(
  criterion: string,
  outcome: Outcome,
  it: string,
  en: string,
  elements?: string[],
): Finding {
  return elements && elements.length
    ? { criterion, outcome, message: { it, en }, elements }
    : { criterion, outcome, message: { it, en } };
}

/** Joins several partial results of one criterion into one finding (worst outcome, all messages). */
export function merge(
  criterion: string,
  parts: Finding[],
  passIt: string,
  passEn: string,
): Finding {
  const bad = parts.filter((p) => p.outcome !== 'pass');
  if (!bad.length) return finding(criterion, 'pass', passIt, passEn);
  const elements = bad.flatMap((p) => p.elements ?? []);
  return finding(
    criterion,
    worstOf(bad.map((p) => p.outcome)),
    bad.map((p) => p.message.it).join(' '),
    bad.map((p) => p.message.en).join(' '),
    elements,
  );
}
