'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { HeaderSlim, type HeaderSlimProps } from '../HeaderSlim/HeaderSlim.js';
import { HeaderCenter, type HeaderCenterProps } from '../HeaderCenter/HeaderCenter.js';
import { HeaderNavbar, type HeaderNavbarProps } from '../HeaderNavbar/HeaderNavbar.js';

export interface HeaderProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The slim top bar: region, languages, login or user menu. @default {} */
  slim?: HeaderSlimProps;
  /** The brand band: name, tagline, logo, socials, search. `name` is required. */
  center: HeaderCenterProps;
  /** The navigation bar: first- and second-level menus, topics. @default {} */
  navbar?: HeaderNavbarProps;
}

/**
 * The page header (`banner` landmark): `HeaderSlim`, `HeaderCenter` and `HeaderNavbar` in the
 * Bootstrap Italia header structure. Every part can be used on its own too.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  { slim = {}, center, navbar = {}, className, ...rest },
  ref,
) {
  return (
    <header ref={ref} className={cx('it-header-wrapper', className)} {...rest}>
      <HeaderSlim {...slim} />
      <div className="it-nav-wrapper">
        <HeaderCenter {...center} />
        <HeaderNavbar {...navbar} />
      </div>
    </header>
  );
});
