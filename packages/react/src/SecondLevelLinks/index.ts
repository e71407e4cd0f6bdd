export {
  SecondLevelLinks,
  type SecondLevelLinksProps,
  type SecondLevelLink,
  type SecondLevelHeadingLevel,
} from './SecondLevelLinks.js';
export {
  secondLevelLinksMessages,
  type SecondLevelLinksMessages,
} from './SecondLevelLinks.intl.js';
