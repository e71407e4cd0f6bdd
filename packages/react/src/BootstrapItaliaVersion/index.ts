export { BootstrapItaliaVersion } from './BootstrapItaliaVersion.js';
export { syncBootstrapItaliaVersion } from './sync.js';
