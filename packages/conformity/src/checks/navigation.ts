import {
  CUSTOM_CATEGORY_DATA_ELEMENT,
  CUSTOM_MENU_DATA_ELEMENT,
  PRIMARY_MENU_ITEMS,
} from '../data/menu.js';
import { MODEL_TOPICS } from '../data/topics.js';
import { eurovocTerms } from '../data/eurovoc.js';
import { finding } from '../criteria.js';
import { byDataElement, isInternalHref, snippet, snippets, text, usableHref } from '../dom.js';
import type { Finding } from '../types.js';
import type { CheckContext } from './context.js';

const modelTopics = new Set(MODEL_TOPICS.map((t) => t.toLowerCase()));

function linkOf(el: Element): Element {
  return el.matches('a') ? el : (el.querySelector('a[href]') ?? el);
}

/** C.SI.1.5 on the home page: the link to the topics page. */
export function checkTopicsLink(ctx: CheckContext): Finding {
  const a = byDataElement(ctx.doc, 'all-topics')[0];
  if (!a || !usableHref(linkOf(a))) {
    return finding(
      'C.SI.1.5',
      'fail',
      'Manca il link a tutti gli argomenti [data-element="all-topics"] con un href valido.',
      'The link to all topics [data-element="all-topics"] with a usable href is missing.',
      a ? [snippet(a)] : undefined,
    );
  }
  return finding(
    'C.SI.1.5',
    'pass',
    'Link alla pagina degli argomenti presente.',
    'Link to the topics page present.',
  );
}

/** C.SI.1.5 on the topics page: every topic-element is a model topic. */
export function checkTopics(ctx: CheckContext): Finding {
  const els = byDataElement(ctx.doc, 'topic-element');
  const topics = [...new Set(els.map((el) => text(el)).filter(Boolean))];
  if (!topics.length) {
    return finding(
      'C.SI.1.5',
      'fail',
      'Nessun argomento [data-element="topic-element"] nella pagina.',
      'No topic [data-element="topic-element"] on the page.',
    );
  }
  const notModel = topics.filter((t) => !modelTopics.has(t.toLowerCase()));
  if (!notModel.length) {
    return finding(
      'C.SI.1.5',
      'pass',
      `Tutti i ${topics.length} argomenti appartengono al vocabolario del modello.`,
      `All ${topics.length} topics belong to the model vocabulary.`,
    );
  }
  const euro = eurovocTerms();
  const inEither = topics.filter(
    (t) => modelTopics.has(t.toLowerCase()) || euro.has(t.toLowerCase()),
  ).length;
  const pct = (inEither / topics.length) * 100;
  const bad = els.filter((el) => notModel.includes(text(el)));
  const list = notModel.map((t) => `«${t}»`).join(', ');
  if (pct >= 50) {
    return finding(
      'C.SI.1.5',
      'tolerance',
      `Argomenti fuori dal vocabolario del modello: ${list}. Nel modello o in EuroVoc: ${pct.toFixed(0)} %.`,
      `Topics outside the model vocabulary: ${list}. In the model or EuroVoc: ${pct.toFixed(0)} %.`,
      snippets(bad),
    );
  }
  return finding(
    'C.SI.1.5',
    'fail',
    `Meno del 50 % degli argomenti è nel modello o in EuroVoc (${pct.toFixed(0)} %). Fuori dal modello: ${list}.`,
    `Less than 50 % of the topics are in the model or EuroVoc (${pct.toFixed(0)} %). Outside the model: ${list}.`,
    snippets(bad),
  );
}

const MENU_KEYS = PRIMARY_MENU_ITEMS.map((m) => m.dataElement);
/** The Modello allows at most 3 extra items after the four mandatory ones. */
const MAX_CUSTOM_ITEMS = 3;

/**
 * C.SI.1.6: the four first-level menu items. As the official validator
 * (src/audits/municipality_menu/index.ts, `getFirstLevelPages(url, false, page)`), it counts every
 * element on the page carrying one of the four mandatory data-elements; `custom-submenu` items are
 * not counted (they are first-level pages for the other criteria, see crawl).
 */
export function checkMenu(ctx: CheckContext): Finding {
  const selector = MENU_KEYS.map((k) => `[data-element="${k}"]`).join(',');
  const items = Array.from(ctx.doc.querySelectorAll(selector));
  const custom = byDataElement(ctx.doc, CUSTOM_MENU_DATA_ELEMENT);
  const problemsIt: string[] = [];
  const problemsEn: string[] = [];
  const offending: Element[] = [];
  const order = items.map((el) => el.getAttribute('data-element'));
  const expected = PRIMARY_MENU_ITEMS.map((m) => m.dataElement);
  const orderOk = order.length === expected.length && order.every((o, i) => o === expected[i]);
  if (!orderOk) {
    const missing = expected.filter((e) => !order.includes(e));
    const dup = expected.filter((e) => order.filter((o) => o === e).length > 1);
    problemsIt.push(
      `voci obbligatorie trovate: [${order.join(', ')}], attese [${expected.join(', ')}]` +
        (missing.length ? `; mancano: ${missing.join(', ')}` : '') +
        (dup.length ? `; duplicate (es. copia mobile o nel footer): ${dup.join(', ')}` : ''),
    );
    problemsEn.push(
      `required items found: [${order.join(', ')}], expected [${expected.join(', ')}]` +
        (missing.length ? `; missing: ${missing.join(', ')}` : '') +
        (dup.length ? `; duplicated (e.g. a mobile or footer copy): ${dup.join(', ')}` : ''),
    );
  }
  for (const el of items) {
    const def = PRIMARY_MENU_ITEMS.find((m) => m.dataElement === el.getAttribute('data-element'));
    if (def && !new RegExp(def.regExp, def.flags).test(text(el))) {
      problemsIt.push(`etichetta «${text(el)}» invece di «${def.name}»`);
      problemsEn.push(`label "${text(el)}" instead of "${def.name}"`);
      offending.push(el);
    }
  }
  for (const el of items) {
    const href = usableHref(linkOf(el));
    if (!href || !isInternalHref(href, ctx.url)) {
      problemsIt.push(
        `«${text(el)}» ${href ? `porta fuori dal sito (${href})` : 'non ha un href valido'}`,
      );
      problemsEn.push(
        `"${text(el)}" ${href ? `leads outside the site (${href})` : 'has no usable href'}`,
      );
      offending.push(el);
    }
  }
  const n = items.length;
  if (n >= 8) {
    problemsIt.push(`${n} voci nel menù (massimo 7)`);
    problemsEn.push(`${n} menu items (at most 7)`);
  }
  if (problemsIt.length) {
    return finding(
      'C.SI.1.6',
      'fail',
      `Menù di primo livello non conforme: ${problemsIt.join('; ')}.`,
      `First-level menu not conforming: ${problemsEn.join('; ')}.`,
      snippets(offending.length ? offending : items),
    );
  }
  if (custom.length > MAX_CUSTOM_ITEMS) {
    // The validator does not count them; the Modello allows at most 3: a warning that passes.
    return finding(
      'C.SI.1.6',
      'tolerance',
      `Voci obbligatorie corrette; ${custom.length} voci aggiuntive custom-submenu (il modello ne prevede al massimo ${MAX_CUSTOM_ITEMS}; il validatore non le conta).`,
      `Required items correct; ${custom.length} extra custom-submenu items (the model allows at most ${MAX_CUSTOM_ITEMS}; the validator does not count them).`,
      snippets(custom),
    );
  }
  return finding(
    'C.SI.1.6',
    'pass',
    custom.length
      ? `Le quattro voci di menù obbligatorie sono corrette, in ordine e interne al sito (più ${custom.length} voci custom-submenu, che il validatore non conta).`
      : 'Le quattro voci di menù obbligatorie sono corrette, in ordine e interne al sito.',
    custom.length
      ? `The four required menu items are correct, in order and internal (plus ${custom.length} custom-submenu items, which the validator does not count).`
      : 'The four required menu items are correct, in order and internal.',
  );
}

export interface SecondLevelLink {
  section: string;
  title: string;
  href: string | null;
  ok: boolean;
  el: Element;
}

/** Second-level links on a first-level page, each judged against its section's vocabulary. */
export function secondLevelLinks(doc: Document): SecondLevelLink[] {
  const out: SecondLevelLink[] = [];
  for (const item of PRIMARY_MENU_ITEMS) {
    for (const de of item.secondary) {
      for (const el of byDataElement(doc, de)) {
        const title =
          de === 'live-button-locations'
            ? 'luoghi'
            : de === 'live-button-events'
              ? 'eventi'
              : text(el).toLowerCase();
        const onclick = /'(.*)'/.exec(el.getAttribute('onclick') ?? '')?.[1] ?? null;
        out.push({
          section: item.key,
          title,
          href: usableHref(linkOf(el)) ?? onclick,
          ok: item.dictionary.includes(title),
          el,
        });
      }
    }
  }
  for (const el of byDataElement(doc, CUSTOM_CATEGORY_DATA_ELEMENT)) {
    out.push({
      section: 'custom',
      title: text(el).toLowerCase(),
      href: usableHref(linkOf(el)),
      ok: false,
      el,
    });
  }
  return out;
}

/** Scores a set of second-level titles: 100 % pass, > 50 % tolerance, otherwise fail. */
export function scoreSecondLevel(
  links: Pick<SecondLevelLink, 'title' | 'ok' | 'section'>[],
  elements: string[],
): Finding {
  if (!links.length) {
    return finding(
      'C.SI.1.7',
      'fail',
      'Nessun link di secondo livello (management-category-link, news-category-link, service-category-link, live-button-locations/-events).',
      'No second-level link (management-category-link, news-category-link, service-category-link, live-button-locations/-events).',
    );
  }
  const wrong = links.filter((l) => !l.ok);
  const pct = ((links.length - wrong.length) / links.length) * 100;
  const list = wrong
    .map((l) => `«${l.title}»${l.section === 'custom' ? ' (custom-category-link)' : ''}`)
    .join(', ');
  if (!wrong.length) {
    return finding(
      'C.SI.1.7',
      'pass',
      `Tutti i ${links.length} titoli di secondo livello sono nel vocabolario.`,
      `All ${links.length} second-level titles are in the vocabulary.`,
    );
  }
  if (pct > 50) {
    return finding(
      'C.SI.1.7',
      'tolerance',
      `${pct.toFixed(0)} % dei titoli di secondo livello nel vocabolario. Titoli non ammessi: ${list}.`,
      `${pct.toFixed(0)} % of the second-level titles are in the vocabulary. Titles not allowed: ${list}.`,
      elements,
    );
  }
  return finding(
    'C.SI.1.7',
    'fail',
    `Solo ${pct.toFixed(0)} % dei titoli di secondo livello nel vocabolario (serve più del 50 %). Titoli non ammessi: ${list}.`,
    `Only ${pct.toFixed(0)} % of the second-level titles are in the vocabulary (more than 50 % needed). Titles not allowed: ${list}.`,
    elements,
  );
}

/** C.SI.1.7 on one first-level page. */
export function checkSecondLevel(ctx: CheckContext): Finding {
  const links = secondLevelLinks(ctx.doc);
  return scoreSecondLevel(links, snippets(links.filter((l) => !l.ok).map((l) => l.el)));
}
