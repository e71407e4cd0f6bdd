// The embedded content source: a folder of Markdown files with YAML front matter, one per item.
// Layout (see docs/content-model.md): site.yml; servizi/*.md, notizie/*.md, eventi/*.md, luoghi/*.md,
// uffici/*.md, persone/*.md, incarichi/*.md, documenti/*.md, argomenti/*.md, contatti/*.md, faq/*.md,
// pagine/*.md; or, for any collection, a YAML list in <folder>.yml (e.g. faq.yml); media/ for files.
import { readFile, readdir, stat } from 'node:fs/promises';
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { slugify } from '@piazza/vocabularies';
import { ContentValidationError } from './model.js';
import type { CollectionName, Content, ContentIssue, ContentSource, LoadResult } from './model.js';
import { BODY_FIELD, COLLECTIONS, COLLECTION_NAMES, validateContent } from './validate.js';
import type { RawContent, RawItem } from './validate.js';
import { formatSize } from './files.js';
import { isRecord } from './issues.js';
import type { FileResolver } from './files.js';

/** The largest content file (Markdown or YAML) read: larger ones are refused. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** YAML aliases allowed in one file (more is the "billion laughs" attack). */
const MAX_YAML_ALIASES = 100;

export interface MarkdownContentSourceOptions {
  /**
   * Content files (Markdown, YAML) larger than this are refused, naming the file.
   * @default 1048576 (1 MiB)
   */
  maxFileBytes?: number;
  /**
   * How file names appear in messages: relative to this directory.
   * @default process.cwd() (falls back to absolute paths outside it)
   */
  relativeTo?: string;
}

/** Folders and files of the content root that are not collections but are expected. */
const KNOWN_EXTRA = new Set(['media', 'site.yml', 'site.yaml', 'README.md', '.gitkeep']);

interface Parsed {
  data: unknown;
  body: string;
}

function issue(
  file: string,
  field: string,
  message: string,
  messageEn: string,
  severity: 'error' | 'warning' = 'error',
): ContentIssue {
  return { severity, file, field, message, messageEn };
}

/** Parses YAML, reporting every syntax error with its line (offset by `lineOffset`). */
function parseYaml(
  source: string,
  file: string,
  lineOffset: number,
  issues: ContentIssue[],
): unknown {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const before = source.slice(0, e.pos[0]);
      const line = before.split('\n').length + lineOffset;
      const col = e.pos[0] - (before.lastIndexOf('\n') + 1) + 1;
      issues.push({
        ...issue(
          file,
          '',
          `YAML non valido alla riga ${String(line)}, colonna ${String(col)}`,
          `invalid YAML at line ${String(line)}, column ${String(col)}`,
        ),
        hint: e.message.split('\n')[0] ?? e.code,
      });
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (err) {
    // "Excessive alias count": the YAML "billion laughs" (alias bomb).
    issues.push({
      ...issue(
        file,
        '',
        `YAML rifiutato: troppi alias (* e &), più di ${String(MAX_YAML_ALIASES)} espansioni`,
        `YAML refused: too many aliases (* and &), more than ${String(MAX_YAML_ALIASES)} expansions`,
      ),
      hint: err instanceof Error ? err.message : String(err),
    });
    return undefined;
  }
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Splits `---\n<yaml>\n---\n<markdown>`; reports a missing or unclosed front matter. */
export function parseFrontMatter(
  text: string,
  file: string,
  issues: ContentIssue[],
): Parsed | undefined {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.startsWith('---\n')) {
    issues.push({
      ...issue(
        file,
        '',
        'manca il front matter YAML: il file deve iniziare con una riga "---"',
        'missing YAML front matter: the file must start with a "---" line',
      ),
      found: JSON.stringify(src.split('\n')[0] ?? ''),
    });
    return undefined;
  }
  const end = /\n---[ \t]*(?:\n|$)/.exec(src.slice(3));
  if (!end) {
    issues.push(
      issue(
        file,
        '',
        'front matter non chiuso: manca la seconda riga "---"',
        'unclosed front matter: the closing "---" line is missing',
      ),
    );
    return undefined;
  }
  const yaml = src.slice(4, 3 + end.index + 1);
  const body = src.slice(3 + end.index + end[0].length).trim();
  const data = parseYaml(yaml, file, 1, issues);
  if (data === undefined && issues.some((i) => i.file === file)) return undefined;
  if (data !== null && data !== undefined && !isRecord(data)) {
    issues.push(
      issue(
        file,
        '',
        'atteso un front matter di coppie chiave: valore',
        'expected a front matter of key: value pairs',
      ),
    );
    return undefined;
  }
  return { data: data ?? {}, body };
}

/**
 * Reads and validates a content folder. `load()` returns the typed Content or rejects with a
 * ContentValidationError listing every problem; `check()` returns errors and warnings.
 */
export class MarkdownContentSource implements ContentSource {
  readonly dir: string;
  readonly #relativeTo: string;
  readonly #maxFileBytes: number;
  /**
   * The items of each Markdown file as last read, by path, while its size, modification time and
   * inode are unchanged: a second `load()` (the rebuild of `piazza serve --rebuild-secret`) parses
   * and validates only the files that changed.
   */
  readonly #files = new Map<
    string,
    { key: string; item: RawItem | undefined; slug: string; issues: ContentIssue[] }
  >();
  readonly #validated = new WeakMap<object, unknown>();

  constructor(dir: string, options: MarkdownContentSourceOptions = {}) {
    this.dir = path.resolve(dir);
    this.#maxFileBytes = options.maxFileBytes ?? MAX_CONTENT_FILE_BYTES;
    this.#relativeTo = path.resolve(options.relativeTo ?? process.cwd());
  }

  /** The file name shown in messages. */
  label(abs: string): string {
    const rel = path.relative(this.#relativeTo, abs);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
  }

  /** Existence and size of a file, relative to the content folder. */
  readonly resolveFile: FileResolver = (p) => {
    try {
      const abs = path.join(this.dir, p);
      const s = lstatSync(abs);
      // A symbolic link is never published (one to /etc/passwd would be copied into the site);
      // nor is a file reached through a linked folder that leads out of the content folder.
      if (s.isSymbolicLink()) return { size: 0, symlink: true };
      if (!realpathSync(abs).startsWith(realpathSync(this.dir) + path.sep)) {
        return { size: 0, symlink: true };
      }
      return s.isFile() ? { size: s.size } : undefined;
    } catch {
      return undefined;
    }
  };

  /**
   * The text of a content file, or undefined after reporting why not: larger than the cap, or not
   * valid UTF-8 (named by line and column, instead of turning into U+FFFD).
   */
  async #readText(abs: string, issues: ContentIssue[]): Promise<string | undefined> {
    const file = this.label(abs);
    const st = await stat(abs);
    const size = st.size;
    if (!st.isFile()) {
      // a device or a pipe (through a link) could be read forever
      issues.push(issue(file, '', 'non è un file regolare', 'not a regular file'));
      return undefined;
    }
    if (size > this.#maxFileBytes) {
      issues.push({
        ...issue(
          file,
          '',
          `file troppo grande: ${formatSize(size)}, il massimo è ${formatSize(this.#maxFileBytes)}; dividi il testo o pubblica il documento come allegato`,
          `file too large: ${formatSize(size)}, at most ${formatSize(this.#maxFileBytes)}`,
        ),
      });
      return undefined;
    }
    const buf = await readFile(abs);
    const bad = invalidUtf8Offset(buf);
    if (bad >= 0) {
      const before = buf.subarray(0, bad);
      const line = before.filter((b) => b === 0x0a).length + 1;
      const lineStart = before.lastIndexOf(0x0a) + 1;
      const column = new TextDecoder().decode(buf.subarray(lineStart, bad)).length + 1;
      issues.push({
        ...issue(
          file,
          '',
          `testo non in UTF-8 alla riga ${String(line)}, colonna ${String(column)} (byte ${String(bad)}): salva il file con codifica UTF-8`,
          `not valid UTF-8 at line ${String(line)}, column ${String(column)} (byte ${String(bad)}): save the file as UTF-8`,
        ),
        found: `0x${(buf[bad] ?? 0).toString(16).padStart(2, '0')}`,
      });
      return undefined;
    }
    return buf.toString('utf8');
  }

  /** Reads every file into raw items (no validation beyond YAML and front matter syntax). */
  async read(): Promise<RawContent> {
    const issues: ContentIssue[] = [];
    const raw: RawContent = {
      collections: {},
      issues,
      root: this.dir,
      rootLabel: this.label(this.dir),
    };
    let entries: string[];
    try {
      entries = (await readdir(this.dir)).sort();
    } catch {
      issues.push(
        issue(
          this.label(this.dir),
          '',
          'cartella dei contenuti non trovata o non leggibile',
          'content folder not found or unreadable',
        ),
      );
      return raw;
    }
    const siteName = entries.find((e) => e === 'site.yml' || e === 'site.yaml');
    raw.siteFile = this.label(path.join(this.dir, siteName ?? 'site.yml'));
    if (siteName) {
      const abs = path.join(this.dir, siteName);
      const text = await this.#readText(abs, issues);
      const data = text === undefined ? undefined : parseYaml(text, this.label(abs), 0, issues);
      if (data !== undefined) raw.site = { file: this.label(abs), data };
    }
    const byDir = new Map(COLLECTION_NAMES.map((n) => [COLLECTIONS[n].dir, n] as const));
    for (const entry of entries) {
      const abs = path.join(this.dir, entry);
      const yml = /^(.+)\.ya?ml$/.exec(entry);
      const dirName = byDir.get(entry);
      if (dirName) await this.#readDir(dirName, abs, raw, issues);
      else if (yml && yml[1] !== undefined && byDir.has(yml[1])) {
        await this.#readList(byDir.get(yml[1]) as CollectionName, abs, raw, issues);
      } else if (!KNOWN_EXTRA.has(entry) && !entry.startsWith('.')) {
        issues.push(
          issue(
            this.label(abs),
            '',
            `ignorato: non è una cartella dei contenuti (${[...byDir.keys()].join(', ')}, media)`,
            'ignored: not a content folder',
            'warning',
          ),
        );
      }
    }
    return raw;
  }

  async #readDir(
    name: CollectionName,
    dir: string,
    raw: RawContent,
    issues: ContentIssue[],
  ): Promise<void> {
    let files: string[];
    try {
      files = (await readdir(dir)).sort();
    } catch {
      return;
    }
    const items = (raw.collections[name] ??= []);
    for (const f of files) {
      const abs = path.join(dir, f);
      const file = this.label(abs);
      if (f.startsWith('.')) continue;
      if (!f.endsWith('.md')) {
        issues.push(
          issue(
            file,
            '',
            'ignorato: atteso un file .md',
            'ignored: expected a .md file',
            'warning',
          ),
        );
        continue;
      }
      const st = await stat(abs).catch(() => undefined);
      const key = st ? `${String(st.size)}:${String(st.mtimeMs)}:${String(st.ino)}:${file}` : '';
      let done = this.#files.get(abs);
      if (!done || done.key !== key || !key) {
        const fileIssues: ContentIssue[] = [];
        const item = await this.#readItem(name, f, abs, file, fileIssues);
        done = { key, ...item, issues: fileIssues };
        if (key) this.#files.set(abs, done);
      }
      issues.push(...done.issues);
      // A file whose front matter could not be read is not validated, but its slug is known, so
      // that references to it do not add misleading errors.
      if (done.item) items.push(done.item);
      else ((raw.unreadable ??= {})[name] ??= []).push(done.slug);
    }
  }

  async #readItem(
    name: CollectionName,
    f: string,
    abs: string,
    file: string,
    issues: ContentIssue[],
  ): Promise<{ item: RawItem | undefined; slug: string }> {
    const text = await this.#readText(abs, issues);
    const parsed = text === undefined ? undefined : parseFrontMatter(text, file, issues);
    const data = (parsed?.data ?? {}) as Record<string, unknown>;
    data.slug ??= f.slice(0, -3);
    if (parsed?.body) {
      const field = BODY_FIELD[name];
      if (field === undefined) {
        issues.push(
          issue(
            file,
            '',
            'testo Markdown ignorato: questo tipo non ha un corpo',
            'Markdown text ignored: this type has no body',
            'warning',
          ),
        );
      } else if (data[field] !== undefined) {
        issues.push(
          issue(
            file,
            field,
            `atteso il testo o nel front matter o dopo di esso, non in entrambi`,
            'expected the text either in the front matter or after it, not both',
          ),
        );
      } else data[field] = parsed.body;
    }
    return { item: parsed ? { file, data } : undefined, slug: String(data.slug) };
  }

  async #readList(
    name: CollectionName,
    abs: string,
    raw: RawContent,
    issues: ContentIssue[],
  ): Promise<void> {
    const file = this.label(abs);
    const text = await this.#readText(abs, issues);
    const data = text === undefined ? undefined : parseYaml(text, file, 0, issues);
    if (data === undefined) return;
    if (!Array.isArray(data)) {
      issues.push(
        issue(
          file,
          '',
          'attesa una lista YAML di elementi (- …)',
          'expected a YAML list of items (- …)',
        ),
      );
      return;
    }
    const items = (raw.collections[name] ??= []);
    data.forEach((d: unknown, i) => {
      if (isRecord(d) && d.slug === undefined) {
        const source = d.question ?? d.title ?? d.name;
        if (typeof source === 'string') d.slug = slugify(source).slice(0, 80).replace(/-+$/, '');
      }
      items.push({ file, prefix: String(i), data: d } satisfies RawItem);
    });
  }

  /** Reads and validates; never throws for content problems. */
  async check(): Promise<LoadResult> {
    const raw = await this.read();
    return validateContent(raw, { resolveFile: this.resolveFile, memo: this.#validated });
  }

  async load(): Promise<Content> {
    const result = await this.check();
    if (!result.content) throw new ContentValidationError([...result.errors, ...result.warnings]);
    return result.content;
  }
}
