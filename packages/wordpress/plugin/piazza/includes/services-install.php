<?php
/**
 * The online services' tables (requests, drafts, messages, requests for assistance), their
 * capability and their retention. dbDelta adds what is missing and never drops: activation and
 * updates keep every row.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Installer and retention of the online services.
 */
final class Piazza_Services_Install {

	const DB_VERSION = '1';
	const CAP        = 'piazza_manage_requests';

	/**
	 * Table names.
	 *
	 * @return array<string, string>
	 */
	public static function tables(): array {
		global $wpdb;
		return array(
			'applications' => $wpdb->prefix . 'piazza_applications',
			'drafts'       => $wpdb->prefix . 'piazza_drafts',
			'messages'     => $wpdb->prefix . 'piazza_messages',
			'assistance'   => $wpdb->prefix . 'piazza_assistance',
		);
	}

	/**
	 * Activation: tables and capability.
	 */
	public static function activate(): void {
		self::create_tables();
		self::add_caps();
		update_option( 'piazza_services_db_version', self::DB_VERSION );
	}

	/**
	 * After an update of the plugin files: the same additive steps.
	 */
	public static function maybe_upgrade(): void {
		if ( get_option( 'piazza_services_db_version' ) !== self::DB_VERSION ) {
			self::activate();
		}
	}

	/**
	 * Administrators and the "Operatore URP" role handle the online requests.
	 */
	public static function add_caps(): void {
		foreach ( array( 'administrator', 'piazza_urp' ) as $name ) {
			$role = get_role( $name );
			if ( $role ) {
				$role->add_cap( self::CAP );
			}
		}
	}

	/**
	 * The tables. Idempotency keys are stored as keyed hashes, UNIQUE: the same key twice
	 * records once, guaranteed by the database.
	 */
	public static function create_tables(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$t       = self::tables();
		$charset = $wpdb->get_charset_collate();
		dbDelta(
			"CREATE TABLE {$t['applications']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(40) NOT NULL,
  citizen char(64) NOT NULL,
  fiscal_code varchar(16) NOT NULL DEFAULT '',
  citizen_name varchar(401) NOT NULL DEFAULT '',
  citizen_email varchar(254) NOT NULL DEFAULT '',
  service_id varchar(190) NOT NULL,
  service_name varchar(300) NOT NULL,
  field_values longtext NOT NULL,
  payment_id varchar(190) NOT NULL DEFAULT '',
  status varchar(100) NOT NULL,
  stages text NOT NULL,
  action_href varchar(500) NOT NULL DEFAULT '',
  idempotency_key char(64) NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY code (code),
  UNIQUE KEY idempotency_key (idempotency_key),
  KEY citizen (citizen),
  KEY service (service_id)
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['drafts']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  public_id char(32) NOT NULL,
  citizen char(64) NOT NULL,
  service_id varchar(190) NOT NULL,
  service_name varchar(300) NOT NULL,
  step varchar(20) NOT NULL,
  field_values longtext NOT NULL,
  saved_at datetime NOT NULL,
  expires_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY public_id (public_id),
  KEY citizen (citizen),
  KEY expires_at (expires_at)
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['messages']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  citizen char(64) NOT NULL,
  code varchar(40) NOT NULL DEFAULT '',
  subject varchar(300) NOT NULL,
  body text NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY citizen (citizen)
) $charset;"
		);
		dbDelta(
			"CREATE TABLE {$t['assistance']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  code varchar(40) NOT NULL,
  name varchar(200) NOT NULL,
  surname varchar(200) NOT NULL,
  email varchar(254) NOT NULL,
  category_id varchar(190) NOT NULL,
  service_id varchar(190) NOT NULL DEFAULT '',
  message text NOT NULL,
  idempotency_key char(64) NOT NULL,
  mail_status varchar(20) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY code (code),
  UNIQUE KEY idempotency_key (idempotency_key)
) $charset;"
		);
	}

	/**
	 * Retention (daily, with the plugin's job; the `retention_days` setting): requests and
	 * requests for assistance older than the setting lose their personal data (values, fiscal
	 * code, name, e-mail, message) and keep code, service, status and dates; messages older than
	 * the setting go; drafts go when they expire (366 days after the last save: the year CSE.1.6
	 * promises is never shortened).
	 *
	 * @return array<string, int>
	 */
	public static function retention(): array {
		global $wpdb;
		$t      = self::tables();
		$days   = max( 1, (int) Piazza_Settings::get( 'retention_days' ) );
		$cutoff = gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS );
		$now    = gmdate( 'Y-m-d H:i:s' );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return array(
			'applications' => (int) $wpdb->query( $wpdb->prepare( "UPDATE {$t['applications']} SET field_values = '{}', fiscal_code = '', citizen_name = '', citizen_email = '' WHERE created_at < %s AND field_values <> '{}'", $cutoff ) ),
			'drafts'       => (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$t['drafts']} WHERE expires_at < %s", $now ) ),
			'messages'     => (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$t['messages']} WHERE created_at < %s", $cutoff ) ),
			'assistance'   => (int) $wpdb->query( $wpdb->prepare( "UPDATE {$t['assistance']} SET name = '', surname = '', email = '', message = '' WHERE created_at < %s AND email <> ''", $cutoff ) ),
		);
		// phpcs:enable
	}
}
