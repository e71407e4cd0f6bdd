// Per-page CSS: keeps only the rules whose selectors can match the page's class names.
// A small, conservative purge: a selector is kept when every class it requires (outside
// :not(), :is(), :where(), :has()) is on the page; selectors without classes (elements, :root,
// attributes, ids) are always kept, as are @font-face, custom properties and used @keyframes.

type Node =
  | { kind: 'rule'; selector: string; body: string; needs: string[][] }
  | { kind: 'group'; prelude: string; children: Node[] }
  | { kind: 'raw'; text: string; keyframes?: string; fontFamily?: string };

const GROUP_AT_RULES = /^@(media|supports|layer|container|document)\b/i;

/** Index just past the matching `}` for the `{` at `open`, skipping strings and comments. */
function matchBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = skipString(css, i);
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return css.length;
}

function skipString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

function parse(css: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < css.length) {
    // whitespace and comments (licence comments `/*!` are kept as raw nodes)
    const c = css[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === ';') {
      i++;
      continue;
    }
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end < 0 ? css.length : end + 2;
      if (css[i + 2] === '!') nodes.push({ kind: 'raw', text: css.slice(i, stop) });
      i = stop;
      continue;
    }
    // prelude up to `{` or `;`
    let j = i;
    while (j < css.length && css[j] !== '{' && css[j] !== ';') {
      if (css[j] === '"' || css[j] === "'") j = skipString(css, j);
      j++;
    }
    const prelude = css.slice(i, j).trim();
    if (css[j] === ';' || j >= css.length) {
      if (prelude) nodes.push({ kind: 'raw', text: `${prelude};` });
      i = j + 1;
      continue;
    }
    const end = matchBrace(css, j);
    const body = css.slice(j + 1, end - 1);
    if (prelude.startsWith('@')) {
      if (GROUP_AT_RULES.test(prelude)) {
        nodes.push({ kind: 'group', prelude, children: parse(body) });
      } else {
        const kf = /^@(?:-webkit-)?keyframes\s+([^\s{]+)/i.exec(prelude);
        const ff = /^@font-face/i.test(prelude)
          ? /font-family\s*:\s*["']?([^"';]+?)["']?\s*(;|$)/i.exec(body)
          : null;
        nodes.push({
          kind: 'raw',
          text: `${prelude}{${body}}`,
          ...(kf ? { keyframes: kf[1] as string } : {}),
          ...(ff ? { fontFamily: (ff[1] as string).trim() } : {}),
        });
      }
    } else {
      nodes.push({ kind: 'rule', selector: prelude, body, needs: selectorNeeds(prelude) });
    }
    i = end;
  }
  return nodes;
}

/** Splits a selector list on top-level commas. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    } else if (c === '"' || c === "'") i = skipString(list, i);
  }
  out.push(list.slice(start));
  return out;
}

/** Removes `:not(…)`, `:is(…)`, `:where(…)`, `:has(…)` and attribute selectors (their classes are optional). */
function stripOptional(sel: string): string {
  let out = '';
  for (let i = 0; i < sel.length; i++) {
    const rest = sel.slice(i, i + 8).toLowerCase();
    const fn = /^:(not|is|where|has|-webkit-any|-moz-any)\(/.exec(rest);
    if (fn || sel[i] === '[') {
      const open = sel[i] === '[' ? '[' : '(';
      const close = open === '[' ? ']' : ')';
      let k = sel.indexOf(open, i);
      let depth = 0;
      for (; k < sel.length; k++) {
        if (sel[k] === open) depth++;
        else if (sel[k] === close) {
          depth--;
          if (depth === 0) break;
        }
      }
      i = k;
      continue;
    }
    out += sel[i];
  }
  return out;
}

const CLASS_RE = /\.((?:[A-Za-z0-9_-]|\\.)+)/g;

/** For each selector of the list, the classes it requires. */
function selectorNeeds(list: string): string[][] {
  return splitSelectors(list).map((sel) => {
    const needs = new Set<string>();
    for (const m of stripOptional(sel).matchAll(CLASS_RE)) {
      needs.add((m[1] as string).replace(/\\(.)/g, '$1'));
    }
    return [...needs];
  });
}

function ruleKept(needs: string[][], classes: ReadonlySet<string>): boolean {
  for (const sel of needs) {
    let ok = true;
    for (const c of sel) {
      if (!classes.has(c)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** A parsed stylesheet, purged page by page. */
export class Purger {
  private readonly nodes: Node[];
  constructor(css: string) {
    this.nodes = parse(css);
  }

  /** The CSS a page with these class names needs. */
  purge(classes: ReadonlySet<string>): string {
    const parts: string[] = [];
    const keyframes: { name: string; text: string }[] = [];
    const faces: { family: string; text: string }[] = [];
    const walk = (nodes: Node[], out: string[]) => {
      for (const n of nodes) {
        if (n.kind === 'rule') {
          if (ruleKept(n.needs, classes)) out.push(`${n.selector}{${n.body}}`);
        } else if (n.kind === 'group') {
          const inner: string[] = [];
          walk(n.children, inner);
          if (inner.length) out.push(`${n.prelude}{${inner.join('')}}`);
        } else if (n.keyframes) {
          keyframes.push({ name: n.keyframes, text: n.text });
        } else if (n.fontFamily) {
          faces.push({ family: n.fontFamily, text: n.text });
        } else {
          out.push(n.text);
        }
      }
    };
    walk(this.nodes, parts);
    let css = parts.join('');
    // keyframes only when an animation names them
    const used = keyframes.filter((k) => new RegExp(`[:\\s,]${escapeRe(k.name)}\\b`).test(css));
    css += used.map((k) => k.text).join('');
    // @font-face only for the families the kept rules name (first, so fonts start loading early)
    const fonts = faces.filter((f) => css.includes(f.family)).map((f) => f.text);
    return fonts.join('') + css;
  }

  /** Number of top-level rules and groups (for reports). */
  get size(): number {
    return this.nodes.length;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every class name in an HTML document's `class` attributes. */
export function htmlClasses(html: string, into = new Set<string>()): Set<string> {
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const c of (m[1] as string).split(/\s+/)) if (c) into.add(decodeEntities(c));
  }
  return into;
}

function decodeEntities(s: string): string {
  return s.includes('&')
    ? s
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
    : s;
}

/** Words of a script that could be class names a component adds at run time. */
export function scriptWords(js: string, into = new Set<string>()): Set<string> {
  for (const m of js.matchAll(/["'`]([^"'`\n]{1,400})["'`]/g)) {
    for (const w of (m[1] as string).split(/[\s.${}]+/)) {
      if (/^-?[A-Za-z_][A-Za-z0-9_-]*$/.test(w)) into.add(w);
    }
  }
  return into;
}
