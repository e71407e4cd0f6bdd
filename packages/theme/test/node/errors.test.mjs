// `piazza build` refuses bad input with messages that name the file, the field and the problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cleanup, demoCopy, piazza, tempDir } from './helpers.mjs';

function luminance(hex) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const l = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

test('a primary colour below 4.5:1 on white is refused with the ratio named', () => {
  const content = demoCopy();
  const out = tempDir();
  try {
    const file = path.join(content, 'site.yml');
    const yml = readFileSync(file, 'utf8');
    assert.match(yml, /primaryColor:/);
    writeFileSync(file, yml.replace(/primaryColor:.*$/m, "primaryColor: '#33aaff'"));
    const ratio = 1.05 / (luminance('#33aaff') + 0.05);
    const res = piazza(['build', '--content', content, '--out', out]);
    assert.equal(res.code, 1, res.stdout + res.stderr);
    // truncated or rounded to two decimals, with a point or a comma
    const forms = [(Math.floor(ratio * 100) / 100).toFixed(2), ratio.toFixed(2)].flatMap((r) => [
      r,
      r.replace('.', ','),
    ]);
    assert.ok(
      forms.some((f) => res.stderr.includes(f)),
      `ratio ${forms[1]} not named in:\n${res.stderr}`,
    );
    assert.match(res.stderr, /4[.,]5/);
    assert.ok(!existsSync(path.join(out, 'index.html')), 'a site was written anyway');
  } finally {
    cleanup(content, out);
  }
});

test('broken content is rejected with every problem, naming file and field', () => {
  const content = demoCopy();
  const out = tempDir();
  try {
    const dir = path.join(content, 'servizi');
    const [first, second] = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const a = path.join(dir, first);
    writeFileSync(a, readFileSync(a, 'utf8').replace(/^category:.*$/m, 'category: Anagrafe'));
    const b = path.join(dir, second);
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^description:.*$/m, ''));
    const res = piazza(['build', '--content', content, '--out', out]);
    assert.equal(res.code, 1);
    assert.ok(res.stderr.includes(first), `${first} not named:\n${res.stderr}`);
    assert.ok(res.stderr.includes(second), `${second} not named:\n${res.stderr}`);
    assert.match(res.stderr, /category/);
    assert.match(res.stderr, /description/);
    assert.match(res.stderr, /Anagrafe/);
  } finally {
    cleanup(content, out);
  }
});

test('an empty content folder explains what is missing', () => {
  const content = tempDir('piazza-empty-');
  const out = tempDir();
  try {
    const res = piazza(['build', '--content', content, '--out', out]);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /site\.yml/);
    assert.match(res.stderr, /servizi|servizio/i);
  } finally {
    cleanup(content, out);
  }
});

test('a half-filled folder (site only) says which collections are missing', () => {
  const content = demoCopy();
  const out = tempDir();
  try {
    for (const d of readdirSync(content)) {
      if (d !== 'site.yml' && d !== 'media') cleanup(path.join(content, d));
    }
    const res = piazza(['build', '--content', content, '--out', out]);
    assert.equal(res.code, 1, res.stdout);
    assert.match(res.stderr, /servizi/);
  } finally {
    cleanup(content, out);
  }
});

test('the output folder is never wiped when it holds something else', () => {
  const out = tempDir();
  try {
    writeFileSync(path.join(out, 'important.txt'), 'keep me');
    const res = piazza(['build', '--demo', '--out', out]);
    assert.equal(res.code, 1);
    assert.equal(readFileSync(path.join(out, 'important.txt'), 'utf8'), 'keep me');
  } finally {
    cleanup(out);
  }
});

test('usage errors exit 2 with the usage', () => {
  const res = piazza(['build']);
  assert.equal(res.code, 2);
  assert.match(res.stderr, /--content/);
});
