// `piazza css`: Bootstrap Italia with the comune's colour for an app, purged against its output.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKAGE, cleanup, piazza, tempDir } from './helpers.mjs';

const { globFiles, globToRegExp } = await import(path.join(PACKAGE, 'dist', 'app-css.js'));

const app = tempDir('piazza-css-app-');
after(() => cleanup(app));
mkdirSync(path.join(app, 'dist', 'assets'), { recursive: true });
writeFileSync(
  path.join(app, 'dist', 'index.html'),
  '<!doctype html><html><head></head><body><main class="container"><a class="btn btn-primary" href="/">Vai</a></main></body></html>',
);
writeFileSync(
  path.join(app, 'dist', 'assets', 'index-abc.js'),
  'const c = "card card-body"; el.className = `alert alert-danger`;',
);
writeFileSync(path.join(app, 'dist', 'assets', 'notes.txt'), 'it-header-slim-wrapper');

test('compiles Bootstrap Italia with the colour and keeps only the classes the app uses', () => {
  const out = path.join(app, 'css', 'bootstrap-italia.css');
  const res = piazza(
    ['css', '--primary-color', '#8A1538', '--out', out, '--purge', 'dist/**/*.{html,js}'],
    { cwd: app },
  );
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /KB gzip .*purgato su 2 file/);
  const css = readFileSync(out, 'utf8');
  // the classes of the HTML and the words of the script are there, in the comune's colour
  for (const cls of ['btn-primary', 'container', 'card-body', 'alert-danger']) {
    assert.match(css, new RegExp(`\\.${cls}\\b`), cls);
  }
  // #8a1538 is hue 342.05 for Bootstrap Italia's Sass (the default blue would be 210)
  assert.match(css, /\.btn-primary\{[^}]*--bs-btn-bg: hsl\(342\.05,/);
  assert.doesNotMatch(css, /#06c\b|#0066cc/i, 'no trace of the default blue');
  // what the app does not use is gone (a .txt is not purged against)

  assert.doesNotMatch(css, /\.it-header-slim-wrapper\b/);
  assert.ok(gzipSync(css).length < 25 * 1024);

  const whole = path.join(app, 'css', 'whole.css');
  assert.equal(piazza(['css', '--primary-color', '#8a1538', '--out', whole], { cwd: app }).code, 0);
  const full = readFileSync(whole, 'utf8');
  assert.match(full, /\.it-header-slim-wrapper\b/);
  assert.ok(full.length > css.length * 5, 'the unpurged CSS is much larger');
});

test('a colour under 4.5:1, a missing option or no matching file is refused, naming it', () => {
  const out = path.join(app, 'x.css');
  const light = piazza(['css', '--primary-color', '#ffcc00', '--out', out], { cwd: app });
  assert.equal(light.code, 1);
  assert.match(light.stderr, /#ffcc00 ha un contrasto di 1\.51:1/);
  const none = piazza(['css', '--out', out], { cwd: app });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--primary-color/);
  const nothing = piazza(
    ['css', '--primary-color', '#8a1538', '--out', out, '--purge', 'build/**/*.html'],
    { cwd: app },
  );
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /nessun file corrisponde a --purge build\/\*\*\/\*\.html/);
});

test('the --purge globs: **, * and {a,b}', () => {
  assert.ok(globToRegExp('dist/**/*.{html,js}').test('dist/index.html'));
  assert.ok(globToRegExp('dist/**/*.{html,js}').test('dist/assets/a/b.js'));
  assert.ok(!globToRegExp('dist/**/*.{html,js}').test('dist/assets/a.css'));
  assert.ok(!globToRegExp('dist/*.js').test('dist/assets/a.js'));
  assert.deepEqual(globFiles(['dist/**/*.{html,js}'], app), [
    'dist/assets/index-abc.js',
    'dist/index.html',
  ]);
});
