<?php
/**
 * Validation of untrusted input and the primary colour's contrast rule.
 *
 * @package Piazza
 */

use PHPUnit\Framework\TestCase;

/**
 * Piazza_Validate and Piazza_Settings::contrast_with_white.
 */
final class ValidateTest extends TestCase {

	private function refused( callable $f ): Piazza_Invalid {
		try {
			$f();
		} catch ( Piazza_Invalid $e ) {
			return $e;
		}
		$this->fail( 'accepted' );
	}

	public function test_text_fields(): void {
		$this->assertSame( 'Maria', Piazza_Validate::text( array( 'name' => '  Maria ' ), 'name', 'applicant', 100 ) );
		$this->assertSame( '', Piazza_Validate::text( array(), 'phone', 'applicant', 40, false ) );
		$this->assertSame( 'applicant.name', $this->refused( fn() => Piazza_Validate::text( array( 'name' => '' ), 'name', 'applicant', 100 ) )->field );
		$this->assertStringContainsString( 'testo', $this->refused( fn() => Piazza_Validate::text( array( 'name' => 42 ), 'name', 'applicant', 100 ) )->getMessage() );
		$this->assertStringContainsString( '100', $this->refused( fn() => Piazza_Validate::text( array( 'name' => str_repeat( 'à', 101 ) ), 'name', 'applicant', 100 ) )->getMessage() );
		$this->assertStringContainsString( 'HTML', $this->refused( fn() => Piazza_Validate::text( array( 'd' => 'ciao <script>x</script>' ), 'd', '', 200 ) )->getMessage() );
		$this->assertStringContainsString( 'controllo', $this->refused( fn() => Piazza_Validate::text( array( 'd' => "a\x00b" ), 'd', '', 200 ) )->getMessage() );
		$this->assertStringContainsString( 'UTF-8', $this->refused( fn() => Piazza_Validate::text( array( 'd' => "\xC3\x28" ), 'd', '', 200 ) )->getMessage() );
		// "a < b" is not HTML: ordinary text stays possible.
		$this->assertSame( 'a < b, 3 > 2', Piazza_Validate::text( array( 'd' => 'a < b, 3 > 2' ), 'd', '', 200 ) );
	}

	public function test_dates(): void {
		$this->assertSame( 1770192000, Piazza_Validate::date_time( '2026-02-04T09:00:00+01:00', 's' )->getTimestamp() );
		$this->assertSame( 1770192000, Piazza_Validate::date_time( '2026-02-04T08:00Z', 's' )->getTimestamp() );
		foreach ( array( '2026-02-31T09:00:00+01:00', '2026-02-04 09:00:00', '2026-02-04T09:00:00', '2026-02-04T24:00:00Z', 42 ) as $bad ) {
			$this->assertSame( 'slot.start', $this->refused( fn() => Piazza_Validate::date_time( $bad, 'slot.start' ) )->field );
		}
		$this->assertTrue( Piazza_Validate::is_date( '2024-02-29' ) );
		$this->assertFalse( Piazza_Validate::is_date( '2026-02-29' ) );
	}

	public function test_email_and_objects(): void {
		$this->assertSame( 'a@b.it', Piazza_Validate::email( array( 'email' => 'a@b.it' ), 'email', 'applicant' ) );
		$this->assertSame( 'applicant.email', $this->refused( fn() => Piazza_Validate::email( array( 'email' => 'a@' ), 'email', 'applicant' ) )->field );
		$this->assertSame( 'slot', $this->refused( fn() => Piazza_Validate::object( array( 1, 2 ), 'slot' ) )->field );
		$this->assertSame( 'slot', $this->refused( fn() => Piazza_Validate::object( 'x', 'slot' ) )->field );
	}

	public function test_primary_colour_contrast_rule(): void {
		// Bootstrap Italia's primary #0066CC carries white text at 5.57:1.
		$this->assertEqualsWithDelta( 5.57, Piazza_Settings::contrast_with_white( '#0066CC' ), 0.01 );
		$this->assertEqualsWithDelta( 21.0, Piazza_Settings::contrast_with_white( '#000000' ), 0.01 );
		$this->assertLessThan( 4.5, Piazza_Settings::contrast_with_white( '#66B2FF' ) );
	}
}
