// `npm run wordpress`: the WordPress back office and the Piazza site built from it, locally.
// Installs what is missing (dependencies; Debian's WordPress, PHP and MariaDB as root), builds the
// packages, starts a project-local MariaDB + WordPress with the Piazza plugin (and an SMTP sink),
// imports the demo comune's content, builds the site from WordPress over the REST API
// (`piazza build --source wordpress`) and serves it. Prints the wp-admin address, the generated
// credentials, the site address and how to rebuild after editing. Ctrl+C stops everything (the
// data of the session is deleted). `npm start` stays the Markdown demo.
import path from 'node:path';
import { buildAll, ensureDependencies, ensureWordPress, log, root, run } from './lib.mjs';

ensureDependencies();
if (!ensureWordPress()) process.exit(1);
if (buildAll() !== 0) process.exit(1);

const { startWordPress } = await import('../packages/wordpress/dev/wordpress.mjs');
const { DEMO_CONTENT, applicationPassword, importContent } =
  await import('../packages/wordpress/dev/import.mjs');
const { serveSite } = await import('../packages/theme/dist/serve.js');

log('starting WordPress (MariaDB, PHP, SMTP sink)');
const wp = await startWordPress({
  settings: { urp_email: 'urp@comune.esempio.it', mail_from: 'noreply@comune.esempio.it' },
});
let site;
const stop = async () => {
  await site?.close();
  await wp.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  log('importing the demo comune into WordPress');
  const imported = await importContent({ wpDir: wp.wp });
  console.log(
    `  ${imported.items} contenuti (${imported.created} nuovi), ${imported.media.uploaded} media in ${imported.seconds.toFixed(1)} s`,
  );
  const appPassword = applicationPassword(wp.wp, 'admin', 'npm run wordpress');

  const out = path.join(root, 'site-wordpress');
  const args = [
    path.join(root, 'packages', 'theme', 'dist', 'cli.js'),
    'build',
    '--source',
    'wordpress',
    '--wp-url',
    wp.url,
    '--site',
    path.join(DEMO_CONTENT, 'site.yml'),
    '--media',
    path.join(wp.dir, 'media'),
    '--out',
    out,
  ];
  const env = { ...process.env, PIAZZA_WP_USER: 'admin', PIAZZA_WP_APP_PASSWORD: appPassword };
  log('building the site from WordPress');
  if (run(process.execPath, args, { env }) !== 0) throw new Error('piazza build failed');
  site = await serveSite(out, { port: Number(process.env.PORT ?? 8090) });
  // The site's origin may call the back office (ratings, bookings, segnalazioni).
  await wp.phpCli(
    `$s = get_option( 'piazza_settings', array() ); $s['site_origin'] = '${site.url}'; update_option( 'piazza_settings', $s ); return true;`,
  );

  console.log(`
Piazza con WordPress è attivo (Ctrl+C per fermare tutto):
  wp-admin:  ${wp.url}/wp-admin/
  utente:    ${wp.admin.user}
  password:  ${wp.admin.password}
  sito:      ${site.url}/
  posta:     ${wp.dir}/mail/new (server SMTP di prova)

Dopo aver modificato i contenuti in wp-admin, per ricostruire il sito:
  PIAZZA_WP_USER=admin PIAZZA_WP_APP_PASSWORD='${appPassword}' \\
    node ${path.relative(process.cwd(), args[0])} ${args
      .slice(1)
      .map((a) => (a.includes(' ') ? `'${a}'` : a))
      .join(' ')}
`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  await wp.stop();
  process.exit(1);
}
