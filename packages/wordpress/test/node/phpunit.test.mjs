// The plugin's PHP unit tests (slots, validation, contrast) with Debian's PHPUnit 9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordpressUnavailable } from '../../dev/wordpress.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const reason = wordpressUnavailable();

test(
  'PHPUnit: slots, validation and the contrast rule',
  { skip: reason ? `PHPUnit not available: ${reason}` : false },
  () => {
    const res = spawnSync('phpunit', ['-c', path.join(here, '..', 'php', 'phpunit.xml')], {
      encoding: 'utf8',
    });
    assert.equal(res.status, 0, res.stdout + res.stderr);
    assert.match(res.stdout, /OK \(\d+ tests/);
  },
);
