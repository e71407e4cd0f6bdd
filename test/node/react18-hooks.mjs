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

// CommonJS packages (styled-components' Node build) `require('react')`: the hook above sees only
// ESM resolution, so CJS resolution of react / react-dom is sent to test/react18 as well (one
// React in the process, or hooks read a null dispatcher).
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const anchorFile = fileURLToPath(anchor);
const parent18 = new Module(anchorFile);
parent18.filename = anchorFile;
parent18.paths = Module._nodeModulePaths(path.dirname(anchorFile));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  return resolveFilename.call(
    this,
    request,
    /^react(-dom)?($|\/)/.test(request) ? parent18 : parent,
    ...rest,
  );
};
