// `npm run build`: installs what is missing, then builds every package.
import { ensureDependencies, buildAll } from './lib.mjs';

ensureDependencies();
process.exit(buildAll());
