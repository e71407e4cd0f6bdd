<?php
/**
 * Router of PHP's built-in server for WordPress: existing files are served as they are, PHP files
 * run, everything else goes to index.php (pretty permalinks and /wp-json/). Development only.
 *
 * @package Piazza
 */

$piazza_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH ) );
$piazza_file = realpath( __DIR__ . $piazza_path );
if ( false !== $piazza_file && str_starts_with( $piazza_file, __DIR__ ) ) {
	if ( is_file( $piazza_file ) ) {
		if ( str_ends_with( $piazza_file, '.php' ) ) {
			$_SERVER['SCRIPT_NAME']     = $piazza_path;
			$_SERVER['SCRIPT_FILENAME'] = $piazza_file;
			chdir( dirname( $piazza_file ) );
			require $piazza_file;
			return true;
		}
		return false;
	}
	if ( is_dir( $piazza_file ) && is_file( $piazza_file . '/index.php' ) ) {
		$_SERVER['SCRIPT_NAME'] = rtrim( $piazza_path, '/' ) . '/index.php';
		chdir( $piazza_file );
		require $piazza_file . '/index.php';
		return true;
	}
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
