<?php
/**
 * Bookings: the contract of docs/booking-api.yaml (what HttpBookingProvider of @piazza/react calls).
 * The last free place is given once by the database: a UNIQUE key on (office, start, seat).
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Booking endpoints and queries.
 */
final class Piazza_Bookings {

	/**
	 * GET /office-types.
	 */
	public static function office_types(): WP_REST_Response {
		$types = array();
		foreach ( Piazza_Offices::all() as $o ) {
			$types[ $o['typeId'] ] ??= array(
				'id'   => $o['typeId'],
				'name' => $o['typeName'],
			);
		}
		return new WP_REST_Response( array( 'items' => array_values( $types ) ) );
	}

	/**
	 * GET /offices?type=.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid Without a type.
	 */
	public static function offices( WP_REST_Request $request ): WP_REST_Response {
		$type = Piazza_Validate::text( array( 'type' => $request->get_param( 'type' ) ), 'type', 'query', 190 );
		$out  = array();
		foreach ( Piazza_Offices::all() as $o ) {
			if ( $o['typeId'] !== $type ) {
				continue;
			}
			$item = array_intersect_key( $o, array_flip( array( 'id', 'typeId', 'name', 'address', 'hours' ) ) );
			foreach ( array( 'phone', 'email' ) as $k ) {
				if ( '' !== $o[ $k ] ) {
					$item[ $k ] = $o[ $k ];
				}
			}
			$item['address'] = '' !== $item['address'] ? $item['address'] : '—';
			$item['hours']   = '' !== $item['hours'] ? $item['hours'] : '—';
			$out[]           = $item;
		}
		return new WP_REST_Response( array( 'items' => $out ) );
	}

	/**
	 * The office named in the route, or a 404 answer.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_REST_Response
	 */
	private static function office( WP_REST_Request $request ) {
		$office = Piazza_Offices::find( (string) $request['office'] );
		return $office ?? Piazza_Rest::error( 404, 'not-found', __( 'Ufficio non trovato.', 'piazza' ) );
	}

	/**
	 * GET /offices/{id}/reasons.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function reasons( WP_REST_Request $request ): WP_REST_Response {
		$office = self::office( $request );
		if ( $office instanceof WP_REST_Response ) {
			return $office;
		}
		$items = array();
		foreach ( $office['reasons'] as $id => $label ) {
			$items[] = array(
				'id'    => $id,
				'label' => $label,
			);
		}
		return new WP_REST_Response( array( 'items' => $items ) );
	}

	/**
	 * Every slot of a month for an office (taken ones included), closures and holidays out.
	 *
	 * @param array<string, mixed> $office Office.
	 * @param string               $month  AAAA-MM.
	 * @return array<int, array{0: DateTimeImmutable, 1: DateTimeImmutable}>
	 */
	public static function schedule_slots( array $office, string $month ): array {
		try {
			$schedule = Piazza_Slots::parse_schedule( $office['schedule'] );
		} catch ( Piazza_Invalid $e ) {
			return array();
		}
		$closed = array();
		foreach ( array_merge( $office['closures'], (array) Piazza_Settings::get( 'closures' ) ) as $d ) {
			$closed[ (string) $d ] = true;
		}
		$closed += Piazza_Slots::holidays( (int) substr( $month, 0, 4 ), (string) Piazza_Settings::get( 'patron_day' ) );
		return Piazza_Slots::month( $schedule, $office['minutes'], $month, wp_timezone(), new DateTimeImmutable( 'now', wp_timezone() ), $closed );
	}

	/**
	 * How many places are taken per start (UTC Y-m-d H:i:s) between two instants.
	 *
	 * @param string            $office Office id.
	 * @param DateTimeImmutable $from   From.
	 * @param DateTimeImmutable $to     To.
	 * @return array<string, int>
	 */
	private static function taken( string $office, DateTimeImmutable $from, DateTimeImmutable $to ): array {
		global $wpdb;
		$table = Piazza_Install::tables()['bookings'];
		$utc   = new DateTimeZone( 'UTC' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT slot_start, COUNT(*) AS n FROM $table WHERE office_id = %s AND seat IS NOT NULL AND slot_start >= %s AND slot_start < %s GROUP BY slot_start", $office, $from->setTimezone( $utc )->format( 'Y-m-d H:i:s' ), $to->setTimezone( $utc )->format( 'Y-m-d H:i:s' ) ) );
		$out  = array();
		foreach ( $rows as $r ) {
			$out[ $r->slot_start ] = (int) $r->n;
		}
		return $out;
	}

	/**
	 * GET /offices/{id}/slots?month=AAAA-MM: the free slots, in time order.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function slots( WP_REST_Request $request ): WP_REST_Response {
		$office = self::office( $request );
		if ( $office instanceof WP_REST_Response ) {
			return $office;
		}
		$month = $request->get_param( 'month' );
		if ( ! is_string( $month ) || ! preg_match( '/^\d{4}-(0[1-9]|1[0-2])$/', $month ) ) {
			return Piazza_Rest::error( 422, 'invalid', __( 'month: scrivi il mese come AAAA-MM.', 'piazza' ) );
		}
		$all = self::schedule_slots( $office, $month );
		if ( ! $all ) {
			return new WP_REST_Response( array( 'items' => array() ) );
		}
		$taken = self::taken( $office['id'], $all[0][0], end( $all )[1] );
		$utc   = new DateTimeZone( 'UTC' );
		$items = array();
		foreach ( $all as [ $start, $end ] ) {
			if ( ( $taken[ $start->setTimezone( $utc )->format( 'Y-m-d H:i:s' ) ] ?? 0 ) >= $office['places'] ) {
				continue;
			}
			$items[] = array(
				'start' => $start->format( 'c' ),
				'end'   => $end->format( 'c' ),
			);
		}
		return new WP_REST_Response( array( 'items' => $items ) );
	}

	/**
	 * A booking row as the API answers it.
	 *
	 * @param object $row Row.
	 * @return array<string, mixed>
	 */
	private static function answer( $row ): array {
		return array(
			'code'      => $row->code,
			'officeId'  => $row->office_id,
			'slot'      => array(
				'start' => Piazza_Rest::iso( $row->slot_start ),
				'end'   => Piazza_Rest::iso( $row->slot_end ),
			),
			'createdAt' => Piazza_Rest::iso( $row->created_at ),
		);
	}

	/**
	 * The booking made with an Idempotency-Key, if any.
	 *
	 * @param string $key Key.
	 * @return object|null
	 */
	private static function by_key( string $key ) {
		global $wpdb;
		$table = Piazza_Install::tables()['bookings'];
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $table WHERE idempotency_key = %s", $key ) );
	}

	/**
	 * POST /bookings.
	 *
	 * @param WP_REST_Request $request Request.
	 * @throws Piazza_Invalid On invalid input.
	 */
	public static function create( WP_REST_Request $request ): WP_REST_Response {
		$key = (string) $request->get_header( 'idempotency_key' );
		if ( ! preg_match( '/^[A-Za-z0-9._:-]{8,128}$/', $key ) ) {
			return Piazza_Rest::error( 422, 'invalid', __( 'Idempotency-Key: serve un valore da 8 a 128 caratteri (lettere, cifre, . _ : -).', 'piazza' ) );
		}
		$previous = self::by_key( $key );
		if ( $previous ) {
			return new WP_REST_Response( self::answer( $previous ), 200 );
		}
		$body   = Piazza_Rest::body( $request );
		$known  = array( 'officeId', 'reasonId', 'details', 'slot', 'applicant' );
		$extra  = array_diff( array_keys( $body ), $known );
		if ( $extra ) {
			throw new Piazza_Invalid( 'body.' . reset( $extra ), 'campo non previsto' );
		}
		$office_id = Piazza_Validate::text( $body, 'officeId', '', 190 );
		$office    = Piazza_Offices::find( $office_id );
		if ( ! $office ) {
			throw new Piazza_Invalid( 'officeId', 'ufficio non trovato' );
		}
		$reason_id = Piazza_Validate::text( $body, 'reasonId', '', 190 );
		if ( ! isset( $office['reasons'][ $reason_id ] ) ) {
			throw new Piazza_Invalid( 'reasonId', 'motivo non previsto per questo ufficio' );
		}
		$details   = Piazza_Validate::text( $body, 'details', '', 200, false );
		$slot      = Piazza_Validate::object( $body['slot'] ?? null, 'slot' );
		$start     = Piazza_Validate::date_time( $slot['start'] ?? null, 'slot.start' );
		$end       = Piazza_Validate::date_time( $slot['end'] ?? null, 'slot.end' );
		$applicant = Piazza_Validate::object( $body['applicant'] ?? null, 'applicant' );
		$name      = Piazza_Validate::text( $applicant, 'name', 'applicant', 100 );
		$surname   = Piazza_Validate::text( $applicant, 'surname', 'applicant', 100 );
		$email     = Piazza_Validate::email( $applicant, 'email', 'applicant' );
		$phone     = Piazza_Validate::text( $applicant, 'phone', 'applicant', 40, false );
		if ( '' !== $phone && ! preg_match( '/^\+?[0-9 ().-]{5,40}$/', $phone ) ) {
			throw new Piazza_Invalid( 'applicant.phone', 'non è un numero di telefono' );
		}
		// The slot must be one the office offers (schedule, closures, holidays, in the future).
		$offered = false;
		foreach ( self::schedule_slots( $office, $start->setTimezone( wp_timezone() )->format( 'Y-m' ) ) as [ $s, $e ] ) {
			if ( $s->getTimestamp() === $start->getTimestamp() && $e->getTimestamp() === $end->getTimestamp() ) {
				$offered = true;
				break;
			}
		}
		if ( ! $offered ) {
			throw new Piazza_Invalid( 'slot', 'l’ufficio non riceve in questo orario' );
		}

		global $wpdb;
		$table = Piazza_Install::tables()['bookings'];
		$utc   = new DateTimeZone( 'UTC' );
		$row   = array(
			'office_id'       => $office['id'],
			'slot_start'      => $start->setTimezone( $utc )->format( 'Y-m-d H:i:s' ),
			'slot_end'        => $end->setTimezone( $utc )->format( 'Y-m-d H:i:s' ),
			'reason_id'       => $reason_id,
			'reason_label'    => $office['reasons'][ $reason_id ],
			'details'         => $details,
			'name'            => $name,
			'surname'         => $surname,
			'email'           => $email,
			'phone'           => $phone,
			'idempotency_key' => $key,
			'status'          => 'confirmed',
			'created_at'      => Piazza_Rest::now_utc(),
		);
		// Never let a failed query print or log the row (it holds personal data).
		$suppress = $wpdb->suppress_errors( true );
		try {
			for ( $seat = 1; $seat <= $office['places']; $seat++ ) {
				$row['seat'] = $seat;
				$row['code'] = 'PRN-' . gmdate( 'Y' ) . '-' . strtoupper( bin2hex( random_bytes( 4 ) ) );
				if ( $wpdb->insert( $table, $row ) ) {
					return new WP_REST_Response( self::answer( (object) $row ), 201 );
				}
				if ( ! str_contains( $wpdb->last_error, 'Duplicate' ) ) {
					return Piazza_Rest::error( 503, 'unavailable', __( 'Prenotazione non registrata: riprova tra poco.', 'piazza' ) );
				}
				if ( str_contains( $wpdb->last_error, 'idempotency_key' ) ) {
					// The same request, retried while the first was being stored.
					return new WP_REST_Response( self::answer( self::by_key( $key ) ), 200 );
				}
				if ( str_contains( $wpdb->last_error, "'code'" ) ) {
					--$seat; // A code clash (1 in 4 billion): try the same seat again.
				}
			}
		} finally {
			$wpdb->suppress_errors( $suppress );
		}
		return Piazza_Rest::error( 409, 'slot-taken', __( 'L’orario non è più disponibile: scegline un altro.', 'piazza' ) );
	}

	/**
	 * Bookings of an office on a day (local date), for the admin screen and the CSV.
	 *
	 * @param string $office Office id ('' for all).
	 * @param string $day    Y-m-d in the comune's time zone.
	 * @return array<int, object>
	 */
	public static function list( string $office, string $day ): array {
		global $wpdb;
		$table = Piazza_Install::tables()['bookings'];
		$utc   = new DateTimeZone( 'UTC' );
		$from  = ( new DateTimeImmutable( "$day 00:00:00", wp_timezone() ) )->setTimezone( $utc );
		$to    = $from->modify( '+1 day' );
		$sql   = "SELECT * FROM $table WHERE slot_start >= %s AND slot_start < %s";
		$args  = array( $from->format( 'Y-m-d H:i:s' ), $to->format( 'Y-m-d H:i:s' ) );
		if ( '' !== $office ) {
			$sql   .= ' AND office_id = %s';
			$args[] = $office;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared
		return $wpdb->get_results( $wpdb->prepare( $sql . ' ORDER BY slot_start, office_id', $args ) );
	}

	/**
	 * Cancels a booking: its place is free again (seat NULL), the row stays as a record.
	 *
	 * @param int $id Booking id.
	 */
	public static function cancel( int $id ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return (bool) $wpdb->update(
			Piazza_Install::tables()['bookings'],
			array(
				'status' => 'cancelled',
				'seat'   => null,
			),
			array( 'id' => $id )
		);
	}
}
