// The field tables of docs/content-model.md, drawn from the schema of each collection (run
// `pnpm --filter @piazza/theme run docs:content` after changing a collection; a test fails when the
// document is stale).
import type { z } from 'zod';
import { ALL_SCHEMAS } from './collections/index.js';
import type { Node } from './walk.js';
import { isRequired, resolve } from './walk.js';

export const DOCS_BEGIN =
  '<!-- BEGIN campi generati (pnpm --filter @piazza/theme run docs:content) -->';
export const DOCS_END = '<!-- END campi generati -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function kindOf(node: Node): string {
  if (node.info.kind) return node.info.kind;
  if (node.element) {
    const item = resolve(node.element);
    return item.shape ? 'lista di oggetti' : `lista di: ${kindOf(item)}`;
  }
  if (node.shape) return 'oggetto';
  return 'valore';
}

function rows(schema: z.ZodType, prefix: string): string[] {
  const node = resolve(schema);
  const out: string[] = [];
  for (const [key, s] of Object.entries(node.shape ?? {})) {
    const field = resolve(s);
    const name = `${prefix}${key}`;
    const { info } = field;
    const parts = [
      `**${info.label ?? key}** (_${info.labelEn ?? key}_)`,
      info.help ? `: ${info.help}` : '',
      info.body ? ' Nei file Markdown è il testo dopo il front matter.' : '',
      field.hasDefault ? ` Predefinito: \`${JSON.stringify(field.defaultValue)}\`.` : '',
      info.aliases?.length ? ` Già: ${info.aliases.map((a) => `\`${a}\``).join(', ')}.` : '',
    ];
    out.push(
      `| \`${name}\` | ${isRequired(field) ? 'sì' : ''} | ${cell(kindOf(field))} | ${cell(parts.join(''))} |`,
    );
    const inner = field.element ? resolve(field.element) : field;
    if (inner.shape && !info.image && !info.kind)
      out.push(...rows(field.element ?? s, field.element ? `${name}[].` : `${name}.`));
  }
  return out;
}

/** The generated part of docs/content-model.md: one table per collection. */
export function contentModelTables(): string {
  const sections = ALL_SCHEMAS.map((c) => {
    const where =
      c.kind === 'settings'
        ? `\`${c.folder}\``
        : `\`${c.folder}/*.md\`, schema \`${c.name}.schema.json\``;
    return [
      `### ${c.label.it} (${where})`,
      '',
      `_${c.label.en}._`,
      '',
      '| Campo | Obbl. | Tipo | Descrizione |',
      '| --- | --- | --- | --- |',
      ...rows(c.schema, ''),
    ].join('\n');
  });
  return [DOCS_BEGIN, '', ...sections.flatMap((s) => [s, '']), DOCS_END].join('\n');
}

/** `doc` with its generated part replaced by the current tables. */
export function withContentModelTables(doc: string): string {
  const start = doc.indexOf(DOCS_BEGIN);
  const end = doc.indexOf(DOCS_END);
  if (start < 0 || end < start)
    throw new Error(`docs/content-model.md: mancano i marcatori ${DOCS_BEGIN} … ${DOCS_END}`);
  return doc.slice(0, start) + contentModelTables() + doc.slice(end + DOCS_END.length);
}
