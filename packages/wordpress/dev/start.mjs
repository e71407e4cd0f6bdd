// `pnpm --filter @piazza/wordpress run start`: a local WordPress back office with the Piazza
// plugin (project-local MariaDB, PHP's built-in server, an SMTP sink), until Ctrl+C.
//   node dev/start.mjs [--schema DIR]
import { startWordPress, wordpressUnavailable } from './wordpress.mjs';

const reason = wordpressUnavailable();
if (reason) {
  console.error(reason);
  process.exit(1);
}
const i = process.argv.indexOf('--schema');
const wp = await startWordPress({
  schemaDir: i > 0 ? process.argv[i + 1] : undefined,
  settings: { urp_email: 'urp@comune.esempio.it', mail_from: 'noreply@comune.esempio.it' },
});
console.log(`WordPress:  ${wp.url}/wp-admin/`);
console.log(`Utente:     ${wp.admin.user}`);
console.log(`Password:   ${wp.admin.password}`);
console.log(`API:        ${wp.api}/`);
console.log(`Posta (SMTP di prova, porta ${wp.smtpPort}): ${wp.dir}/mail/new`);
console.log('Ctrl+C per fermare tutto (i dati di questa sessione vengono eliminati).');
const stop = async () => {
  await wp.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
