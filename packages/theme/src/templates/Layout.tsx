// The frame of every page, as @piazza/react's PageFrame lays it out, split into islands: skip
// links, cookie bar (island: first after the skip links, in the flow, so it never covers the
// focused element), header (island: menus and search), breadcrumbs, main content, rating
// (island, where the criteria ask), footer (static) ending with "Torna su" (island).
import type { ReactNode } from 'react';
import { Breadcrumbs, Footer, SkipLinks, footerSections, type BreadcrumbItem } from '@piazza/react';
import { backOfficeEndpoints } from '../back-office.js';
import { Island } from '../islands/collector.js';
import type { HeaderIslandProps } from '../islands/components/HeaderIsland.js';
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

function socials(idx: SiteIndex) {
  return idx.site.social.map((s) => ({
    href: s.url,
    icon: SOCIAL_ICONS[s.network] ?? 'link',
    label: s.label ?? SOCIAL_NAMES[s.network] ?? s.network[0]!.toUpperCase() + s.network.slice(1),
  }));
}

/** A content asset path as a site URL. */
export const assetUrl = assetHref;

/** Props of the header island for the page at `path`. */
export function headerProps(idx: SiteIndex, path: string | undefined): HeaderIslandProps {
  const site = idx.site;
  return {
    header: {
      slim: {
        region: { name: site.region.label, href: site.region.url },
        loginHref: url.login,
      },
      center: {
        name: site.name,
        socials: socials(idx),
        search: { action: url.search, name: 'q' },
      },
      navbar: {
        ...(path ? { currentHref: path } : {}),
        ...(site.extraMenu.length
          ? {
              items: [
                ...defaultMenu(),
                ...site.extraMenu.slice(0, 3).map((l) => ({
                  label: l.label,
                  href: l.url,
                  dataElement: 'custom-submenu' as const,
                })),
              ],
            }
          : {}),
        topics: site.highlightedTopics
          .slice(0, 3)
          .map((t) => ({ label: t, href: `/argomenti/${topicSlug(t)}/` })),
        allTopicsHref: url.topics,
      },
    },
    logo: site.logo ? { src: assetHref(site.logo.src) } : undefined,
  };
}

function defaultMenu() {
  return [SECTIONS.management, SECTIONS.news, SECTIONS.services, SECTIONS.live].map((m) => ({
    label: m.label,
    href: `/${m.slug}/`,
    dataElement: m.dataElement as 'management' | 'news' | 'all-services' | 'live',
    children: m.children.map((c) => ({ label: c.label, href: `/${m.slug}/${c.slug}/` })),
  }));
}

export interface LayoutProps {
  idx: SiteIndex;
  breadcrumbs: BreadcrumbItem[];
  /** Rating widget at the end of the page (home, first and second level, services). */
  rating: boolean;
  /** Page path (current menu item; sent with the rating). */
  path: string;
  children: ReactNode;
}

export function Layout({ idx, breadcrumbs, rating, path, children }: LayoutProps) {
  const ratingEndpoint = backOfficeEndpoints(idx.site).rating;
  return (
    <div id="top">
      <SkipLinks mainId="main-content" footerId="footer" />
      <Island
        name="cookiebar"
        // Painted with the page (its script only removes it once a choice is stored): shown
        // after the scripts, it would be the page's largest contentful paint, seconds late.
        props={{ policyHref: idx.site.legal.privacyUrl, initiallyShown: true }}
      />
      <Island name="header" props={headerProps(idx, path)} />
      <main id="main-content" tabIndex={-1}>
        {breadcrumbs.length > 1 ? (
          <div className="container">
            <div className="row">
              <div className="col-12 pt-3">
                <Breadcrumbs items={breadcrumbs} />
              </div>
            </div>
          </div>
        ) : null}
        {children}
        {rating ? (
          <div className="bg-primary" id="valutazione">
            <Island
              name="rating"
              props={{
                page: path,
                ...(ratingEndpoint ? { endpoint: ratingEndpoint } : {}),
              }}
            />
          </div>
        ) : null}
      </main>
      <SiteFooter idx={idx}>
        <Island name="backtotop" props={{ targetId: 'top' }} />
      </SiteFooter>
    </div>
  );
}

/** The footer of @piazza/react with the site's contacts and legal links; `children` at its end. */
export function SiteFooter({ idx, children }: { idx: SiteIndex; children?: ReactNode }) {
  const site = idx.site;
  const c = site.contacts;
  return (
    <Footer
      className="it-footer"
      name={site.name}
      logo={
        site.logo ? (
          <img className="icon" src={assetHref(site.logo.src)} alt="" width="82" height="82" />
        ) : undefined
      }
      sections={footerSections()}
      contacts={{
        address: c.address,
        pec: c.pec,
        email: c.email,
        phone: c.phone,
        fiscalCode: c.codiceFiscale,
        ...(c.partitaIva ? { vatNumber: c.partitaIva } : {}),
        href: url.managementSection('Uffici'),
      }}
      socials={socials(idx)}
      legalLinks={{
        faq: url.faq,
        reportInefficiency: url.report,
        assistance: url.assistance,
        privacyPolicy: site.legal.privacyUrl,
        legalNotes: site.legal.legalNotesUrl,
        accessibility: site.legal.accessibilityUrl,
      }}
    >
      {children}
    </Footer>
  );
}
