<?php
/**
 * Runs PHP code (read from stdin) inside WordPress and prints its return value as JSON:
 * the test harness's way to seed data and read the database. Development only.
 * php eval.php <wp dir>
 *
 * @package Piazza
 */

require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
// phpcs:ignore Squiz.PHP.Eval.Discouraged -- development harness, code comes from the test files.
$piazza_result = eval( stream_get_contents( STDIN ) );
echo wp_json_encode( $piazza_result );
