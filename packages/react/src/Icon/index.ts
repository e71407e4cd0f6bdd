export { Icon, type IconProps, type IconSize, type IconColor } from './Icon.js';
