// Piazza's own checks of the digital-service criteria (CSE.*) that the markup of an online
// request page can show. The official validator checks no CSE criterion: these are reported
// apart ("controlli aggiuntivi Piazza") and never change the verdict on the C.SI.* criteria.
// Static: they read the server-rendered HTML of the page the service card's "Accedi al servizio"
// link ([data-element="service-online-access"]) leads to, i.e. the first screen of the flow.
import { finding } from '../criteria.js';
import type { CriterionInfo } from '../criteria.js';
import { snippet, snippets, text } from '../dom.js';
import type { Finding } from '../types.js';

/** The CSE rows piazza-check reports, in report order. */
export const SERVICE_CRITERIA: readonly CriterionInfo[] = [
  {
    id: 'CSE.1.1',
    mode: 'markup',
    title: {
      it: 'Accesso con SPID/CIE subito dopo la scheda',
      en: 'SPID/CIE sign-in right after the service card',
    },
  },
  {
    id: 'CSE.1.2',
    mode: 'browser',
    title: {
      it: 'Conferma con il codice della richiesta',
      en: 'Confirmation with the request code',
    },
  },
  {
    id: 'CSE.1.4',
    mode: 'markup',
    title: { it: 'Riepilogo prima della conferma', en: 'Recap before confirmation' },
  },
  {
    id: 'CSE.1.6',
    mode: 'browser',
    title: { it: 'Bozza salvabile a ogni passo', en: 'Draft can be saved at every step' },
  },
  {
    id: 'CSE.1.7',
    mode: 'markup',
    title: { it: 'Valutazione alla fine del flusso', en: 'Rating at the end of the flow' },
  },
  {
    id: 'CSE.1.8',
    mode: 'markup',
    title: { it: 'Passi visibili e navigabili', en: 'Steps shown and navigable back' },
  },
  {
    id: 'CSE.1.10',
    mode: 'browser',
    title: {
      it: 'Data di presa in carico e data massima',
      en: 'Date taken in charge and latest date',
    },
  },
];

/** The rows judged on the first screen of a request page, as the server sends it. */
export const REQUEST_PAGE_CRITERION_IDS: readonly string[] = [
  'CSE.1.1',
  'CSE.1.4',
  'CSE.1.7',
  'CSE.1.8',
];

export const SERVICE_CRITERION_IDS: readonly string[] = SERVICE_CRITERIA.map((c) => c.id);

/** Fields a citizen types into (not hidden inputs, not buttons). */
const FIELD =
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]),select,textarea';
/** Parts of the page that are not the flow: header, footer, rating, search. */
const OUTSIDE_FLOW = 'header,footer,[data-element="feedback"],[role="search"],dialog';

const precedes = (a: Node, b: Node): boolean =>
  !!(a.compareDocumentPosition(b) & 4); /* Node.DOCUMENT_POSITION_FOLLOWING */

/** The stepper: the list holding the `aria-current="step"` item (Bootstrap Italia "steppers"). */
function findStepper(doc: Document): {
  root: Element | null;
  items: Element[];
  current: Element[];
} {
  const current = Array.from(doc.querySelectorAll('[aria-current="step"]'));
  const list =
    current[0]?.closest('ul,ol') ?? doc.querySelector('.steppers-header ul, .steppers-header ol');
  const root = list?.closest('nav,.steppers') ?? list ?? null;
  const items = list ? Array.from(list.children).filter((c) => c.matches('li')) : [];
  return { root, items, current };
}

/** CSE.1.8: one current step, every earlier step reachable (a button or a link). */
function stepsFinding(s: ReturnType<typeof findStepper>): Finding {
  if (!s.root || s.items.length < 2) {
    return finding(
      'CSE.1.8',
      'fail',
      'Nessun elenco dei passi (stepper) nella pagina della richiesta.',
      'No list of steps (stepper) on the request page.',
    );
  }
  const inList = s.current.filter((c) => s.items.includes(c));
  if (inList.length !== 1) {
    return finding(
      'CSE.1.8',
      'fail',
      inList.length
        ? `${inList.length} passi marcati come correnti (aria-current="step"): deve essercene uno.`
        : 'Nessun passo marcato come corrente (aria-current="step").',
      inList.length
        ? `${inList.length} steps marked current (aria-current="step"): there must be one.`
        : 'No step marked current (aria-current="step").',
      [snippet(s.root)],
    );
  }
  const at = s.items.indexOf(inList[0] as Element);
  const stuck = s.items.slice(0, at).filter((li) => !li.querySelector('button,a[href]'));
  if (stuck.length) {
    return finding(
      'CSE.1.8',
      'fail',
      `${stuck.length} passi precedenti a quello corrente non si possono riaprire (nessun pulsante o link).`,
      `${stuck.length} steps before the current one cannot be reopened (no button or link).`,
      snippets(stuck),
    );
  }
  return finding(
    'CSE.1.8',
    'pass',
    `Stepper con ${s.items.length} passi, passo corrente ${at + 1}${at ? ', i precedenti riapribili' : ''}.`,
    `Stepper with ${s.items.length} steps, current step ${at + 1}${at ? ', the earlier ones reopenable' : ''}.`,
  );
}

/** CSE.1.8 of any screen of a flow (the stepper as it is now). */
export function stepperFinding(doc: Document): Finding {
  return stepsFinding(findStepper(doc));
}

/** The visible label of a step (without the "Passo n" number). */
function stepLabel(li: Element): string {
  const copy = li.cloneNode(true) as Element;
  for (const n of Array.from(copy.querySelectorAll('.steppers-number,.visually-hidden')))
    n.remove();
  return text(copy) || text(li);
}

/** CSE.1.4: the last step of the stepper is the recap. */
function recapFinding(s: ReturnType<typeof findStepper>): Finding {
  const last = s.items.at(-1);
  if (!last) {
    return finding(
      'CSE.1.4',
      'fail',
      'Nessuno stepper: non si vede un passo di riepilogo prima della conferma.',
      'No stepper: no recap step can be seen before the confirmation.',
    );
  }
  const label = stepLabel(last);
  return /riepilogo|\brecap\b|\bsummary\b/i.test(label)
    ? finding(
        'CSE.1.4',
        'pass',
        `L'ultimo passo prima dell'invio è «${label}».`,
        `The last step before sending is «${label}».`,
      )
    : finding(
        'CSE.1.4',
        'fail',
        `L'ultimo passo dello stepper non è il riepilogo («${label}»).`,
        `The stepper's last step is not the recap («${label}»).`,
        [snippet(last)],
      );
}

/** CSE.1.1: the first screen of the flow is the SPID/CIE sign-in, before any field to fill. */
function accessFinding(doc: Document): Finding {
  const main = doc.querySelector('main') ?? doc.body;
  const inFlow = (el: Element): boolean => !el.closest(OUTSIDE_FLOW);
  const controls = Array.from(main.querySelectorAll('a[href],button')).filter(inFlow);
  const spid = controls.find((el) => /\bSPID\b/.test(text(el)));
  const cie = controls.find((el) => /\bCIE\b/.test(text(el)));
  if (!spid && !cie) {
    return finding(
      'CSE.1.1',
      'fail',
      'La pagina della richiesta non inizia con l’accesso: nessun pulsante o link «SPID» o «CIE».',
      'The request page does not start with the sign-in: no «SPID» or «CIE» button or link.',
    );
  }
  const first = spid && cie ? (precedes(spid, cie) ? spid : cie) : (spid ?? cie)!;
  const before = Array.from(main.querySelectorAll(FIELD))
    .filter(inFlow)
    .filter((f) => precedes(f, first));
  if (before.length) {
    return finding(
      'CSE.1.1',
      'fail',
      `${before.length} campi da compilare precedono l’accesso con SPID/CIE.`,
      `${before.length} fields to fill come before the SPID/CIE sign-in.`,
      snippets(before),
    );
  }
  if (!spid || !cie) {
    return finding(
      'CSE.1.1',
      'tolerance',
      `Il primo passo è l’accesso, ma solo con ${spid ? 'SPID' : 'CIE'}.`,
      `The first step is the sign-in, but only with ${spid ? 'SPID' : 'CIE'}.`,
    );
  }
  return finding(
    'CSE.1.1',
    'pass',
    'Il primo passo della richiesta è l’accesso con SPID e CIE.',
    'The first step of the request is the SPID and CIE sign-in.',
  );
}

/** CSE.1.7: the page's rating widget comes after the flow, where the confirmation ends. */
function ratingFinding(doc: Document, s: ReturnType<typeof findStepper>): Finding {
  const rating = doc.querySelector('[data-element="feedback"]');
  if (!rating) {
    return finding(
      'CSE.1.7',
      'fail',
      'Nessuna valutazione ([data-element="feedback"]) nella pagina della richiesta.',
      'No rating ([data-element="feedback"]) on the request page.',
    );
  }
  if (s.root && !precedes(s.root, rating)) {
    return finding(
      'CSE.1.7',
      'fail',
      'La valutazione precede il flusso della richiesta invece di seguirlo.',
      'The rating comes before the request flow instead of after it.',
      [snippet(rating)],
    );
  }
  return finding(
    'CSE.1.7',
    'pass',
    'La valutazione della pagina segue il flusso della richiesta.',
    'The page rating follows the request flow.',
  );
}

/**
 * The CSE findings of an online request page, from its server-rendered markup.
 * `criteria` limits them to those ids.
 */
export function checkRequestDocument(doc: Document, criteria?: readonly string[]): Finding[] {
  const s = findStepper(doc);
  const all: [string, () => Finding][] = [
    ['CSE.1.1', () => accessFinding(doc)],
    ['CSE.1.4', () => recapFinding(s)],
    ['CSE.1.7', () => ratingFinding(doc, s)],
    ['CSE.1.8', () => stepsFinding(s)],
  ];
  return all.filter(([id]) => !criteria || criteria.includes(id)).map(([, f]) => f());
}
