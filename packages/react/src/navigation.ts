// Public exports of this area (see src/index.ts): header, menus, footer and the page frame.
export * from './Header/index.js';
export * from './HeaderSlim/index.js';
export * from './HeaderCenter/index.js';
export * from './HeaderNavbar/index.js';
export * from './SearchDialog/index.js';
export * from './SecondLevelLinks/index.js';
export * from './Breadcrumbs/index.js';
export * from './Footer/index.js';
export * from './LegalNotes/index.js';
export * from './SkipLinks/index.js';
export * from './BackToTop/index.js';
export * from './CookieBar/index.js';
export * from './PageHeading/index.js';
export * from './PageFrame/index.js';
export * from './BootstrapItaliaVersion/index.js';
