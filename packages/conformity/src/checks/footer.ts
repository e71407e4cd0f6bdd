import { LEGAL_NOTES_BODY, LEGAL_NOTES_SECTION_TITLE } from '../data/legal-notes.js';
import { finding } from '../criteria.js';
import { byDataElement, resolveHref, snippet, text, usableHref } from '../dom.js';
import type { Finding } from '../types.js';
import type { CheckContext } from './context.js';

/** The footer link with a data-element, or a finding explaining why there is none. */
function footerLink(
  ctx: CheckContext,
  criterion: string,
  de: string,
): { el: Element; href: string } | Finding {
  const inFooter = Array.from(ctx.doc.querySelectorAll(`footer [data-element="${de}"]`));
  const el = inFooter[0];
  if (!el) {
    const elsewhere = byDataElement(ctx.doc, de)[0];
    if (elsewhere) {
      return finding(
        criterion,
        'fail',
        `[data-element="${de}"] non è dentro un elemento <footer>.`,
        `[data-element="${de}"] is not inside a <footer> element.`,
        [snippet(elsewhere)],
      );
    }
    return finding(
      criterion,
      'fail',
      `Manca il link footer [data-element="${de}"].`,
      `The footer link [data-element="${de}"] is missing.`,
    );
  }
  const link = el.matches('a') ? el : (el.querySelector('a[href]') ?? el);
  const href = usableHref(link);
  if (!href) {
    return finding(
      criterion,
      'fail',
      `Il link [data-element="${de}"] non ha un href valido (vuoto o "#").`,
      `The link [data-element="${de}"] has no usable href (empty or "#").`,
      [snippet(el)],
    );
  }
  return { el, href };
}

/** C.SI.2.3 */
export function checkFaq(ctx: CheckContext): Finding {
  const r = footerLink(ctx, 'C.SI.2.3', 'faq');
  if ('criterion' in r) return r;
  const label = Array.from(ctx.doc.querySelectorAll('footer [data-element="faq"]'))
    .map((e) => text(e).toLowerCase())
    .join(' ');
  if (label.includes('faq') || label.includes('domande frequenti')) {
    return finding(
      'C.SI.2.3',
      'pass',
      'Link alle FAQ presente nel footer.',
      'FAQ link present in the footer.',
    );
  }
  return finding(
    'C.SI.2.3',
    'tolerance',
    `L’etichetta «${text(r.el)}» non contiene «FAQ» né «domande frequenti».`,
    `The label "${text(r.el)}" contains neither "FAQ" nor "domande frequenti".`,
    [snippet(r.el)],
  );
}

const INEFFICIENCY_LABELS = ['disservizio', 'segnala disservizio', 'segnalazione disservizio'];
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** C.SI.2.4 */
export function checkInefficiency(ctx: CheckContext): Finding {
  const r = footerLink(ctx, 'C.SI.2.4', 'report-inefficiency');
  if ('criterion' in r) return r;
  if (/^mailto:/i.test(r.href)) {
    const addresses = decodeURIComponent(r.href.slice(7).split('?')[0] ?? '')
      .split(/[,;]/)
      .map((s) => s.trim());
    if (!addresses.length || !addresses.every((a) => EMAIL.test(a))) {
      return finding(
        'C.SI.2.4',
        'fail',
        `Indirizzo e-mail non valido nel link mailto: ${r.href}.`,
        `Invalid e-mail address in the mailto link: ${r.href}.`,
        [snippet(r.el)],
      );
    }
  }
  const label = text(r.el).toLowerCase();
  if (INEFFICIENCY_LABELS.includes(label)) {
    return finding(
      'C.SI.2.4',
      'pass',
      'Link per segnalare un disservizio presente nel footer.',
      'Inefficiency report link present in the footer.',
    );
  }
  return finding(
    'C.SI.2.4',
    'tolerance',
    `L’etichetta «${text(r.el)}» deve essere esattamente «Disservizio», «Segnala disservizio» o «Segnalazione disservizio».`,
    `The label "${text(r.el)}" must be exactly "Disservizio", "Segnala disservizio" or "Segnalazione disservizio".`,
    [snippet(r.el)],
  );
}

/** C.SI.3.2 (markup part: the target page on form.agid.gov.it is not fetched). */
export function checkAccessibility(ctx: CheckContext): Finding {
  const r = footerLink(ctx, 'C.SI.3.2', 'accessibility-link');
  if ('criterion' in r) return r;
  if (!r.href.includes('https://form.agid.gov.it/')) {
    return finding(
      'C.SI.3.2',
      'fail',
      `La dichiarazione di accessibilità deve essere su https://form.agid.gov.it/ (trovato ${r.href}).`,
      `The accessibility statement must be on https://form.agid.gov.it/ (found ${r.href}).`,
      [snippet(r.el)],
    );
  }
  return finding(
    'C.SI.3.2',
    'pass',
    'Link alla dichiarazione di accessibilità AgID presente (la pagina di destinazione non viene verificata).',
    'Link to the AgID accessibility statement present (the target page is not checked).',
  );
}

function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost')
  );
}

/** C.SI.3.3 */
export function checkPrivacy(ctx: CheckContext): Finding {
  const r = footerLink(ctx, 'C.SI.3.3', 'privacy-policy-link');
  if ('criterion' in r) return r;
  const page = ctx.url ? resolveHref(ctx.url, undefined) : null;
  const resolved = resolveHref(r.href, page?.protocol.startsWith('http') ? page.href : undefined);
  if (resolved?.protocol === 'https:') {
    return finding(
      'C.SI.3.3',
      'pass',
      'Link all’informativa privacy in https presente.',
      'Link to the privacy notice over https present.',
    );
  }
  if (!resolved && !page?.protocol.startsWith('http')) {
    return finding(
      'C.SI.3.3',
      'pass',
      'Link relativo all’informativa privacy: è conforme se il sito è servito in https.',
      'Relative link to the privacy notice: conforming when the site is served over https.',
    );
  }
  if (resolved && page && resolved.host === page.host && isLocalHost(page.hostname)) {
    return finding(
      'C.SI.3.3',
      'tolerance',
      `Il link ${resolved.href} è http perché il sito è servito in locale: passa solo se il sito è in https.`,
      `The link ${resolved.href} is http because the site is served locally: it passes only if the site is served over https.`,
      [snippet(r.el)],
    );
  }
  return finding(
    'C.SI.3.3',
    'fail',
    `L’informativa privacy deve essere in https (trovato ${resolved?.href ?? r.href}).`,
    `The privacy notice must be served over https (found ${resolved?.href ?? r.href}).`,
    [snippet(r.el)],
  );
}

/** C.SI.3.4, footer part: the link to the legal notes. */
export function checkLegalNotesLink(ctx: CheckContext): Finding {
  const r = footerLink(ctx, 'C.SI.3.4', 'legal-notes');
  if ('criterion' in r) return r;
  return finding(
    'C.SI.3.4',
    'pass',
    'Link alle note legali presente nel footer.',
    'Legal notes link present in the footer.',
  );
}

export function normaliseLegalText(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/'/g, '’');
}

/** C.SI.3.4, legal-notes page: the licence section and its exact text. */
export function checkLegalNotesPage(ctx: CheckContext): Finding {
  const section = byDataElement(ctx.doc, 'legal-notes-section');
  const bodies = byDataElement(ctx.doc, 'legal-notes-body');
  const sectionOk = section.some(
    (el) => text(el).toLowerCase() === LEGAL_NOTES_SECTION_TITLE.toLowerCase(),
  );
  if (!sectionOk) {
    return finding(
      'C.SI.3.4',
      'fail',
      `Manca la sezione [data-element="legal-notes-section"] con il testo «${LEGAL_NOTES_SECTION_TITLE}».`,
      `The section [data-element="legal-notes-section"] reading "${LEGAL_NOTES_SECTION_TITLE}" is missing.`,
      section.map((el) => snippet(el)),
    );
  }
  if (!bodies.length) {
    return finding(
      'C.SI.3.4',
      'fail',
      'Manca il testo della licenza [data-element="legal-notes-body"].',
      'The licence text [data-element="legal-notes-body"] is missing.',
    );
  }
  const found = normaliseLegalText(bodies.map((b) => b.textContent ?? '').join(' '));
  const expected = normaliseLegalText(LEGAL_NOTES_BODY);
  if (found === expected) {
    return finding(
      'C.SI.3.4',
      'pass',
      'Testo della licenza CC-BY 4.0 conforme.',
      'CC-BY 4.0 licence text matches.',
    );
  }
  let i = 0;
  while (i < found.length && found[i] === expected[i]) i++;
  const around = (s: string): string => `…${s.slice(Math.max(0, i - 25), i + 25)}…`;
  return finding(
    'C.SI.3.4',
    'fail',
    `Il testo della licenza differisce dal carattere ${i + 1}: trovato «${around(found)}», atteso «${around(expected)}».`,
    `The licence text differs from character ${i + 1}: found "${around(found)}", expected "${around(expected)}".`,
    bodies.map((b) => snippet(b)),
  );
}
