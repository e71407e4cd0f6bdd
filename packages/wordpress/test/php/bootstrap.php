<?php
/**
 * PHPUnit bootstrap: the plugin's pure classes (slots, validation, colour contrast) load without
 * WordPress.
 *
 * @package Piazza
 */

define( 'ABSPATH', __DIR__ . '/' );
$piazza_src = dirname( __DIR__, 2 ) . '/plugin/piazza/includes';
require $piazza_src . '/validate.php';
require $piazza_src . '/slots.php';
require $piazza_src . '/settings.php';
require $piazza_src . '/offices.php';
require $piazza_src . '/services-validate.php';
require $piazza_src . '/identity.php';
