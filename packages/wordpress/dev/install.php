<?php
/**
 * Installs WordPress non-interactively and the Piazza plugin from its zip, then activates it.
 * php install.php <wp dir> <zip> <admin password> <settings json>
 *
 * @package Piazza
 */

define( 'WP_INSTALLING', true );
[ , $piazza_wp, $piazza_zip, $piazza_password, $piazza_settings ] = $argv;
require $piazza_wp . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$piazza_result = wp_install( 'Comune di Prova', 'admin', 'admin@comune.example.it', false, '', wp_slash( $piazza_password ), 'it_IT' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'timezone_string', 'Europe/Rome' );

// The plugin, from the zip as an administrator uploads it (WordPress's own unzip).
WP_Filesystem();
$piazza_unzip = unzip_file( $piazza_zip, WP_PLUGIN_DIR );
if ( is_wp_error( $piazza_unzip ) ) {
	fwrite( STDERR, 'unzip: ' . $piazza_unzip->get_error_message() . "\n" );
	exit( 1 );
}
$piazza_settings = json_decode( $piazza_settings, true );
if ( is_array( $piazza_settings ) && $piazza_settings ) {
	update_option( 'piazza_settings', $piazza_settings );
}
wp_cache_flush();
$piazza_active = activate_plugin( 'piazza/piazza.php' );
if ( is_wp_error( $piazza_active ) ) {
	fwrite( STDERR, 'activate: ' . $piazza_active->get_error_message() . "\n" );
	exit( 1 );
}
echo "ok\n";
