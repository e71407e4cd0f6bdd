export { Breadcrumbs, type BreadcrumbsProps, type BreadcrumbItem } from './Breadcrumbs.js';
export { breadcrumbsMessages, type BreadcrumbsMessages } from './Breadcrumbs.intl.js';
