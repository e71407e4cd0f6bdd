'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { MenuButton } from './MenuButton.js';
import { DEFAULT_LANGUAGES, type SiteLanguage } from './languages.js';
import { headerSlimMessages, type HeaderSlimMessages } from './HeaderSlim.intl.js';
import { HeaderSlimRoot } from './HeaderSlim.styles.js';

/** The signed-in citizen. */
export interface HeaderUser {
  /** Name shown in the user button. */
  name: string;
  /** URLs of the user menu entries. @default '/area-personale/…' */
  hrefs?: Partial<
    Record<'myServices' | 'myRequests' | 'notifications' | 'settings' | 'logout', string>
  >;
}

export interface HeaderSlimProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The ente di appartenenza (usually the region), linked on the left; it opens in a new tab
   * and says so in its accessible name.
   */
  region?: { name: string; href: string };
  /** Languages of the language switch (ITA/ENG). One or none: no switch. @default DEFAULT_LANGUAGES */
  languages?: readonly SiteLanguage[];
  /** Code of the current language. @default 'it' */
  currentLanguage?: string;
  /** URL of the personal area login ("Accedi all'area personale"). @default '/area-personale/' */
  loginHref?: string;
  /** The signed-in citizen: a user menu replaces the login link. */
  user?: HeaderUser;
  /** Overrides of the default texts. */
  messages?: Partial<HeaderSlimMessages>;
}

const USER_LINKS = ['myServices', 'myRequests', 'notifications', 'settings', 'logout'] as const;
const USER_SLUGS: Record<(typeof USER_LINKS)[number], string> = {
  myServices: 'servizi',
  myRequests: 'pratiche',
  notifications: 'notifiche',
  settings: 'impostazioni',
  logout: 'esci',
};

/**
 * The slim top bar of the header: the ente di appartenenza, the language switch (APG menu
 * button) and "Accedi all'area personale" (`personal-area-login`), or the user menu for a
 * signed-in citizen.
 */
export const HeaderSlim = forwardRef<HTMLDivElement, HeaderSlimProps>(function HeaderSlim(
  {
    region,
    languages = DEFAULT_LANGUAGES,
    currentLanguage = 'it',
    loginHref = '/area-personale/',
    user,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(headerSlimMessages, messages);
  if (region && (!region.name?.trim() || !region.href)) {
    throw new PiazzaPropError('HeaderSlim', 'region', 'needs a name and an href', region);
  }
  const current = languages.find((l) => l.code === currentLanguage) ?? languages[0];

  return (
    <HeaderSlimRoot ref={ref} className={cx('it-header-slim-wrapper', className)} {...rest}>
      <div className="container">
        <div className="row">
          <div className="col-12">
            <nav className="it-header-slim-wrapper-content" aria-label={t.label}>
              {region ? (
                <a
                  className="d-lg-block navbar-brand"
                  href={region.href}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {region.name} <span className="visually-hidden">{t.newTab}</span>
                </a>
              ) : (
                <span />
              )}
              <div className="it-header-slim-right-zone">
                {languages.length > 1 && current && (
                  <MenuButton
                    buttonClassName="nav-link"
                    end
                    items={languages.map((l) => ({
                      label: (
                        <>
                          {l.label} <span className="visually-hidden">{l.name}</span>
                        </>
                      ),
                      href: l.href,
                      lang: l.code,
                      hrefLang: l.code,
                      current: l.code === current.code,
                    }))}
                  >
                    <span className="visually-hidden">{t.language}</span>{' '}
                    <span>{current.label}</span>
                  </MenuButton>
                )}
                {user ? (
                  <MenuButton
                    className="it-user-wrapper"
                    buttonClassName="btn btn-primary btn-icon btn-full"
                    buttonLabel={`${t.userMenu} ${user.name}`}
                    end
                    items={USER_LINKS.map((key) => ({
                      label: t[key],
                      href: user.hrefs?.[key] ?? `${loginHref}${USER_SLUGS[key]}/`,
                    }))}
                  >
                    <span className="rounded-icon" aria-hidden="true">
                      <Icon name="user" color="primary" />
                    </span>
                    <span className="d-none d-lg-block">{user.name}</span>
                  </MenuButton>
                ) : (
                  <a
                    className="btn btn-primary btn-icon btn-full"
                    href={loginHref}
                    data-element="personal-area-login"
                    aria-label={t.login}
                  >
                    <span className="rounded-icon" aria-hidden="true">
                      <Icon name="user" color="primary" />
                    </span>
                    <span className="d-none d-lg-block">{t.login}</span>
                  </a>
                )}
              </div>
            </nav>
          </div>
        </div>
      </div>
    </HeaderSlimRoot>
  );
});
