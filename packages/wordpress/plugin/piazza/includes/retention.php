<?php
/**
 * Retention of personal data (GDPR): once a day, what is older than the setting is deleted
 * (bookings, ratings' free text) or stripped of personal data (reports keep code, category,
 * status and place for the statistics).
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Retention.
 */
final class Piazza_Retention {

	const HOOK = 'piazza_retention';

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( self::HOOK, array( self::class, 'run' ) );
	}

	/**
	 * Schedules the daily job.
	 */
	public static function schedule(): void {
		if ( ! wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::HOOK );
		}
	}

	/**
	 * Removes the daily job.
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
	}

	/**
	 * Applies the retention setting now. Returns how many rows were touched per table.
	 *
	 * @return array<string, int>
	 */
	public static function run(): array {
		global $wpdb;
		$t      = Piazza_Install::tables();
		$days   = max( 1, (int) Piazza_Settings::get( 'retention_days' ) );
		$cutoff = gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return array(
			'bookings' => (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$t['bookings']} WHERE slot_end < %s", $cutoff ) ),
			'feedback' => (int) $wpdb->query( $wpdb->prepare( "UPDATE {$t['feedback']} SET details = '' WHERE created_at < %s AND details <> ''", $cutoff ) ),
			'reports'  => (int) $wpdb->query( $wpdb->prepare( "UPDATE {$t['reports']} SET email = '', description = '' WHERE created_at < %s AND (email <> '' OR description <> '')", $cutoff ) ),
		);
		// phpcs:enable
	}
}
