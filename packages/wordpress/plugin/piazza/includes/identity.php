<?php
/**
 * Who the citizen is, for the online services (docs/applications-api.yaml, tag `identita`).
 *
 * The contract: the comune's SPID/CIE gateway signs the citizen in and keeps a session with a
 * cookie; the site's calls travel with the cookies (`credentials: include`) and the gateway's
 * `GET /me` says who is signed in (200 with the citizen, 401 when nobody). The plugin does the
 * same: it forwards the cookies of the request (never WordPress's own) and the Authorization
 * header, when there is one, to `GET {identity_url}/me` and trusts its answer. So WordPress
 * never sees SPID/CIE credentials, and the gateway and WordPress must share the cookie's domain
 * (e.g. comune.it/api/identita and comune.it/wp-json, or a cookie on .comune.it).
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * The signed-in citizen, as the gateway reports it.
 */
final class Piazza_Identity {

	/** The option of the online services' settings (kept apart from `piazza_settings`). */
	const OPTION = 'piazza_services_settings';

	/**
	 * The online services' settings with their defaults.
	 *
	 * @return array{identity_url: string}
	 */
	public static function settings(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( array( 'identity_url' => '' ), is_array( $stored ) ? $stored : array() );
	}

	/**
	 * The cookies of a request that go to the gateway: all but WordPress's own (its login and
	 * test cookies never leave WordPress).
	 *
	 * @param string $header The Cookie header.
	 */
	public static function forwarded_cookies( string $header ): string {
		$keep = array();
		foreach ( explode( ';', $header ) as $pair ) {
			$pair = trim( $pair );
			$name = strtolower( (string) strstr( $pair . '=', '=', true ) );
			if ( '' === $pair || str_starts_with( $name, 'wordpress' ) || str_starts_with( $name, 'wp-' ) || str_starts_with( $name, 'wp_' ) ) {
				continue;
			}
			$keep[] = $pair;
		}
		return implode( '; ', $keep );
	}

	/**
	 * The citizen of a request: an array (fiscalCode, name, surname, email, method), null when
	 * nobody is signed in, a WP_REST_Response (503) when the gateway cannot say.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, string>|null|WP_REST_Response
	 */
	public static function citizen( WP_REST_Request $request ) {
		$base = rtrim( self::settings()['identity_url'], '/' );
		if ( '' === $base ) {
			return Piazza_Rest::error( 503, 'unavailable', __( 'Il gateway di identità (SPID/CIE) non è configurato: Piazza → Servizi online.', 'piazza' ) );
		}
		$headers = array( 'Accept' => 'application/json' );
		$cookies = self::forwarded_cookies( (string) $request->get_header( 'cookie' ) );
		if ( '' !== $cookies ) {
			$headers['Cookie'] = $cookies;
		}
		$auth = (string) $request->get_header( 'authorization' );
		if ( '' !== $auth ) {
			$headers['Authorization'] = $auth;
		}
		if ( ! isset( $headers['Cookie'] ) && ! isset( $headers['Authorization'] ) ) {
			return null;
		}
		$res = wp_remote_get(
			$base . '/me',
			array(
				'headers'     => $headers,
				'timeout'     => 5,
				'redirection' => 0,
			)
		);
		$status = is_wp_error( $res ) ? 0 : (int) wp_remote_retrieve_response_code( $res );
		if ( 401 === $status ) {
			return null;
		}
		if ( 200 === $status ) {
			try {
				return Piazza_Services_Validate::citizen( json_decode( (string) wp_remote_retrieve_body( $res ), true ) );
			} catch ( Piazza_Invalid $e ) {
				// What was wrong is named, who it was about is not (nothing personal in logs).
				$status = 'risposta non valida (' . $e->field . ')';
			}
		}
		return Piazza_Rest::error( 503, 'unavailable', sprintf( /* translators: %s: HTTP status or reason */ __( 'Il gateway di identità non risponde (%s): riprova tra poco.', 'piazza' ), (string) $status ) );
	}

	/**
	 * The citizen, or the error response to return: 401 when nobody is signed in.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, string>|WP_REST_Response
	 */
	public static function require( WP_REST_Request $request ) {
		$c = self::citizen( $request );
		if ( null === $c ) {
			return Piazza_Rest::error( 401, 'session-expired', __( 'Accesso scaduto o non effettuato: accedi di nuovo con SPID o CIE, quanto hai scritto resta.', 'piazza' ) );
		}
		return $c;
	}

	/**
	 * The key the citizen's rows are found by: a keyed hash of the fiscal code (the fiscal code
	 * itself is stored only where the office needs it, and removed with the retention).
	 *
	 * @param array<string, string> $citizen Citizen.
	 */
	public static function key( array $citizen ): string {
		return hash_hmac( 'sha256', 'citizen|' . $citizen['fiscalCode'], wp_salt( 'auth' ) );
	}
}
