export { Header, type HeaderProps } from './Header.js';
