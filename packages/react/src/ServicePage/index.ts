export {
  ServicePage,
  type ServicePageProps,
  type ServicePageData,
  type ServiceCalendar,
  type ServiceAccessInfo,
  type ServiceAccessLink,
} from './ServicePage.js';
export {
  ServiceHeader,
  type ServiceHeaderProps,
  type ServiceStatus,
  type ServiceTopic,
} from './ServiceHeader.js';
export { PageIndex, type PageIndexProps, type PageIndexItem } from './PageIndex.js';
export { ServiceSection, type ServiceSectionProps } from './ServiceSection.js';
export {
  ServiceTimeline,
  type ServiceTimelineProps,
  type ServiceTimelineStep,
} from './ServiceTimeline.js';
export {
  ServiceMetatag,
  serviceJsonLd,
  type ServiceMetatagProps,
  type ServiceMetadata,
} from './ServiceMetatag.js';
export {
  servicePageMessages,
  type ServicePageMessages,
  type ServiceSectionId,
} from './ServicePage.intl.js';
