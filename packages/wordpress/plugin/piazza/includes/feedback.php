<?php
/**
 * Page ratings (the "Quanto sono chiare le informazioni su questa pagina?" widget): stored, and a
 * report per page.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Feedback endpoint and report.
 */
final class Piazza_Feedback {

	/**
	 * POST /feedback: { page, rating, sentiment?, answer, details }.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function create( WP_REST_Request $request ): WP_REST_Response {
		$body  = Piazza_Rest::body( $request );
		$extra = array_diff( array_keys( $body ), array( 'page', 'rating', 'sentiment', 'answer', 'details' ) );
		if ( $extra ) {
			throw new Piazza_Invalid( 'body.' . reset( $extra ), 'campo non previsto' );
		}
		$page = Piazza_Validate::text( $body, 'page', '', 300 );
		if ( ! preg_match( '#^/[^\s]*$#', $page ) ) {
			throw new Piazza_Invalid( 'page', 'deve essere il percorso della pagina, es. /servizi/' );
		}
		$rating = $body['rating'] ?? null;
		if ( ! is_int( $rating ) || $rating < 1 || $rating > 5 ) {
			throw new Piazza_Invalid( 'rating', 'deve essere un numero intero da 1 a 5' );
		}
		if ( isset( $body['sentiment'] ) && $body['sentiment'] !== ( $rating >= 4 ? 'positive' : 'negative' ) ) {
			throw new Piazza_Invalid( 'sentiment', 'non corrisponde alle stelle' );
		}
		$answer  = null === ( $body['answer'] ?? null ) ? '' : Piazza_Validate::text( $body, 'answer', '', 200 );
		$details = Piazza_Validate::text( $body, 'details', '', 200, false );
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$ok = $wpdb->insert(
			Piazza_Install::tables()['feedback'],
			array(
				'page'       => $page,
				'rating'     => $rating,
				'answer'     => $answer,
				'details'    => $details,
				'created_at' => Piazza_Rest::now_utc(),
			)
		);
		$wpdb->suppress_errors( $suppress );
		if ( ! $ok ) {
			return Piazza_Rest::error( 503, 'unavailable', __( 'Valutazione non registrata: riprova tra poco.', 'piazza' ) );
		}
		return new WP_REST_Response( array( 'ok' => true ), 201 );
	}

	/**
	 * The report: per page, count, average and how many chose each answer.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function report(): array {
		global $wpdb;
		$table = Piazza_Install::tables()['feedback'];
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$pages   = $wpdb->get_results( "SELECT page, COUNT(*) AS n, AVG(rating) AS average FROM $table GROUP BY page ORDER BY n DESC, page" );
		$answers = $wpdb->get_results( "SELECT page, answer, COUNT(*) AS n FROM $table WHERE answer <> '' GROUP BY page, answer ORDER BY n DESC" );
		// phpcs:enable
		$out = array();
		foreach ( $pages as $p ) {
			$out[ $p->page ] = array(
				'page'    => $p->page,
				'count'   => (int) $p->n,
				'average' => round( (float) $p->average, 2 ),
				'answers' => array(),
			);
		}
		foreach ( $answers as $a ) {
			$out[ $a->page ]['answers'][ $a->answer ] = (int) $a->n;
		}
		return array_values( $out );
	}
}
