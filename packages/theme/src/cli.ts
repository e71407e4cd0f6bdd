#!/usr/bin/env node
// piazza: build, serve and export the comune site. React's production build is chosen at import
// time from NODE_ENV, so it is set before anything else is loaded (the development build renders
// pages several times slower).
process.env.NODE_ENV ??= 'production';
const { main } = await import('./cli-main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
