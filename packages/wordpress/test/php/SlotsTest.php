<?php
/**
 * Slot logic: weekly schedule, closures, national holidays (Easter Monday included), the past.
 *
 * @package Piazza
 */

use PHPUnit\Framework\TestCase;

/**
 * Piazza_Slots.
 */
final class SlotsTest extends TestCase {

	private DateTimeZone $tz;

	protected function setUp(): void {
		$this->tz = new DateTimeZone( 'Europe/Rome' );
	}

	private function starts( array $slots ): array {
		return array_map( static fn( $s ) => $s[0]->format( 'Y-m-d H:i' ), $slots );
	}

	public function test_easter_dates(): void {
		$this->assertSame( '2024-03-31', Piazza_Slots::easter( 2024 ) );
		$this->assertSame( '2025-04-20', Piazza_Slots::easter( 2025 ) );
		$this->assertSame( '2026-04-05', Piazza_Slots::easter( 2026 ) );
		$this->assertSame( '2027-03-28', Piazza_Slots::easter( 2027 ) );
	}

	public function test_a_month_of_slots_follows_the_schedule(): void {
		$schedule = Piazza_Slots::parse_schedule(
			array(
				array( 'days' => array( 'lunedì', 'mercoledì' ), 'from' => '09:00', 'to' => '10:00' ),
				array( 'days' => array( 'giovedì' ), 'from' => '15:00', 'to' => '16:15' ),
			)
		);
		$now   = new DateTimeImmutable( '2026-01-01 00:00', $this->tz );
		$slots = $this->starts( Piazza_Slots::month( $schedule, 30, '2026-02', $this->tz, $now, array() ) );
		// February 2026: Mondays 2, 9, 16, 23; Wednesdays 4, 11, 18, 25; Thursdays 5, 12, 19, 26.
		$this->assertCount( 8 * 2 + 4 * 2, $slots );
		$this->assertSame( '2026-02-02 09:00', $slots[0] );
		$this->assertSame( '2026-02-02 09:30', $slots[1] );
		$this->assertContains( '2026-02-05 15:30', $slots );
		$this->assertNotContains( '2026-02-05 16:00', $slots, 'a slot that ends after the closing time' );
		$this->assertSame( $slots, array_values( array_unique( $slots ) ) );
		$sorted = $slots;
		sort( $sorted );
		$this->assertSame( $sorted, $slots, 'slots are in time order' );
	}

	public function test_closures_holidays_and_the_past_are_excluded(): void {
		$schedule = Piazza_Slots::parse_schedule( array( array( 'days' => array_keys( Piazza_Slots::DAYS ), 'from' => '09:00', 'to' => '09:30' ) ) );
		$now      = new DateTimeImmutable( '2026-04-02 12:00', $this->tz );
		$closed   = array( '2026-04-15' => true ) + Piazza_Slots::holidays( 2026, '04-20' );
		$days     = array_map( static fn( $s ) => substr( $s, 0, 10 ), $this->starts( Piazza_Slots::month( $schedule, 30, '2026-04', $this->tz, $now, $closed ) ) );
		$this->assertNotContains( '2026-04-01', $days, 'the past' );
		$this->assertNotContains( '2026-04-02', $days, 'today, already past 09:00' );
		$this->assertContains( '2026-04-03', $days );
		$this->assertNotContains( '2026-04-06', $days, 'Easter Monday' );
		$this->assertNotContains( '2026-04-15', $days, 'a closure' );
		$this->assertNotContains( '2026-04-20', $days, 'the patron day' );
		$this->assertNotContains( '2026-04-25', $days, 'Liberation Day' );
		$this->assertCount( 30 - 2 - 4, $days );
	}

	public function test_daylight_saving_change_keeps_local_times_and_offsets(): void {
		$schedule = Piazza_Slots::parse_schedule( array( array( 'days' => array( 'domenica', 'lunedì' ), 'from' => '09:00', 'to' => '09:30' ) ) );
		$now      = new DateTimeImmutable( '2026-03-01 00:00', $this->tz );
		$slots    = Piazza_Slots::month( $schedule, 30, '2026-03', $this->tz, $now, array() );
		$iso      = array_map( static fn( $s ) => $s[0]->format( 'c' ), $slots );
		$this->assertContains( '2026-03-23T09:00:00+01:00', $iso );
		$this->assertContains( '2026-03-30T09:00:00+02:00', $iso );
	}

	/**
	 * @dataProvider bad_schedules
	 */
	public function test_a_bad_schedule_names_the_field( $schedule, string $field ): void {
		try {
			Piazza_Slots::parse_schedule( $schedule );
			$this->fail( 'accepted' );
		} catch ( Piazza_Invalid $e ) {
			$this->assertSame( $field, $e->field );
		}
	}

	public static function bad_schedules(): array {
		return array(
			'not a list'    => array( 'lunedì 9-12', 'schedule' ),
			'no days'       => array( array( array( 'days' => array(), 'from' => '09:00', 'to' => '10:00' ) ), 'schedule[0].days' ),
			'unknown day'   => array( array( array( 'days' => array( 'monday' ), 'from' => '09:00', 'to' => '10:00' ) ), 'schedule[0].days' ),
			'bad time'      => array( array( array( 'days' => array( 'lunedì' ), 'from' => '9', 'to' => '10:00' ) ), 'schedule[0].from' ),
			'25 o’clock'    => array( array( array( 'days' => array( 'lunedì' ), 'from' => '09:00', 'to' => '25:00' ) ), 'schedule[0].to' ),
			'ends too soon' => array( array( array( 'days' => array( 'lunedì' ), 'from' => '10:00', 'to' => '09:00' ) ), 'schedule[0].to' ),
		);
	}
}
