import { appliesTo, CRITERION_IDS, merge } from './criteria.js';
import { checkBootstrapItalia } from './checks/bootstrap.js';
import type { CheckContext } from './checks/context.js';
import { checkFeedbackMarkup, ratingCriterion } from './checks/feedback.js';
import {
  checkAccessibility,
  checkFaq,
  checkInefficiency,
  checkLegalNotesLink,
  checkLegalNotesPage,
  checkPrivacy,
} from './checks/footer.js';
import { checkMenu, checkSecondLevel, checkTopics, checkTopicsLink } from './checks/navigation.js';
import {
  checkBooking,
  checkContacts,
  checkMetatag,
  checkServiceStructure,
} from './checks/service.js';
import type { Finding, Report } from './types.js';

/** Runs every markup check that applies to the page kind. */
export function runMarkupChecks(ctx: CheckContext, criteria?: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const want = (c: string): boolean => !criteria || criteria.includes(c);
  const add = (c: string, fn: () => Finding): void => {
    if (want(c) && appliesTo(c, ctx.kind)) out.push(fn());
  };
  add('C.SI.1.2', () => checkBootstrapItalia(ctx));
  add('C.SI.1.3', () => checkServiceStructure(ctx));
  add('C.SI.1.5', () => (ctx.kind === 'home' ? checkTopicsLink(ctx) : checkTopics(ctx)));
  add('C.SI.1.6', () => checkMenu(ctx));
  add('C.SI.1.7', () => checkSecondLevel(ctx));
  add('C.SI.2.1', () => checkBooking(ctx));
  add('C.SI.2.2', () => checkContacts(ctx));
  add('C.SI.2.3', () => checkFaq(ctx));
  add('C.SI.2.4', () => checkInefficiency(ctx));
  const rating = ratingCriterion(ctx);
  if (
    want(rating) &&
    (appliesTo(rating, ctx.kind) || ctx.doc.querySelector('[data-element="feedback"]'))
  ) {
    out.push(checkFeedbackMarkup(ctx));
  }
  add('C.SI.3.2', () => checkAccessibility(ctx));
  add('C.SI.3.3', () => checkPrivacy(ctx));
  add('C.SI.3.4', () =>
    ctx.kind === 'legal-notes'
      ? merge(
          'C.SI.3.4',
          [checkLegalNotesLink(ctx), checkLegalNotesPage(ctx)],
          'Link alle note legali e testo della licenza conformi.',
          'Legal notes link and licence text conforming.',
        )
      : checkLegalNotesLink(ctx),
  );
  add('R.SI.1.1', () => checkMetatag(ctx));
  return out;
}

/** Sorts findings in criterion order and builds the report. */
export function makeReport(ctx: Pick<CheckContext, 'url' | 'kind'>, findings: Finding[]): Report {
  const sorted = [...findings].sort(
    (a, b) => CRITERION_IDS.indexOf(a.criterion) - CRITERION_IDS.indexOf(b.criterion),
  );
  const report: Report = {
    kind: ctx.kind,
    findings: sorted,
    passed: sorted.every((f) => f.outcome !== 'fail'),
  };
  return ctx.url ? { url: ctx.url, ...report } : report;
}
