export { DetailPage, type DetailPageProps, type DetailSection } from './DetailPage.js';
