export {
  CardList,
  type CardListProps,
  type CardListFilter,
  type CardListColumns,
} from './CardList.js';
export { cardListMessages, type CardListMessages } from './CardList.intl.js';
