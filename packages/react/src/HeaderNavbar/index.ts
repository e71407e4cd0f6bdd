export { HeaderNavbar, type HeaderNavbarProps } from './HeaderNavbar.js';
export { headerNavbarMessages, type HeaderNavbarMessages } from './HeaderNavbar.intl.js';
export {
  buildMainMenu,
  type BuildMainMenuOptions,
  type MainMenuItem,
  type NavLink,
} from './menu.js';
