export {
  CardList,
  type CardListProps,
  type CardListFilter,
  type CardListColumns,
  type CardListEntry,
} from './CardList.js';
export { cardListMessages, type CardListMessages } from './CardList.intl.js';
export { TeaserCard, type TeaserCardProps } from './TeaserCard.js';
