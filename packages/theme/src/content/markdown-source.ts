// The embedded content source: a folder of Markdown files with YAML front matter, one per item.
// Layout (see docs/content-model.md): site.yml; servizi/*.md, notizie/*.md, eventi/*.md, luoghi/*.md,
// uffici/*.md, persone/*.md, incarichi/*.md, documenti/*.md, argomenti/*.md, contatti/*.md, faq/*.md,
// pagine/*.md; or, for any collection, a YAML list in <folder>.yml (e.g. faq.yml); media/ for files.
import { readFile, readdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { slugify } from '@piazza/vocabularies';
import { ContentValidationError } from './model.js';
import type { CollectionName, Content, ContentIssue, ContentSource, LoadResult } from './model.js';
import { BODY_FIELD, COLLECTIONS, COLLECTION_NAMES, validateContent } from './validate.js';
import type { RawContent, RawItem } from './validate.js';
import { isRecord } from './schema.js';
import type { FileResolver } from './schema.js';

export interface MarkdownContentSourceOptions {
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
  return doc.toJS() as unknown;
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

  constructor(dir: string, options: MarkdownContentSourceOptions = {}) {
    this.dir = path.resolve(dir);
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
      const s = statSync(path.join(this.dir, p));
      return s.isFile() ? { size: s.size } : undefined;
    } catch {
      return undefined;
    }
  };

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
      const data = parseYaml(await readFile(abs, 'utf8'), this.label(abs), 0, issues);
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
      const parsed = parseFrontMatter(await readFile(abs, 'utf8'), file, issues);
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
      // A file whose front matter could not be read is not validated, but its slug is known, so
      // that references to it do not add misleading errors.
      if (parsed) items.push({ file, data });
      else ((raw.unreadable ??= {})[name] ??= []).push(String(data.slug));
    }
  }

  async #readList(
    name: CollectionName,
    abs: string,
    raw: RawContent,
    issues: ContentIssue[],
  ): Promise<void> {
    const file = this.label(abs);
    const data = parseYaml(await readFile(abs, 'utf8'), file, 0, issues);
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
    return validateContent(raw, { resolveFile: this.resolveFile });
  }

  async load(): Promise<Content> {
    const result = await this.check();
    if (!result.content) throw new ContentValidationError([...result.errors, ...result.warnings]);
    return result.content;
  }
}
