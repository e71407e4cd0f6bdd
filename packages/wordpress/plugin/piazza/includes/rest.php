<?php
/**
 * The back-office endpoints under /wp-json/piazza/v1/: routes, CORS limited to the Piazza site's
 * origin, body size limit, per-IP rate limit and errors as { error, message }.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * REST plumbing.
 */
final class Piazza_Rest {

	const NS       = 'piazza/v1';
	const MAX_BODY = 16384;

	/**
	 * Hooks that run for every REST request.
	 */
	public static function hooks(): void {
		add_filter( 'rest_pre_dispatch', array( self::class, 'guard' ), 5, 3 );
		add_filter( 'rest_pre_serve_request', array( self::class, 'cors' ), 20, 4 );
		add_filter( 'rest_post_dispatch', array( self::class, 'error_shape' ), 20, 3 );
	}

	/**
	 * Whether a route is ours.
	 *
	 * @param string $route Route.
	 */
	private static function ours( string $route ): bool {
		return str_starts_with( $route, '/' . self::NS . '/' );
	}

	/**
	 * An error response of the contract.
	 *
	 * @param int    $status  HTTP status.
	 * @param string $code    slot-taken | invalid | not-found | unavailable.
	 * @param string $message Text for people (Italian).
	 */
	public static function error( int $status, string $code, string $message ): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'error'   => $code,
				'message' => $message,
			),
			$status
		);
	}

	/**
	 * The origins allowed to call: the site origin setting and WordPress's own.
	 *
	 * @return array<int, string>
	 */
	public static function allowed_origins(): array {
		$own  = wp_parse_url( home_url() );
		$self = $own['scheme'] . '://' . $own['host'] . ( isset( $own['port'] ) ? ':' . $own['port'] : '' );
		return array_values( array_filter( array( (string) Piazza_Settings::get( 'site_origin' ), strtolower( $self ) ) ) );
	}

	/**
	 * Before dispatch: wrong origin, oversized body, non-JSON body and bursts are refused here.
	 *
	 * @param mixed           $result  Short-circuit value.
	 * @param WP_REST_Server  $server  Server.
	 * @param WP_REST_Request $request Request.
	 * @return mixed
	 */
	public static function guard( $result, $server, WP_REST_Request $request ) {
		if ( null !== $result || ! self::ours( $request->get_route() ) ) {
			return $result;
		}
		$origin = $request->get_header( 'origin' );
		if ( null !== $origin && ! in_array( strtolower( $origin ), self::allowed_origins(), true ) ) {
			return self::error( 403, 'invalid', __( 'Origine non ammessa: questo servizio risponde solo al sito del Comune.', 'piazza' ) );
		}
		if ( in_array( $request->get_method(), array( 'POST', 'PUT' ), true ) ) {
			if ( strlen( $request->get_body() ) > self::MAX_BODY ) {
				return self::error( 413, 'invalid', sprintf( __( 'La richiesta supera %d byte.', 'piazza' ), self::MAX_BODY ) );
			}
			$type = (string) $request->get_header( 'content_type' );
			if ( ! str_starts_with( strtolower( $type ), 'application/json' ) ) {
				return self::error( 415, 'invalid', __( 'Il corpo della richiesta deve essere JSON (Content-Type: application/json).', 'piazza' ) );
			}
			if ( ! is_array( json_decode( $request->get_body(), true ) ) ) {
				return self::error( 400, 'invalid', __( 'Il corpo della richiesta non è un oggetto JSON valido.', 'piazza' ) );
			}
			if ( ! self::allow( 'write', (int) Piazza_Settings::get( 'rate_limit' ) ) ) {
				$res = self::error( 429, 'unavailable', __( 'Troppe richieste da questo indirizzo: riprova tra un minuto.', 'piazza' ) );
				$res->header( 'Retry-After', '60' );
				return $res;
			}
		} elseif ( 'GET' === $request->get_method() && ! self::allow( 'read', 20 * max( 1, (int) Piazza_Settings::get( 'rate_limit' ) ) ) ) {
			$res = self::error( 429, 'unavailable', __( 'Troppe richieste da questo indirizzo: riprova tra un minuto.', 'piazza' ) );
			$res->header( 'Retry-After', '60' );
			return $res;
		}
		return $result;
	}

	/**
	 * Per-IP counter in one-minute windows, atomic in the database. The address is stored only as
	 * a salted hash, and for two minutes.
	 *
	 * @param string $kind  Counter name.
	 * @param int    $limit Requests allowed per minute.
	 */
	private static function allow( string $kind, int $limit ): bool {
		global $wpdb;
		$table  = Piazza_Install::tables()['rate'];
		$ip     = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		$window = intdiv( time(), 60 );
		$bucket = substr( hash_hmac( 'sha256', "$kind|$ip|$window", wp_salt( 'nonce' ) ), 0, 40 );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery
		$wpdb->query( $wpdb->prepare( "INSERT INTO $table (bucket, hits, expires) VALUES (%s, 1, %d) ON DUPLICATE KEY UPDATE hits = hits + 1", $bucket, ( $window + 2 ) * 60 ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$hits = (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM $table WHERE bucket = %s", $bucket ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 0 === wp_rand( 0, 50 ) ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE expires < %d", time() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		// phpcs:enable
		return $hits <= $limit;
	}

	/**
	 * CORS for our routes: only the allowed origin is echoed, no credentials; the preflight names
	 * the headers the Piazza site sends.
	 *
	 * @param bool             $served  Whether served.
	 * @param WP_HTTP_Response $result  Result.
	 * @param WP_REST_Request  $request Request.
	 * @return bool
	 */
	public static function cors( $served, $result, $request, $server ) {
		if ( ! self::ours( $request->get_route() ) || headers_sent() ) {
			return $served;
		}
		header_remove( 'Access-Control-Allow-Origin' );
		header_remove( 'Access-Control-Allow-Credentials' );
		header_remove( 'Access-Control-Allow-Headers' );
		$origin = $request->get_header( 'origin' );
		if ( null !== $origin && in_array( strtolower( $origin ), self::allowed_origins(), true ) ) {
			header( 'Access-Control-Allow-Origin: ' . $origin );
			header( 'Access-Control-Allow-Methods: GET, POST, PUT, DELETE, OPTIONS' );
			// The online services' calls carry the identity gateway's session cookie.
			header( 'Access-Control-Allow-Credentials: true' );
			header( 'Access-Control-Allow-Headers: Content-Type, Idempotency-Key, Accept' );
			header( 'Access-Control-Max-Age: 600' );
		}
		header( 'Vary: Origin', false );
		header( 'Cache-Control: no-store' );
		return $served;
	}

	/**
	 * WordPress's own errors on our routes (no route, bad JSON…) in the contract's shape.
	 *
	 * @param WP_HTTP_Response $response Response.
	 * @param WP_REST_Server   $server   Server.
	 * @param WP_REST_Request  $request  Request.
	 * @return WP_HTTP_Response
	 */
	public static function error_shape( $response, $server, $request ) {
		if ( ! self::ours( $request->get_route() ) || $response->get_status() < 400 ) {
			return $response;
		}
		$data = $response->get_data();
		if ( is_array( $data ) && isset( $data['code'] ) && ! isset( $data['error'] ) ) {
			$code = 404 === $response->get_status() ? 'not-found' : ( $response->get_status() >= 500 ? 'unavailable' : 'invalid' );
			$response->set_data(
				array(
					'error'   => $code,
					'message' => (string) ( $data['message'] ?? '' ),
				)
			);
		}
		return $response;
	}

	/**
	 * The routes.
	 */
	public static function register(): void {
		$public = '__return_true';
		$routes = array(
			'/site'                                 => array( 'GET', static fn() => new WP_REST_Response( Piazza_Settings::public_settings() ) ),
			'/office-types'                         => array( 'GET', array( 'Piazza_Bookings', 'office_types' ) ),
			'/offices'                              => array( 'GET', array( 'Piazza_Bookings', 'offices' ) ),
			'/offices/(?P<office>[a-z0-9-]{1,190})/reasons' => array( 'GET', array( 'Piazza_Bookings', 'reasons' ) ),
			'/offices/(?P<office>[a-z0-9-]{1,190})/slots'   => array( 'GET', array( 'Piazza_Bookings', 'slots' ) ),
			'/bookings'                             => array( 'POST', array( 'Piazza_Bookings', 'create' ) ),
			'/feedback'                             => array( 'POST', array( 'Piazza_Feedback', 'create' ) ),
			'/segnalazioni'                         => array( 'POST', array( 'Piazza_Reports', 'create' ) ),
		);
		foreach ( $routes as $route => [ $method, $callback ] ) {
			register_rest_route(
				self::NS,
				$route,
				array(
					'methods'             => $method,
					'callback'            => static function ( WP_REST_Request $request ) use ( $callback ) {
						try {
							return call_user_func( $callback, $request );
						} catch ( Piazza_Invalid $e ) {
							return self::error( 422, 'invalid', $e->getMessage() );
						}
					},
					'permission_callback' => $public,
				)
			);
		}
	}

	/**
	 * The JSON body as an object.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid When it is not an object.
	 * @return array<string, mixed>
	 */
	public static function body( WP_REST_Request $request ): array {
		return Piazza_Validate::object( json_decode( $request->get_body(), true ), 'body' );
	}

	/**
	 * Now in UTC for the database.
	 */
	public static function now_utc(): string {
		return gmdate( 'Y-m-d H:i:s' );
	}

	/**
	 * A UTC database datetime as ISO 8601 in the comune's time zone.
	 *
	 * @param string $utc Y-m-d H:i:s in UTC.
	 */
	public static function iso( string $utc ): string {
		return ( new DateTimeImmutable( $utc, new DateTimeZone( 'UTC' ) ) )->setTimezone( wp_timezone() )->format( 'c' );
	}
}
