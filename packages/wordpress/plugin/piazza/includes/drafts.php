<?php
/**
 * The citizen's drafts of the online requests (docs/applications-api.yaml, /drafts): kept at least
 * a year from the last save (CSE.1.6), each visible to its citizen only.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Drafts endpoints (routed by Piazza_Applications::register).
 */
final class Piazza_Drafts {

	const DRAFT_DAYS = 366;

	/**
	 * A draft row as the contract's Draft.
	 *
	 * @param object $d Row.
	 * @return array<string, mixed>
	 */
	private static function draft_json( object $d ): array {
		$values = json_decode( (string) $d->field_values, true );
		return array(
			'id'          => $d->public_id,
			'serviceId'   => $d->service_id,
			'serviceName' => $d->service_name,
			'step'        => $d->step,
			'values'      => is_array( $values ) && $values ? $values : new stdClass(),
			'savedAt'     => Piazza_Rest::iso( $d->saved_at ),
			'expiresAt'   => Piazza_Rest::iso( $d->expires_at ),
		);
	}

	/**
	 * GET /drafts: the citizen's drafts that have not expired.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function drafts( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		global $wpdb;
		$t    = Piazza_Services_Install::tables()['drafts'];
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $t WHERE citizen = %s AND expires_at > %s ORDER BY saved_at DESC LIMIT 100", Piazza_Identity::key( $citizen ), Piazza_Rest::now_utc() ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return new WP_REST_Response( array( 'items' => array_map( array( self::class, 'draft_json' ), $rows ) ) );
	}

	/**
	 * POST /drafts.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function create_draft( WP_REST_Request $request ): WP_REST_Response {
		return self::save_draft( $request, null );
	}

	/**
	 * PUT /drafts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function replace_draft( WP_REST_Request $request ): WP_REST_Response {
		return self::save_draft( $request, (string) $request['id'] );
	}

	/**
	 * Saves a draft: kept DRAFT_DAYS days from this save.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string|null     $id      The draft replaced, or null for a new one.
	 */
	private static function save_draft( WP_REST_Request $request, ?string $id ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		$in  = Piazza_Services_Validate::draft( Piazza_Applications::body( $request ) );
		$who = Piazza_Identity::key( $citizen );
		global $wpdb;
		$t   = Piazza_Services_Install::tables()['drafts'];
		$now = time();
		$row = array(
			'service_id'   => $in['serviceId'],
			'service_name' => $in['serviceName'],
			'step'         => $in['step'],
			'field_values' => (string) wp_json_encode( (object) $in['values'] ),
			'saved_at'     => gmdate( 'Y-m-d H:i:s', $now ),
			'expires_at'   => gmdate( 'Y-m-d H:i:s', $now + self::DRAFT_DAYS * DAY_IN_SECONDS ),
		);
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $id ) {
			$id = bin2hex( random_bytes( 16 ) );
			$wpdb->insert( $t, $row + array( 'public_id' => $id, 'citizen' => $who ) );
			$status = 201;
		} else {
			$n = $wpdb->update( $t, $row, array( 'public_id' => $id, 'citizen' => $who ) );
			if ( ! $n && ! $wpdb->get_var( $wpdb->prepare( "SELECT id FROM $t WHERE public_id = %s AND citizen = %s", $id, $who ) ) ) {
				return Piazza_Rest::error( 404, 'not-found', __( 'Bozza non trovata.', 'piazza' ) );
			}
			$status = 200;
		}
		$d = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $t WHERE public_id = %s", $id ) );
		// phpcs:enable
		return $d ? new WP_REST_Response( self::draft_json( $d ), $status ) : Piazza_Rest::error( 503, 'unavailable', __( 'Bozza non salvata: riprova tra poco.', 'piazza' ) );
	}

	/**
	 * DELETE /drafts/{id}.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function delete_draft( WP_REST_Request $request ): WP_REST_Response {
		$citizen = Piazza_Identity::require( $request );
		if ( $citizen instanceof WP_REST_Response ) {
			return $citizen;
		}
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->delete( Piazza_Services_Install::tables()['drafts'], array( 'public_id' => (string) $request['id'], 'citizen' => Piazza_Identity::key( $citizen ) ) );
		return new WP_REST_Response( null, 204 );
	}
}
