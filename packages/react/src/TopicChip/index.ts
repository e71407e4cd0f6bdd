export { TopicChip, type TopicChipProps } from './TopicChip.js';
export { TopicChipList, type TopicChipListProps } from './TopicChipList.js';
