'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../utils/cx.js';
import { HeaderSlim, type HeaderSlimProps } from '../HeaderSlim/HeaderSlim.js';
import { HeaderCenter, type HeaderCenterProps } from '../HeaderCenter/HeaderCenter.js';
import { HeaderNavbar, type HeaderNavbarProps } from '../HeaderNavbar/HeaderNavbar.js';
import { SkipLinks, type SkipLinksProps } from '../SkipLinks/SkipLinks.js';

export interface HeaderProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The slim top bar: region, languages, login or user menu. @default {} */
  slim?: HeaderSlimProps;
  /** The brand band: name, tagline, logo, socials, search. `name` is required. */
  center: HeaderCenterProps;
  /** The navigation bar: first- and second-level menus, topics. @default {} */
  navbar?: HeaderNavbarProps;
  /**
   * Skip links at the very start of the header ("Vai ai contenuti", "Vai al footer"), inside
   * the banner landmark. `PageFrame` sets them; `false`: none.
   * @default false
   */
  skipLinks?: SkipLinksProps | false;
  /**
   * Rendered right after the skip links, before the slim bar: `PageFrame` puts the cookie bar
   * here, so it is reached first and sits in the flow, never over the focused element.
   */
  afterSkipLinks?: ReactNode;
}

/**
 * The page header (`banner` landmark): `HeaderSlim`, `HeaderCenter` and `HeaderNavbar` in the
 * Bootstrap Italia header structure. Every part can be used on its own too.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  { slim = {}, center, navbar = {}, skipLinks = false, afterSkipLinks, className, ...rest },
  ref,
) {
  return (
    <header ref={ref} className={cx('it-header-wrapper', className)} {...rest}>
      {skipLinks && <SkipLinks {...skipLinks} />}
      {afterSkipLinks}
      <HeaderSlim {...slim} />
      <div className="it-nav-wrapper">
        <HeaderCenter {...center} />
        <HeaderNavbar {...navbar} />
      </div>
    </header>
  );
});
