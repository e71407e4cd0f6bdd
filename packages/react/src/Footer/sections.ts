import { MENU } from '@piazza/vocabularies';
import type { FooterSection } from './Footer.js';

/**
 * The footer columns of the model's four sections, from `@piazza/vocabularies`, URLs
 * `{basePath}{section}/` and `{basePath}{section}/{entry}/` (as `buildMainMenu`).
 */
export function footerSections({
  basePath = '/',
  liveLabel,
}: { basePath?: string; liveLabel?: string } = {}): FooterSection[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return MENU.map((m) => ({
    title: m.dataElement === 'live' && liveLabel ? liveLabel : m.label,
    href: `${base}${m.slug}/`,
    links: m.children.map((c) => ({ label: c.label, href: `${base}${m.slug}/${c.slug}/` })),
  }));
}
