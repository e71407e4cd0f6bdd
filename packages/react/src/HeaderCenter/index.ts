export { HeaderCenter, type HeaderCenterProps, type SocialLink } from './HeaderCenter.js';
export { headerCenterMessages, type HeaderCenterMessages } from './HeaderCenter.intl.js';
