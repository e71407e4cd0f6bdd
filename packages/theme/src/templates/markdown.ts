// Markdown of the content, rendered to HTML at build time (headings shifted under the section's).
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** HTML of `text`; its headings start at `h{level}` (default h3, under the page's h2 sections). */
export function markdown(text: string | undefined, level = 3): string {
  if (!text) return '';
  const html = marked.parse(text) as string;
  const shift = level - 1;
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
