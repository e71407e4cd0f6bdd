'use client';
import { forwardRef, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { SearchDialog, type SearchDialogProps } from '../SearchDialog/SearchDialog.js';
import { headerCenterMessages, type HeaderCenterMessages } from './HeaderCenter.intl.js';
import { HeaderCenterRoot } from './HeaderCenter.styles.js';

/** A social channel of the comune. */
export interface SocialLink {
  /** Name of the channel (the link's accessible name), e.g. `Facebook`. */
  label: string;
  href: string;
  /** Bootstrap Italia icon name, e.g. `facebook`, `instagram`, `youtube`, `mastodon`. */
  icon: string;
}

export interface HeaderCenterProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Name of the comune, e.g. "Comune di Esempio". */
  name: string;
  /** Optional line under the name. */
  tagline?: string;
  /** URL of the home page. @default '/' */
  homeHref?: string;
  /** Logo (decorative: the name is the link text). @default a Bootstrap Italia `pa` icon */
  logo?: ReactNode;
  /** Social channels, shown from 992 px ("Seguici su"). @default [] */
  socials?: readonly SocialLink[];
  /** Props of the search dialog (form action, parameter name...). `false`: no search. */
  search?: false | Pick<SearchDialogProps, 'action' | 'name' | 'messages'>;
  /** Overrides of the default texts. */
  messages?: Partial<HeaderCenterMessages>;
}

/**
 * The central band of the header: the brand (logo, name, tagline) linking home, the social
 * links and the search button, which opens `SearchDialog`.
 *
 * State: `data-search-open="true"` while the search dialog is open.
 */
export const HeaderCenter = forwardRef<HTMLDivElement, HeaderCenterProps>(function HeaderCenter(
  { name, tagline, homeHref = '/', logo, socials = [], search = {}, messages, className, ...rest },
  ref,
) {
  const t = useMessages(headerCenterMessages, messages);
  const [searchOpen, setSearchOpen] = useState(false);
  const searchButtonRef = useRef<HTMLButtonElement>(null);
  if (typeof name !== 'string' || name.trim() === '') {
    throw new PiazzaPropError('HeaderCenter', 'name', 'must be a non-empty string', name);
  }

  return (
    <HeaderCenterRoot
      ref={ref}
      className={cx('it-header-center-wrapper', className)}
      data-search-open={searchOpen ? 'true' : undefined}
      {...rest}
    >
      <div className="container">
        <div className="row">
          <div className="col-12">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <a href={homeHref}>
                  {logo ?? <Icon name="pa" />}
                  <div className="it-brand-text">
                    <span className="visually-hidden">{t.home}</span>{' '}
                    <div className="it-brand-title">{name}</div>
                    {tagline && <div className="it-brand-tagline d-none d-md-block">{tagline}</div>}
                  </div>
                </a>
              </div>
              <div className="it-right-zone">
                {socials.length > 0 && (
                  <div className="it-socials d-none d-lg-flex">
                    <span>{t.follow}</span>
                    <ul aria-label={t.socials}>
                      {socials.map((s) => (
                        <li key={s.href}>
                          <a href={s.href} aria-label={s.label}>
                            <Icon name={s.icon} className="align-top" />
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {search !== false && (
                  <div className="it-search-wrapper">
                    <span className="d-none d-md-block" aria-hidden="true">
                      {t.search}
                    </span>
                    <button
                      ref={searchButtonRef}
                      type="button"
                      className="rounded-icon"
                      aria-label={t.searchButton}
                      aria-haspopup="dialog"
                      aria-expanded={searchOpen}
                      onClick={() => setSearchOpen(true)}
                    >
                      <Icon name="search" />
                    </button>
                  </div>
                )}
              </div>
            </div>
          </div>
        </div>
      </div>
      {search !== false && (
        <SearchDialog
          {...search}
          open={searchOpen}
          onClose={() => setSearchOpen(false)}
          returnFocusRef={searchButtonRef}
        />
      )}
    </HeaderCenterRoot>
  );
});
