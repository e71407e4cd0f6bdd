// The page list of the site made section by section (the same composition as sitePages in
// templates/index.ts), so that the incremental rebuild knows which section's pages were made while
// an item was read. `sameAsSitePages` checks the composition against sitePages: when the
// templates add a section this file does not know, the rebuild falls back to whole-site renders.
import type { Content } from '../content/index.js';
import { altrePages } from '../templates/altre.js';
import { amministrazionePages } from '../templates/amministrazione.js';
import { argomentiPages } from '../templates/argomenti.js';
import { assistenzaPages } from '../templates/assistenza.js';
import { homePage } from '../templates/home.js';
import { sitePages } from '../templates/index.js';
import { novitaPages } from '../templates/novita.js';
import { richiestePages } from '../templates/richieste.js';
import { serviziPages } from '../templates/servizi.js';
import { SiteIndex } from '../templates/site.js';
import type { PageDef } from '../templates/types.js';
import { viverePages } from '../templates/vivere.js';
import type { ImageMap } from './images.js';

type Section = (idx: SiteIndex, all: () => PageDef[]) => PageDef[];

const SECTIONS: [string, Section][] = [
  ['home', (idx) => [homePage(idx)]],
  ['amministrazione', amministrazionePages],
  ['novita', novitaPages],
  ['servizi', serviziPages],
  ['richieste', richiestePages],
  ['vivere', viverePages],
  ['argomenti', argomentiPages],
  ['assistenza', assistenzaPages],
  ['altre', altrePages],
];

export interface SectionedPages {
  idx: SiteIndex;
  pages: PageDef[];
  /** Page path → the section that made it. */
  sectionOf: Map<string, string>;
}

/**
 * sitePages, calling `enter(section)` before each section's pages are made (the reads that follow
 * belong to it) and `enter(null)` at the end.
 */
export function sectionedPages(
  content: Content,
  images: ImageMap | undefined,
  enter: (section: string | null) => void,
): SectionedPages {
  const idx = new SiteIndex(content, images);
  const pages: PageDef[] = [];
  const all = () => pages;
  const made: [string, PageDef[]][] = [];
  try {
    for (const [name, make] of SECTIONS) {
      enter(name);
      made.push([name, make(idx, all)]);
    }
  } finally {
    enter(null);
  }
  const sectionOf = new Map<string, string>();
  for (const [name, list] of made) {
    for (const p of list) {
      if (sectionOf.has(p.path)) continue;
      sectionOf.set(p.path, name);
      pages.push(p);
    }
  }
  return { idx, pages, sectionOf };
}

/** True when `pages` has the paths, in order, that sitePages gives for the same content. */
export function sameAsSitePages(
  content: Content,
  images: ImageMap | undefined,
  pages: PageDef[],
): boolean {
  const reference = sitePages(content, images).pages.map((p) => p.path);
  return reference.length === pages.length && reference.every((p, i) => pages[i]?.path === p);
}
