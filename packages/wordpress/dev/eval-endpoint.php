<?php
/**
 * Test harness only (never in the plugin zip, copied into a throwaway WordPress by the tests):
 * runs the POSTed PHP code inside WordPress when the request carries the run's random token, and
 * answers its return value as JSON. Faster than starting PHP once per call.
 *
 * @package Piazza
 */

require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ( ! defined( 'PIAZZA_EVAL_TOKEN' ) || ! hash_equals( PIAZZA_EVAL_TOKEN, (string) ( $_SERVER['HTTP_X_PIAZZA_EVAL'] ?? '' ) ) ) {
	http_response_code( 403 );
	exit;
}
header( 'Content-Type: application/json' );
// phpcs:ignore Squiz.PHP.Eval.Discouraged -- test harness, code comes from the test files.
echo wp_json_encode( eval( file_get_contents( 'php://input' ) ) );
