// Markdown of the content, rendered to HTML at build time (headings shifted under the section's).
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * HTML of `text`; its highest heading becomes `h{level}` and the others follow (default h3,
 * under the page's h2 sections), so that heading levels never skip.
 */
export function markdown(text: string | undefined, level = 3): string {
  if (!text) return '';
  const html = marked.parse(text) as string;
  const depths = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  if (depths.length === 0) return html;
  const shift = level - Math.min(...depths);
  return html.replace(
    /<(\/?)h([1-6])(\s|>)/g,
    (_m, close: string, n: string, after: string) =>
      `<${close}h${String(Math.min(6, Number(n) + shift))}${after}`,
  );
}

/** Plain text of Markdown (search index, meta descriptions). */
export function plainText(text: string | undefined): string {
  if (!text) return '';
  return (marked.parse(text) as string)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
