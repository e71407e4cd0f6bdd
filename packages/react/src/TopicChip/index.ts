export { TopicChip, type TopicChipProps } from './TopicChip.js';
