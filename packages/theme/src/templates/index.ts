// Every page of the site, from the content.
import type { Content } from '../content/index.js';
import type { ImageMap } from '../generator/images.js';
import { amministrazionePages } from './amministrazione.js';
import { altrePages } from './altre.js';
import { argomentiPages } from './argomenti.js';
import { assistenzaPages } from './assistenza.js';
import { homePage } from './home.js';
import { novitaPages } from './novita.js';
import { richiestePages } from './richieste.js';
import { serviziPages } from './servizi.js';
import { SiteIndex } from './site.js';
import type { PageDef } from './types.js';
import { viverePages } from './vivere.js';

export { SiteIndex, url } from './site.js';
export type { PageDef, PageKind } from './types.js';

/** Every page of the site, in site-map order; paths are unique (the first one wins). */
export function sitePages(
  content: Content,
  images?: ImageMap,
): { idx: SiteIndex; pages: PageDef[] } {
  const idx = new SiteIndex(content, images);
  const pages: PageDef[] = [];
  const all = () => pages;
  const list = [
    homePage(idx),
    ...amministrazionePages(idx),
    ...novitaPages(idx),
    ...serviziPages(idx),
    ...richiestePages(idx),
    ...viverePages(idx),
    ...argomentiPages(idx),
    ...assistenzaPages(idx),
    ...altrePages(idx, all),
  ];
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.path)) continue;
    seen.add(p.path);
    pages.push(p);
  }
  return { idx, pages };
}
