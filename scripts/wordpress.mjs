// `npm run wordpress`: the WordPress back office and the Piazza site built from it, locally.
// Installs what is missing (dependencies; Debian's WordPress, PHP and MariaDB as root), builds the
// packages, starts a project-local MariaDB + WordPress with the Piazza plugin (and an SMTP sink),
// imports the demo comune's content, builds the site from WordPress over the REST API
// (`piazza build --source wordpress`) and serves it with the publish webhook on: an edit in
// wp-admin is live in seconds. Prints the wp-admin address, the generated credentials and the site
// address. Ctrl+C stops everything (the data of the session is deleted). `npm start` stays the
// Markdown demo.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAll, ensureDependencies, ensureWordPress, log, root } from './lib.mjs';

ensureDependencies();
if (!ensureWordPress()) process.exit(1);
if (buildAll() !== 0) process.exit(1);

const { startWordPress } = await import('../packages/wordpress/dev/wordpress.mjs');
const { DEMO_CONTENT, applicationPassword, importContent } =
  await import('../packages/wordpress/dev/import.mjs');
const { IncrementalSite, WordPressContentSource, formatIssue, parseFrontMatter, serveSite } =
  await import('../packages/theme/dist/index.js');

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
  // The site settings WordPress does not hold come from the demo's site.yml (as `--site` does).
  const siteFile = path.join(DEMO_CONTENT, 'site.yml');
  const issues = [];
  const siteBase = parseFrontMatter(
    `---\n${readFileSync(siteFile, 'utf8')}\n---\n`,
    siteFile,
    issues,
  )?.data;
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join('\n'));
  const source = new WordPressContentSource({
    url: wp.url,
    auth: { user: 'admin', password: appPassword },
    mediaDir: path.join(wp.dir, 'media'),
    siteBase,
    siteBaseDir: DEMO_CONTENT,
  });
  log('building the site from WordPress');
  const incremental = await IncrementalSite.create({ source, out });
  // Publishing in wp-admin calls the plugin's signed webhook: piazza serve rebuilds what changed.
  const secret = randomBytes(24).toString('hex');
  site = await serveSite(out, {
    port: Number(process.env.PORT ?? 8090),
    rebuild: {
      secret,
      site: incremental,
      onResult: (r) =>
        console.log(
          r.ok
            ? `  ricostruito: ${r.report.pages.length} pagine in ${r.report.seconds.toFixed(2)} s`
            : `  ricostruzione non riuscita: ${r.error instanceof Error ? r.error.message : String(r.error)}`,
        ),
    },
  });
  // The site's origin may call the back office (ratings, bookings, segnalazioni); the webhook.
  await wp.phpCli(
    `$s = get_option( 'piazza_settings', array() ); $s['site_origin'] = '${site.url}'; ` +
      `$s['webhook_url'] = '${site.url}/__piazza/rebuild'; $s['webhook_secret'] = '${secret}'; ` +
      `update_option( 'piazza_settings', $s ); return true;`,
  );

  console.log(`
Piazza con WordPress è attivo (Ctrl+C per fermare tutto):
  wp-admin:  ${wp.url}/wp-admin/
  utente:    ${wp.admin.user}
  password:  ${wp.admin.password}
  sito:      ${site.url}/
  posta:     ${wp.dir}/mail/new (server SMTP di prova)

Ogni pubblicazione, modifica o cestino in wp-admin chiama il webhook firmato del plugin: il sito
ricostruisce solo le pagine toccate (di solito in pochi secondi).
`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  await wp.stop();
  process.exit(1);
}
