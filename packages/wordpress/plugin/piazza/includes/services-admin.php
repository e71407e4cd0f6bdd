<?php
/**
 * Admin screens of the online services: the requests (with their status, which the citizen sees),
 * the requests for assistance, and the identity gateway setting. Only users with the
 * `piazza_manage_requests` capability (administrators, Operatore URP) see personal data.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Admin of the online services.
 */
final class Piazza_Services_Admin {

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ), 20 );
		add_action( 'admin_post_piazza_application_status', array( self::class, 'save_status' ) );
		add_action( 'admin_post_piazza_save_services', array( self::class, 'save_settings' ) );
	}

	/**
	 * The menu entries, under Piazza.
	 */
	public static function menu(): void {
		$cap = Piazza_Services_Install::CAP;
		add_submenu_page( 'piazza-bookings', __( 'Richieste online', 'piazza' ), __( 'Richieste online', 'piazza' ), $cap, 'piazza-applications', array( self::class, 'applications_page' ) );
		add_submenu_page( 'piazza-bookings', __( 'Richieste di assistenza', 'piazza' ), __( 'Assistenza', 'piazza' ), $cap, 'piazza-assistance', array( self::class, 'assistance_page' ) );
		add_submenu_page( 'piazza-bookings', __( 'Servizi online: identità', 'piazza' ), __( 'Servizi online', 'piazza' ), 'piazza_manage_settings', 'piazza-services', array( self::class, 'settings_page' ) );
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
	 * The notice of the last action.
	 */
	private static function notice(): void {
		$msg = isset( $_GET['piazza_notice'] ) ? sanitize_text_field( wp_unslash( $_GET['piazza_notice'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification
		if ( '' !== $msg ) {
			echo '<div class="notice notice-success" role="status"><p>' . esc_html( $msg ) . '</p></div>';
		}
	}

	/**
	 * Table head.
	 *
	 * @param string             $caption Caption.
	 * @param array<int, string> $heads   Column headers.
	 */
	private static function head( string $caption, array $heads ): void {
		echo '<table class="widefat striped"><caption class="screen-reader-text">' . esc_html( $caption ) . '</caption><thead><tr>';
		foreach ( $heads as $h ) {
			echo '<th scope="col">' . esc_html( $h ) . '</th>';
		}
		echo '</tr></thead><tbody>';
	}

	/**
	 * A request's values as a definition list.
	 *
	 * @param string $json Stored values.
	 */
	private static function values( string $json ): string {
		$values = json_decode( $json, true );
		if ( ! is_array( $values ) || ! $values ) {
			return '—';
		}
		$out = '<dl class="piazza-values">';
		foreach ( $values as $k => $v ) {
			if ( is_array( $v ) ) {
				$v = implode( ', ', array_map( static fn( $x ) => is_array( $x ) ? (string) ( $x['name'] ?? wp_json_encode( $x ) ) : (string) $x, $v ) );
			} elseif ( is_bool( $v ) ) {
				$v = $v ? __( 'sì', 'piazza' ) : __( 'no', 'piazza' );
			}
			$out .= '<dt>' . esc_html( (string) $k ) . '</dt><dd>' . esc_html( (string) $v ) . '</dd>';
		}
		return $out . '</dl>';
	}

	/**
	 * The online requests, newest first, with their status.
	 */
	public static function applications_page(): void {
		self::require_cap( Piazza_Services_Install::CAP );
		global $wpdb;
		$t    = Piazza_Services_Install::tables()['applications'];
		$rows = $wpdb->get_results( "SELECT * FROM $t ORDER BY created_at DESC, id DESC LIMIT 500" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		echo '<div class="wrap"><h1>' . esc_html__( 'Richieste online', 'piazza' ) . '</h1>';
		self::notice();
		echo '<p>' . esc_html__( 'Le segnalazioni di disservizio inviate dal sito sono anche in Segnalazioni, dove se ne cambia lo stato.', 'piazza' ) . '</p>';
		self::head( __( 'Richieste ricevute', 'piazza' ), array( __( 'Codice', 'piazza' ), __( 'Inviata il', 'piazza' ), __( 'Servizio', 'piazza' ), __( 'Richiedente', 'piazza' ), __( 'Dati', 'piazza' ), __( 'Stato', 'piazza' ) ) );
		if ( ! $rows ) {
			echo '<tr><td colspan="6">' . esc_html__( 'Nessuna richiesta.', 'piazza' ) . '</td></tr>';
		}
		foreach ( $rows as $r ) {
			echo '<tr><th scope="row">' . esc_html( $r->code ) . '</th><td>' . esc_html( substr( Piazza_Rest::iso( $r->created_at ), 0, 16 ) ) . '</td><td>' . esc_html( $r->service_name ) . '</td>';
			echo '<td>' . esc_html( trim( $r->citizen_name ) ) . '<br>' . esc_html( $r->fiscal_code ) . ( '' !== $r->citizen_email ? '<br>' . esc_html( $r->citizen_email ) : '' ) . '</td><td>' . wp_kses_post( self::values( (string) $r->field_values ) ) . '</td><td>';
			if ( Piazza_Applications::REPORT_ID === $r->service_id ) {
				echo esc_html( $r->status );
			} else {
				$id = 'piazza-app-status-' . $r->id;
				echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="piazza_application_status"><input type="hidden" name="id" value="' . esc_attr( $r->id ) . '">';
				wp_nonce_field( 'piazza_application_' . $r->id );
				echo '<label for="' . esc_attr( $id ) . '">' . esc_html( sprintf( /* translators: %s: request code */ __( 'Stato di %s', 'piazza' ), $r->code ) ) . '</label><br><select id="' . esc_attr( $id ) . '" name="status">';
				foreach ( Piazza_Applications::STATUSES as $s ) {
					echo '<option' . selected( $r->status, $s, false ) . '>' . esc_html( $s ) . '</option>';
				}
				echo '</select><br><label for="' . esc_attr( $id ) . '-msg">' . esc_html__( 'Messaggio al cittadino (facoltativo)', 'piazza' ) . '</label><br><textarea id="' . esc_attr( $id ) . '-msg" name="message" rows="2" maxlength="1000"></textarea><br>';
				echo '<button type="submit" class="button">' . esc_html( sprintf( /* translators: %s: request code */ __( 'Salva stato di %s', 'piazza' ), $r->code ) ) . '</button></form>';
			}
			echo '</td></tr>';
		}
		echo '</tbody></table></div>';
	}

	/**
	 * Saves a request's status and tells the citizen (a message in the area personale).
	 */
	public static function save_status(): void {
		self::require_cap( Piazza_Services_Install::CAP );
		$id = isset( $_POST['id'] ) ? (int) $_POST['id'] : 0;
		check_admin_referer( 'piazza_application_' . $id );
		$status  = sanitize_text_field( wp_unslash( $_POST['status'] ?? '' ) );
		$message = sanitize_textarea_field( wp_unslash( $_POST['message'] ?? '' ) );
		global $wpdb;
		$t   = Piazza_Services_Install::tables();
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$t['applications']} WHERE id = %d", $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( $row && in_array( $status, Piazza_Applications::STATUSES, true ) ) {
			$done = 'Processo concluso' === $status ? 3 : 1;
			// phpcs:disable WordPress.DB.DirectDatabaseQuery
			$wpdb->update(
				$t['applications'],
				array(
					'status'     => $status,
					'stages'     => (string) wp_json_encode( Piazza_Applications::stages( Piazza_Rest::iso( $row->created_at ), $done ) ),
					'updated_at' => Piazza_Rest::now_utc(),
				),
				array( 'id' => $id )
			);
			$wpdb->insert(
				$t['messages'],
				array(
					'citizen'    => $row->citizen,
					'code'       => $row->code,
					'subject'    => sprintf( /* translators: 1: request code, 2: status */ __( 'Richiesta %1$s: %2$s', 'piazza' ), $row->code, $status ),
					'body'       => '' !== $message ? mb_substr( $message, 0, 1000 ) : sprintf( /* translators: %s: status */ __( 'Lo stato della richiesta è ora: %s.', 'piazza' ), $status ),
					'created_at' => Piazza_Rest::now_utc(),
				)
			);
			// phpcs:enable
		}
		wp_safe_redirect( add_query_arg( array( 'page' => 'piazza-applications', 'piazza_notice' => rawurlencode( __( 'Stato aggiornato.', 'piazza' ) ) ), admin_url( 'admin.php' ) ) );
		exit;
	}

	/**
	 * The requests for assistance.
	 */
	public static function assistance_page(): void {
		self::require_cap( Piazza_Services_Install::CAP );
		echo '<div class="wrap"><h1>' . esc_html__( 'Richieste di assistenza', 'piazza' ) . '</h1>';
		self::head( __( 'Richieste di assistenza ricevute', 'piazza' ), array( __( 'Codice', 'piazza' ), __( 'Ricevuta il', 'piazza' ), __( 'Richiedente', 'piazza' ), __( 'Categoria', 'piazza' ), __( 'Messaggio', 'piazza' ), __( 'Mail all’URP', 'piazza' ) ) );
		$rows = Piazza_Assistance::list();
		if ( ! $rows ) {
			echo '<tr><td colspan="6">' . esc_html__( 'Nessuna richiesta.', 'piazza' ) . '</td></tr>';
		}
		foreach ( $rows as $r ) {
			echo '<tr><th scope="row">' . esc_html( $r->code ) . '</th><td>' . esc_html( substr( Piazza_Rest::iso( $r->created_at ), 0, 16 ) ) . '</td>';
			echo '<td>' . esc_html( $r->name . ' ' . $r->surname ) . '<br>' . esc_html( $r->email ) . '</td><td>' . esc_html( $r->category_id . ( '' !== $r->service_id ? ' · ' . $r->service_id : '' ) ) . '</td>';
			echo '<td>' . esc_html( $r->message ) . '</td><td>' . esc_html( $r->mail_status ) . '</td></tr>';
		}
		echo '</tbody></table></div>';
	}

	/**
	 * The identity gateway setting.
	 */
	public static function settings_page(): void {
		self::require_cap( 'piazza_manage_settings' );
		$s = Piazza_Identity::settings();
		echo '<div class="wrap"><h1>' . esc_html__( 'Servizi online: identità', 'piazza' ) . '</h1>';
		self::notice();
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="piazza_save_services">';
		wp_nonce_field( 'piazza_save_services' );
		echo '<p><label for="piazza-identity-url">' . esc_html__( 'Indirizzo del gateway SPID/CIE del Comune', 'piazza' ) . '</label><br>';
		echo '<input type="url" class="regular-text" id="piazza-identity-url" name="identity_url" aria-describedby="piazza-identity-help" value="' . esc_attr( $s['identity_url'] ) . '"></p>';
		echo '<p id="piazza-identity-help">' . esc_html__( 'Lo stesso indirizzo di servicesApi.identity del sito. Per sapere chi ha fatto l’accesso, WordPress chiama GET {indirizzo}/me con i cookie della richiesta (mai quelli di WordPress): gateway e WordPress devono condividere il dominio del cookie di sessione.', 'piazza' ) . '</p>';
		submit_button( __( 'Salva', 'piazza' ) );
		echo '</form></div>';
	}

	/**
	 * Saves the identity gateway setting (https, or http on localhost).
	 */
	public static function save_settings(): void {
		self::require_cap( 'piazza_manage_settings' );
		check_admin_referer( 'piazza_save_services' );
		$url = trim( sanitize_text_field( wp_unslash( $_POST['identity_url'] ?? '' ) ) );
		$ok  = '' === $url || preg_match( '#^https://[^\s<>"]+$#i', $url ) || preg_match( '#^http://(127\.0\.0\.1|localhost)(:\d+)?(/[^\s<>"]*)?$#i', $url );
		if ( $ok ) {
			update_option( Piazza_Identity::OPTION, array( 'identity_url' => rtrim( $url, '/' ) ) );
		}
		$notice = $ok ? __( 'Impostazioni salvate.', 'piazza' ) : __( 'Indirizzo del gateway non valido: serve un indirizzo https://.', 'piazza' );
		wp_safe_redirect( add_query_arg( array( 'page' => 'piazza-services', 'piazza_notice' => rawurlencode( $notice ) ), admin_url( 'admin.php' ) ) );
		exit;
	}
}
