// The frame of every page: skip links, header (island), breadcrumbs, main content, rating
// (island, where the criteria ask), footer, cookie notice (island).
import type { ReactNode } from 'react';
import { Breadcrumbs, Icon, type BreadcrumbItem } from '@piazza/react';
import { CATEGORIE_SERVIZIO, SITE_LINKS } from '@piazza/vocabularies';
import { Island } from '../islands/collector.js';
import type { SiteHeaderProps } from '../islands/components/SiteHeader.js';
import { assetHref } from './parts.js';
import { SECTIONS, topicSlug, url, type SiteIndex } from './site.js';

const SOCIAL_ICONS: Record<string, string> = {
  facebook: 'facebook',
  instagram: 'instagram',
  x: 'twitter',
  youtube: 'youtube',
  linkedin: 'linkedin',
  telegram: 'telegram',
  whatsapp: 'whatsapp',
  mastodon: 'mastodon',
  threads: 'threads',
  tiktok: 'tiktok',
  flickr: 'flickr',
};
const SOCIAL_NAMES: Record<string, string> = {
  x: 'X',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
};

function socialLinks(idx: SiteIndex) {
  return idx.site.social.map((s) => ({
    url: s.url,
    icon: SOCIAL_ICONS[s.network] ?? 'link',
    label: s.label ?? SOCIAL_NAMES[s.network] ?? s.network[0]!.toUpperCase() + s.network.slice(1),
  }));
}

/** Props of the header island for a page under `section` (a first-level data-element). */
export function headerProps(idx: SiteIndex, section: string | undefined): SiteHeaderProps {
  const site = idx.site;
  const m = [SECTIONS.management, SECTIONS.news, SECTIONS.services, SECTIONS.live];
  return {
    siteName: site.name,
    region: { label: site.region.label, url: site.region.url },
    logo: site.logo ? { src: assetUrl(site.logo.src), alt: site.logo.alt } : undefined,
    menu: m.map((item) => ({
      label: item.dataElement === 'live' ? 'Vivere il Comune' : item.label,
      url: `/${item.slug}/`,
      dataElement: item.dataElement,
      current: section === item.dataElement,
    })),
    extraMenu: site.extraMenu.slice(0, 3).map((l) => ({ label: l.label, url: l.url })),
    topics: site.highlightedTopics
      .slice(0, 3)
      .map((t) => ({ label: t, url: `/argomenti/${topicSlug(t)}/` })),
    allTopicsUrl: url.topics,
    searchUrl: url.search,
    loginUrl: url.login,
    social: socialLinks(idx),
  };
}

/** A content asset path as a site URL. */
export const assetUrl = assetHref;

export interface LayoutProps {
  idx: SiteIndex;
  /** First-level data-element of the section (marks the current menu item). */
  section?: string | undefined;
  breadcrumbs: BreadcrumbItem[];
  /** Rating widget at the end of the page (home, first and second level, services). */
  rating: boolean;
  /** Page path (sent with the rating). */
  path: string;
  children: ReactNode;
}

export function Layout({ idx, section, breadcrumbs, rating, path, children }: LayoutProps) {
  return (
    <>
      <div className="skiplink">
        <a className="visually-hidden-focusable" href="#main-container">
          Vai ai contenuti
        </a>
        <a className="visually-hidden-focusable" href="#footer">
          Vai al footer
        </a>
      </div>
      <Island name="header" props={headerProps(idx, section)} />
      <main id="main-container">
        {breadcrumbs.length > 1 ? (
          <div className="container">
            <div className="row justify-content-center">
              <div className="col-12 col-lg-10 px-lg-4 py-lg-2">
                <Breadcrumbs items={breadcrumbs} />
              </div>
            </div>
          </div>
        ) : null}
        {children}
        {rating ? (
          <div className="bg-primary">
            <Island name="rating" props={{ page: path }} />
          </div>
        ) : null}
      </main>
      <Footer idx={idx} />
      <Island name="cookiebar" props={{ privacyUrl: idx.site.legal.privacyUrl }} />
    </>
  );
}

export function Footer({ idx }: { idx: SiteIndex }) {
  const site = idx.site;
  const c = site.contacts;
  const col = (title: string, href: string, links: { label: string; href: string }[]) => (
    <div className="col-md-3 footer-items-wrapper">
      <h3 className="footer-heading-title">
        <a href={href}>{title}</a>
      </h3>
      <ul className="footer-list">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
  const social = socialLinks(idx);
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-items-wrapper logo-wrapper">
              <div className="it-brand-wrapper">
                <a href="/">
                  <div className="it-brand-text">
                    <p className="it-brand-title h2 mb-0">{site.name}</p>
                  </div>
                </a>
              </div>
            </div>
          </div>
          <div className="row">
            {col(
              SECTIONS.management.label,
              url.management,
              SECTIONS.management.children.map((s) => ({
                label: s.label,
                href: url.managementSection(s.label),
              })),
            )}
            {col(
              SECTIONS.news.label,
              url.news,
              [
                { label: 'Notizie', href: url.newsType('notizia') },
                { label: 'Comunicati', href: url.newsType('comunicato') },
                { label: 'Avvisi', href: url.newsType('avviso') },
              ],
            )}
            {col(
              SECTIONS.services.label,
              url.services,
              (idx.content.servizi.length
                ? [...new Set<string>(idx.content.servizi.map((s) => s.category))].sort()
                : CATEGORIE_SERVIZIO.map((c) => c.label)
              ).map((cat) => ({ label: cat, href: url.category(cat) })),
            )}
            {col('Vivere il Comune', url.live, [
              { label: 'Luoghi', href: url.places },
              { label: 'Eventi', href: url.events },
            ])}
          </div>
          <div className="row">
            <div className="col-md-9 mt-md-4 footer-items-wrapper">
              <h3 className="footer-heading-title">Contatti</h3>
              <div className="row">
                <div className="col-md-4">
                  <p className="footer-info">
                    {site.name}
                    <br />
                    {c.address}
                    <br />
                    {`Codice fiscale / P. IVA: ${c.codiceFiscale}`}
                    <br />
                    {'PEC: '}
                    <a href={`mailto:${c.pec}`}>{c.pec}</a>
                    <br />
                    {'Centralino: '}
                    <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a>
                  </p>
                </div>
                <div className="col-md-4">
                  <ul className="footer-list">
                    <li>
                      <a href={url.faq} data-element={SITE_LINKS.faq.dataElement}>
                        {SITE_LINKS.faq.label}
                      </a>
                    </li>
                    <li>
                      <a href={idx.bookingUrl}>Prenotazione appuntamento</a>
                    </li>
                    <li>
                      <a
                        href={url.report}
                        data-element={SITE_LINKS.reportInefficiency.dataElement}
                      >
                        {SITE_LINKS.reportInefficiency.label}
                      </a>
                    </li>
                    <li>
                      <a href={`mailto:${c.email}`}>Richiesta di assistenza</a>
                    </li>
                  </ul>
                </div>
                <div className="col-md-4">
                  <ul className="footer-list">
                    <li>
                      <a
                        href={site.legal.privacyUrl}
                        data-element={SITE_LINKS.privacyPolicy.dataElement}
                      >
                        {SITE_LINKS.privacyPolicy.label}
                      </a>
                    </li>
                    <li>
                      <a
                        href={site.legal.legalNotesUrl}
                        data-element={SITE_LINKS.legalNotes.dataElement}
                      >
                        {SITE_LINKS.legalNotes.label}
                      </a>
                    </li>
                    <li>
                      <a
                        href={site.legal.accessibilityUrl}
                        data-element={SITE_LINKS.accessibility.dataElement}
                      >
                        {SITE_LINKS.accessibility.label}
                      </a>
                    </li>
                    <li>
                      <a href={url.sitemap}>Mappa del sito</a>
                    </li>
                  </ul>
                </div>
              </div>
            </div>
            {social.length > 0 && (
              <div className="col-md-3 mt-md-4 footer-items-wrapper">
                <h3 className="footer-heading-title">Seguici su</h3>
                <ul className="list-inline text-start social">
                  {social.map((s) => (
                    <li className="list-inline-item" key={s.url}>
                      <a className="p-2 text-white" href={s.url}>
                        <Icon name={s.icon} size="sm" color="white" />
                        <span className="visually-hidden">{s.label}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
      </div>
    </footer>
  );
}
