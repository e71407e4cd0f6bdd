// Piazza's checks of the screens an online request shows after the first one (CSE.1.2, CSE.1.6,
// CSE.1.7 at the end, CSE.1.10). `piazza-check --flows` reaches them by driving each flow in
// Chromium (flows.ts) and judges a snapshot of each screen with these functions; the same
// functions judge a static page (checkFlowScreenHtml), so that every failure has a fixture.
import { finding } from '../criteria.js';
import { snippet, snippets, text } from '../dom.js';
import type { Finding } from '../types.js';

/** A button or link that saves the request as a draft (CSE.1.6). */
export const SAVE_DRAFT = /\b(salva|bozza|save|draft)/i;
/** The title of a confirmation screen. */
const CONFIRMATION_TITLE =
  /richiesta (inviata|ricevuta|presentata)|domanda (inviata|ricevuta|presentata)|segnalazione (inviata|ricevuta)|request (sent|received|submitted)|grazie/i;
/** A label naming the request code. */
const CODE_LABEL =
  /codice( della| di)? (richiesta|pratica|domanda|segnalazione)|numero (di )?(protocollo|pratica)|protocollo|request (code|number)|reference/i;
/** A code-like token: letters and digits with at least one digit, 6+ characters. */
const CODE_TOKEN = /\b(?=[A-Z0-9/-]*\d)[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+\b|\b[A-Z]{2,}\d{4,}\b/;
const TAKEN_LABEL =
  /presa in carico|pres[ao] in carico|ricevut[ao] il|inviat[ao] il|taken in charge|received on/i;
const OUTCOME_LABEL = /esito|entro|risposta|conclusione|outcome|answer|by\b/i;

const MONTHS: Record<string, number> = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const DATE = new RegExp(
  `\\b(\\d{1,2}) (${Object.keys(MONTHS).join('|')}) (\\d{4})\\b|\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'gi',
);

/** A calendar date found in a text, with the words just before it. */
export interface FoundDate {
  /** Days since 1970-01-01 of the calendar date (no time zone: the date as written). */
  day: number;
  written: string;
  before: string;
}

/** Every calendar date written in the text ("5 dicembre 2026", "05/12/2026", "2026-12-05"). */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of s.matchAll(DATE)) {
    let y: number, mo: number, d: number;
    if (m[1]) [d, mo, y] = [Number(m[1]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[3])];
    else if (m[4]) [d, mo, y] = [Number(m[4]), Number(m[5]), Number(m[6])];
    else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (!mo || back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) continue;
    out.push({
      day: Math.round(t / 86400000),
      written: m[0],
      before: s.slice(Math.max(0, (m.index ?? 0) - 60), m.index).toLowerCase(),
    });
  }
  return out;
}

/** Calendar day (days since 1970-01-01) of an instant as a clock in Rome shows it. */
export function romeDay(at: Date): number {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return Math.round(Date.parse(`${p}T00:00:00Z`) / 86400000);
}

/** The element holding the stepper and the current screen of a flow (its root). */
export function flowRoot(doc: Document): Element {
  const marked = doc.querySelector('[data-piazza-check="flow"]');
  if (marked) return marked;
  const current = doc.querySelector('[aria-current="step"]');
  const stepper = current?.closest('nav,.steppers') ?? current?.closest('ul,ol');
  return (
    stepper?.parentElement ??
    doc.querySelector('.piazza-service-flow,[data-step]') ??
    doc.querySelector('main') ??
    doc.body
  );
}

/** Text of an element as a reader gets it: block boundaries become spaces. */
function readable(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'template') return;
      parts.push(' ');
      n.childNodes.forEach(walk);
      parts.push(' ');
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** CSE.1.6: a "Salva richiesta" (save draft) control in the flow, on this screen. */
export function saveDraftControl(doc: Document): Element | null {
  const root = flowRoot(doc);
  return (
    Array.from(root.querySelectorAll('button,a[href],input[type="submit"],input[type="button"]'))
      .filter((el) => !el.closest('[data-element="feedback"],[aria-current="step"]'))
      .find((el) =>
        SAVE_DRAFT.test(
          `${text(el)} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('value') ?? ''}`,
        ),
      ) ?? null
  );
}

/** CSE.1.6 on the given steps (label and whether the screen had the control). */
export function saveDraftFinding(steps: readonly { label: string; control: boolean }[]): Finding {
  const without = steps.filter((s) => !s.control);
  if (!steps.length) {
    return finding(
      'CSE.1.6',
      'fail',
      'Nessun passo del flusso raggiunto dopo l’accesso: il salvataggio della bozza non si può verificare.',
      'No step of the flow reached after the sign-in: saving a draft cannot be checked.',
    );
  }
  if (without.length) {
    const names = without.map((s) => `«${s.label}»`).join(', ');
    return finding(
      'CSE.1.6',
      'fail',
      `Nessun controllo per salvare la bozza («Salva richiesta») nei passi ${names}.`,
      `No control to save the draft («Salva richiesta») in the steps ${names}.`,
    );
  }
  return finding(
    'CSE.1.6',
    'pass',
    `«Salva richiesta» presente in ${steps.length === 1 ? 'questo passo' : `tutti i ${steps.length} passi`}.`,
    `«Salva richiesta» present in ${steps.length === 1 ? 'this step' : `all ${steps.length} steps`}.`,
  );
}

/** The confirmation: the marked element, or the section of its title, or the flow's root. */
export function confirmationElement(doc: Document): Element | null {
  const marked = doc.querySelector('[data-piazza-check="confirmation"]');
  if (marked) return marked;
  const root = flowRoot(doc);
  const title = Array.from(root.querySelectorAll('h1,h2,h3,h4')).find((h) =>
    CONFIRMATION_TITLE.test(text(h)),
  );
  return title ? (title.closest('section,article,[role="region"]') ?? title.parentElement) : null;
}

/** CSE.1.2: the confirmation shows the request code. */
function codeFinding(el: Element): Finding {
  let code: string | undefined;
  for (const dt of Array.from(el.querySelectorAll('dt,th,strong,b,label,span'))) {
    if (!CODE_LABEL.test(text(dt))) continue;
    const value =
      dt.tagName === 'DT'
        ? dt.nextElementSibling
        : dt.tagName === 'TH'
          ? dt.nextElementSibling
          : null;
    const v = value ? text(value) : text(dt.parentElement).replace(text(dt), '');
    const m = /[A-Za-z0-9][A-Za-z0-9/-]{3,}/.exec(v);
    if (m && /\d/.test(m[0])) {
      code = m[0];
      break;
    }
  }
  code ??= CODE_TOKEN.exec(readable(el))?.[0];
  return code
    ? finding(
        'CSE.1.2',
        'pass',
        `La conferma mostra il codice della richiesta (${code}).`,
        `The confirmation shows the request code (${code}).`,
      )
    : finding(
        'CSE.1.2',
        'fail',
        'La conferma non mostra un codice della richiesta (per seguirne lo stato).',
        'The confirmation shows no request code (to follow its status).',
        [snippet(el, 300)],
      );
}

/** CSE.1.10: the date taken in charge and the latest date for an answer, consistent. */
function datesFinding(el: Element, o: FlowScreenOptions): Finding {
  const dates = findDates(readable(el));
  if (dates.length < 2) {
    return finding(
      'CSE.1.10',
      'fail',
      dates.length
        ? `La conferma mostra una sola data (${dates[0]?.written ?? ''}): servono la data di presa in carico e la data massima per la risposta.`
        : 'La conferma non mostra né la data di presa in carico né la data massima per la risposta.',
      dates.length
        ? `The confirmation shows one date only (${dates[0]?.written ?? ''}): it needs the date taken in charge and the latest date for an answer.`
        : 'The confirmation shows neither the date taken in charge nor the latest date for an answer.',
      [snippet(el, 300)],
    );
  }
  const taken = dates.find((d) => TAKEN_LABEL.test(d.before)) ?? dates[0]!;
  const latest =
    dates.find((d) => d !== taken && OUTCOME_LABEL.test(d.before.slice(-30))) ??
    dates.find((d) => d !== taken)!;
  const span = latest.day - taken.day;
  const fail = (it: string, en: string): Finding =>
    finding('CSE.1.10', 'fail', it, en, [snippet(el, 300)]);
  if (o.now) {
    const today = romeDay(o.now);
    if (Math.abs(taken.day - today) > 1)
      return fail(
        `La data di presa in carico (${taken.written}) non è quella dell’invio.`,
        `The date taken in charge (${taken.written}) is not the day the request was sent.`,
      );
  }
  if (span < 0)
    return fail(
      `La data massima per la risposta (${latest.written}) precede la presa in carico (${taken.written}).`,
      `The latest date for an answer (${latest.written}) comes before the date taken in charge (${taken.written}).`,
    );
  if (span === 0)
    return fail(
      `Le due date coincidono (${taken.written}): manca la data massima per la risposta.`,
      `Both dates are the same (${taken.written}): the latest date for an answer is missing.`,
    );
  if (o.maxDays !== undefined && span > o.maxDays)
    return fail(
      `La data massima per la risposta (${latest.written}) è ${span} giorni dopo la presa in carico, oltre il tempo massimo della scheda (${o.maxDays} giorni).`,
      `The latest date for an answer (${latest.written}) is ${span} days after the date taken in charge, beyond the service card's maximum time (${o.maxDays} days).`,
    );
  const max =
    o.maxDays === undefined
      ? ' (la scheda non indica il tempo massimo: nessun confronto)'
      : ` (scheda: ${o.maxDays})`;
  const maxEn =
    o.maxDays === undefined
      ? ' (the service card states no maximum time: not compared)'
      : ` (service card: ${o.maxDays})`;
  return finding(
    'CSE.1.10',
    'pass',
    `Presa in carico il ${taken.written}, risposta entro il ${latest.written}: ${span} giorni${max}.`,
    `Taken in charge on ${taken.written}, answer by ${latest.written}: ${span} days${maxEn}.`,
  );
}

const precedes = (a: Node, b: Node): boolean => !!(a.compareDocumentPosition(b) & 4);

/** CSE.1.7 at the end: the rating follows the confirmation, or the confirmation links to it. */
function ratingAfterFinding(doc: Document, el: Element): Finding {
  const rating = doc.querySelector('[data-element="feedback"]');
  const link = Array.from(el.querySelectorAll('a[href^="#"]')).find((a) => {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    const target = id ? doc.getElementById(id) : null;
    return !!(target && rating && (target === rating || target.contains(rating)));
  });
  if (!rating) {
    return finding(
      'CSE.1.7',
      'fail',
      'Dopo la conferma non c’è una valutazione ([data-element="feedback"]).',
      'After the confirmation there is no rating ([data-element="feedback"]).',
    );
  }
  if (link) {
    return finding(
      'CSE.1.7',
      'pass',
      `La conferma propone la valutazione («${text(link)}»).`,
      `The confirmation suggests the rating («${text(link)}»).`,
    );
  }
  if (!el.contains(rating) && !precedes(el, rating)) {
    return finding(
      'CSE.1.7',
      'fail',
      'La valutazione precede la conferma invece di seguirla (e la conferma non vi rimanda).',
      'The rating comes before the confirmation instead of after it (and the confirmation does not link to it).',
      [snippet(rating)],
    );
  }
  return finding(
    'CSE.1.7',
    'pass',
    'La valutazione segue la conferma.',
    'The rating follows the confirmation.',
  );
}

export interface FlowScreenOptions {
  /** The scheda's maximum time in days: the latest date may not be later than this. */
  maxDays?: number;
  /** When the request was sent: the date taken in charge must be that day (±1). */
  now?: Date;
  /** Only these criteria. */
  criteria?: readonly string[];
}

/** CSE.1.2, CSE.1.10 and CSE.1.7 (after it) of a confirmation screen. */
export function checkConfirmationDocument(doc: Document, o: FlowScreenOptions = {}): Finding[] {
  const el = confirmationElement(doc);
  const want = (c: string): boolean => !o.criteria || o.criteria.includes(c);
  const out: Finding[] = [];
  if (!el) {
    const root = flowRoot(doc);
    const none = (c: string): Finding =>
      finding(
        c,
        'fail',
        'Nessuna conferma dopo l’invio («Richiesta inviata»).',
        'No confirmation after sending («Richiesta inviata»).',
        [snippet(root, 300)],
      );
    for (const c of ['CSE.1.2', 'CSE.1.10', 'CSE.1.7']) if (want(c)) out.push(none(c));
    return out;
  }
  if (want('CSE.1.2')) out.push(codeFinding(el));
  if (want('CSE.1.10')) out.push(datesFinding(el, o));
  if (want('CSE.1.7')) out.push(ratingAfterFinding(doc, el));
  return out;
}

/** CSE.1.6 of one step screen (after the sign-in). */
export function checkStepDocument(doc: Document, o: FlowScreenOptions = {}): Finding[] {
  if (o.criteria && !o.criteria.includes('CSE.1.6')) return [];
  const current = doc.querySelector('[aria-current="step"]');
  const label = current ? text(current) : '?';
  const f = saveDraftFinding([{ label, control: !!saveDraftControl(doc) }]);
  return f.outcome === 'fail' ? [{ ...f, elements: snippets([flowRoot(doc)], 1) }] : [f];
}
