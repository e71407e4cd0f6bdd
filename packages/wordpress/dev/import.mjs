// Imports a Piazza content folder (the demo comune's by default) into a local WordPress with the
// Piazza plugin: the folder is read and validated by @piazza/theme's MarkdownContentSource, every
// item becomes a post of its type (slug, title, body, terms by name, the other fields as meta),
// every local file it points at (images, documents) is uploaded once to the media library and the
// fields point at its WordPress URL; the settings the plugin holds (comune, region, colour,
// contacts, legal pages, menu, patron day) are written to its settings. Idempotent: a second run
// updates the same posts and uploads nothing again. Development only (php import.php runs inside
// WordPress, as install.php does).
//   import { importContent } from './import.mjs';
//   await importContent({ wpDir, contentDir });
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, MarkdownContentSource } from '@piazza/theme';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The demo comune's content folder of @piazza/theme. */
export const DEMO_CONTENT = path.resolve(here, '..', '..', 'theme', 'demo');

const isLocal = (p) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(p);

/** Local files under `src`/`url` keys. */
function localFiles(value, key = '', out = new Set()) {
  if (typeof value === 'string') {
    if ((key === 'src' || key === 'url') && isLocal(value)) out.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => localFiles(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) localFiles(v, k, out);
  return out;
}

/** What the plugin's settings page holds, from the theme's site settings. */
function settingsOf(site) {
  return {
    comune: site.name,
    region: site.region?.label ?? '',
    primary_color: site.primaryColor,
    patron_day: site.patronDay ?? '',
    contact_email: site.contacts?.email ?? '',
    contact_pec: site.contacts?.pec ?? '',
    contact_phone: site.contacts?.phone ?? '',
    contact_address: site.contacts?.address ?? '',
    legal_privacy: site.legal?.privacyUrl ?? '',
    legal_notes: site.legal?.legalNotesUrl ?? '',
    legal_accessibility: site.legal?.accessibilityUrl ?? '',
    menu_extra: (site.extraMenu ?? []).map((m) => ({ label: m.label, url: m.url })),
  };
}

/**
 * Imports `contentDir` into the WordPress at `wpDir` (whose plugin's content model says how each
 * field is stored). Resolves to `{ created, updated, media, ids, seconds }`.
 */
export async function importContent({ wpDir, contentDir = DEMO_CONTENT }) {
  const started = Date.now();
  const content = await new MarkdownContentSource(contentDir).load();
  const model = JSON.parse(
    readFileSync(
      path.join(wpDir, 'wp-content', 'plugins', 'piazza', 'data', 'content-model.json'),
      'utf8',
    ),
  );
  const byName = new Map(model.collections.map((c) => [c.name, c]));
  const items = [];
  for (const key of COLLECTION_NAMES) {
    const c = byName.get(COLLECTION_SCHEMAS[key].name);
    if (!c) throw new Error(`the plugin has no post type for "${COLLECTION_SCHEMAS[key].name}"`);
    for (const value of content[key]) {
      const item = {
        postType: c.postType,
        slug: value.slug,
        title: value.title ?? value.name ?? value.question ?? value.topic ?? value.slug,
        body: '',
        meta: {},
        metaKeys: [],
        terms: {},
      };
      for (const f of c.fields) {
        const v = value[f.key];
        if (f.key === 'slug' || f.key === 'title') continue;
        if (f.body) item.body = v ?? '';
        else if (f.vocabulary)
          item.terms[f.taxonomy] = v === undefined ? [] : Array.isArray(v) ? v : [v];
        else {
          item.metaKeys.push(f.key);
          if (v !== undefined) item.meta[f.key] = v;
        }
      }
      items.push(item);
    }
  }
  const collections = Object.fromEntries(COLLECTION_NAMES.map((k) => [k, content[k]]));
  const media = [...localFiles(collections)].sort().map((rel) => ({
    rel,
    abs: path.join(content.root, rel),
  }));
  const tmp = mkdtempSync(path.join(tmpdir(), 'piazza-import-'));
  try {
    const payload = path.join(tmp, 'payload.json');
    writeFileSync(payload, JSON.stringify({ media, items, settings: settingsOf(content.site) }));
    const r = spawnSync('php', [path.join(here, 'import.php'), wpDir, payload], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`import.php failed (${r.status}): ${r.stderr}${r.stdout}`);
    const report = JSON.parse(r.stdout);
    return { ...report, items: items.length, seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A new application password of `user` (for the build's REST reads), through WordPress. */
export function applicationPassword(wpDir, user = 'admin', name = 'piazza build') {
  const code = `
    $u = get_user_by( 'login', '${user.replace(/'/g, '')}' );
    $made = WP_Application_Passwords::create_new_application_password( $u->ID, array( 'name' => '${name.replace(/'/g, '')}' ) );
    return is_wp_error( $made ) ? array( 'error' => $made->get_error_message() ) : array( 'password' => $made[0] );
  `;
  const r = spawnSync('php', [path.join(here, 'eval.php'), wpDir], {
    input: code,
    encoding: 'utf8',
  });
  const out = r.status === 0 ? JSON.parse(r.stdout) : { error: r.stderr };
  if (!out.password) throw new Error(`application password: ${out.error}`);
  return out.password;
}
