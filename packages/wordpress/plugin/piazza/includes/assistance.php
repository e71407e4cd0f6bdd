<?php
/**
 * Requests for assistance (docs/assistance-api.yaml): POST /assistance/requests, stored with a
 * code and mailed to the URP. Anonymous: no sign-in, no cookies needed.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Assistance endpoint and queries.
 */
final class Piazza_Assistance {

	/**
	 * The route.
	 */
	public static function register(): void {
		register_rest_route(
			Piazza_Rest::NS,
			'/assistance/requests',
			array(
				'methods'             => 'POST',
				'callback'            => static function ( WP_REST_Request $request ) {
					try {
						return self::create( $request );
					} catch ( Piazza_Invalid $e ) {
						return Piazza_Rest::error( 422, 'invalid', $e->getMessage() );
					}
				},
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * A stored request as the contract's AssistanceReceipt.
	 *
	 * @param object $r Row.
	 * @return array{code: string, receivedAt: string}
	 */
	private static function receipt( object $r ): array {
		return array(
			'code'       => $r->code,
			'receivedAt' => Piazza_Rest::iso( $r->created_at ),
		);
	}

	/**
	 * POST /assistance/requests.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function create( WP_REST_Request $request ): WP_REST_Response {
		$key = Piazza_Applications::idem( 'assistance', Piazza_Services_Validate::idempotency_key( $request->get_header( 'idempotency_key' ) ) );
		$in  = Piazza_Services_Validate::assistance( Piazza_Rest::body( $request ) );
		global $wpdb;
		$t = Piazza_Services_Install::tables()['assistance'];
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$again = $wpdb->get_row( $wpdb->prepare( "SELECT code, created_at FROM $t WHERE idempotency_key = %s", $key ) );
		if ( $again ) {
			return new WP_REST_Response( self::receipt( $again ), 201 );
		}
		$row      = $in + array(
			'code'            => 'ASS-' . gmdate( 'Y' ) . '-' . strtoupper( bin2hex( random_bytes( 4 ) ) ),
			'idempotency_key' => $key,
			'created_at'      => Piazza_Rest::now_utc(),
		);
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( $t, $row );
		$wpdb->suppress_errors( $suppress );
		if ( ! $ok ) {
			$again = $wpdb->get_row( $wpdb->prepare( "SELECT code, created_at FROM $t WHERE idempotency_key = %s", $key ) );
			return $again
				? new WP_REST_Response( self::receipt( $again ), 201 )
				: Piazza_Rest::error( 503, 'unavailable', __( 'Richiesta non registrata: riprova tra poco.', 'piazza' ) );
		}
		$sent = self::mail( $row );
		$wpdb->update( $t, array( 'mail_status' => $sent ? 'inviata' : 'non inviata' ), array( 'code' => $row['code'] ) );
		// phpcs:enable
		return new WP_REST_Response( self::receipt( (object) $row ), 201 );
	}

	/**
	 * Mails a request to the URP address of the settings (through its SMTP server).
	 *
	 * @param array<string, string> $r Row.
	 */
	private static function mail( array $r ): bool {
		$to = (string) Piazza_Settings::get( 'urp_email' );
		if ( '' === $to ) {
			return false;
		}
		$body = implode(
			"\n",
			array(
				'Nuova richiesta di assistenza',
				'',
				'Codice: ' . $r['code'],
				'Da: ' . $r['name'] . ' ' . $r['surname'] . ' <' . $r['email'] . '>',
				'Categoria: ' . $r['category_id'],
				'Servizio: ' . ( '' !== $r['service_id'] ? $r['service_id'] : '—' ),
				'',
				$r['message'],
				'',
				'Elenco: ' . admin_url( 'admin.php?page=piazza-assistance' ),
			)
		);
		return wp_mail( $to, sprintf( '[%s] Richiesta di assistenza: %s', $r['code'], $r['category_id'] ), $body, array( 'Reply-To: ' . $r['email'] ) );
	}

	/**
	 * Requests, newest first.
	 *
	 * @return array<int, object>
	 */
	public static function list(): array {
		global $wpdb;
		$t = Piazza_Services_Install::tables()['assistance'];
		return $wpdb->get_results( "SELECT * FROM $t ORDER BY created_at DESC, id DESC LIMIT 500" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
}
