<?php
/**
 * Uninstall: removes the plugin's data ONLY when the administrator asked for it in the settings
 * ("Elimina i dati alla disinstallazione"). Otherwise bookings, reports, settings and content stay.
 *
 * @package Piazza
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$piazza_settings = get_option( 'piazza_settings', array() );
if ( ! is_array( $piazza_settings ) || empty( $piazza_settings['delete_on_uninstall'] ) ) {
	return;
}
global $wpdb;
foreach ( array( 'piazza_bookings', 'piazza_feedback', 'piazza_reports', 'piazza_rate', 'piazza_applications', 'piazza_drafts', 'piazza_messages', 'piazza_assistance' ) as $piazza_table ) {
	$wpdb->query( 'DROP TABLE IF EXISTS `' . esc_sql( $wpdb->prefix . $piazza_table ) . '`' ); // phpcs:ignore WordPress.DB
}
delete_option( 'piazza_settings' );
delete_option( 'piazza_db_version' );
delete_option( 'piazza_services_settings' );
delete_option( 'piazza_services_db_version' );
delete_option( 'piazza_webhook_last' );
remove_role( 'piazza_urp' );
foreach ( array( 'piazza_manage_bookings', 'piazza_view_reports', 'piazza_manage_reports', 'piazza_manage_settings', 'piazza_manage_requests' ) as $piazza_cap ) {
	get_role( 'administrator' )?->remove_cap( $piazza_cap );
}
wp_clear_scheduled_hook( 'piazza_retention' );
wp_clear_scheduled_hook( 'piazza_webhook_retry' );
