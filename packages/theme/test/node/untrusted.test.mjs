// Content is untrusted input (issue 12): raw HTML in Markdown is sanitised, every page carries its
// Content-Security-Policy, text files are precompressed, and media symlinks, YAML alias bombs,
// oversized files, invalid UTF-8 and dangerous URL schemes are refused naming file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE, cleanup, demoCopy, pageFile, piazza, sitemapPaths, tempDir } from './helpers.mjs';

const { CONTENT_SECURITY_POLICY } = await import(path.join(PACKAGE, 'dist', 'index.js'));

const SERVICE = 'servizi/agevolazioni-tari.md';
const edit = (content, rel, fn) => {
  const file = path.join(content, rel);
  writeFileSync(file, fn(readFileSync(file, 'utf8')));
};

test('raw HTML in Markdown is sanitised; every page has the CSP meta; text is precompressed', () => {
  const content = demoCopy();
  const out = tempDir();
  try {
    const attack = [
      '',
      '<script>alert("script")</script>',
      '<img src="media/stemma.svg" alt="" onerror="alert(\'img\')">',
      '<iframe srcdoc="<script>alert(\'iframe\')</script>"></iframe>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '[Scarica](javascript:alert("link"))',
      '',
    ].join('\n\n');
    edit(content, SERVICE, (t) =>
      t.replace(
        /^quantoCosta: .*$/m,
        `quantoCosta: |-\n  Il servizio è gratuito.\n${attack.replace(/^/gm, '  ')}`,
      ),
    );
    const res = piazza(['build', '--content', content, '--out', out, '--quiet']);
    assert.equal(res.code, 0, res.stdout + res.stderr);
    const page = readFileSync(
      pageFile(out, '/servizi/tributi-finanze-e-contravvenzioni/agevolazioni-tari/'),
      'utf8',
    );
    assert.match(page, /Il servizio è gratuito\./, 'the section is on the page');
    assert.doesNotMatch(page, /<script>alert/, 'an inline script reached the page');
    assert.match(page, /<a>Scarica<\/a>/, 'the link text stays, without its javascript: target');
    assert.doesNotMatch(page, /http-equiv="refresh"/);
    assert.doesNotMatch(page, /\sonerror=/);
    assert.doesNotMatch(page, /<iframe/);
    assert.doesNotMatch(page, /href="javascript:/i);

    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    for (const p of sitemapPaths(out)) {
      const html = readFileSync(pageFile(out, p), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/?>/.exec(head);
      assert.ok(meta, `${p}: no CSP meta`);
      assert.equal(
        meta[1].replace(/&#x27;/g, "'"),
        expected,
        `${p}: the meta policy differs from serve's header`,
      );
      // before any script or stylesheet, so that it governs them
      assert.ok(head.indexOf(meta[0]) < head.search(/<(script|link rel="stylesheet")/), p);
    }

    const text = [];
    const walk = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const abs = path.join(dir, e.name);
        if (e.isDirectory()) walk(abs);
        else if (/\.(html|css|js|json|svg|xml)$/.test(e.name)) text.push(abs);
      }
    };
    walk(out);
    assert.ok(text.length > 100);
    for (const f of text) {
      const size = readFileSync(f).length;
      if (size < 200) continue; // too small to shrink
      assert.ok(existsSync(`${f}.br`), `${path.relative(out, f)}: no .br`);
      assert.ok(existsSync(`${f}.gz`), `${path.relative(out, f)}: no .gz`);
    }
  } finally {
    cleanup(content, out);
  }
});

/** Builds a broken copy of the demo: the build fails, naming what the checks expect. */
function refused(prepare) {
  const content = demoCopy();
  const out = tempDir();
  const outside = tempDir('piazza-outside-');
  try {
    prepare(content, outside);
    const res = piazza(['build', '--content', content, '--out', out, '--quiet'], {
      timeout: 60_000,
    });
    const published = existsSync(out) ? readdirSync(out) : [];
    return { ...res, published, out };
  } finally {
    cleanup(content, out, outside);
  }
}

test('a media symlink (to /etc/passwd, say) is refused, naming file and field', () => {
  const res = refused((content, outside) => {
    const secret = path.join(outside, 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const pdf = path.join(content, 'media', 'documenti', 'delibera-aliquote-imu-2026.pdf');
    rmSync(pdf);
    symlinkSync(secret, pdf);
  });
  assert.equal(res.code, 1, res.stdout + res.stderr);
  const line = res.stderr.split('\n').find((l) => l.includes('delibera-aliquote-imu-2026.md'));
  assert.ok(line, `the document file is not named:\n${res.stderr}`);
  assert.match(line, /files\.0\.url/);
  assert.match(line, /simbolico|symlink|symbolic/i);
  assert.equal(res.published.length, 0, 'a site was written anyway');
});

test('a linked media folder leading out of the content folder is refused too', () => {
  const res = refused((content, outside) => {
    const docs = path.join(content, 'media', 'documenti');
    for (const f of readdirSync(docs)) {
      writeFileSync(path.join(outside, f), readFileSync(path.join(docs, f)));
    }
    rmSync(docs, { recursive: true });
    symlinkSync(outside, docs);
  });
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(res.stderr, /delibera-aliquote-imu-2026\.md: files\.0\.url: .*simbolico/);
});

test('a YAML alias bomb is refused, naming the file', () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  ].join('\n');
  const res = refused((content) =>
    edit(content, SERVICE, (t) => t.replace('---\n', `---\n${bomb}\n`)),
  );
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(res.stderr, /agevolazioni-tari\.md: .*alias/i);
});

test('a content file over 1 MiB is refused, naming the file and the sizes', () => {
  const res = refused((content) =>
    edit(content, SERVICE, (t) => `${t}\n${'Testo molto lungo della pagina. '.repeat(70_000)}\n`),
  );
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(
    res.stderr,
    /agevolazioni-tari\.md: file troppo grande: 2,\d MB, il massimo è 1,0 MB/,
  );
});

test('invalid UTF-8 is refused with file, line and column (not turned into U+FFFD)', () => {
  const res = refused((content) => {
    const file = path.join(content, SERVICE);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('Il servizio è **gratuito**');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at) + 'Il servizio '),
      Buffer.from([0xe8]), // "è" in Latin-1 / Windows-1252
      Buffer.from(text.slice(at + 'Il servizio è'.length)),
    ]);
    writeFileSync(file, bytes);
  });
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(res.stderr, /agevolazioni-tari\.md: testo non in UTF-8 alla riga \d+, colonna 26/);
});

test('URL fields refuse javascript: and data:, naming file and field', () => {
  const res = refused((content) => {
    edit(content, SERVICE, (t) =>
      t.replace(
        'url: media/condizioni/agevolazioni-tari.pdf',
        'url: javascript:alert(document.cookie)\n  fileType: PDF\n  size: 10 KB',
      ),
    );
    edit(content, 'documenti/delibera-aliquote-imu-2026.md', (t) =>
      t.replace(
        'url: media/documenti/delibera-aliquote-imu-2026.pdf',
        'url: "data:text/html,<script>alert(1)</script>"\n    fileType: PDF\n    size: 1 KB',
      ),
    );
  });
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(
    res.stderr,
    /agevolazioni-tari\.md: condizioniDiServizio\.url: indirizzo non ammesso/,
  );
  assert.match(res.stderr, /delibera-aliquote-imu-2026\.md: files\.0\.url: indirizzo non ammesso/);
});
