<?php
/**
 * Segnalazioni disservizio: stored with a code and a status, and mailed to the URP.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reports endpoint and queries.
 */
final class Piazza_Reports {

	const CATEGORIES = array( 'Strade e marciapiedi', 'Illuminazione pubblica', 'Rifiuti e pulizia', 'Verde pubblico', 'Segnaletica', 'Acqua e fognature', 'Altro' );
	const STATUSES   = array(
		'ricevuta'       => 'Ricevuta',
		'in-lavorazione' => 'In lavorazione',
		'risolta'        => 'Risolta',
		'respinta'       => 'Respinta',
	);

	/**
	 * POST /segnalazioni: { categoria, luogo, titolo, descrizione, email? } (the fields of the
	 * SegnalazioneDisservizio flow of @piazza/react).
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function create( WP_REST_Request $request ): WP_REST_Response {
		$body  = Piazza_Rest::body( $request );
		$extra = array_diff( array_keys( $body ), array( 'categoria', 'luogo', 'titolo', 'descrizione', 'email' ) );
		if ( $extra ) {
			throw new Piazza_Invalid( 'body.' . reset( $extra ), 'campo non previsto' );
		}
		$category = Piazza_Validate::text( $body, 'categoria', '', 100 );
		if ( ! in_array( $category, self::CATEGORIES, true ) ) {
			throw new Piazza_Invalid( 'categoria', 'scegli una delle categorie: ' . implode( ', ', self::CATEGORIES ) );
		}
		$row = array(
			'category'    => $category,
			'place'       => Piazza_Validate::text( $body, 'luogo', '', 200 ),
			'title'       => Piazza_Validate::text( $body, 'titolo', '', 80 ),
			'description' => Piazza_Validate::text( $body, 'descrizione', '', 2000 ),
			'email'       => Piazza_Validate::email( $body, 'email', '', false ),
			'status'      => 'ricevuta',
			'created_at'  => Piazza_Rest::now_utc(),
			'updated_at'  => Piazza_Rest::now_utc(),
			'code'        => 'SEG-' . gmdate( 'Y' ) . '-' . strtoupper( bin2hex( random_bytes( 4 ) ) ),
		);
		global $wpdb;
		$table    = Piazza_Install::tables()['reports'];
		$suppress = $wpdb->suppress_errors( true );
		$ok       = $wpdb->insert( $table, $row ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->suppress_errors( $suppress );
		if ( ! $ok ) {
			return Piazza_Rest::error( 503, 'unavailable', __( 'Segnalazione non registrata: riprova tra poco.', 'piazza' ) );
		}
		$sent = Piazza_Mail::report( $row );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->update( $table, array( 'mail_status' => $sent ? 'inviata' : 'non inviata' ), array( 'code' => $row['code'] ) );
		return new WP_REST_Response(
			array(
				'code'      => $row['code'],
				'createdAt' => Piazza_Rest::iso( $row['created_at'] ),
			),
			201
		);
	}

	/**
	 * Reports, newest first.
	 *
	 * @param string $status Only this status ('' for all).
	 * @return array<int, object>
	 */
	public static function list( string $status = '' ): array {
		global $wpdb;
		$table = Piazza_Install::tables()['reports'];
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( '' !== $status ) {
			return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE status = %s ORDER BY created_at DESC LIMIT 500", $status ) );
		}
		return $wpdb->get_results( "SELECT * FROM $table ORDER BY created_at DESC LIMIT 500" );
		// phpcs:enable
	}

	/**
	 * Changes a report's status.
	 *
	 * @param int    $id     Report id.
	 * @param string $status New status.
	 */
	public static function set_status( int $id, string $status ): bool {
		global $wpdb;
		if ( ! isset( self::STATUSES[ $status ] ) ) {
			return false;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return false !== $wpdb->update(
			Piazza_Install::tables()['reports'],
			array(
				'status'     => $status,
				'updated_at' => Piazza_Rest::now_utc(),
			),
			array( 'id' => $id )
		);
	}
}
