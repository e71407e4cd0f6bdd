// Shared helpers for the two top-level commands (npm start, npm test).
// Plain Node, no dependencies: these run before anything is installed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
export const PNPM_VERSION = pkg.packageManager.replace(/^pnpm@/, '');

export function log(msg) {
  process.stdout.write(`\n▶ ${msg}\n`);
}

/** Runs a command, streaming its output; returns the exit code. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

function versionOf(cmd) {
  const res = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

let pnpmArgs = null;
/** The pinned pnpm: a global install when it is the right version, otherwise through npx. */
export function pnpm() {
  if (pnpmArgs) return pnpmArgs;
  if (versionOf('pnpm') === PNPM_VERSION) {
    pnpmArgs = ['pnpm', []];
  } else {
    log(`installing pnpm ${PNPM_VERSION}`);
    const code = run('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`], { stdio: 'ignore' });
    pnpmArgs =
      code === 0 && versionOf('pnpm') === PNPM_VERSION
        ? ['pnpm', []]
        : ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
  }
  return pnpmArgs;
}

export function runPnpm(args, opts) {
  const [cmd, pre] = pnpm();
  return run(cmd, [...pre, ...args], opts);
}

/** Installs the workspace from the lockfile when node_modules is missing or older than it. */
export function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  const fresh =
    existsSync(marker) && existsSync(lock) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  log('installing dependencies from the lockfile');
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const code = runPnpm(['install', ...frozen]);
  if (code !== 0) {
    console.error('pnpm install failed: see the output above.');
    process.exit(code);
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Installs Debian's chromium when absent (as root); otherwise says what to install. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log("installing Debian's chromium (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(
    `Chromium not found at ${CHROMIUM}. Install Debian's package as root: ` +
      '`apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  return false;
}

/** Debian packages of the WordPress back office (issue 14): PHP 8.2, WordPress 6.1, MariaDB 10.11. */
export const WORDPRESS_PACKAGES = [
  'wordpress',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-curl',
  'php-gd',
  'php-intl',
  'mariadb-server-core',
  'mariadb-client',
  'phpunit',
  'python3-aiosmtpd',
];
const WORDPRESS_BINARIES = [
  '/usr/share/wordpress/wp-load.php',
  '/usr/bin/php',
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/bin/phpunit',
  '/usr/lib/python3/dist-packages/aiosmtpd',
];

/**
 * Installs Debian's WordPress, PHP, MariaDB (server core only: no system service), PHPUnit and
 * aiosmtpd when absent (as root, `--no-install-recommends`); otherwise says what to install.
 */
export function ensureWordPress({ quiet = false } = {}) {
  const missing = () => WORDPRESS_BINARIES.filter((f) => !existsSync(f));
  if (missing().length === 0) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log("installing Debian's WordPress, PHP and MariaDB (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const stdio = quiet ? 'ignore' : 'inherit';
    run('apt-get', ['update', '-qq'], { env, stdio });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...WORDPRESS_PACKAGES], {
      env,
      stdio,
    });
    if (missing().length === 0) return true;
  }
  console.error(
    `Missing ${missing().join(', ')}. Install Debian's packages as root: ` +
      `\`apt-get install --no-install-recommends ${WORDPRESS_PACKAGES.join(' ')}\`.`,
  );
  return false;
}

export function buildAll() {
  log('building the packages');
  return runPnpm(['-r', '--workspace-concurrency=1', 'run', 'build']);
}

export function spawnBackground(cmd, args, opts = {}) {
  return spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
}
