<?php
/**
 * The online requests of the services (docs/applications-api.yaml): drafts (drafts.php), submissions with Idempotency-Key, status with stages by code without sign-in
 * (CSE.1.9), the citizen's requests, messages and appointments. The segnalazione disservizio sent
 * through the flow lands in the segnalazioni (same table, same mail to the URP).
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Applications endpoints.
 */
final class Piazza_Applications {

	const REPORT_ID    = 'segnalazione-disservizio';
	const STATUSES     = array( 'Processo non avviato', 'Processo in corso', 'Processo sospeso', 'Processo concluso' );
	const REPORT_STAGE = array(
		'ricevuta'       => array( 'Processo in corso', 1 ),
		'in-lavorazione' => array( 'Processo in corso', 1 ),
		'risolta'        => array( 'Processo concluso', 3 ),
		'respinta'       => array( 'Processo concluso', 3 ),
	);

	/**
	 * The routes (same namespace, guard, CORS and error shape as the other endpoints).
	 */
	public static function register(): void {
		$code   = '(?P<code>[A-Za-z0-9][A-Za-z0-9-]{0,39})';
		$routes = array(
			array( '/applications', 'GET', 'list' ),
			array( '/applications', 'POST', 'submit' ),
			array( "/applications/$code", 'GET', 'status' ),
			array( "/applications/$code/completion", 'POST', 'complete' ),
			array( '/drafts', 'GET', array( 'Piazza_Drafts', 'drafts' ) ),
			array( '/drafts', 'POST', array( 'Piazza_Drafts', 'create_draft' ) ),
			array( '/drafts/(?P<id>[a-f0-9]{32})', 'PUT', array( 'Piazza_Drafts', 'replace_draft' ) ),
			array( '/drafts/(?P<id>[a-f0-9]{32})', 'DELETE', array( 'Piazza_Drafts', 'delete_draft' ) ),
			array( '/messages', 'GET', 'messages' ),
			array( '/appointments', 'GET', 'appointments' ),
			array( '/files', 'POST', 'upload' ),
		);
		foreach ( $routes as [ $route, $method, $name ] ) {
			register_rest_route(
				Piazza_Rest::NS,
				$route,
				array(
					'methods'             => $method,
					'callback'            => static function ( WP_REST_Request $request ) use ( $name ) {
						try {
							return call_user_func( is_array( $name ) ? $name : array( self::class, $name ), $request );
						} catch ( Piazza_Invalid $e ) {
							return Piazza_Rest::error( 422, 'invalid', $e->getMessage() );
						}
					},
					'permission_callback' => '__return_true',
				)
			);
		}
	}

	/**
	 * The JSON body of a PUT (the shared guard checks POST bodies; PUT gets the same checks here).
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid When it is not a JSON object within the size limit.
	 * @return array<string, mixed>
	 */
	public static function body( WP_REST_Request $request ): array {
		if ( strlen( $request->get_body() ) > Piazza_Rest::MAX_BODY ) {
			throw new Piazza_Invalid( 'body', sprintf( 'supera %d byte', Piazza_Rest::MAX_BODY ) );
		}
		if ( ! str_starts_with( strtolower( (string) $request->get_header( 'content_type' ) ), 'application/json' ) ) {
			throw new Piazza_Invalid( 'Content-Type', 'deve essere application/json' );
		}
		return Piazza_Rest::body( $request );
	}

	/**
	 * The keyed hash an Idempotency-Key is stored as, scoped to who sends it.
	 *
	 * @param string $scope Who (the citizen's key, or a route name).
	 * @param string $key   The header.
	 */
	public static function idem( string $scope, string $key ): string {
		return hash_hmac( 'sha256', "$scope|$key", wp_salt( 'nonce' ) );
	}

	/**
	 * A request row as the contract's Application.
	 *
	 * @param object $r Row.
	 * @return array<string, mixed>
	 */
	public static function to_json( object $r ): array {
		$stages = json_decode( (string) $r->stages, true );
		$out    = array(
			'code'            => $r->code,
			'serviceId'       => $r->service_id,
			'serviceName'     => $r->service_name,
			'submittedAt'     => Piazza_Rest::iso( $r->created_at ),
			'takenInChargeAt' => Piazza_Rest::iso( $r->created_at ),
			'status'          => $r->status,
			'stages'          => is_array( $stages ) ? $stages : array(),
		);
		if ( '' !== $r->action_href ) {
			$out['actionHref'] = $r->action_href;
		}
		return $out;
	}

	/**
	 * The stages of a request, the first `$done` done and the next current.
	 *
	 * @param string $created ISO date of the submission.
	 * @param int    $done    How many stages are done (3: all).
	 * @return array<int, array<string, string>>
	 */
	public static function stages( string $created, int $done ): array {
		$labels = array( 'Richiesta inviata', 'Presa in carico', 'Esito' );
		$out    = array();
		foreach ( $labels as $i => $label ) {
			$stage = array(
				'label' => $label,
				'state' => $i < $done ? 'done' : ( $i === $done ? 'current' : 'pending' ),
			);
			if ( $i < 2 ) {
				$stage['date'] = $created;
			}
			$out[] = $stage;
		}
		return $out;
	}

	/**
	 * A request by code.
	 *
	 * @param string $code Code.
	 */
	private static function find( string $code ): ?object {
		global $wpdb;
		$t = Piazza_Services_Install::tables()['applications'];
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $t WHERE code = %s", strtoupper( $code ) ) );
		if ( ! $row ) {
			return null;
		}
		if ( self::REPORT_ID === $row->service_id ) {
			// A segnalazione: its state is the one the URP sets on the Segnalazioni screen.
			$r = $wpdb->get_row( $wpdb->prepare( 'SELECT status FROM ' . Piazza_Install::tables()['reports'] . ' WHERE code = %s', $row->code ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared
			if ( $r && isset( self::REPORT_STAGE[ $r->status ] ) ) {
				[ $row->status, $done ] = self::REPORT_STAGE[ $r->status ];
				$row->stages            = wp_json_encode( self::stages( Piazza_Rest::iso( $row->created_at ), $done ) );
			}
		}
		return $row;
	}

	/**
	 * GET /applications/{code}: the status, for anyone who has the code (CSE.1.9). Only service,
	 * status and dates: nothing personal.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function status( WP_REST_Request $request ): WP_REST_Response {
		$row = self::find( (string) $request['code'] );
		if ( ! $row ) {
			return Piazza_Rest::error( 404, 'not-found', __( 'Nessuna richiesta con questo codice: controlla di averlo scritto come nella ricevuta.', 'piazza' ) );
		}
		return new WP_REST_Response( self::to_json( $row ) );
	}

	/**
	 * POST /applications.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function submit( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		$who = Piazza_Identity::key( $citizen );
		$key = self::idem( $who, Piazza_Services_Validate::idempotency_key( $request->get_header( 'idempotency_key' ) ) );
		$in  = Piazza_Services_Validate::submission( Piazza_Rest::body( $request ) );
		global $wpdb;
		$t = Piazza_Services_Install::tables();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$again = $wpdb->get_var( $wpdb->prepare( "SELECT code FROM {$t['applications']} WHERE idempotency_key = %s", $key ) );
		if ( $again ) {
			return new WP_REST_Response( self::to_json( self::find( $again ) ), 201 );
		}
		$now    = Piazza_Rest::now_utc();
		$report = self::REPORT_ID === $in['serviceId'] ? self::report_row( $in['values'], $citizen, $now ) : null;
		$prefix = strtoupper( substr( (string) preg_replace( '/[^a-z]/i', '', $in['serviceId'] ), 0, 3 ) );
		$code   = $report ? $report['code'] : ( '' !== $prefix ? $prefix : 'RIC' ) . '-' . gmdate( 'Y' ) . '-' . strtoupper( bin2hex( random_bytes( 4 ) ) );
		$row    = array(
			'code'          => $code,
			'citizen'       => $who,
			'fiscal_code'   => $citizen['fiscalCode'],
			'citizen_name'  => $citizen['name'] . ' ' . $citizen['surname'],
			'citizen_email' => $citizen['email'],
			'service_id'    => $in['serviceId'],
			'service_name'  => $in['serviceName'],
			'field_values'  => (string) wp_json_encode( (object) $in['values'] ),
			'payment_id'    => $in['paymentId'],
			'status'        => 'Processo in corso',
			'stages'        => (string) wp_json_encode( self::stages( Piazza_Rest::iso( $now ), 1 ) ),
			'action_href'   => '',
			'idempotency_key' => $key,
			'created_at'    => $now,
			'updated_at'    => $now,
		);
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( $t['applications'], $row );
		$wpdb->suppress_errors( $suppress );
		if ( ! $ok ) {
			// The same key sent twice at once: the UNIQUE key let one in, the other answers with it.
			$again = $wpdb->get_var( $wpdb->prepare( "SELECT code FROM {$t['applications']} WHERE idempotency_key = %s", $key ) );
			return $again
				? new WP_REST_Response( self::to_json( self::find( $again ) ), 201 )
				: Piazza_Rest::error( 503, 'unavailable', __( 'Richiesta non registrata: riprova tra poco, quanto hai scritto resta.', 'piazza' ) );
		}
		if ( $report ) {
			$wpdb->insert( Piazza_Install::tables()['reports'], $report );
			$sent = Piazza_Mail::report( $report );
			$wpdb->update( Piazza_Install::tables()['reports'], array( 'mail_status' => $sent ? 'inviata' : 'non inviata' ), array( 'code' => $code ) );
		}
		if ( '' !== $in['draftId'] ) {
			$wpdb->delete( $t['drafts'], array( 'public_id' => $in['draftId'], 'citizen' => $who ) );
		}
		$wpdb->insert(
			$t['messages'],
			array(
				'citizen'    => $who,
				'code'       => $code,
				'subject'    => sprintf( /* translators: %s: service name */ __( 'Richiesta ricevuta: %s', 'piazza' ), $in['serviceName'] ),
				'body'       => sprintf( /* translators: %s: request code */ __( 'La richiesta %s è stata presa in carico. Segui lo stato nell’area personale.', 'piazza' ), $code ),
				'created_at' => $now,
			)
		);
		// phpcs:enable
		return new WP_REST_Response( self::to_json( self::find( $code ) ), 201 );
	}

	/**
	 * The segnalazioni row of a segnalazione sent through the flow (the values of
	 * SegnalazioneDisservizio of @piazza/react).
	 *
	 * @param array<string, mixed>  $values  Values.
	 * @param array<string, string> $citizen Citizen.
	 * @param string                $now     UTC now.
	 * @throws Piazza_Invalid When a value is missing or wrong.
	 * @return array<string, string>
	 */
	private static function report_row( array $values, array $citizen, string $now ): array {
		$category = Piazza_Validate::text( $values, 'categoria', 'values', 100 );
		if ( ! in_array( $category, Piazza_Reports::CATEGORIES, true ) ) {
			throw new Piazza_Invalid( 'values.categoria', 'scegli una delle categorie: ' . implode( ', ', Piazza_Reports::CATEGORIES ) );
		}
		return array(
			'code'        => 'SEG-' . gmdate( 'Y' ) . '-' . strtoupper( bin2hex( random_bytes( 4 ) ) ),
			'category'    => $category,
			'place'       => Piazza_Validate::text( $values, 'luogo', 'values', 200 ),
			'title'       => Piazza_Validate::text( $values, 'titolo', 'values', 80 ),
			'description' => Piazza_Validate::text( $values, 'descrizione', 'values', 2000 ),
			'email'       => $citizen['email'],
			'status'      => 'ricevuta',
			'created_at'  => $now,
			'updated_at'  => $now,
		);
	}

	/**
	 * GET /applications: the citizen's requests, newest first.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function list( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		global $wpdb;
		$t     = Piazza_Services_Install::tables()['applications'];
		$codes = $wpdb->get_col( $wpdb->prepare( "SELECT code FROM $t WHERE citizen = %s ORDER BY created_at DESC, id DESC LIMIT 200", Piazza_Identity::key( $citizen ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return new WP_REST_Response( array( 'items' => array_map( static fn( $c ) => self::to_json( self::find( $c ) ), $codes ) ) );
	}

	/**
	 * POST /applications/{code}/completion: the completion of an admitted request (its owner).
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function complete( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		Piazza_Services_Validate::idempotency_key( $request->get_header( 'idempotency_key' ) );
		$body = Piazza_Rest::body( $request );
		Piazza_Services_Validate::only( $body, array( 'values' ), 'body' );
		$values = Piazza_Services_Validate::values( $body['values'] ?? null );
		$row    = self::find( (string) $request['code'] );
		if ( ! $row || Piazza_Identity::key( $citizen ) !== $row->citizen ) {
			return Piazza_Rest::error( 404, 'not-found', __( 'Nessuna tua richiesta con questo codice.', 'piazza' ) );
		}
		if ( '' !== $row->action_href ) {
			$all                 = json_decode( (string) $row->field_values, true );
			$all                 = is_array( $all ) ? $all : array();
			$all['perfezionamento'] = $values;
			global $wpdb;
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$wpdb->update(
				Piazza_Services_Install::tables()['applications'],
				array(
					'field_values' => (string) wp_json_encode( $all ),
					'action_href'  => '',
					'status'       => 'Processo in corso',
					'updated_at'   => Piazza_Rest::now_utc(),
				),
				array( 'id' => $row->id )
			);
			$row = self::find( $row->code );
		}
		return new WP_REST_Response( self::to_json( $row ) );
	}

	/**
	 * GET /messages.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function messages( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		global $wpdb;
		$t    = Piazza_Services_Install::tables()['messages'];
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $t WHERE citizen = %s ORDER BY created_at DESC, id DESC LIMIT 200", Piazza_Identity::key( $citizen ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$out  = array();
		foreach ( $rows as $m ) {
			$out[] = array_filter(
				array(
					'id'      => 'msg-' . $m->id,
					'date'    => Piazza_Rest::iso( $m->created_at ),
					'subject' => $m->subject,
					'body'    => $m->body,
					'code'    => $m->code,
				),
				static fn( $v ) => '' !== $v
			);
		}
		return new WP_REST_Response( array( 'items' => $out ) );
	}

	/**
	 * GET /appointments: the confirmed future bookings made with the citizen's e-mail (the
	 * gateway's; none when the gateway gives no e-mail).
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function appointments( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		if ( '' === $citizen['email'] ) {
			return new WP_REST_Response( array( 'items' => array() ) );
		}
		global $wpdb;
		$t     = Piazza_Install::tables()['bookings'];
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT code, office_id, slot_start, slot_end FROM $t WHERE email = %s AND status = 'confirmed' AND slot_end > %s ORDER BY slot_start LIMIT 50", $citizen['email'], Piazza_Rest::now_utc() ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$names = array_column( Piazza_Offices::all(), 'name', 'id' );
		$out   = array();
		foreach ( $rows as $b ) {
			$out[] = array(
				'code'   => $b->code,
				'office' => $names[ $b->office_id ] ?? $b->office_id,
				'start'  => Piazza_Rest::iso( $b->slot_start ),
				'end'    => Piazza_Rest::iso( $b->slot_end ),
			);
		}
		return new WP_REST_Response( array( 'items' => $out ) );
	}

	/**
	 * POST /files: not offered by this back office (bodies are limited to 16 KB); the flow says
	 * the upload failed and keeps everything else, the documents go to the office.
	 */
	public static function upload(): WP_REST_Response {
		return Piazza_Rest::error( 501, 'unavailable', __( 'Il caricamento dei documenti online non è attivo: consegnali all’ufficio indicando il codice della richiesta.', 'piazza' ) );
	}
}
