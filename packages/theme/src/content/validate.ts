// Runtime validation of raw content (front matter + body, or a CMS's items) into the typed Content.
// Each item is parsed with the zod schema of its collection (src/content/collections); every
// problem is reported, with the file, the field path, what was expected and what was found. The
// rules that span several fields or items (references, dates in order, the topic of a topic page,
// parent pages) and the whole-site warnings follow.
import type { z } from 'zod';
import { ARGOMENTI, lookup } from '@piazza/vocabularies';
import {
  COLLECTION_NAMES,
  COLLECTION_SCHEMAS,
  site as siteCollection,
} from './collections/index.js';
import type { CollectionName } from './collections/index.js';
import { withFileResolver } from './files.js';
import type { FileResolver } from './files.js';
import { contentIssue, isRecord, show, toContentIssues } from './issues.js';
import type { ItemPlace, Problem } from './issues.js';
import type { Content, ContentIssue, LoadResult, Site } from './model.js';
import { siteWarnings } from './site-rules.js';
import { bodyFieldOf, refsOf, unknownFields } from './walk.js';

export { sectionOfType } from './collections/unita-organizzativa.js';
export { GIORNI } from './collections/prenotazione-ufficio.js';
export { COLLECTION_NAMES };

/** One raw item: its fields (front matter, with the Markdown body already put in its body field). */
export interface RawItem {
  /** File name used in messages (relative to the working directory or the content root). */
  file: string;
  /** Field path prefix for items that share a file (e.g. `3` for the 4th entry of faq.yml). */
  prefix?: string;
  data: unknown;
}

/** Raw content as read by a source, before validation. */
export interface RawContent {
  /** The site settings (site.yml); undefined when missing. */
  site?: RawItem | undefined;
  /** Name of the site file, for the "missing" message. @default 'site.yml' */
  siteFile?: string;
  collections: Partial<Record<CollectionName, RawItem[]>>;
  /** Slugs of items that exist but could not be read (bad YAML): references to them are accepted. */
  unreadable?: Partial<Record<CollectionName, string[]>>;
  /** Problems found while reading (unreadable files, bad YAML). */
  issues?: ContentIssue[];
  root?: string | undefined;
  /** How the content root appears in messages (e.g. `demo`), prefixed to folder names in warnings. */
  rootLabel?: string;
}

export interface ValidateOptions {
  /** Checks local files (logo, images, attachments) and gives their size; absent → not checked. */
  resolveFile?: FileResolver;
  /**
   * The result of each item's schema check, by its raw `data` object: a source that hands over the
   * same object for an unchanged file (MarkdownContentSource) is not checked again.
   */
  memo?: WeakMap<object, unknown>;
}

let memo: WeakMap<object, unknown> | undefined;

/** Folder (Markdown source) and Italian/English names of each collection, from its schema. */
export const COLLECTIONS = Object.fromEntries(
  COLLECTION_NAMES.map((n) => {
    const c = COLLECTION_SCHEMAS[n];
    return [n, { dir: c.folder, it: c.noun.it, en: c.noun.en, name: c.name }];
  }),
) as Record<CollectionName, { dir: string; it: string; en: string; name: string }>;

/** Field that receives the Markdown body of a file, per collection (undefined: no body). */
export const BODY_FIELD = Object.fromEntries(
  COLLECTION_NAMES.map((n) => [n, bodyFieldOf(COLLECTION_SCHEMAS[n].schema)]),
) as Record<CollectionName, string | undefined>;

const BY_SCHEMA_NAME = new Map(COLLECTION_NAMES.map((n) => [COLLECTION_SCHEMAS[n].name, n]));
const refsFor = (schema: z.ZodType): [string, CollectionName][] =>
  refsOf(schema).flatMap(([path, target]) => {
    const name = BY_SCHEMA_NAME.get(target);
    return name ? [[path, name] as [string, CollectionName]] : [];
  });

function get(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) cur = isRecord(cur) ? cur[key] : undefined;
  return cur;
}

interface Parsed<T> {
  raw: RawItem;
  place: ItemPlace;
  value: T;
}

/** Parses one item with its schema: unknown fields become warnings, problems become errors. */
function parse<S extends z.ZodType>(
  schema: S,
  item: RawItem,
  issues: ContentIssue[],
): z.output<S> | undefined {
  const place = { file: item.file, prefix: item.prefix ?? '' };
  const key = memo && isRecord(item.data) ? item.data : undefined;
  const hit =
    key &&
    (memo?.get(key) as { schema: z.ZodType; value: unknown; issues: ContentIssue[] } | undefined);
  if (hit && hit.schema === schema) {
    issues.push(...hit.issues);
    return hit.value as z.output<S> | undefined;
  }
  const before = issues.length;
  const value = parseItem(schema, item, place, issues);
  if (key) memo?.set(key, { schema, value, issues: issues.slice(before) });
  return value;
}

function parseItem<S extends z.ZodType>(
  schema: S,
  item: RawItem,
  place: ItemPlace,
  issues: ContentIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(item.data);
  if (!result.success) issues.push(...toContentIssues(place, result.error.issues));
  for (const u of unknownFields(schema, item.data))
    issues.push(
      contentIssue(
        place,
        u.path,
        { it: 'campo sconosciuto, ignorato', en: 'unknown field, ignored', hint: u.hint },
        'warning',
      ),
    );
  return result.success ? result.data : undefined;
}

/**
 * Validates raw content into the typed Content. Reports every error and warning at once; `content`
 * is defined only when there is no error.
 */
export function validateContent(raw: RawContent, options: ValidateOptions = {}): LoadResult {
  memo = options.memo;
  try {
    return withFileResolver(options.resolveFile, () => run(raw));
  } finally {
    memo = undefined;
  }
}

function run(raw: RawContent): LoadResult {
  const issues: ContentIssue[] = [...(raw.issues ?? [])];
  const siteFile = raw.siteFile ?? 'site.yml';
  const report = (place: ItemPlace, field: string, p: Problem): void => {
    issues.push(contentIssue(place, field, p));
  };

  // Site
  let site: Site | undefined;
  const sitePlace: ItemPlace = { file: raw.site?.file ?? siteFile, prefix: raw.site?.prefix ?? '' };
  if (!raw.site) {
    report(sitePlace, '', {
      it: `manca ${siteFile}: servono almeno name, baseUrl, description, region, primaryColor, contacts e legal`,
      en: `${siteFile} is missing: at least name, baseUrl, description, region, primaryColor, contacts and legal are needed`,
    });
  } else {
    site = parse(siteCollection.schema, raw.site, issues);
  }

  // Collections. Slugs are recorded even for invalid items, so that one bad file does not cascade
  // into "missing reference" errors everywhere else; the references of invalid items are still
  // checked, so that every error shows at once.
  const slugSets = {} as Record<CollectionName, Map<string, string>>;
  const invalid: { name: CollectionName; place: ItemPlace; data: Record<string, unknown> }[] = [];
  const collection = <S extends z.ZodType>(
    name: CollectionName,
    schema: S,
  ): Parsed<z.output<S>>[] => {
    const seen = new Map<string, string>((raw.unreadable?.[name] ?? []).map((s) => [s, '']));
    slugSets[name] = seen;
    const out: Parsed<z.output<S>>[] = [];
    for (const item of raw.collections[name] ?? []) {
      const place = { file: item.file, prefix: item.prefix ?? '' };
      const data = item.data;
      if (isRecord(data) && typeof data.slug === 'string') {
        const other = seen.get(data.slug);
        if (other !== undefined)
          report(place, 'slug', {
            it: `slug già usato in ${other}`,
            en: `slug already used in ${other}`,
            found: show(data.slug),
          });
        else seen.set(data.slug, item.file);
      }
      const value = parse(schema, item, issues);
      if (value !== undefined) out.push({ raw: item, place, value });
      else if (isRecord(data)) invalid.push({ name, place, data });
    }
    return out;
  };
  const valid = {
    servizi: collection('servizi', COLLECTION_SCHEMAS.servizi.schema),
    notizie: collection('notizie', COLLECTION_SCHEMAS.notizie.schema),
    eventi: collection('eventi', COLLECTION_SCHEMAS.eventi.schema),
    luoghi: collection('luoghi', COLLECTION_SCHEMAS.luoghi.schema),
    unitaOrganizzative: collection(
      'unitaOrganizzative',
      COLLECTION_SCHEMAS.unitaOrganizzative.schema,
    ),
    persone: collection('persone', COLLECTION_SCHEMAS.persone.schema),
    incarichi: collection('incarichi', COLLECTION_SCHEMAS.incarichi.schema),
    documenti: collection('documenti', COLLECTION_SCHEMAS.documenti.schema),
    argomenti: collection('argomenti', COLLECTION_SCHEMAS.argomenti.schema),
    puntiDiContatto: collection('puntiDiContatto', COLLECTION_SCHEMAS.puntiDiContatto.schema),
    faq: collection('faq', COLLECTION_SCHEMAS.faq.schema),
    pagine: collection('pagine', COLLECTION_SCHEMAS.pagine.schema),
  };

  // Per-item rules that need several fields
  for (const { place, value } of valid.argomenti) {
    const t = lookup(ARGOMENTI, value.topic);
    if (t && t.slug !== value.slug)
      report(place, 'slug', {
        it: `atteso lo slug dell'argomento "${t.slug}"`,
        en: `expected the topic's slug "${t.slug}"`,
        found: show(value.slug),
      });
  }
  const endNotBeforeStart = {
    it: "attesa una fine non precedente all'inizio",
    en: 'expected an end not before the start',
  };
  for (const { place, value } of [...valid.eventi, ...valid.incarichi]) {
    if (value.end !== undefined && value.end < value.start)
      report(place, 'end', { ...endNotBeforeStart, found: show(value.end) });
  }
  for (const { place, value } of valid.documenti) {
    if (value.albo && value.albo.to < value.albo.from)
      report(place, 'albo.to', {
        it: "attesa una fine pubblicazione non precedente all'inizio",
        en: 'expected the end of publication not before its start',
        found: show(value.albo.to),
      });
  }
  // A page with a parent is a second-level page under a first-level page of the extra menu.
  const extraSlugs = new Set(
    (site?.extraMenu ?? []).flatMap((l) => /^\/([a-z0-9-]+)\/?$/.exec(l.url)?.[1] ?? []),
  );
  for (const { place, value } of valid.pagine) {
    const parent = value.parent;
    if (parent === undefined || !slugSets.pagine.has(parent) || extraSlugs.has(parent)) continue;
    report(place, 'parent', {
      it: `attesa una pagina raggiunta da una voce di extraMenu in site.yml (url "/${parent}/"): solo le pagine di primo livello hanno pagine figlie`,
      en: `expected a page reached from an extraMenu item of site.yml (url "/${parent}/"): only first-level pages have child pages`,
      found: show(parent),
    });
  }

  // References: checked against every item that has a slug (valid or not).
  const checkRef = (place: ItemPlace, path: string, target: CollectionName, v: unknown): void => {
    if (typeof v !== 'string' || slugSets[target].has(v)) return;
    const c = COLLECTIONS[target];
    report(place, path, {
      it: `atteso lo slug di un elemento esistente di tipo ${c.it} (un file ${c.dir}/${v}.md)`,
      en: `expected the slug of an existing ${c.en} (a file ${c.dir}/${v}.md)`,
      found: show(v),
    });
  };
  const checkRefs = (schema: z.ZodType, place: ItemPlace, value: unknown): void => {
    for (const [field, target] of refsFor(schema)) {
      const v = get(value, field);
      if (Array.isArray(v))
        v.forEach((s, i) => checkRef(place, `${field}.${String(i)}`, target, s));
      else checkRef(place, field, target, v);
    }
  };
  for (const name of COLLECTION_NAMES) {
    for (const { place, value } of valid[name])
      checkRefs(COLLECTION_SCHEMAS[name].schema, place, value);
  }
  for (const { name, place, data } of invalid)
    checkRefs(COLLECTION_SCHEMAS[name].schema, place, data);
  if (site) checkRefs(siteCollection.schema, sitePlace, site);

  issues.push(
    ...siteWarnings({
      raw,
      siteFile,
      site,
      pageSlugs: slugSets.pagine,
      bookingOffices: valid.unitaOrganizzative.filter(({ value }) => value.booking).length,
      topicPages: new Set(valid.argomenti.map((a) => a.value.topic)),
      topicsUsed: COLLECTION_NAMES.flatMap((name) =>
        valid[name].map(({ raw: item, value }) => ({
          file: item.file,
          topics: 'topics' in value ? (value.topics ?? []) : [],
        })),
      ),
    }),
  );

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0 || !site) return { content: undefined, errors, warnings };
  const values = <T>(items: Parsed<T>[]): T[] => items.map((v) => v.value);
  const content: Content = {
    site,
    servizi: values(valid.servizi),
    notizie: values(valid.notizie),
    eventi: values(valid.eventi),
    luoghi: values(valid.luoghi),
    unitaOrganizzative: values(valid.unitaOrganizzative),
    persone: values(valid.persone),
    incarichi: values(valid.incarichi),
    documenti: values(valid.documenti),
    argomenti: values(valid.argomenti),
    puntiDiContatto: values(valid.puntiDiContatto),
    faq: values(valid.faq),
    pagine: values(valid.pagine),
  };
  if (raw.root !== undefined) content.root = raw.root;
  return { content, errors, warnings };
}
