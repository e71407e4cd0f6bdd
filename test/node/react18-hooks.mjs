// Node module hooks: resolve react / react-dom (and their subpaths) from test/react18, where
// they are React 18.3.1, for the ESM imports of our built packages and of the test script.
import { register } from 'node:module';

const anchor = new URL('../react18/index.js', import.meta.url).href;
register(
  'data:text/javascript,' +
    encodeURIComponent(`
const anchor = ${JSON.stringify(anchor)};
export async function resolve(specifier, context, next) {
  if (/^react(-dom)?($|\\/)/.test(specifier)) return next(specifier, { ...context, parentURL: anchor });
  return next(specifier, context);
}`),
  import.meta.url,
);
