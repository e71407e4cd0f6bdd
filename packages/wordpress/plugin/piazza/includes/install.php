<?php
/**
 * Activation, upgrade and deactivation: they add what is missing and never reset content, menus,
 * terms or settings.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Installer.
 */
final class Piazza_Install {

	/** Capabilities of the plugin, and which roles have them on activation. */
	const CAPS = array(
		'piazza_manage_bookings' => 'Gestire le prenotazioni',
		'piazza_view_reports'    => 'Vedere valutazioni e segnalazioni',
		'piazza_manage_reports'  => 'Gestire le segnalazioni',
		'piazza_manage_settings' => 'Gestire le impostazioni di Piazza',
	);

	/**
	 * Table names.
	 *
	 * @return array<string, string>
	 */
	public static function tables(): array {
		global $wpdb;
		return array(
			'bookings' => $wpdb->prefix . 'piazza_bookings',
			'feedback' => $wpdb->prefix . 'piazza_feedback',
			'reports'  => $wpdb->prefix . 'piazza_reports',
			'rate'     => $wpdb->prefix . 'piazza_rate',
		);
	}

	/**
	 * Activation: tables (dbDelta adds, never drops), capabilities, settings only when absent,
	 * vocabulary terms only when absent.
	 */
	public static function activate(): void {
		self::create_tables();
		self::add_caps();
		add_option( Piazza_Settings::OPTION, Piazza_Settings::defaults() );
		Piazza_Content::register();
		Piazza_Offices::register();
		self::install_terms();
		update_option( 'piazza_db_version', PIAZZA_DB_VERSION );
		Piazza_Retention::schedule();
		flush_rewrite_rules( false );
	}

	/**
	 * Deactivation: only the scheduled job goes; data, terms and settings stay.
	 */
	public static function deactivate(): void {
		Piazza_Retention::unschedule();
	}

	/**
	 * After an update of the plugin files: the same additive steps as activation.
	 */
	public static function maybe_upgrade(): void {
		if ( get_option( 'piazza_db_version' ) !== PIAZZA_DB_VERSION ) {
			self::create_tables();
			self::add_caps();
			update_option( 'piazza_db_version', PIAZZA_DB_VERSION );
		}
	}

	/**
	 * Tables of bookings, feedback, reports and the rate limiter.
	 */
	public static function create_tables(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$t       = self::tables();
		$charset = $wpdb->get_charset_collate();
		// The place is (office, start, seat): a UNIQUE key, so two requests for the last seat
		// cannot both be stored. A cancelled booking frees its seat (seat NULL).
		dbDelta(
			"CREATE TABLE {$t['bookings']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(32) NOT NULL,
  office_id varchar(190) NOT NULL,
  slot_start datetime NOT NULL,
  slot_end datetime NOT NULL,
  seat smallint(5) unsigned NULL,
  reason_id varchar(190) NOT NULL,
  reason_label varchar(255) NOT NULL DEFAULT '',
  details text NOT NULL,
  name varchar(100) NOT NULL,
  surname varchar(100) NOT NULL,
  email varchar(254) NOT NULL,
  phone varchar(40) NOT NULL DEFAULT '',
  idempotency_key varchar(128) NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'confirmed',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY code (code),
  UNIQUE KEY idempotency_key (idempotency_key),
  UNIQUE KEY place (office_id,slot_start,seat),
  KEY office_day (office_id,slot_start)
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['feedback']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  page varchar(300) NOT NULL,
  rating tinyint(3) unsigned NOT NULL,
  answer varchar(255) NOT NULL DEFAULT '',
  details text NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY page (page(191))
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['reports']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(32) NOT NULL,
  category varchar(100) NOT NULL,
  place varchar(200) NOT NULL,
  title varchar(100) NOT NULL,
  description text NOT NULL,
  email varchar(254) NOT NULL DEFAULT '',
  status varchar(20) NOT NULL DEFAULT 'ricevuta',
  mail_status varchar(20) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY code (code)
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['rate']} (
  bucket char(40) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires int(10) unsigned NOT NULL,
  PRIMARY KEY  (bucket),
  KEY expires (expires)
) $charset;"
		);
	}

	/**
	 * Administrators get every capability; the "Operatore URP" role the back-office ones. Editors
	 * keep editing content and get none of them.
	 */
	public static function add_caps(): void {
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( array_keys( self::CAPS ) as $cap ) {
				$admin->add_cap( $cap );
			}
		}
		if ( ! get_role( 'piazza_urp' ) ) {
			add_role(
				'piazza_urp',
				'Operatore URP',
				array(
					'read'                   => true,
					'piazza_manage_bookings' => true,
					'piazza_view_reports'    => true,
					'piazza_manage_reports'  => true,
				)
			);
		}
	}

	/**
	 * The model's vocabularies as terms (from @piazza/vocabularies' JSON, copied at build time):
	 * terms that exist (by slug) are left as they are, so editors' changes stay.
	 */
	public static function install_terms(): void {
		foreach ( Piazza_Content::model()['vocabularies'] ?? array() as $voc ) {
			if ( ! taxonomy_exists( $voc['taxonomy'] ) ) {
				continue;
			}
			$file = PIAZZA_DIR . '/data/vocabularies/' . basename( $voc['name'] ) . '.json';
			if ( ! is_readable( $file ) ) {
				continue;
			}
			$json = json_decode( (string) file_get_contents( $file ), true );
			self::insert_terms( $voc['taxonomy'], $json['data'] ?? array(), 0 );
		}
	}

	/**
	 * Inserts terms and their children.
	 *
	 * @param string                           $taxonomy Taxonomy.
	 * @param array<int, array<string, mixed>> $items    Vocabulary entries.
	 * @param int                              $parent   Parent term id.
	 */
	private static function insert_terms( string $taxonomy, array $items, int $parent ): void {
		foreach ( $items as $item ) {
			if ( ! is_array( $item ) || ! is_string( $item['label'] ?? null ) ) {
				continue;
			}
			$slug = is_string( $item['slug'] ?? null ) ? $item['slug'] : sanitize_title( $item['label'] );
			$term = get_term_by( 'slug', $slug, $taxonomy );
			$id   = $term ? (int) $term->term_id : 0;
			if ( ! $term ) {
				$made = wp_insert_term(
					$item['label'],
					$taxonomy,
					array(
						'slug'        => $slug,
						'parent'      => $parent,
						'description' => is_string( $item['description'] ?? null ) ? $item['description'] : '',
					)
				);
				$id   = is_wp_error( $made ) ? 0 : (int) $made['term_id'];
			}
			if ( $id && is_array( $item['children'] ?? null ) && is_taxonomy_hierarchical( $taxonomy ) ) {
				self::insert_terms( $taxonomy, $item['children'], $id );
			}
		}
	}
}
