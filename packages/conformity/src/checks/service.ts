import { METATAG_SCHEMA, METATAG_TOTAL_VOICES } from '../data/metatag-schema.js';
import {
  SERVICE_INDEX_EXIST,
  SERVICE_INDEX_ITEMS,
  SERVICE_INDEX_PARAGRAPH,
} from '../data/service.js';
import { finding } from '../criteria.js';
import { byDataElement, snippet, text, usableHref } from '../dom.js';
import { validate } from '../schema.js';
import type { Finding } from '../types.js';
import type { CheckContext } from './context.js';

/** Labels of the page index, trimmed, in page order. */
export function indexLabels(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[data-element="page-index"] > li > a')).map((a) =>
    text(a),
  );
}

function hasText(doc: Document, dataElement: string, min = 3): boolean {
  return byDataElement(doc, dataElement).some((el) => text(el).length >= min);
}

/** Minimum number of items out of place: n − longest subsequence already in the right order. */
export function itemsOutOfOrder(required: readonly string[], found: readonly string[]): string[] {
  const seq = found.filter((f) => required.includes(f));
  const pos = seq.map((f) => required.indexOf(f));
  // Longest strictly increasing subsequence, O(n²): n ≤ 8.
  const best = pos.map(() => 1);
  const prev = pos.map(() => -1);
  for (let i = 0; i < pos.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((pos[j] ?? 0) < (pos[i] ?? 0) && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 1;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < best.length; i++) if (end < 0 || (best[i] ?? 0) > (best[end] ?? 0)) end = i;
  const keep = new Set<number>();
  for (let i = end; i >= 0; i = prev[i] ?? -1) keep.add(i);
  return seq.filter((_, i) => !keep.has(i));
}

/** C.SI.1.3: structure of a service page. */
export function checkServiceStructure(ctx: CheckContext): Finding {
  const { doc } = ctx;
  const missing: string[] = [];
  const elements: string[] = [];
  if (!hasText(doc, 'service-title')) missing.push('Titolo (service-title)');
  if (!hasText(doc, 'service-description')) missing.push('Descrizione (service-description)');
  if (!byDataElement(doc, 'service-status').length) missing.push('Stato (service-status)');
  if (!hasText(doc, 'service-topic', 1)) missing.push('Tassonomie argomenti (service-topic)');
  const crumbs = Array.from(doc.querySelectorAll('[data-element="breadcrumb"] li')).map((li) =>
    (li.textContent ?? '')
      .toLowerCase()
      .replace(/[^a-zA-Z0-9 ]/g, '')
      .trim(),
  );
  const s = crumbs.indexOf('servizi');
  if (s < 0 || (crumbs[s + 1] ?? '').length < 3)
    missing.push('Categoria del servizio (breadcrumb: Servizi › categoria)');
  if (!hasText(doc, 'service-area')) missing.push('Area (service-area)');

  const labels = indexLabels(doc);
  const withContent = labels.filter((label) => {
    if (!SERVICE_INDEX_ITEMS.includes(label)) return false;
    return (
      SERVICE_INDEX_PARAGRAPH.some((p) => p.key === label && hasText(doc, p.dataElement)) ||
      SERVICE_INDEX_EXIST.some(
        (p) => p.key === label && byDataElement(doc, p.dataElement).length > 0,
      )
    );
  });
  for (const item of SERVICE_INDEX_ITEMS) {
    if (!withContent.includes(item)) {
      missing.push(
        labels.includes(item)
          ? `${item} (voce dell'indice senza contenuto / index entry without content)`
          : `${item} (indice / index)`,
      );
    }
  }
  const index = doc.querySelector('[data-element="page-index"]');
  if (index) elements.push(snippet(index, 240));
  const outOfOrder = itemsOutOfOrder(SERVICE_INDEX_ITEMS, [...new Set(withContent)]);

  const list = (xs: string[]): string => xs.map((x) => `«${x}»`).join(', ');
  const detailIt = [
    missing.length ? `Voci mancanti: ${list(missing)}.` : '',
    outOfOrder.length ? `Voci fuori ordine: ${list(outOfOrder)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const detailEn = [
    missing.length ? `Missing items: ${list(missing)}.` : '',
    outOfOrder.length ? `Items out of order: ${list(outOfOrder)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (missing.length > 2 || outOfOrder.length > 1) {
    return finding(
      'C.SI.1.3',
      'fail',
      `Più di 2 voci mancanti o più di una fuori ordine. ${detailIt}`,
      `More than 2 items missing or more than one out of order. ${detailEn}`,
      elements,
    );
  }
  if (missing.length || outOfOrder.length) {
    return finding(
      'C.SI.1.3',
      'tolerance',
      `Fino a 2 voci mancanti o una fuori ordine. ${detailIt}`,
      `Up to 2 items missing or one out of order. ${detailEn}`,
      elements,
    );
  }
  return finding(
    'C.SI.1.3',
    'pass',
    'Tutte le voci obbligatorie della scheda servizio sono presenti, con contenuto e nell’ordine corretto.',
    'All the required items of the service page are present, with content, in the right order.',
  );
}

/** C.SI.2.1: a booking link (not a button) on service pages and on the services page. */
export function checkBooking(ctx: CheckContext): Finding {
  const els = byDataElement(ctx.doc, 'appointment-booking');
  const first = els[0];
  if (!first) {
    return finding(
      'C.SI.2.1',
      'fail',
      'Manca il link alla prenotazione appuntamenti [data-element="appointment-booking"].',
      'The appointment booking link [data-element="appointment-booking"] is missing.',
    );
  }
  if (first.tagName.toLowerCase() !== 'a') {
    return finding(
      'C.SI.2.1',
      'fail',
      `L’accesso alla prenotazione è un <${first.tagName.toLowerCase()}>: deve essere un link <a href>.`,
      `The booking entry is a <${first.tagName.toLowerCase()}>: it must be an <a href> link.`,
      [snippet(first)],
    );
  }
  if (!usableHref(first)) {
    return finding(
      'C.SI.2.1',
      'fail',
      'Il link alla prenotazione non ha un href valido (vuoto o "#").',
      'The booking link has no usable href (empty or "#").',
      [snippet(first)],
    );
  }
  return finding(
    'C.SI.2.1',
    'pass',
    'Link alla prenotazione appuntamenti presente.',
    'Appointment booking link present.',
  );
}

/** C.SI.2.2: "Contatti" in the page index and the responsible office. */
export function checkContacts(ctx: CheckContext): Finding {
  const hasLabel = indexLabels(ctx.doc).includes('Contatti');
  const hasArea = byDataElement(ctx.doc, 'service-area').length > 0;
  if (hasLabel && hasArea) {
    return finding(
      'C.SI.2.2',
      'pass',
      'Voce «Contatti» nell’indice e ufficio responsabile presenti.',
      '"Contatti" index entry and responsible office present.',
    );
  }
  const it = [
    !hasLabel && 'manca la voce «Contatti» nell’indice della pagina',
    !hasArea && 'manca [data-element="service-area"]',
  ]
    .filter(Boolean)
    .join('; ');
  const en = [
    !hasLabel && 'the page index has no "Contatti" entry',
    !hasArea && '[data-element="service-area"] is missing',
  ]
    .filter(Boolean)
    .join('; ');
  return finding('C.SI.2.2', 'fail', `Contatti dell’ufficio: ${it}.`, `Office contacts: ${en}.`);
}

/** R.SI.1.1: JSON-LD metatag of service pages. */
export function checkMetatag(ctx: CheckContext): Finding {
  const el = byDataElement(ctx.doc, 'metatag')[0];
  if (!el) {
    return finding(
      'R.SI.1.1',
      'fail',
      'Manca lo <script type="application/ld+json" data-element="metatag">.',
      'The <script type="application/ld+json" data-element="metatag"> is missing.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(el.textContent ?? '');
  } catch (e) {
    return finding(
      'R.SI.1.1',
      'fail',
      `Il metatag non è JSON valido: ${(e as Error).message}`,
      `The metatag is not valid JSON: ${(e as Error).message}`,
      [snippet(el)],
    );
  }
  const { invalidLeaves, errors } = validate(METATAG_SCHEMA, data);
  if (!invalidLeaves.size) {
    return finding(
      'R.SI.1.1',
      'pass',
      'Metatag presenti e conformi allo schema.',
      'Metatags present and valid against the schema.',
    );
  }
  const detail = errors.map((e) => `${e.path}: ${e.message}`);
  const n = invalidLeaves.size;
  const outcome = n / METATAG_TOTAL_VOICES >= 0.5 ? 'fail' : 'tolerance';
  return finding(
    'R.SI.1.1',
    outcome,
    `${n} voci su ${METATAG_TOTAL_VOICES} mancanti o errate (fallisce dal 50 %).`,
    `${n} of ${METATAG_TOTAL_VOICES} voices missing or invalid (fails from 50 %).`,
    detail,
  );
}
