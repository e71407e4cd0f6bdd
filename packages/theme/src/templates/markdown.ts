// Markdown of the content, rendered to HTML at build time (headings shifted under the section's)
// and sanitised: content is untrusted input, and raw HTML in Markdown would otherwise reach the
// page as it is (`<script>`, `<img onerror>`, `<iframe srcdoc>`, `javascript:` links,
// `<meta http-equiv="refresh">`). Only the tags Markdown itself produces (plus a few inline ones)
// survive, with an allowlist of attributes and of URL schemes.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Tags kept in content HTML: what Markdown (GFM) writes, and a few inline tags editors use. */
export const ALLOWED_TAGS: readonly string[] = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  's',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'input',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'sub',
  'abbr',
  'dl',
  'dt',
  'dd',
  'kbd',
  'mark',
  'small',
  'q',
  'cite',
];

/** URL schemes allowed in links and images; relative URLs are allowed too (not `//host`). */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'lang'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    q: ['cite'],
    ol: ['start', 'reversed'],
    th: ['align', 'colspan', 'rowspan', 'scope'],
    td: ['align', 'colspan', 'rowspan'],
    code: ['class'],
    input: ['type', 'checked', 'disabled'],
    '*': ['lang', 'dir'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // The content of these goes with the tag (the rest keep their text).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'template', 'title'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // GFM task lists: a checkbox, always disabled.
    input: (tagName, attribs) => ({
      tagName,
      attribs: {
        type: 'checkbox',
        disabled: '',
        ...(attribs.checked !== undefined ? { checked: '' } : {}),
      },
    }),
  },
  // Any other input goes (the filter sees the attributes as written).
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
};

/** Content HTML with only the allowed tags, attributes and URL schemes. */
export function sanitizeContentHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/**
 * HTML of `text`; its highest heading becomes `h{level}` and the others follow (default h3,
 * under the page's h2 sections), so that heading levels never skip.
 */
export function markdown(text: string | undefined, level = 3): string {
  if (!text) return '';
  const html = sanitizeContentHtml(marked.parse(text) as string);
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
  return sanitizeContentHtml(marked.parse(text) as string)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
