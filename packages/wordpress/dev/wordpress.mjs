// A real, project-local WordPress back office: MariaDB on its own data folder and socket (no system
// service), WordPress copied from Debian's /usr/share/wordpress, PHP's built-in server with a
// router and 4 workers, the Piazza plugin installed from its zip and activated, and (optionally)
// an SMTP sink (aiosmtpd) that keeps every mail it receives. `stop()` ends every process group.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  linkSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWordPress } from '../../../scripts/lib.mjs';
import { build } from '../scripts/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const pkgDir = path.resolve(here, '..');
const WP_SOURCE = '/usr/share/wordpress';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function must(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${res.stderr || res.stdout}`);
  }
  return res.stdout;
}

/** Starts `cmd` in its own process group (so stop() ends its children too). */
function background(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-2_000_000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-2_000_000)));
  child.output = () => output;
  return child;
}

async function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 5000);
  await gone;
  clearTimeout(timer);
}

async function waitFor(what, check, child, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) {
      throw new Error(`${what} exited (${child.exitCode}): ${child.output()}`);
    }
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} not ready after ${ms} ms: ${child?.output() ?? ''}`);
}

/**
 * An empty MariaDB data folder (system tables only), made once per MariaDB version with
 * `mariadb-install-db` and copied into each run (it takes seconds on a busy machine).
 */
function databaseTemplate(cache, options) {
  const version = must('mariadbd', ['--version']).trim();
  const id = createHash('sha256')
    .update(version + options.join(' '))
    .digest('hex')
    .slice(0, 12);
  const template = path.join(cache, `db-${id}`);
  if (existsSync(path.join(template, '.complete'))) return template;
  rmSync(template, { recursive: true, force: true });
  must('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${template}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...options,
  ]);
  writeFileSync(path.join(template, '.complete'), version);
  return template;
}

/**
 * Debian's WordPress, symlinks resolved, without its wp-config.php, .htaccess and Akismet: copied
 * once into the cache (per WordPress version), then hard-linked into each run.
 */
function wordpressCore(cache) {
  const version = /\$wp_version = '([^']+)'/.exec(
    readFileSync(path.join(WP_SOURCE, 'wp-includes', 'version.php'), 'utf8'),
  )?.[1];
  const core = path.join(cache, `core-${version}`);
  if (existsSync(path.join(core, '.complete'))) return core;
  rmSync(core, { recursive: true, force: true });
  cpSync(WP_SOURCE, core, { recursive: true, dereference: true });
  rmSync(path.join(core, 'wp-config.php'), { force: true });
  rmSync(path.join(core, '.htaccess'), { force: true });
  rmSync(path.join(core, 'wp-content', 'plugins', 'akismet'), { recursive: true, force: true });
  writeFileSync(path.join(core, '.complete'), version ?? '');
  return core;
}

/** Recreates `src` at `dst` with hard links (no data copied; files written later are new). */
function linkTree(src, dst) {
  mkdirSync(dst, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (e.name === '.complete') continue;
    const from = path.join(src, e.name);
    const to = path.join(dst, e.name);
    if (e.isDirectory()) linkTree(from, to);
    else linkSync(from, to);
  }
}

/**
 * Whether the Debian packages are there (installing them as root when missing). Returns null when
 * ready, or the reason WordPress cannot run here.
 */
export function wordpressUnavailable() {
  if (ensureWordPress({ quiet: true })) return null;
  return "Debian's wordpress, php, mariadb-server-core, phpunit and python3-aiosmtpd are not installed and cannot be installed here (not root or no apt-get)";
}

/**
 * Boots everything. Options: `schemaDir` (content model to build the plugin with), `settings`
 * (initial `piazza_settings`, merged with the SMTP sink's address), `smtp` (start the sink).
 */
export async function startWordPress({
  schemaDir,
  settings = {},
  smtp = true,
  keep = false,
  evalEndpoint = false,
} = {}) {
  const timings = {};
  let t = Date.now();
  // Under the repository's .cache (ignored by git, ESLint and Prettier).
  const cache = path.join(pkgDir, '..', '..', '.cache', 'wordpress');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'run-'));
  const procs = [];
  // If this process ends without stop() (a crash, Ctrl+C in a test), nothing stays running.
  const killAll = () => {
    for (const p of procs) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  process.once('exit', killAll);
  const stop = async () => {
    process.removeListener('exit', killAll);
    for (const p of procs.reverse()) await stopGroup(p);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The plugin, built as `pnpm run build` does, into this run's folder.
    const plugin = build({ schemaDir, outDir: path.join(dir, 'build') });

    // MariaDB: own data folder and socket, no TCP.
    const datadir = path.join(dir, 'db');
    const socket = path.join(dir, 'mysql.sock');
    // Faster, not durable: a throwaway database (small redo log, no fsync per commit). The
    // UNIQUE keys the tests rely on work the same.
    const fast = [
      '--innodb-log-file-size=8M',
      '--innodb-buffer-pool-size=32M',
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--skip-log-bin',
    ];
    cpSync(databaseTemplate(cache, fast), datadir, { recursive: true });
    const db = background('mariadbd', [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${path.join(dir, 'mysql.pid')}`,
      '--user=root',
      ...fast,
    ]);
    procs.push(db);
    await waitFor(
      'mariadbd',
      () =>
        spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], {
          stdio: 'ignore',
        }).status === 0,
      db,
    );
    must('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    ]);
    timings.mariadb = Date.now() - t;
    t = Date.now();

    // WordPress from Debian's package, with our own configuration.
    const wp = path.join(dir, 'wp');
    linkTree(wordpressCore(cache), wp);
    cpSync(path.join(here, 'router.php'), path.join(wp, 'router.php'));
    const evalToken = randomBytes(24).toString('hex');
    if (evalEndpoint)
      cpSync(path.join(here, 'eval-endpoint.php'), path.join(wp, 'piazza-eval.php'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(32).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      path.join(wp, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', false );
define( 'FS_METHOD', 'direct' );
${evalEndpoint ? `define( 'PIAZZA_EVAL_TOKEN', '${evalToken}' );` : ''}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // The SMTP sink: every mail lands in a Maildir.
    let mailDir = null;
    let smtpPort = null;
    if (smtp) {
      smtpPort = await freePort();
      mailDir = path.join(dir, 'mail');
      const sink = background('/usr/bin/python3', [
        '-m',
        'aiosmtpd',
        '-n',
        '-l',
        `127.0.0.1:${smtpPort}`,
        '-c',
        'aiosmtpd.handlers.Mailbox',
        mailDir,
      ]);
      procs.push(sink);
    }

    const password = randomBytes(12).toString('base64url');
    const initial = {
      site_origin: url,
      ...(smtp ? { smtp_host: '127.0.0.1', smtp_port: smtpPort, smtp_secure: '' } : {}),
      ...settings,
    };
    must('php', [
      path.join(here, 'install.php'),
      wp,
      plugin.zip,
      password,
      JSON.stringify(initial),
    ]);
    timings.install = Date.now() - t;
    t = Date.now();

    const opcache = [
      '-d',
      'opcache.enable_cli=1',
      '-d',
      'opcache.validate_timestamps=1',
      '-d',
      'opcache.revalidate_freq=0',
    ];
    const server = background(
      'php',
      [...opcache, '-S', `127.0.0.1:${port}`, '-t', wp, path.join(wp, 'router.php')],
      {
        cwd: wp,
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      },
    );
    procs.push(server);
    await waitFor(
      'php -S',
      async () => {
        try {
          const res = await fetch(`${url}/wp-json/`);
          return res.ok;
        } catch {
          return false;
        }
      },
      server,
    );
    timings.server = Date.now() - t;

    /** Runs PHP code inside WordPress; resolves to its JSON-decoded return value. */
    const php = (code) => {
      const out = must('php', [path.join(here, 'eval.php'), wp], { input: code });
      return out === '' ? null : JSON.parse(out);
    };
    /** The same over HTTP (with `evalEndpoint`): one request instead of one PHP start. */
    const evaluate = async (code) => {
      const res = await fetch(`${url}/piazza-eval.php`, {
        method: 'POST',
        headers: { 'x-piazza-eval': evalToken },
        body: code,
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`eval failed (${res.status}): ${text.slice(0, 2000)}`);
      return text === '' ? null : JSON.parse(text);
    };
    /** The mails the sink received, as raw RFC 5322 texts. */
    const mails = () => {
      if (!mailDir) return [];
      const out = [];
      for (const sub of ['new', 'cur']) {
        const d = path.join(mailDir, sub);
        if (!existsSync(d)) continue;
        for (const f of readdirSync(d)) out.push(readFileSync(path.join(d, f), 'utf8'));
      }
      return out;
    };
    return {
      url,
      api: `${url}/wp-json/piazza/v1`,
      dir,
      wp,
      admin: { user: 'admin', password },
      php: evalEndpoint ? evaluate : php,
      phpCli: php,
      mails,
      stop,
      timings,
      smtpPort,
      serverLog: () => server.output(),
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
