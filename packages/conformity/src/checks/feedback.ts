import { FEEDBACK } from '../data/feedback.js';
import { finding } from '../criteria.js';
import { byDataElement, snippet, text } from '../dom.js';
import type { Finding, Outcome } from '../types.js';
import type { CheckContext } from './context.js';

interface Issue {
  outcome: Outcome;
  it: string;
  en: string;
  el?: Element;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ratingCriterion(ctx: Pick<CheckContext, 'kind'>): 'C.SI.2.5' | 'C.SI.2.6' {
  return ctx.kind === 'service' ? 'C.SI.2.6' : 'C.SI.2.5';
}

/** Static part of C.SI.2.5 / C.SI.2.6: the rating component and its texts, present from page load. */
export function checkFeedbackMarkup(ctx: CheckContext): Finding {
  const c = ratingCriterion(ctx);
  const root = byDataElement(ctx.doc, FEEDBACK.component.dataElement)[0];
  if (!root) {
    return finding(
      c,
      'fail',
      `${FEEDBACK.component.missingError} ([data-element="feedback"]).`,
      'Rating component not found ([data-element="feedback"]).',
    );
  }
  const issues: Issue[] = [];
  const title = byDataElement(root, FEEDBACK.title.dataElement)[0];
  if (!title)
    issues.push({
      outcome: 'tolerance',
      it: FEEDBACK.title.missingError,
      en: 'Initial question not found (feedback-title)',
    });
  else if (!same(text(title), FEEDBACK.title.text)) {
    issues.push({
      outcome: 'fail',
      it: `${FEEDBACK.title.error}: «${text(title)}» invece di «${FEEDBACK.title.text}»`,
      en: `Wrong initial question: "${text(title)}" instead of "${FEEDBACK.title.text}"`,
      el: title,
    });
  }
  const missingRates: number[] = [];
  for (let i = 1; i <= FEEDBACK.rate.numberOfComponents; i++) {
    if (!byDataElement(root, `${FEEDBACK.rate.dataElement}${i}`).length) missingRates.push(i);
  }
  if (missingRates.length) {
    issues.push({
      outcome: 'tolerance',
      it: `${FEEDBACK.rate.missingError}: mancano feedback-rate-${missingRates.join(', -')}`,
      en: `Rating scale not found: feedback-rate-${missingRates.join(', -')} missing`,
    });
  }
  for (const [kind, def, en] of [
    ['positive', FEEDBACK.positive_rating, 'positive'],
    ['negative', FEEDBACK.negative_rating, 'negative'],
  ] as const) {
    const box = byDataElement(root, def.dataElement)[0];
    if (!box) {
      issues.push({
        outcome: 'tolerance',
        it: `${def.missingError} (${def.dataElement}; deve essere nel DOM dal caricamento, nascosto con CSS)`,
        en: `The ${en} follow-up container ${def.dataElement} is not in the DOM at page load (hide it with CSS, never unmount it)`,
      });
      continue;
    }
    const q = byDataElement(box, def.question.dataElement)[0];
    if (!q)
      issues.push({
        outcome: 'tolerance',
        it: def.question.missingError,
        en: `${kind} follow-up question not found`,
      });
    else if (!same(text(q), def.question.text)) {
      issues.push({
        outcome: 'fail',
        it: `${def.question.error}: «${text(q)}» invece di «${def.question.text}»`,
        en: `Wrong ${en} follow-up question: "${text(q)}" instead of "${def.question.text}"`,
        el: q,
      });
    }
    const answers = byDataElement(box, def.answers.dataElement);
    if (!answers.length)
      issues.push({
        outcome: 'tolerance',
        it: def.answers.missingError,
        en: `Answers to the ${en} follow-up question not found`,
      });
    for (const a of answers) {
      if (!def.answers.texts.some((t: string) => same(t, text(a)))) {
        issues.push({
          outcome: 'fail',
          it: `${def.answers.error}: «${text(a)}»`,
          en: `Wrong answer to the ${en} follow-up question: "${text(a)}"`,
          el: a,
        });
      }
    }
  }
  if (!byDataElement(root, FEEDBACK.input_text.dataElement).length) {
    issues.push({
      outcome: 'tolerance',
      it: FEEDBACK.input_text.missingError,
      en: 'Free text field missing (feedback-input-text)',
    });
  }
  if (!issues.length) {
    return finding(
      c,
      'pass',
      'Componente di valutazione presente e conforme.',
      'Rating component present and conforming.',
    );
  }
  const outcome: Outcome = issues.some((i) => i.outcome === 'fail') ? 'fail' : 'tolerance';
  return finding(
    c,
    outcome,
    `${issues.map((i) => i.it).join('. ')}.`,
    `${issues.map((i) => i.en).join('. ')}.`,
    issues.flatMap((i) => (i.el ? [snippet(i.el)] : [])),
  );
}

/** Visibility of the two follow-up containers after a click on one star. */
export interface ToggleState {
  rate: number;
  /** Read in the same task as the click. */
  sync: { positive: boolean; negative: boolean } | null;
  /** Read after the page had a chance to update (timers, frames). */
  later: { positive: boolean; negative: boolean } | null;
}

/** Dynamic part of C.SI.2.5 / 2.6 (browser): each star shows the right follow-up, synchronously. */
export function judgeToggle(criterion: string, states: ToggleState[]): Finding | null {
  if (!states.length) return null;
  const ok = (s: { positive: boolean; negative: boolean } | null, rate: number): boolean =>
    !!s &&
    (rate <= FEEDBACK.rate.positiveThreshold
      ? s.negative && !s.positive
      : s.positive && !s.negative);
  const wrong = states.filter((s) => !ok(s.later, s.rate) && !ok(s.sync, s.rate));
  if (wrong.length) {
    const d = wrong.map((s) => `${s.rate}★ → ${JSON.stringify(s.later)}`);
    return finding(
      criterion,
      'fail',
      `${FEEDBACK.rate.errorAssociation}: 1–3 stelle devono mostrare solo feedback-rating-negative, 4–5 solo feedback-rating-positive.`,
      'The follow-up questions are not tied to the right values: 1–3 stars must show only feedback-rating-negative, 4–5 only feedback-rating-positive.',
      d,
    );
  }
  const late = states.filter((s) => !ok(s.sync, s.rate));
  if (late.length) {
    return finding(
      criterion,
      'tolerance',
      `La domanda di follow up appare solo in modo asincrono dopo il clic su ${late.map((s) => s.rate).join(', ')} stelle: deve cambiare nello stesso evento click.`,
      `The follow-up appears only asynchronously after clicking ${late.map((s) => s.rate).join(', ')} stars: it must switch within the click event.`,
    );
  }
  return finding(
    criterion,
    'pass',
    'Il clic su ogni stella mostra subito la domanda di follow up corretta.',
    'Clicking each star shows the right follow-up immediately.',
  );
}
