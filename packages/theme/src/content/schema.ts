// A small runtime schema for the content model: each check reports every problem it finds (file,
// field path, what was expected in Italian and English, what was found) and never stops at the first.
import { flatten, lookup, slugify } from '@piazza/vocabularies';
import type { Term } from '@piazza/vocabularies';
import type { ContentIssue } from './model.js';

/**
 * Metadata of a local file, or undefined when it does not exist. `symlink` marks a symbolic link
 * (or a path through one leading out of the content folder): it is refused, never published.
 */
export type FileResolver = (path: string) => { size: number; symlink?: boolean } | undefined;

export interface Ctx {
  /** File name used in the messages. */
  file: string;
  /** Prefix of every field path (e.g. `3` for the 4th item of faq.yml). */
  prefix: string;
  issues: ContentIssue[];
  resolveFile?: FileResolver | undefined;
}

/** Checks a present value; returns undefined after reporting when invalid. */
export type Check<T> = (value: unknown, ctx: Ctx, path: string) => T | undefined;

export function fieldPath(ctx: Ctx, path: string): string {
  return [ctx.prefix, path].filter((p) => p !== '').join('.');
}

export function report(
  ctx: Ctx,
  path: string,
  message: string,
  messageEn: string,
  extra: { found?: string | undefined; hint?: string | undefined; warning?: boolean } = {},
): void {
  const issue: ContentIssue = {
    severity: extra.warning ? 'warning' : 'error',
    file: ctx.file,
    field: fieldPath(ctx, path),
    message,
    messageEn,
  };
  if (extra.found !== undefined) issue.found = extra.found;
  if (extra.hint !== undefined) issue.hint = extra.hint;
  ctx.issues.push(issue);
}

/** How a found value is quoted in messages. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'un valore vuoto (empty)';
  if (typeof value === 'string') {
    const s = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'una lista (a list)';
  if (value instanceof Date) return `una data YAML (a YAML date) ${value.toISOString()}`;
  return 'un oggetto (an object)';
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

// ---------------------------------------------------------------------------------------------------
// Scalars

export function text(options: { min?: number; max?: number } = {}): Check<string> {
  const min = options.min ?? 1;
  return (value, ctx, path) => {
    if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
    if (typeof value !== 'string') {
      report(ctx, path, 'atteso un testo', 'expected a text', { found: show(value) });
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length < min) {
      report(
        ctx,
        path,
        `atteso un testo di almeno ${String(min)} caratteri`,
        `expected a text of at least ${String(min)} characters`,
        { found: show(value) },
      );
      return undefined;
    }
    if (options.max !== undefined && trimmed.length > options.max) {
      report(
        ctx,
        path,
        `atteso un testo di al massimo ${String(options.max)} caratteri`,
        `expected a text of at most ${String(options.max)} characters`,
        { found: `${String(trimmed.length)} caratteri (characters)` },
      );
      return undefined;
    }
    return trimmed;
  };
}

/** Markdown: a text; kept as written (only trimmed). */
export const markdown = (): Check<string> => text({ min: 1 });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = (): Check<string> => (value, ctx, path) => {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    report(
      ctx,
      path,
      'atteso uno slug: lettere minuscole, cifre e trattini (es. "ufficio-anagrafe")',
      'expected a slug: lowercase letters, digits and hyphens (e.g. "ufficio-anagrafe")',
      {
        found: show(value),
        hint: typeof value === 'string' ? `forse "${slugify(value)}"? (did you mean)` : undefined,
      },
    );
    return undefined;
  }
  return value;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

function realDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

export const date = (): Check<string> => (value, ctx, path) => {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m || !realDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')) {
    report(
      ctx,
      path,
      'attesa una data AAAA-MM-GG (es. "2026-03-15")',
      'expected a date YYYY-MM-DD (e.g. "2026-03-15")',
      { found: show(value) },
    );
    return undefined;
  }
  return value as string;
};

export const dateTime = (): Check<string> => (value, ctx, path) => {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m || !realDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')) {
    report(
      ctx,
      path,
      'attesa una data AAAA-MM-GG o data e ora AAAA-MM-GGTHH:MM (es. "2026-06-21T18:30")',
      'expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (e.g. "2026-06-21T18:30")',
      { found: show(value) },
    );
    return undefined;
  }
  return value as string;
};

export function integer(options: { min?: number; max?: number } = {}): Check<number> {
  return (value, ctx, path) => {
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      (options.min !== undefined && value < options.min) ||
      (options.max !== undefined && value > options.max)
    ) {
      const range = options.min !== undefined ? ` ≥ ${String(options.min)}` : '';
      report(ctx, path, `atteso un numero intero${range}`, `expected an integer${range}`, {
        found: show(value),
      });
      return undefined;
    }
    return value;
  };
}

export function number(min: number, max: number): Check<number> {
  return (value, ctx, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      report(
        ctx,
        path,
        `atteso un numero tra ${String(min)} e ${String(max)}`,
        `expected a number between ${String(min)} and ${String(max)}`,
        { found: show(value) },
      );
      return undefined;
    }
    return value;
  };
}

export const boolean = (): Check<boolean> => (value, ctx, path) => {
  if (typeof value !== 'boolean') {
    report(ctx, path, 'atteso true o false', 'expected true or false', { found: show(value) });
    return undefined;
  }
  return value;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

export const email =
  (what = 'un indirizzo email', whatEn = 'an email address'): Check<string> =>
  (value, ctx, path) => {
    if (typeof value !== 'string' || !EMAIL.test(value.trim())) {
      report(ctx, path, `atteso ${what}`, `expected ${whatEn}`, { found: show(value) });
      return undefined;
    }
    return value.trim();
  };

export const phone = (): Check<string> => (value, ctx, path) => {
  if (typeof value === 'number') value = String(value);
  if (
    typeof value !== 'string' ||
    !/^\+?[\d\s./()-]+$/.test(value.trim()) ||
    value.replace(/\D/g, '').length < 6
  ) {
    report(
      ctx,
      path,
      'atteso un numero di telefono (es. "+39 0123 456789"), scritto tra virgolette',
      'expected a phone number (e.g. "+39 0123 456789"), quoted',
      { found: show(value) },
    );
    return undefined;
  }
  return value.trim();
};

/** A URL: http(s), mailto:, tel:, or a site path starting with `/` (unless `absolute`). */
export function url(options: { absolute?: boolean; prefix?: string } = {}): Check<string> {
  return (value, ctx, path) => {
    const v = typeof value === 'string' ? value.trim() : '';
    let ok = /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v);
    if (!options.absolute) ok ||= /^\/(?!\/)[^\s]*$/.test(v) || /^(mailto|tel):[^\s]+$/i.test(v);
    if (ok && options.prefix) ok = v.startsWith(options.prefix);
    if (!ok) {
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
      report(ctx, path, it, en, { found: show(value) });
      return undefined;
    }
    return v;
  };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const c = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** A `#rrggbb` colour with a contrast of at least 4.5:1 on white (text and links in the primary colour). */
export const primaryColor = (): Check<string> => (value, ctx, path) => {
  if (typeof value !== 'string' || !HEX.test(value.trim())) {
    report(
      ctx,
      path,
      'atteso un colore esadecimale #rrggbb (es. "#0066cc"), scritto tra virgolette',
      'expected a hex colour #rrggbb (e.g. "#0066cc"), quoted',
      { found: show(value) },
    );
    return undefined;
  }
  const hex = value.trim().toLowerCase();
  const ratio = contrastRatio(hex, '#ffffff');
  if (ratio < 4.5) {
    report(
      ctx,
      path,
      `atteso un colore con contrasto almeno 4.5:1 sul bianco (WCAG 1.4.3), questo ha ${ratio.toFixed(2)}:1`,
      `expected a colour with a contrast of at least 4.5:1 on white (WCAG 1.4.3), this one has ${ratio.toFixed(2)}:1`,
      { found: show(value), hint: 'scegli una tonalità più scura (choose a darker shade)' },
    );
    return undefined;
  }
  return hex;
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A time of day, "HH:MM" (24 h). */
export function clock(): Check<string> {
  return (value, ctx, path) => {
    // YAML 1.1 reads 09:00 unquoted as a sexagesimal number (540)
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1440)
      value = `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
    if (typeof value !== 'string' || !CLOCK.test(value.trim())) {
      report(
        ctx,
        path,
        'atteso un orario HH:MM, per esempio "09:30"',
        'expected a time HH:MM, e.g. "09:30"',
        {
          found: show(value),
        },
      );
      return undefined;
    }
    return value.trim();
  };
}

/** One of fixed values. */
export function oneOf<T extends string>(values: readonly T[], name: string): Check<T> {
  return (value, ctx, path) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      const list = values.map((v) => `"${v}"`).join(', ');
      report(
        ctx,
        path,
        `atteso uno dei valori di ${name}: ${list}`,
        `expected one of the values of ${name}: ${list}`,
        { found: show(value) },
      );
      return undefined;
    }
    return value as T;
  };
}

const tokens = (s: string): Set<string> =>
  new Set(
    slugify(s)
      .split('-')
      .filter((t) => t !== ''),
  );

/** Up to 3 labels sharing the most words with `value` (for hints on large vocabularies). */
function closest(value: string, labels: readonly string[]): string[] {
  const mine = tokens(value);
  return labels
    .map((label) => {
      let score = 0;
      for (const t of tokens(label)) if (mine.has(t)) score += t.length >= 3 ? 2 : 1;
      return { label, score };
    })
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((x) => x.label);
}

/**
 * A label of a controlled vocabulary (any level of a tree), exactly as written there. When the value
 * matches a label loosely (case, accents), the message suggests the exact spelling.
 */
export function vocabulary<T extends string>(terms: readonly Term[], name: string): Check<T> {
  const labels = [...new Set(flatten(terms).map((t) => t.label))];
  const set: ReadonlySet<string> = new Set(labels);
  return (value, ctx, path) => {
    if (typeof value === 'string' && set.has(value)) return value as T;
    const near = typeof value === 'string' ? lookup(terms, value) : undefined;
    const list = labels.map((l) => `"${l}"`).join(', ');
    const similar = typeof value === 'string' ? closest(value, labels) : [];
    const hint = near
      ? `forse "${near.label}"? (did you mean "${near.label}"?)`
      : labels.length <= 20
        ? `valori ammessi (allowed values): ${list}`
        : similar.length > 0
          ? `i più simili (closest): ${similar.map((l) => `"${l}"`).join(', ')}; elenco completo (full list): ${name} in @piazza/vocabularies`
          : `elenco completo (full list): ${name} in @piazza/vocabularies`;
    report(
      ctx,
      path,
      `atteso uno dei ${String(labels.length)} valori di ${name}`,
      `expected one of the ${String(labels.length)} values of ${name}`,
      { found: show(value), hint },
    );
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------------
// Structures

export function list<T>(item: Check<T>, options: { min?: number; max?: number } = {}): Check<T[]> {
  return (value, ctx, path) => {
    if (typeof value === 'string' || isRecord(value)) value = [value];
    if (!Array.isArray(value)) {
      report(ctx, path, 'attesa una lista', 'expected a list', { found: show(value) });
      return undefined;
    }
    const out: T[] = [];
    let ok = true;
    value.forEach((v, i) => {
      const p = `${path}.${String(i)}`;
      if (isBlank(v)) {
        report(ctx, p, 'atteso un valore, la voce è vuota', 'expected a value, the entry is empty');
        ok = false;
        return;
      }
      const r = item(v, ctx, p);
      if (r === undefined) ok = false;
      else out.push(r);
    });
    if (options.min !== undefined && value.length < options.min) {
      report(
        ctx,
        path,
        `attese almeno ${String(options.min)} voci`,
        `expected at least ${String(options.min)} entries`,
        { found: `${String(value.length)}` },
      );
      return undefined;
    }
    if (options.max !== undefined && value.length > options.max) {
      report(
        ctx,
        path,
        `attese al massimo ${String(options.max)} voci`,
        `expected at most ${String(options.max)} entries`,
        { found: `${String(value.length)}` },
      );
      return undefined;
    }
    return ok ? out : undefined;
  };
}

export interface Field {
  check: Check<unknown>;
  /** Required: `true`, or the Italian/English name of what is missing (e.g. a service section). */
  required?: boolean | readonly [string, string];
}

export type Shape = Record<string, Field>;

export const req = (check: Check<unknown>, name?: readonly [string, string]): Field => ({
  check,
  required: name ?? true,
});
export const opt = (check: Check<unknown>): Field => ({ check });

/** Italian spellings and common mistakes mapped to the model's keys, for "did you mean" hints. */
const KEY_HINTS: Record<string, string> = {
  categoria: 'category',
  argomenti: 'topics',
  argomento: 'topics',
  titolo: 'title',
  nome: 'name',
  tipo: 'type',
  data: 'date',
  sommario: 'summary',
  descrizioneBreve: 'description',
  luoghi: 'luogo',
  immagine: 'image',
  indirizzo: 'address',
  telefono: 'phone',
  orari: 'hours',
  tempi: 'tempiEScadenze',
  accedi: 'accesso',
  condizioni: 'condizioniDiServizio',
  contatti: 'ufficio',
  stato: 'status',
  domanda: 'question',
  risposta: 'answer',
};

/**
 * An object with known keys: reports every missing required key, every invalid value, and (as a
 * warning) every unknown key. Returns the valid fields (undefined when any was invalid or missing).
 */
export function object(shape: Shape): Check<Record<string, unknown>> {
  const keys = Object.keys(shape);
  return (value, ctx, path) => {
    if (!isRecord(value)) {
      report(
        ctx,
        path,
        'atteso un oggetto con campi chiave: valore',
        'expected an object of key: value fields',
        {
          found: show(value),
        },
      );
      return undefined;
    }
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of keys) {
      const field = shape[key] as Field;
      const p = path ? `${path}.${key}` : key;
      const v = value[key];
      if (isBlank(v) || (Array.isArray(v) && v.length === 0 && field.required)) {
        if (field.required) {
          ok = false;
          if (Array.isArray(field.required)) {
            const [it, en] = field.required as readonly [string, string];
            report(ctx, p, `manca ${it}`, `missing ${en}`);
          } else {
            report(ctx, p, 'manca il campo obbligatorio', 'missing required field');
          }
        }
        continue;
      }
      const r = field.check(v, ctx, p);
      if (r === undefined) ok = false;
      else out[key] = r;
    }
    for (const key of Object.keys(value)) {
      if (key in shape) continue;
      const suggestion = KEY_HINTS[key] ?? keys.find((k) => k.toLowerCase() === key.toLowerCase());
      report(
        ctx,
        path ? `${path}.${key}` : key,
        'campo sconosciuto, ignorato',
        'unknown field, ignored',
        {
          warning: true,
          hint:
            suggestion && suggestion in shape
              ? `forse "${suggestion}"? (did you mean "${suggestion}"?)`
              : `campi ammessi (allowed fields): ${keys.join(', ')}`,
        },
      );
    }
    return ok ? out : undefined;
  };
}

/** Either form: runs `check` after `normalize` (shorthands such as a string for `{ text }`). */
export function pre(normalize: (value: unknown) => unknown, check: Check<unknown>): Check<unknown> {
  return (value, ctx, path) => check(normalize(value), ctx, path);
}

const EXTENSIONS: Record<string, string> = {
  pdf: 'PDF',
  odt: 'ODT',
  ods: 'ODS',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
  csv: 'CSV',
  json: 'JSON',
  zip: 'ZIP',
  p7m: 'P7M',
  txt: 'TXT',
  xml: 'XML',
};

/** `12 KB`, `1,2 MB` (Italian decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export const isLocalAsset = (p: string): boolean =>
  !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/') && !p.startsWith('#');

/** A local asset path (checked with the resolver) or an absolute URL. */
export const asset = (): Check<string> => (value, ctx, path) => {
  if (typeof value !== 'string' || value.trim() === '') {
    report(
      ctx,
      path,
      'atteso il percorso di un file della cartella dei contenuti (es. "media/logo.svg") o un indirizzo https://',
      'expected the path of a file of the content folder (e.g. "media/logo.svg") or an https:// address',
      { found: show(value) },
    );
    return undefined;
  }
  const v = value.trim();
  if (isLocalAsset(v)) {
    if (v.split('/').includes('..')) {
      report(
        ctx,
        path,
        'atteso un percorso dentro la cartella dei contenuti',
        'expected a path inside the content folder',
        { found: show(v) },
      );
      return undefined;
    }
    const meta = ctx.resolveFile?.(v);
    if (ctx.resolveFile && !meta) {
      report(
        ctx,
        path,
        'file non trovato nella cartella dei contenuti',
        'file not found in the content folder',
        {
          found: show(v),
        },
      );
      return undefined;
    }
    if (meta?.symlink) {
      report(
        ctx,
        path,
        'collegamento simbolico non ammesso: il file non viene pubblicato; copia il file vero nella cartella dei contenuti',
        'symbolic link refused: the file is not published; copy the real file into the content folder',
        { found: show(v) },
      );
      return undefined;
    }
  } else if (!/^https?:\/\/[^\s/]+\S*$/i.test(v) && !/^\/(?!\/)\S*$/.test(v)) {
    // Not a local file: only web addresses and site paths (never javascript:, data:, //host).
    report(
      ctx,
      path,
      'indirizzo non ammesso: atteso https://…, http://… o un percorso del sito (/…)',
      'address not allowed: expected https://…, http://… or a site path (/…)',
      { found: show(v) },
    );
    return undefined;
  }
  return v;
};

/** A FileRef; `fileType` and `size` are derived from a local file when absent. */
export const fileRef = (): Check<Record<string, unknown>> => {
  const shape = object({
    title: req(text({ min: 3 })),
    url: req(asset()),
    fileType: opt(text()),
    size: opt(text()),
  });
  return (value, ctx, path) => {
    const r = shape(value, ctx, path);
    if (!r) return undefined;
    const u = r.url as string;
    if (r.fileType === undefined) {
      const ext = /\.([a-z0-9]+)$/i.exec(u.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
      const type = ext ? (EXTENSIONS[ext] ?? ext.toUpperCase()) : undefined;
      if (!type) {
        report(
          ctx,
          `${path}.fileType`,
          'manca il tipo di file (es. "PDF")',
          'missing file type (e.g. "PDF")',
        );
        return undefined;
      }
      r.fileType = type;
    }
    if (r.size === undefined) {
      const meta = isLocalAsset(u) ? ctx.resolveFile?.(u) : undefined;
      if (!meta) {
        report(
          ctx,
          `${path}.size`,
          'manca la dimensione del file (es. "120 KB")',
          'missing file size (e.g. "120 KB")',
        );
        return undefined;
      }
      r.size = formatSize(meta.size);
    }
    return r;
  };
};
