<?php
/**
 * Plugin Name:       Piazza
 * Plugin URI:        https://github.com/piazza-comuni/piazza
 * Description:       Il back office del sito Piazza del Comune: contenuti del Modello Comuni, prenotazioni degli appuntamenti, valutazioni delle pagine e segnalazioni di disservizio.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Piazza
 * License:           BSD-3-Clause
 * Text Domain:       piazza
 * Domain Path:       /languages
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

define( 'PIAZZA_VERSION', '0.1.0' );
define( 'PIAZZA_DB_VERSION', '1' );
define( 'PIAZZA_FILE', __FILE__ );
define( 'PIAZZA_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/slots.php';
require_once __DIR__ . '/includes/validate.php';
require_once __DIR__ . '/includes/install.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/offices.php';
require_once __DIR__ . '/includes/unit-offices.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/bookings.php';
require_once __DIR__ . '/includes/feedback.php';
require_once __DIR__ . '/includes/reports.php';
require_once __DIR__ . '/includes/mail.php';
require_once __DIR__ . '/includes/retention.php';
require_once __DIR__ . '/includes/admin.php';
require_once __DIR__ . '/includes/services-validate.php';
require_once __DIR__ . '/includes/services-install.php';
require_once __DIR__ . '/includes/identity.php';
require_once __DIR__ . '/includes/applications.php';
require_once __DIR__ . '/includes/drafts.php';
require_once __DIR__ . '/includes/assistance.php';
require_once __DIR__ . '/includes/services-admin.php';
require_once __DIR__ . '/includes/webhook.php';

register_activation_hook( __FILE__, array( 'Piazza_Install', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'Piazza_Install', 'deactivate' ) );
register_activation_hook( __FILE__, array( 'Piazza_Services_Install', 'activate' ) );

add_action( 'plugins_loaded', array( 'Piazza_Install', 'maybe_upgrade' ) );
add_action( 'plugins_loaded', array( 'Piazza_Services_Install', 'maybe_upgrade' ) );
add_action( Piazza_Retention::HOOK, array( 'Piazza_Services_Install', 'retention' ) );
add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'piazza', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	},
	0
);
add_action( 'init', array( 'Piazza_Content', 'register' ) );
add_action( 'init', array( 'Piazza_Offices', 'register' ) );
add_action( 'rest_api_init', array( 'Piazza_Rest', 'register' ) );
add_action( 'rest_api_init', array( 'Piazza_Applications', 'register' ) );
add_action( 'rest_api_init', array( 'Piazza_Assistance', 'register' ) );
Piazza_Rest::hooks();
Piazza_Mail::hooks();
Piazza_Retention::hooks();
Piazza_Webhook::hooks();
if ( is_admin() ) {
	Piazza_Admin::hooks();
	Piazza_Services_Admin::hooks();
}
