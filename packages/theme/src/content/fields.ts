// The building blocks of the content schema, on zod 4: each field kind checks its value with the
// Italian and English message of the content model (file and field come from zod's issue path),
// and carries the metadata the JSON Schema, the docs tables and the reference checks are derived
// from (labels, help texts, vocabulary, referenced collection, Markdown).
import { z } from 'zod';
import { slugify } from '@piazza/vocabularies';
import { isBlank, isRecord, problem, show } from './issues.js';
import type { IssueSink, Problem } from './issues.js';

/** What the schema says about a field besides its checks. */
export interface FieldInfo {
  /** Italian label, English label, Italian and English help texts. */
  label?: string;
  labelEn?: string;
  help?: string;
  helpEn?: string;
  /** JSON Schema of the canonical value of a leaf (`{ type: 'string', format: 'date' }`). */
  json?: Record<string, unknown>;
  /** How the docs name the kind of value: "data AAAA-MM-GG", "slug di un documento". */
  kind?: string;
  /** The name of the controlled vocabulary in @piazza/vocabularies. */
  vocabulary?: string;
  /** The collection (schema name) a slug points at. */
  ref?: string;
  /** Markdown text. */
  markdown?: boolean;
  /** The Markdown body of a file (the text after the front matter). */
  body?: boolean;
  /** An image `{ src, alt, decorative, focalPoint, credit }`. */
  image?: boolean;
  /** Former or common names of the field, suggested when met as unknown keys. */
  aliases?: readonly string[];
  /** The message of a required field left blank (Italian, English): what CMS forms show too. */
  missing?: { it: string; en: string };
}

/** The metadata of every schema built here (zod's registry, looked up by schema instance). */
export const fieldInfo = z.registry<FieldInfo>();

const withInfo = <S extends z.ZodType>(schema: S, info: FieldInfo): S => {
  fieldInfo.add(schema, { ...fieldInfo.get(schema), ...info });
  return schema;
};

/** A check of one value: returns the (normalised) value, or undefined after recording a problem. */
export type Check<T> = (value: unknown, ctx: IssueSink) => T | undefined;

/** A leaf of the schema: one value checked by `check`, described by `info`. */
export function leaf<T>(check: Check<T>, info: FieldInfo) {
  const schema = z.unknown().transform((value, ctx): T => {
    const out = check(value, ctx);
    return out === undefined ? z.NEVER : out;
  });
  return withInfo(schema, info);
}

export const fail = (ctx: IssueSink, p: Problem): undefined => {
  problem(ctx, p);
  return undefined;
};

// ---------------------------------------------------------------------------------------------------
// Fields of an object: labels, required, optional, defaults

/** Italian label, English label, Italian help, English help. */
export type Labels = readonly [it: string, en: string, help?: string, helpEn?: string];

const labelInfo = ([label, labelEn, help, helpEn]: Labels, more: FieldInfo = {}): FieldInfo => ({
  label,
  labelEn,
  ...(help === undefined ? {} : { help }),
  ...(helpEn === undefined ? {} : { helpEn }),
  ...more,
});

/**
 * A required field: blank (absent, null, only spaces) or an empty list is reported as missing,
 * with the name of what is missing when given (a section of the scheda servizio).
 */
export function req<S extends z.ZodType>(
  schema: S,
  labels: Labels,
  missing?: readonly [string, string],
  more: FieldInfo = {},
) {
  const message = missing
    ? { it: `manca ${missing[0]}`, en: `missing ${missing[1]}` }
    : { it: 'manca il campo obbligatorio', en: 'missing required field' };
  const field = z.preprocess((value, ctx) => {
    if (isBlank(value) || (Array.isArray(value) && value.length === 0)) problem(ctx, message);
    return value;
  }, schema);
  return withInfo(field, labelInfo(labels, { missing: message, ...more }));
}

const absentIfBlank = (value: unknown): unknown => (isBlank(value) ? undefined : value);

/** An optional field: blank means absent. */
export function opt<S extends z.ZodType>(schema: S, labels: Labels, more: FieldInfo = {}) {
  return withInfo(
    z.preprocess(absentIfBlank, schema.optional()).optional(),
    labelInfo(labels, more),
  );
}

/** An optional field that the validated content always has: `value` when absent. */
export function withDefault<S extends z.ZodType>(
  schema: S,
  value: z.output<S> & z.core.util.NoUndefined<z.output<S>>,
  labels: Labels,
  more: FieldInfo = {},
) {
  return withInfo(z.preprocess(absentIfBlank, schema.default(value)), labelInfo(labels, more));
}

// ---------------------------------------------------------------------------------------------------
// Structures

/** An object of known keys (unknown keys are warned about by the validation, see walk.ts). */
export function object<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess((value, ctx) => {
    if (!isRecord(value))
      problem(ctx, {
        it: 'atteso un oggetto con campi chiave: valore',
        en: 'expected an object of key: value fields',
        found: show(value),
      });
    return value;
  }, z.object(shape));
}

/** A list; a single value stands for a list of one. Empty entries are reported one by one. */
export function list<S extends z.ZodType>(item: S, options: { min?: number; max?: number } = {}) {
  const entry = z.preprocess((value, ctx) => {
    if (isBlank(value))
      problem(ctx, {
        it: 'atteso un valore, la voce è vuota',
        en: 'expected a value, the entry is empty',
      });
    return value;
  }, item);
  const array = z.array(entry).superRefine(
    (items, ctx) => {
      const n = String(items.length);
      if (options.min !== undefined && items.length < options.min)
        problem(ctx, {
          it: `attese almeno ${String(options.min)} voci`,
          en: `expected at least ${String(options.min)} entries`,
          found: n,
        });
      if (options.max !== undefined && items.length > options.max)
        problem(ctx, {
          it: `attese al massimo ${String(options.max)} voci`,
          en: `expected at most ${String(options.max)} entries`,
          found: n,
        });
    },
    { when: () => true },
  );
  const schema = z.preprocess((value, ctx) => {
    const v = typeof value === 'string' || isRecord(value) ? [value] : value;
    if (!Array.isArray(v))
      problem(ctx, { it: 'attesa una lista', en: 'expected a list', found: show(value) });
    return v;
  }, array);
  return withInfo(schema, {
    json: {
      ...(options.min === undefined ? {} : { minItems: options.min }),
      ...(options.max === undefined ? {} : { maxItems: options.max }),
    },
  });
}

/** Runs `normalize` first: the shorthands of a field (a string for `{ text }`, `true` for `{}`). */
export const shorthand = <S extends z.ZodType>(normalize: (value: unknown) => unknown, schema: S) =>
  z.preprocess(normalize, schema);

// ---------------------------------------------------------------------------------------------------
// Scalars

export function text(options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 1;
  return leaf<string>(
    (raw, ctx) => {
      const value = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
      if (typeof value !== 'string')
        return fail(ctx, { it: 'atteso un testo', en: 'expected a text', found: show(value) });
      const trimmed = value.trim();
      if (trimmed.length < min)
        return fail(ctx, {
          it: `atteso un testo di almeno ${String(min)} caratteri`,
          en: `expected a text of at least ${String(min)} characters`,
          found: show(value),
        });
      if (options.max !== undefined && trimmed.length > options.max)
        return fail(ctx, {
          it: `atteso un testo di al massimo ${String(options.max)} caratteri`,
          en: `expected a text of at most ${String(options.max)} characters`,
          found: `${String(trimmed.length)} caratteri (characters)`,
        });
      return trimmed;
    },
    {
      json: {
        type: 'string',
        ...(min > 1 ? { minLength: min } : {}),
        ...(options.max === undefined ? {} : { maxLength: options.max }),
      },
      kind:
        options.max !== undefined
          ? `testo (${String(min)}–${String(options.max)} caratteri)`
          : min > 1
            ? `testo (almeno ${String(min)} caratteri)`
            : 'testo',
    },
  );
}

/** Markdown: a text, kept as written (only trimmed). */
export const markdown = () =>
  withInfo(text({ min: 1 }), {
    json: { type: 'string', contentMediaType: 'text/markdown' },
    kind: 'Markdown',
    markdown: true,
  });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && SLUG.test(value)
        ? value
        : fail(ctx, {
            it: 'atteso uno slug: lettere minuscole, cifre e trattini (es. "ufficio-anagrafe")',
            en: 'expected a slug: lowercase letters, digits and hyphens (e.g. "ufficio-anagrafe")',
            found: show(value),
            hint:
              typeof value === 'string' ? `forse "${slugify(value)}"? (did you mean)` : undefined,
          }),
    { json: { type: 'string', pattern: SLUG.source }, kind: 'slug' },
  );

/** The slug of an item of another collection (checked to exist by the validation). */
export const ref = (collection: string, what: string) =>
  withInfo(slug(), { ref: collection, kind: `slug di ${what}` });

/** A list of slugs of another collection. */
export const refs = (collection: string, what: string) =>
  withInfo(list(ref(collection, what)), { ref: collection, kind: `lista di slug di ${what}` });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

function realDate(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const date = () =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && realDate(DATE.exec(value))
        ? value
        : fail(ctx, {
            it: 'attesa una data AAAA-MM-GG (es. "2026-03-15")',
            en: 'expected a date YYYY-MM-DD (e.g. "2026-03-15")',
            found: show(value),
          }),
    { json: { type: 'string', format: 'date' }, kind: 'data AAAA-MM-GG' },
  );

export const dateTime = () =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && realDate(DATE_TIME.exec(value))
        ? value
        : fail(ctx, {
            it: 'attesa una data AAAA-MM-GG o data e ora AAAA-MM-GGTHH:MM (es. "2026-06-21T18:30")',
            en: 'expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (e.g. "2026-06-21T18:30")',
            found: show(value),
          }),
    // Both forms are accepted; CMS adapters write the date-time form.
    {
      json: { type: 'string', format: 'date-time', pattern: DATE_TIME.source },
      kind: 'data AAAA-MM-GG o AAAA-MM-GGTHH:MM',
    },
  );

export const integer = (options: { min?: number } = {}) =>
  leaf<number>(
    (value, ctx) => {
      if (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        (options.min === undefined || value >= options.min)
      )
        return value;
      const range = options.min !== undefined ? ` ≥ ${String(options.min)}` : '';
      return fail(ctx, {
        it: `atteso un numero intero${range}`,
        en: `expected an integer${range}`,
        found: show(value),
      });
    },
    {
      json: { type: 'integer', ...(options.min === undefined ? {} : { minimum: options.min }) },
      kind: 'numero intero',
    },
  );

export const number = (min: number, max: number) =>
  leaf<number>(
    (value, ctx) =>
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
        ? value
        : fail(ctx, {
            it: `atteso un numero tra ${String(min)} e ${String(max)}`,
            en: `expected a number between ${String(min)} and ${String(max)}`,
            found: show(value),
          }),
    {
      json: { type: 'number', minimum: min, maximum: max },
      kind: `numero tra ${String(min)} e ${String(max)}`,
    },
  );

export const boolean = () =>
  leaf<boolean>(
    (value, ctx) =>
      typeof value === 'boolean'
        ? value
        : fail(ctx, {
            it: 'atteso true o false',
            en: 'expected true or false',
            found: show(value),
          }),
    { json: { type: 'boolean' }, kind: 'true o false' },
  );

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

export const email = (what = 'un indirizzo email', whatEn = 'an email address') =>
  leaf<string>(
    (value, ctx) =>
      typeof value === 'string' && EMAIL.test(value.trim())
        ? value.trim()
        : fail(ctx, { it: `atteso ${what}`, en: `expected ${whatEn}`, found: show(value) }),
    { json: { type: 'string', format: 'email' }, kind: what.replace(/^un /, '') },
  );

export const phone = () =>
  leaf<string>(
    (raw, ctx) => {
      const value = typeof raw === 'number' ? String(raw) : raw;
      if (
        typeof value === 'string' &&
        /^\+?[\d\s./()-]+$/.test(value.trim()) &&
        value.replace(/\D/g, '').length >= 6
      )
        return value.trim();
      return fail(ctx, {
        it: 'atteso un numero di telefono (es. "+39 0123 456789"), scritto tra virgolette',
        en: 'expected a phone number (e.g. "+39 0123 456789"), quoted',
        found: show(value),
      });
    },
    { json: { type: 'string' }, kind: 'numero di telefono' },
  );

/** A URL: http(s), mailto:, tel:, or a site path starting with `/` (unless `absolute`). */
export function url(options: { absolute?: boolean; prefix?: string } = {}) {
  const [it, en] = options.prefix
    ? [
        `atteso un indirizzo che inizi con ${options.prefix}`,
        `expected a URL starting with ${options.prefix}`,
      ]
    : options.absolute
      ? [
          'atteso un indirizzo web assoluto (https://…)',
          'expected an absolute web address (https://…)',
        ]
      : [
          'atteso un indirizzo web (https://…) o un percorso del sito (/…)',
          'expected a web address (https://…) or a site path (/…)',
        ];
  return leaf<string>(
    (value, ctx) => {
      const v = typeof value === 'string' ? value.trim() : '';
      let ok = /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v);
      if (!options.absolute) ok ||= /^\/(?!\/)[^\s]*$/.test(v) || /^(mailto|tel):[^\s]+$/i.test(v);
      if (ok && options.prefix) ok = v.startsWith(options.prefix);
      return ok ? v : fail(ctx, { it, en, found: show(value) });
    },
    {
      // Site paths and mailto:/tel: are URI references, not URIs.
      json: {
        type: 'string',
        format: options.absolute || options.prefix ? 'uri' : 'uri-reference',
      },
      kind: options.prefix
        ? `indirizzo ${options.prefix}…`
        : options.absolute
          ? 'indirizzo https://…'
          : 'indirizzo https://… o percorso /…',
    },
  );
}

/** A time of day, "HH:MM" (24 h). YAML 1.1 reads 09:00 unquoted as a sexagesimal number (540). */
export const clock = () =>
  leaf<string>(
    (raw, ctx) => {
      const value =
        typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw < 1440
          ? `${String(Math.floor(raw / 60)).padStart(2, '0')}:${String(raw % 60).padStart(2, '0')}`
          : raw;
      if (typeof value === 'string' && /^([01]\d|2[0-3]):([0-5]\d)$/.test(value.trim()))
        return value.trim();
      return fail(ctx, {
        it: 'atteso un orario HH:MM, per esempio "09:30"',
        en: 'expected a time HH:MM, e.g. "09:30"',
        found: show(value),
      });
    },
    { json: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }, kind: 'orario HH:MM' },
  );

/** One of fixed values. */
export function oneOf<const T extends string>(values: readonly T[], name: string) {
  const list = values.map((v) => `"${v}"`).join(', ');
  return leaf<T>(
    (value, ctx) =>
      values.find((v) => v === value) ??
      fail(ctx, {
        it: `atteso uno dei valori di ${name}: ${list}`,
        en: `expected one of the values of ${name}: ${list}`,
        found: show(value),
      }),
    { json: { type: 'string', enum: [...values] }, kind: `uno tra ${values.join(', ')}` },
  );
}
