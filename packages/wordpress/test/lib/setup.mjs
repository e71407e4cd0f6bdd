// Shared by the WordPress browser tests: one real back office per test file, seeded with offices.
import { wordpressUnavailable, startWordPress, pkgDir } from '../../dev/wordpress.mjs';
import path from 'node:path';

export const FIXTURE_SCHEMA = path.join(pkgDir, 'test', 'fixtures', 'schema');

/** Why the tests cannot run here (null when they can): the Debian packages are missing. */
export const skipReason = wordpressUnavailable();

/** YYYY-MM of the month after this one (all its slots are in the future). */
export function nextMonth() {
  const d = new Date();
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return m.toISOString().slice(0, 7);
}

/** PHP string literal. */
export const lit = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Creates a published office; returns its post id. */
export function seedOffice(
  wp,
  { slug, title, typeId, typeName, schedule, reasons, closures = [], minutes = 30, places = 1 },
) {
  return wp.php(`
    $id = wp_insert_post( array( 'post_type' => 'piazza_office', 'post_status' => 'publish', 'post_title' => ${lit(title)}, 'post_name' => ${lit(slug)} ) );
    update_post_meta( $id, 'piazza_type_id', ${lit(typeId)} );
    update_post_meta( $id, 'piazza_type_name', ${lit(typeName)} );
    update_post_meta( $id, 'piazza_address', 'Piazza del Municipio 1, 00100 Prova' );
    update_post_meta( $id, 'piazza_hours', 'Dal lunedì al venerdì 9:00–12:00' );
    update_post_meta( $id, 'piazza_email', 'anagrafe@comune.example.it' );
    update_post_meta( $id, 'piazza_schedule', json_decode( ${lit(JSON.stringify(schedule))}, true ) );
    update_post_meta( $id, 'piazza_reasons', json_decode( ${lit(JSON.stringify(reasons))}, true ) );
    update_post_meta( $id, 'piazza_closures', json_decode( ${lit(JSON.stringify(closures))}, true ) );
    update_post_meta( $id, 'piazza_slot_minutes', ${Number(minutes)} );
    update_post_meta( $id, 'piazza_places', ${Number(places)} );
    return $id;
  `);
}

export { startWordPress };
