'use client';
import { forwardRef, isValidElement, type HTMLAttributes, type ReactNode } from 'react';
import { Breadcrumbs, type BreadcrumbItem } from '../Breadcrumbs/Breadcrumbs.js';
import { Header, type HeaderProps } from '../Header/Header.js';
import { Footer, type FooterProps } from '../Footer/Footer.js';
import { footerSections } from '../Footer/sections.js';
import type { SkipLinksProps } from '../SkipLinks/SkipLinks.js';
import { BackToTop, type BackToTopProps } from '../BackToTop/BackToTop.js';
import { CookieBar, type CookieBarProps } from '../CookieBar/CookieBar.js';

export interface PageFrameProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The header: `center.name` (the comune) is required; `slim` (region, languages, login),
   * `navbar` (menu, topics) are optional. See `Header`.
   */
  header: HeaderProps;
  /**
   * The footer: `name` and `legalLinks.accessibility` are required. See `Footer`.
   * `sections` defaults here to the model's four sections (`footerSections`), with the
   * header's `basePath` and `liveLabel`.
   */
  footer: FooterProps;
  /**
   * The breadcrumb trail, shown at the top of `main`: the items of `Breadcrumbs`, or a
   * ready element. None on the home page.
   */
  breadcrumbs?: readonly BreadcrumbItem[] | ReactNode;
  /**
   * Slot for the rating widget ("Quanto sono chiare le informazioni su questa pagina?",
   * C.SI.2.5/2.6), rendered at the end of `main`, after the content.
   */
  rating?: ReactNode;
  /** The page content, inside `<main id="main-content">`. Starts with the page's `h1` (see `PageHeading`). */
  children: ReactNode;
  /**
   * URL of the current page, passed to the menu for `aria-current` (unless
   * `header.navbar.currentHref` is set).
   */
  currentHref?: string;
  /** The cookie bar; `false`: none (e.g. when another consent tool is used). @default false */
  cookieBar?: CookieBarProps | false;
  /** The "Torna su" link; `false`: none. @default {} */
  backToTop?: BackToTopProps | false;
  /** Texts of the skip links. */
  skipLinks?: Pick<SkipLinksProps, 'messages'>;
  /** `id` of `main`, the target of "Vai ai contenuti". @default 'main-content' */
  mainId?: string;
}

/**
 * The frame of every page of the comune site: `Header` (banner, starting with the skip links
 * and the cookie bar: in the flow, reached first, never over the focused element), `main` (with the breadcrumbs, the content and the rating slot) and
 * `Footer` (contentinfo, with the "Torna su" link). A page supplies only its content.
 *
 * Landmarks: `header` → banner, `main#main-content` (focusable target of "Vai ai contenuti"),
 * `footer#footer` → contentinfo. The root carries `id="top"`, the target of "Torna su".
 */
/**
 * The label of the model's fourth section, one source for header and footer: the `live` item of
 * `navbar.items` when the menu is given, else `navbar.liveLabel`.
 */
function liveLabelOf(header: PageFrameProps['header']): string | undefined {
  const live = header.navbar?.items?.find((item) => item.dataElement === 'live');
  return live?.label ?? header.navbar?.liveLabel;
}

export const PageFrame = forwardRef<HTMLDivElement, PageFrameProps>(function PageFrame(
  {
    header,
    footer,
    breadcrumbs,
    rating,
    children,
    currentHref,
    cookieBar = false,
    backToTop = {},
    skipLinks,
    mainId = 'main-content',
    id = 'top',
    ...rest
  },
  ref,
) {
  const footerId = footer.id ?? 'footer';
  const navbar =
    currentHref && !header.navbar?.currentHref ? { ...header.navbar, currentHref } : header.navbar;
  const trail =
    Array.isArray(breadcrumbs) && !isValidElement(breadcrumbs) ? (
      <Breadcrumbs items={breadcrumbs as readonly BreadcrumbItem[]} />
    ) : (
      (breadcrumbs as ReactNode)
    );

  return (
    <div ref={ref} id={id} {...rest}>
      {/* The cookie bar right after the skip links: reached first, in the flow (never over */}
      {/* the focused element). */}
      <Header
        {...header}
        navbar={navbar}
        skipLinks={{ mainId, footerId, messages: skipLinks?.messages }}
        afterSkipLinks={
          cookieBar ? <CookieBar focusAfterChoice={mainId} {...cookieBar} /> : undefined
        }
      />
      <main id={mainId} tabIndex={-1}>
        {trail && (
          <div className="container">
            <div className="row">
              <div className="col-12 pt-3">{trail}</div>
            </div>
          </div>
        )}
        {children}
        {rating && (
          // As in the model's pages: a primary-coloured band, the widget in a centred column of
          // the container (not edge to edge, its buttons clear of the fixed "Torna su").
          <div className="bg-primary" data-piazza-slot="rating">
            <div className="container">
              <div className="row justify-content-center">
                <div className="col-12 col-lg-6 py-5 px-4 px-lg-0">{rating}</div>
              </div>
            </div>
          </div>
        )}
      </main>
      <Footer
        {...footer}
        id={footerId}
        sections={
          footer.sections ??
          footerSections({ basePath: header.navbar?.basePath, liveLabel: liveLabelOf(header) })
        }
      >
        {footer.children}
        {backToTop && <BackToTop targetId={id} {...backToTop} />}
      </Footer>
    </div>
  );
});
