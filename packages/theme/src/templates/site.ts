// URLs of every page and lookups over the content, shared by the templates and the build.
import {
  ARGOMENTI,
  CATEGORIE_SERVIZIO,
  MENU,
  slugify,
  type MenuItemTerm,
} from '@piazza/vocabularies';
import type {
  ArgomentoPage,
  Content,
  Documento,
  Evento,
  Incarico,
  Luogo,
  Notizia,
  NotiziaType,
  PersonaPubblica,
  PuntoDiContatto,
  Servizio,
  UnitaOrganizzativa,
} from '../content/index.js';
import type { ImageMap } from '../generator/images.js';

const byLabel = (list: readonly { label: string; slug: string }[]) =>
  new Map(list.map((t) => [t.label, t.slug]));
const TOPIC_SLUG = byLabel(ARGOMENTI);
const CATEGORY_SLUG = byLabel(CATEGORIE_SERVIZIO);

export function topicSlug(label: string): string {
  return TOPIC_SLUG.get(label) ?? slugify(label);
}
export function categorySlug(label: string): string {
  return CATEGORY_SLUG.get(label) ?? slugify(label);
}

const menu = (ds: string): MenuItemTerm => MENU.find((m) => m.dataElement === ds)!;
export const SECTIONS = {
  management: menu('management'),
  news: menu('news'),
  services: menu('all-services'),
  live: menu('live'),
};

export const NEWS_TYPES: { type: NotiziaType; label: string; slug: string }[] = [
  { type: 'notizia', label: 'Notizie', slug: 'notizie' },
  { type: 'comunicato', label: 'Comunicati', slug: 'comunicati' },
  { type: 'avviso', label: 'Avvisi', slug: 'avvisi' },
];

/** Section slug of an Amministrazione section label ("Organi di governo" → "organi-di-governo"). */
export function managementSlug(label: string): string {
  return SECTIONS.management.children.find((c) => c.label === label)?.slug ?? slugify(label);
}

export const url = {
  home: '/',
  management: `/${SECTIONS.management.slug}/`,
  managementSection: (label: string) => `/${SECTIONS.management.slug}/${managementSlug(label)}/`,
  news: `/${SECTIONS.news.slug}/`,
  newsType: (type: NotiziaType) =>
    `/${SECTIONS.news.slug}/${NEWS_TYPES.find((n) => n.type === type)!.slug}/`,
  services: `/${SECTIONS.services.slug}/`,
  category: (label: string) => `/${SECTIONS.services.slug}/${categorySlug(label)}/`,
  live: `/${SECTIONS.live.slug}/`,
  places: `/${SECTIONS.live.slug}/luoghi/`,
  events: `/${SECTIONS.live.slug}/eventi/`,
  topics: '/argomenti/',
  topic: (label: string) => `/argomenti/${topicSlug(label)}/`,
  search: '/ricerca/',
  faq: '/domande-frequenti/',
  report: '/segnalazione-disservizio/',
  booking: '/prenota-appuntamento/',
  assistance: '/richiesta-assistenza/',
  legalNotes: '/note-legali/',
  privacy: '/privacy/',
  sitemap: '/mappa-del-sito/',
  login: '/area-personale/',
  searchIndex: '/search-index.json',
};

/** Lookups over a validated Content. */
export class SiteIndex {
  readonly servizi: Map<string, Servizio>;
  readonly notizie: Map<string, Notizia>;
  readonly eventi: Map<string, Evento>;
  readonly luoghi: Map<string, Luogo>;
  readonly uffici: Map<string, UnitaOrganizzativa>;
  readonly persone: Map<string, PersonaPubblica>;
  readonly documenti: Map<string, Documento>;
  readonly argomenti: Map<string, ArgomentoPage>;
  readonly contatti: Map<string, PuntoDiContatto>;
  readonly incarichi: Map<string, Incarico>;

  /**
   * @param images the responsive versions of the content's images, by content `src` (made by the
   *   build); without them images are shown as they are, without `srcset`.
   */
  constructor(
    readonly content: Content,
    readonly images: ImageMap = new Map(),
  ) {
    const map = <T extends { slug: string }>(list: T[]) => new Map(list.map((x) => [x.slug, x]));
    this.servizi = map(content.servizi);
    this.notizie = map(content.notizie);
    this.eventi = map(content.eventi);
    this.luoghi = map(content.luoghi);
    this.uffici = map(content.unitaOrganizzative);
    this.persone = map(content.persone);
    this.documenti = map(content.documenti);
    this.argomenti = new Map(content.argomenti.map((a) => [a.topic as string, a]));
    this.contatti = map(content.puntiDiContatto);
    this.incarichi = map(content.incarichi);
  }

  get site() {
    return this.content.site;
  }

  serviceUrl(s: Servizio): string {
    return `${url.category(s.category)}${s.slug}/`;
  }
  newsUrl(n: Notizia): string {
    return `${url.newsType(n.type)}${n.slug}/`;
  }
  eventUrl(e: Evento): string {
    return `${url.events}${e.slug}/`;
  }
  placeUrl(l: Luogo): string {
    return `${url.places}${l.slug}/`;
  }
  unitUrl(u: UnitaOrganizzativa): string {
    return `${url.managementSection(u.section)}${u.slug}/`;
  }
  personSection(p: PersonaPubblica): string {
    return p.type === 'politico' ? 'Politici' : 'Personale amministrativo';
  }
  personUrl(p: PersonaPubblica): string {
    return `${url.managementSection(this.personSection(p))}${p.slug}/`;
  }
  documentUrl(d: Documento): string {
    return `${url.managementSection('Documenti e dati')}${d.slug}/`;
  }

  /** Booking link of the site (Site.bookingUrl or the theme's booking page). */
  get bookingUrl(): string {
    return this.site.bookingUrl ?? url.booking;
  }

  /** Resolves a list of slugs against a map, skipping unknown ones. */
  pick<T>(map: Map<string, T>, slugs: readonly string[] | undefined): T[] {
    return (slugs ?? []).map((s) => map.get(s)).filter((x): x is T => x !== undefined);
  }

  /** Every item tagged with a topic, for the topic page. */
  taggedWith(topic: string) {
    const has = (list: readonly string[] | undefined) => (list ?? []).includes(topic);
    return {
      servizi: this.content.servizi.filter((s) => has(s.topics)),
      notizie: this.content.notizie.filter((n) => has(n.topics)),
      eventi: this.content.eventi.filter((e) => has(e.topics)),
      luoghi: this.content.luoghi.filter((l) => has(l.topics)),
      documenti: this.content.documenti.filter((d) => has(d.topics)),
      uffici: this.content.unitaOrganizzative.filter((u) => has(u.topics)),
    };
  }
}

const DATE = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('it-IT', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

function parse(iso: string): Date {
  const [d, t] = iso.split('T');
  return new Date(`${d ?? iso}T${t ? `${t.slice(0, 5)}:00` : '00:00:00'}Z`);
}

/** "3 marzo 2026" (and ", ore 18:00" when the value has a time). */
export function formatDate(iso: string): string {
  const d = parse(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return iso.includes('T') ? `${DATE.format(d)}, ore ${TIME.format(d)}` : DATE.format(d);
}

/** Newest first by an ISO date field. */
export function byDateDesc<T>(get: (x: T) => string) {
  return (a: T, b: T) => get(b).localeCompare(get(a));
}
