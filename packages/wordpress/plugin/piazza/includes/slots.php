<?php
/**
 * Free appointment slots of an office, from its weekly schedule, its closures and the holidays
 * (no WordPress needed: unit-tested with PHPUnit).
 *
 * @package Piazza
 */

/**
 * Slot arithmetic.
 */
final class Piazza_Slots {

	const DAYS = array(
		'lunedì'    => 1,
		'martedì'   => 2,
		'mercoledì' => 3,
		'giovedì'   => 4,
		'venerdì'   => 5,
		'sabato'    => 6,
		'domenica'  => 7,
	);

	/**
	 * Easter Sunday of a year (anonymous Gregorian algorithm), as Y-m-d.
	 *
	 * @param int $y Year.
	 */
	public static function easter( int $y ): string {
		$a = $y % 19;
		$b = intdiv( $y, 100 );
		$c = $y % 100;
		$d = intdiv( $b, 4 );
		$e = $b % 4;
		$f = intdiv( $b + 8, 25 );
		$g = intdiv( $b - $f + 1, 3 );
		$h = ( 19 * $a + $b - $d - $g + 15 ) % 30;
		$i = intdiv( $c, 4 );
		$k = $c % 4;
		$l = ( 32 + 2 * $e + 2 * $i - $h - $k ) % 7;
		$m = intdiv( $a + 11 * $h + 22 * $l, 451 );
		$month = intdiv( $h + $l - 7 * $m + 114, 31 );
		$day   = ( ( $h + $l - 7 * $m + 114 ) % 31 ) + 1;
		return sprintf( '%04d-%02d-%02d', $y, $month, $day );
	}

	/**
	 * The national holidays of a year (Italy), plus the patron day (MM-DD) when given.
	 *
	 * @param int    $y      Year.
	 * @param string $patron Patron day, MM-DD, or ''.
	 * @return array<string, true> Dates Y-m-d.
	 */
	public static function holidays( int $y, string $patron = '' ): array {
		$days = array( '01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26' );
		if ( '' !== $patron ) {
			$days[] = $patron;
		}
		$out = array();
		foreach ( $days as $d ) {
			$out[ "$y-$d" ] = true;
		}
		$monday                                         = ( new DateTimeImmutable( self::easter( $y ) ) )->modify( '+1 day' );
		$out[ $monday->format( 'Y-m-d' ) ]              = true;
		return $out;
	}

	/**
	 * Checks a weekly schedule: a list of { days: [giorni], from: 'HH:MM', to: 'HH:MM' }.
	 *
	 * @param mixed $schedule Schedule.
	 * @throws Piazza_Invalid On the first wrong entry.
	 * @return array<int, array{days: array<int, int>, from: int, to: int}> Days as ISO numbers, times in minutes.
	 */
	public static function parse_schedule( $schedule ): array {
		if ( ! is_array( $schedule ) || ! array_is_list( $schedule ) ) {
			throw new Piazza_Invalid( 'schedule', 'deve essere un elenco di fasce orarie' );
		}
		$out = array();
		foreach ( $schedule as $i => $entry ) {
			$at = "schedule[$i]";
			if ( ! is_array( $entry ) || ! is_array( $entry['days'] ?? null ) || array() === $entry['days'] ) {
				throw new Piazza_Invalid( "$at.days", 'serve almeno un giorno' );
			}
			$days = array();
			foreach ( $entry['days'] as $day ) {
				if ( ! is_string( $day ) || ! isset( self::DAYS[ mb_strtolower( $day ) ] ) ) {
					throw new Piazza_Invalid( "$at.days", 'i giorni sono lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica' );
				}
				$days[] = self::DAYS[ mb_strtolower( $day ) ];
			}
			$from = self::minutes( $entry['from'] ?? null, "$at.from" );
			$to   = self::minutes( $entry['to'] ?? null, "$at.to" );
			if ( $to <= $from ) {
				throw new Piazza_Invalid( "$at.to", 'deve venire dopo l’inizio' );
			}
			$out[] = array(
				'days' => $days,
				'from' => $from,
				'to'   => $to,
			);
		}
		return $out;
	}

	/**
	 * Minutes after midnight of 'HH:MM'.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @throws Piazza_Invalid When it is not a time.
	 */
	private static function minutes( $v, string $field ): int {
		if ( ! is_string( $v ) || ! preg_match( '/^([01]\d|2[0-3]):([0-5]\d)$/', $v, $m ) ) {
			throw new Piazza_Invalid( $field, 'deve essere un orario HH:MM' );
		}
		return (int) $m[1] * 60 + (int) $m[2];
	}

	/**
	 * Every slot of a month, in time order: the schedule's days, minus closures and holidays, minus
	 * what is not after `now`. Each slot is [start, end].
	 *
	 * @param array<int, array{days: array<int, int>, from: int, to: int}> $schedule Parsed schedule.
	 * @param int                                                          $length   Minutes per slot.
	 * @param string                                                       $month    AAAA-MM.
	 * @param DateTimeZone                                                 $tz       The comune's time zone.
	 * @param DateTimeImmutable                                            $now      Now.
	 * @param array<string, true>                                          $closed   Dates Y-m-d without appointments.
	 * @return array<int, array{0: DateTimeImmutable, 1: DateTimeImmutable}>
	 */
	public static function month( array $schedule, int $length, string $month, DateTimeZone $tz, DateTimeImmutable $now, array $closed ): array {
		$day   = new DateTimeImmutable( "$month-01 00:00:00", $tz );
		$slots = array();
		$year  = (int) $day->format( 'Y' );
		$closed += self::holidays( $year );
		while ( $day->format( 'Y-m' ) === $month ) {
			$date = $day->format( 'Y-m-d' );
			$dow  = (int) $day->format( 'N' );
			if ( ! isset( $closed[ $date ] ) ) {
				$starts = array();
				foreach ( $schedule as $entry ) {
					if ( ! in_array( $dow, $entry['days'], true ) ) {
						continue;
					}
					for ( $m = $entry['from']; $m + $length <= $entry['to']; $m += $length ) {
						$starts[ $m ] = true;
					}
				}
				ksort( $starts );
				foreach ( array_keys( $starts ) as $m ) {
					$start = new DateTimeImmutable( sprintf( '%s %02d:%02d:00', $date, intdiv( $m, 60 ), $m % 60 ), $tz );
					if ( $start <= $now ) {
						continue;
					}
					$slots[] = array( $start, $start->modify( "+$length minutes" ) );
				}
			}
			$day = $day->modify( '+1 day' );
		}
		return $slots;
	}
}
