<?php
/**
 * The office edit screen's schedule box: "lunedì, mercoledì 09:00-12:30", one range per line.
 *
 * @package Piazza
 */

use PHPUnit\Framework\TestCase;

/**
 * Piazza_Offices::parse_schedule_text.
 */
final class OfficeScheduleTest extends TestCase {

	public function test_lines_become_the_model_schedule(): void {
		$this->assertSame(
			array(
				array(
					'days' => array( 'lunedì', 'mercoledì' ),
					'from' => '09:00',
					'to'   => '12:30',
				),
				array(
					'days' => array( 'giovedì' ),
					'from' => '15:00',
					'to'   => '17:30',
				),
			),
			Piazza_Offices::parse_schedule_text( "Lunedì, mercoledì 09:00-12:30\n\n giovedì 15:00 - 17:30 " )
		);
		$this->assertSame( array( 'martedì', 'venerdì' ), Piazza_Offices::parse_schedule_text( 'martedì e venerdì 08:30-10:00' )[0]['days'] );
	}

	public function test_a_wrong_line_is_refused_naming_it(): void {
		foreach ( array( 'lunedì dalle 9 alle 12' => 'schedule[0]', "lunedì 09:00-12:00\nmonday 09:00-12:00" => 'schedule[1].days', 'lunedì 12:00-09:00' => 'schedule[0].to' ) as $text => $field ) {
			try {
				Piazza_Offices::parse_schedule_text( $text );
				$this->fail( "accepted: $text" );
			} catch ( Piazza_Invalid $e ) {
				$this->assertSame( $field, $e->field, $text );
			}
		}
	}
}
