export { TopicsGrid, type TopicsGridProps, type TopicsGridItem } from './TopicsGrid.js';
