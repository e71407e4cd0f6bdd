export { BootstrapItaliaVersion, syncBootstrapItaliaVersion } from './BootstrapItaliaVersion.js';
