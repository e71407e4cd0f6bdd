<?php
/**
 * Admin screens: bookings by office and day (cancel, CSV), the ratings report (CSV), the reports
 * with their status, and the settings. Each screen checks the plugin's capabilities.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Admin.
 */
final class Piazza_Admin {

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_post_piazza_cancel_booking', array( self::class, 'cancel_booking' ) );
		add_action( 'admin_post_piazza_bookings_csv', array( self::class, 'bookings_csv' ) );
		add_action( 'admin_post_piazza_feedback_csv', array( self::class, 'feedback_csv' ) );
		add_action( 'admin_post_piazza_report_status', array( self::class, 'report_status' ) );
		add_action( 'admin_post_piazza_save_settings', array( self::class, 'save_settings' ) );
	}

	/**
	 * The menu.
	 */
	public static function menu(): void {
		add_menu_page( __( 'Prenotazioni', 'piazza' ), 'Piazza', 'piazza_manage_bookings', 'piazza-bookings', array( self::class, 'bookings_page' ), 'dashicons-building', 25 );
		add_submenu_page( 'piazza-bookings', __( 'Prenotazioni', 'piazza' ), __( 'Prenotazioni', 'piazza' ), 'piazza_manage_bookings', 'piazza-bookings', array( self::class, 'bookings_page' ) );
		add_submenu_page( 'piazza-bookings', __( 'Valutazioni delle pagine', 'piazza' ), __( 'Valutazioni', 'piazza' ), 'piazza_view_reports', 'piazza-feedback', array( self::class, 'feedback_page' ) );
		add_submenu_page( 'piazza-bookings', __( 'Segnalazioni di disservizio', 'piazza' ), __( 'Segnalazioni', 'piazza' ), 'piazza_view_reports', 'piazza-reports', array( self::class, 'reports_page' ) );
		add_submenu_page( 'piazza-bookings', __( 'Impostazioni di Piazza', 'piazza' ), __( 'Impostazioni', 'piazza' ), 'piazza_manage_settings', 'piazza-settings', array( self::class, 'settings_page' ) );
	}

	/**
	 * Stops unless the user has the capability.
	 *
	 * @param string $cap Capability.
	 */
	private static function require_cap( string $cap ): void {
		if ( ! current_user_can( $cap ) ) {
			wp_die( esc_html__( 'Non hai i permessi per questa pagina.', 'piazza' ), 403 );
		}
	}

	/**
	 * A GET parameter as text.
	 *
	 * @param string $key Key.
	 */
	private static function query( string $key ): string {
		return isset( $_GET[ $key ] ) ? sanitize_text_field( wp_unslash( $_GET[ $key ] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification
	}

	/**
	 * A notice from the last action (passed in the redirect).
	 */
	private static function notice(): void {
		$msg = self::query( 'piazza_notice' );
		if ( '' !== $msg ) {
			echo '<div class="notice notice-success" role="status"><p>' . esc_html( $msg ) . '</p></div>';
		}
	}

	/**
	 * Bookings by office and day.
	 */
	public static function bookings_page(): void {
		self::require_cap( 'piazza_manage_bookings' );
		$office  = self::query( 'office' );
		$day     = self::query( 'day' );
		$day     = Piazza_Validate::is_date( $day ) ? $day : wp_date( 'Y-m-d' );
		$offices = Piazza_Offices::all();
		$rows    = Piazza_Bookings::list( $office, $day );
		echo '<div class="wrap"><h1>' . esc_html__( 'Prenotazioni', 'piazza' ) . '</h1>';
		self::notice();
		echo '<form method="get" action=""><input type="hidden" name="page" value="piazza-bookings">';
		echo '<p><label for="piazza-office">' . esc_html__( 'Ufficio', 'piazza' ) . '</label> <select id="piazza-office" name="office"><option value="">' . esc_html__( 'Tutti gli uffici', 'piazza' ) . '</option>';
		foreach ( $offices as $o ) {
			echo '<option value="' . esc_attr( $o['id'] ) . '"' . selected( $office, $o['id'], false ) . '>' . esc_html( $o['name'] ) . '</option>';
		}
		echo '</select> <label for="piazza-day">' . esc_html__( 'Giorno', 'piazza' ) . '</label> <input type="date" id="piazza-day" name="day" value="' . esc_attr( $day ) . '"> ';
		submit_button( __( 'Mostra', 'piazza' ), 'secondary', '', false );
		echo '</p></form>';
		$csv = wp_nonce_url(
			add_query_arg(
				array(
					'action' => 'piazza_bookings_csv',
					'office' => $office,
					'day'    => $day,
				),
				admin_url( 'admin-post.php' )
			),
			'piazza_bookings_csv'
		);
		echo '<p><a class="button" href="' . esc_url( $csv ) . '">' . esc_html__( 'Scarica CSV', 'piazza' ) . '</a></p>';
		echo '<table class="widefat striped"><caption class="screen-reader-text">' . esc_html( sprintf( /* translators: %s: date */ __( 'Prenotazioni del %s', 'piazza' ), $day ) ) . '</caption><thead><tr>';
		foreach ( array( __( 'Orario', 'piazza' ), __( 'Ufficio', 'piazza' ), __( 'Codice', 'piazza' ), __( 'Richiedente', 'piazza' ), __( 'Contatti', 'piazza' ), __( 'Motivo', 'piazza' ), __( 'Stato', 'piazza' ), __( 'Azioni', 'piazza' ) ) as $h ) {
			echo '<th scope="col">' . esc_html( $h ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		if ( ! $rows ) {
			echo '<tr><td colspan="8">' . esc_html__( 'Nessuna prenotazione in questo giorno.', 'piazza' ) . '</td></tr>';
		}
		foreach ( $rows as $r ) {
			$start = Piazza_Rest::iso( $r->slot_start );
			echo '<tr><td>' . esc_html( substr( $start, 11, 5 ) . '–' . substr( Piazza_Rest::iso( $r->slot_end ), 11, 5 ) ) . '</td>';
			echo '<td>' . esc_html( $r->office_id ) . '</td><td>' . esc_html( $r->code ) . '</td>';
			echo '<td>' . esc_html( $r->name . ' ' . $r->surname ) . '</td><td>' . esc_html( $r->email . ( $r->phone ? ' · ' . $r->phone : '' ) ) . '</td>';
			echo '<td>' . esc_html( $r->reason_label ) . ( $r->details ? '<br>' . esc_html( $r->details ) : '' ) . '</td>';
			echo '<td>' . esc_html( 'cancelled' === $r->status ? __( 'Annullata', 'piazza' ) : __( 'Confermata', 'piazza' ) ) . '</td><td>';
			if ( 'cancelled' !== $r->status ) {
				echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="piazza_cancel_booking"><input type="hidden" name="id" value="' . esc_attr( $r->id ) . '"><input type="hidden" name="office" value="' . esc_attr( $office ) . '"><input type="hidden" name="day" value="' . esc_attr( $day ) . '">';
				wp_nonce_field( 'piazza_cancel_' . $r->id );
				echo '<button type="submit" class="button">' . esc_html( sprintf( /* translators: %s: booking code */ __( 'Annulla %s', 'piazza' ), $r->code ) ) . '</button></form>';
			}
			echo '</td></tr>';
		}
		echo '</tbody></table></div>';
	}

	/**
	 * Cancels a booking (POST with nonce).
	 */
	public static function cancel_booking(): void {
		self::require_cap( 'piazza_manage_bookings' );
		$id = isset( $_POST['id'] ) ? (int) $_POST['id'] : 0;
		check_admin_referer( 'piazza_cancel_' . $id );
		Piazza_Bookings::cancel( $id );
		wp_safe_redirect(
			add_query_arg(
				array(
					'page'          => 'piazza-bookings',
					'office'        => sanitize_text_field( wp_unslash( $_POST['office'] ?? '' ) ),
					'day'           => sanitize_text_field( wp_unslash( $_POST['day'] ?? '' ) ),
					'piazza_notice' => rawurlencode( __( 'Prenotazione annullata: l’orario è di nuovo libero.', 'piazza' ) ),
				),
				admin_url( 'admin.php' )
			)
		);
		exit;
	}

	/**
	 * Sends rows as CSV (cells that a spreadsheet would run as formulas are quoted with ').
	 *
	 * @param string                       $name File name.
	 * @param array<int, array<int, mixed>> $rows Rows, header first.
	 */
	private static function csv( string $name, array $rows ): void {
		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="' . $name . '"' );
		$out = fopen( 'php://output', 'w' );
		fwrite( $out, "\xEF\xBB\xBF" );
		foreach ( $rows as $row ) {
			fputcsv( $out, array_map( static fn( $v ) => preg_match( '/^[=+\-@\t\r]/', (string) $v ) ? "'" . $v : (string) $v, $row ) );
		}
		fclose( $out );
		exit;
	}

	/**
	 * Bookings as CSV.
	 */
	public static function bookings_csv(): void {
		self::require_cap( 'piazza_manage_bookings' );
		check_admin_referer( 'piazza_bookings_csv' );
		$day  = self::query( 'day' );
		$day  = Piazza_Validate::is_date( $day ) ? $day : wp_date( 'Y-m-d' );
		$rows = array( array( 'codice', 'ufficio', 'inizio', 'fine', 'motivo', 'dettagli', 'nome', 'cognome', 'email', 'telefono', 'stato', 'registrata' ) );
		foreach ( Piazza_Bookings::list( self::query( 'office' ), $day ) as $r ) {
			$rows[] = array( $r->code, $r->office_id, Piazza_Rest::iso( $r->slot_start ), Piazza_Rest::iso( $r->slot_end ), $r->reason_label, $r->details, $r->name, $r->surname, $r->email, $r->phone, $r->status, Piazza_Rest::iso( $r->created_at ) );
		}
		self::csv( "prenotazioni-$day.csv", $rows );
	}

	/**
	 * The ratings report.
	 */
	public static function feedback_page(): void {
		self::require_cap( 'piazza_view_reports' );
		$report = Piazza_Feedback::report();
		echo '<div class="wrap"><h1>' . esc_html__( 'Valutazioni delle pagine', 'piazza' ) . '</h1>';
		$csv = wp_nonce_url( admin_url( 'admin-post.php?action=piazza_feedback_csv' ), 'piazza_feedback_csv' );
		echo '<p><a class="button" href="' . esc_url( $csv ) . '">' . esc_html__( 'Scarica CSV', 'piazza' ) . '</a></p>';
		echo '<table class="widefat striped"><caption class="screen-reader-text">' . esc_html__( 'Valutazioni per pagina', 'piazza' ) . '</caption><thead><tr><th scope="col">' . esc_html__( 'Pagina', 'piazza' ) . '</th><th scope="col">' . esc_html__( 'Valutazioni', 'piazza' ) . '</th><th scope="col">' . esc_html__( 'Media (1–5)', 'piazza' ) . '</th><th scope="col">' . esc_html__( 'Risposte', 'piazza' ) . '</th></tr></thead><tbody>';
		if ( ! $report ) {
			echo '<tr><td colspan="4">' . esc_html__( 'Ancora nessuna valutazione.', 'piazza' ) . '</td></tr>';
		}
		foreach ( $report as $p ) {
			echo '<tr><th scope="row">' . esc_html( $p['page'] ) . '</th><td>' . esc_html( (string) $p['count'] ) . '</td><td>' . esc_html( number_format_i18n( $p['average'], 2 ) ) . '</td><td><ul>';
			foreach ( $p['answers'] as $answer => $n ) {
				echo '<li>' . esc_html( "$answer: $n" ) . '</li>';
			}
			echo '</ul></td></tr>';
		}
		echo '</tbody></table></div>';
	}

	/**
	 * Ratings report as CSV.
	 */
	public static function feedback_csv(): void {
		self::require_cap( 'piazza_view_reports' );
		check_admin_referer( 'piazza_feedback_csv' );
		$rows = array( array( 'pagina', 'valutazioni', 'media', 'risposte' ) );
		foreach ( Piazza_Feedback::report() as $p ) {
			$answers = array();
			foreach ( $p['answers'] as $a => $n ) {
				$answers[] = "$a: $n";
			}
			$rows[] = array( $p['page'], $p['count'], $p['average'], implode( ' | ', $answers ) );
		}
		self::csv( 'valutazioni.csv', $rows );
	}

	/**
	 * The reports with their status.
	 */
	public static function reports_page(): void {
		self::require_cap( 'piazza_view_reports' );
		$can = current_user_can( 'piazza_manage_reports' );
		echo '<div class="wrap"><h1>' . esc_html__( 'Segnalazioni di disservizio', 'piazza' ) . '</h1>';
		self::notice();
		echo '<table class="widefat striped"><caption class="screen-reader-text">' . esc_html__( 'Segnalazioni ricevute', 'piazza' ) . '</caption><thead><tr>';
		foreach ( array( __( 'Codice', 'piazza' ), __( 'Ricevuta il', 'piazza' ), __( 'Categoria', 'piazza' ), __( 'Luogo', 'piazza' ), __( 'Segnalazione', 'piazza' ), __( 'Email', 'piazza' ), __( 'Mail all’URP', 'piazza' ), __( 'Stato', 'piazza' ) ) as $h ) {
			echo '<th scope="col">' . esc_html( $h ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		$rows = Piazza_Reports::list();
		if ( ! $rows ) {
			echo '<tr><td colspan="8">' . esc_html__( 'Nessuna segnalazione.', 'piazza' ) . '</td></tr>';
		}
		foreach ( $rows as $r ) {
			echo '<tr><th scope="row">' . esc_html( $r->code ) . '</th><td>' . esc_html( substr( Piazza_Rest::iso( $r->created_at ), 0, 16 ) ) . '</td><td>' . esc_html( $r->category ) . '</td><td>' . esc_html( $r->place ) . '</td>';
			echo '<td><strong>' . esc_html( $r->title ) . '</strong><br>' . esc_html( $r->description ) . '</td><td>' . esc_html( $r->email ) . '</td><td>' . esc_html( $r->mail_status ) . '</td><td>';
			if ( $can ) {
				$id = 'piazza-status-' . $r->id;
				echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="piazza_report_status"><input type="hidden" name="id" value="' . esc_attr( $r->id ) . '">';
				wp_nonce_field( 'piazza_report_' . $r->id );
				echo '<label class="screen-reader-text" for="' . esc_attr( $id ) . '">' . esc_html( sprintf( /* translators: %s: report code */ __( 'Stato di %s', 'piazza' ), $r->code ) ) . '</label><select id="' . esc_attr( $id ) . '" name="status">';
				foreach ( Piazza_Reports::STATUSES as $value => $label ) {
					echo '<option value="' . esc_attr( $value ) . '"' . selected( $r->status, $value, false ) . '>' . esc_html( $label ) . '</option>';
				}
				echo '</select> <button type="submit" class="button">' . esc_html( sprintf( /* translators: %s: report code */ __( 'Salva stato di %s', 'piazza' ), $r->code ) ) . '</button></form>';
			} else {
				echo esc_html( Piazza_Reports::STATUSES[ $r->status ] ?? $r->status );
			}
			echo '</td></tr>';
		}
		echo '</tbody></table></div>';
	}

	/**
	 * Saves a report's status.
	 */
	public static function report_status(): void {
		self::require_cap( 'piazza_manage_reports' );
		$id = isset( $_POST['id'] ) ? (int) $_POST['id'] : 0;
		check_admin_referer( 'piazza_report_' . $id );
		Piazza_Reports::set_status( $id, sanitize_key( wp_unslash( $_POST['status'] ?? '' ) ) );
		wp_safe_redirect( add_query_arg( array( 'page' => 'piazza-reports', 'piazza_notice' => rawurlencode( __( 'Stato aggiornato.', 'piazza' ) ) ), admin_url( 'admin.php' ) ) );
		exit;
	}

	/**
	 * The settings page.
	 */
	public static function settings_page(): void {
		self::require_cap( 'piazza_manage_settings' );
		$s      = Piazza_Settings::all();
		$errors = get_transient( 'piazza_settings_errors_' . get_current_user_id() );
		delete_transient( 'piazza_settings_errors_' . get_current_user_id() );
		echo '<div class="wrap"><h1>' . esc_html__( 'Impostazioni di Piazza', 'piazza' ) . '</h1>';
		if ( is_array( $errors ) && $errors ) {
			echo '<div class="notice notice-error" role="alert"><p>' . esc_html__( 'Alcune impostazioni non sono state salvate:', 'piazza' ) . '</p><ul>';
			foreach ( $errors as $e ) {
				echo '<li>' . esc_html( $e ) . '</li>';
			}
			echo '</ul></div>';
		} else {
			self::notice();
		}
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="piazza_save_settings">';
		wp_nonce_field( 'piazza_settings' );
		$groups = array(
			__( 'Il Comune', 'piazza' )               => array(
				'comune'          => array( __( 'Nome del Comune', 'piazza' ), 'text' ),
				'region'          => array( __( 'Regione', 'piazza' ), 'text' ),
				'primary_color'   => array( __( 'Colore primario (#RRGGBB, contrasto con il bianco almeno 4,5:1)', 'piazza' ), 'text' ),
				'patron_day'      => array( __( 'Giorno del santo patrono (MM-GG)', 'piazza' ), 'text' ),
				'closures'        => array( __( 'Giorni di chiusura degli uffici (AAAA-MM-GG, uno per riga)', 'piazza' ), 'textarea' ),
			),
			__( 'Contatti', 'piazza' )                => array(
				'contact_email'   => array( __( 'Email', 'piazza' ), 'email' ),
				'contact_pec'     => array( __( 'PEC', 'piazza' ), 'email' ),
				'contact_phone'   => array( __( 'Telefono', 'piazza' ), 'text' ),
				'contact_address' => array( __( 'Indirizzo', 'piazza' ), 'text' ),
				'legal_privacy'       => array( __( 'Informativa privacy (indirizzo)', 'piazza' ), 'url' ),
				'legal_notes'         => array( __( 'Note legali (indirizzo)', 'piazza' ), 'url' ),
				'legal_accessibility' => array( __( 'Dichiarazione di accessibilità (indirizzo)', 'piazza' ), 'url' ),
				'menu_extra'          => array( __( 'Voci di menu aggiuntive: una per riga, «Etichetta | indirizzo»', 'piazza' ), 'menu' ),
				'urp_email'       => array( __( 'Email dell’URP (riceve le segnalazioni)', 'piazza' ), 'email' ),
			),
			__( 'Sito e posta', 'piazza' )            => array(
				'site_origin'     => array( __( 'Origine del sito Piazza (es. https://www.comune.esempio.it): l’unica che può chiamare le API', 'piazza' ), 'url' ),
				'mail_from'       => array( __( 'Mittente delle email', 'piazza' ), 'email' ),
				'smtp_host'       => array( __( 'Server SMTP', 'piazza' ), 'text' ),
				'smtp_port'       => array( __( 'Porta SMTP', 'piazza' ), 'number' ),
				'smtp_secure'     => array( __( 'Cifratura SMTP', 'piazza' ), 'secure' ),
				'smtp_user'       => array( __( 'Utente SMTP', 'piazza' ), 'text' ),
				'smtp_pass'       => array( __( 'Password SMTP (lascia vuoto per non cambiarla)', 'piazza' ), 'password' ),
			),
			__( 'Protezione e dati personali', 'piazza' ) => array(
				'rate_limit'          => array( __( 'Invii al minuto ammessi da uno stesso indirizzo IP', 'piazza' ), 'number' ),
				'retention_days'      => array( __( 'Giorni di conservazione dei dati personali', 'piazza' ), 'number' ),
				'delete_on_uninstall' => array( __( 'Elimina tutti i dati di Piazza quando il plugin viene disinstallato', 'piazza' ), 'checkbox' ),
			),
		);
		foreach ( $groups as $legend => $fields ) {
			echo '<h2>' . esc_html( $legend ) . '</h2><table class="form-table" role="presentation"><tbody>';
			foreach ( $fields as $key => [ $label, $type ] ) {
				$id    = 'piazza-' . $key;
				$value = $s[ $key ];
				echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td>';
				$name = 'piazza[' . $key . ']';
				if ( 'menu' === $type ) {
					$lines = array_map( static fn( $i ) => $i['label'] . ' | ' . $i['url'], (array) $value );
					echo '<textarea class="regular-text" rows="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">' . esc_textarea( implode( "\n", $lines ) ) . '</textarea>';
				} elseif ( 'textarea' === $type ) {
					echo '<textarea class="regular-text" rows="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">' . esc_textarea( implode( "\n", (array) $value ) ) . '</textarea>';
				} elseif ( 'checkbox' === $type ) {
					echo '<input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="1"' . checked( (bool) $value, true, false ) . '>';
				} elseif ( 'secure' === $type ) {
					echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
					foreach ( array( '' => __( 'Nessuna', 'piazza' ), 'tls' => 'STARTTLS', 'ssl' => 'SSL/TLS' ) as $v => $l ) {
						echo '<option value="' . esc_attr( $v ) . '"' . selected( $value, $v, false ) . '>' . esc_html( $l ) . '</option>';
					}
					echo '</select>';
				} else {
					$shown = 'password' === $type ? '' : (string) $value;
					echo '<input class="regular-text" type="' . esc_attr( 'url' === $type ? 'text' : $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $shown ) . '"' . ( 'password' === $type ? ' autocomplete="new-password"' : '' ) . '>';
				}
				echo '</td></tr>';
			}
			echo '</tbody></table>';
		}
		Piazza_Webhook::settings_section( $s );
		submit_button( __( 'Salva le impostazioni', 'piazza' ) );
		echo '</form></div>';
	}

	/**
	 * Saves the settings: valid values are stored, invalid ones keep the old value and are listed.
	 */
	public static function save_settings(): void {
		self::require_cap( 'piazza_manage_settings' );
		check_admin_referer( 'piazza_settings' );
		$input           = wp_unslash( $_POST['piazza'] ?? array() ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
		[ $out, $errors ] = Piazza_Settings::validate( is_array( $input ) ? $input : array(), Piazza_Settings::all() );
		update_option( Piazza_Settings::OPTION, $out );
		if ( $errors ) {
			set_transient( 'piazza_settings_errors_' . get_current_user_id(), array_values( $errors ), 60 );
		}
		wp_safe_redirect( add_query_arg( array( 'page' => 'piazza-settings', 'piazza_notice' => rawurlencode( __( 'Impostazioni salvate.', 'piazza' ) ) ), admin_url( 'admin.php' ) ) );
		exit;
	}
}
