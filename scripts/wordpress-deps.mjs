// `node scripts/wordpress-deps.mjs`: installs the Debian packages of the WordPress back office
// (WordPress 6.1, PHP 8.2, MariaDB 10.11, PHPUnit, aiosmtpd) when missing, as root via apt-get.
// Exits 1, saying what to install, when they are missing and cannot be installed.
import { ensureWordPress } from './lib.mjs';

process.exit(ensureWordPress() ? 0 : 1);
