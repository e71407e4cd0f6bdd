/** Small DOM helpers shared by the checks (work on any standard Document: jsdom or browser). */

export function byDataElement(root: ParentNode, name: string): Element[] {
  return Array.from(root.querySelectorAll(`[data-element="${name}"]`));
}

/** Text of an element, trimmed, whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A short, single-line description of an element for reports. */
export function snippet(el: Element, max = 160): string {
  const html = el.outerHTML.replace(/\s+/g, ' ').trim();
  return html.length > max ? `${html.slice(0, max - 1)}…` : html;
}

export function snippets(els: Iterable<Element>, limit = 10): string[] {
  const out: string[] = [];
  for (const el of els) {
    if (out.length >= limit) break;
    out.push(snippet(el));
  }
  return out;
}

/** Resolves an href against the page URL; null when it cannot be resolved. */
export function resolveHref(href: string, base: string | undefined): URL | null {
  try {
    return base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
}

/** "www." is ignored when comparing hosts, as the official checker does. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * True when an href leads inside the site. Relative hrefs are internal; an href containing
 * "www" or "http" is never treated as relative (as in the official checker).
 */
export function isInternalHref(href: string, pageUrl: string | undefined): boolean {
  const h = href.trim();
  if (/^(mailto|tel|javascript|data):/i.test(h)) return false;
  const looksAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith('//') || /www|http/i.test(h);
  if (!looksAbsolute) return true;
  const target = resolveHref(/^[a-z][a-z0-9+.-]*:|^\/\//i.test(h) ? h : `https://${h}`, pageUrl);
  if (!target) return false;
  if (!pageUrl) return false;
  const page = resolveHref(pageUrl, undefined);
  if (!page) return false;
  return bareHost(target.hostname).includes(bareHost(page.hostname));
}

/** A usable link: an href that is neither empty nor "#". */
export function usableHref(el: Element): string | null {
  const href = el.getAttribute('href');
  if (href === null) return null;
  const h = href.trim();
  if (h === '' || h === '#') return null;
  return h;
}
