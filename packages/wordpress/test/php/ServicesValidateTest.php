<?php
/**
 * Validation of the online services' input: requests, drafts, requests for assistance and the
 * identity gateway's answer.
 *
 * @package Piazza
 */

use PHPUnit\Framework\TestCase;

/**
 * Piazza_Services_Validate.
 */
final class ServicesValidateTest extends TestCase {

	private function refused( callable $f ): Piazza_Invalid {
		try {
			$f();
		} catch ( Piazza_Invalid $e ) {
			return $e;
		}
		$this->fail( 'accepted' );
	}

	private function submission( array $changes ): array {
		return array_merge(
			array(
				'serviceId'   => 'permesso-ztl',
				'serviceName' => 'Permesso ZTL',
				'values'      => array( 'targa' => 'AB123CD' ),
			),
			$changes
		);
	}

	public function test_values_of_every_kind_pass_and_are_trimmed(): void {
		$file = array(
			'id'   => 'file-1',
			'name' => 'libretto.pdf',
			'size' => 1200,
			'type' => 'application/pdf',
		);
		$in   = array(
			'privacy'        => true,
			'targa'          => ' AB123CD ',
			'giorni'         => array( 'lunedì', 'martedì' ),
			'libretto'       => array( $file ),
			'avviso:amount'  => '3000',
			'nota'           => 'a < b',
		);
		$out  = Piazza_Services_Validate::values( $in );
		$this->assertSame( 'AB123CD', $out['targa'] );
		$this->assertSame( array( $file ), $out['libretto'] );
		$this->assertTrue( $out['privacy'] );
		$this->assertSame( array(), Piazza_Services_Validate::values( array() ) );
	}

	public function test_values_refuse_wrong_types_html_and_sizes_naming_the_field(): void {
		$cases = array(
			'values'          => 'una stringa',
			'values.n'        => array( 'n' => 3 ),
			'values.o'        => array( 'o' => array( 'a' => 1 ) ),
			'values.t'        => array( 't' => '<script>alert(1)</script>' ),
			'values.l'        => array( 'l' => str_repeat( 'x', 2001 ) ),
			'values.many'     => array( 'many' => array_fill( 0, 21, 'x' ) ),
			'values.f[0].size' => array(
				'f' => array(
					array(
						'id'   => 'a',
						'name' => 'b',
						'size' => '12',
						'type' => '',
					),
				),
			),
			'values.<b>'      => array( '<b>' => 'x' ),
		);
		foreach ( $cases as $field => $values ) {
			$e = $this->refused( fn() => Piazza_Services_Validate::values( $values ) );
			$this->assertStringStartsWith( $field, $e->field, json_encode( $values ) );
		}
		$this->assertStringContainsString( 'HTML', $this->refused( fn() => Piazza_Services_Validate::values( array( 't' => '<a href=x>' ) ) )->getMessage() );
		$this->assertStringContainsString( '60', $this->refused( fn() => Piazza_Services_Validate::values( array_fill_keys( array_map( fn( $i ) => "f$i", range( 1, 61 ) ), 'x' ) ) )->getMessage() );
	}

	public function test_submission(): void {
		$ok = Piazza_Services_Validate::submission( $this->submission( array( 'draftId' => 'abc', 'paymentId' => null ) ) );
		$this->assertSame( 'permesso-ztl', $ok['serviceId'] );
		$this->assertSame( 'abc', $ok['draftId'] );
		$this->assertSame( '', $ok['paymentId'] );
		$this->assertSame( 'serviceId', $this->refused( fn() => Piazza_Services_Validate::submission( $this->submission( array( 'serviceId' => '../x' ) ) ) )->field );
		$this->assertSame( 'serviceName', $this->refused( fn() => Piazza_Services_Validate::submission( $this->submission( array( 'serviceName' => "a\nb" ) ) ) )->field );
		$this->assertSame( 'body.role', $this->refused( fn() => Piazza_Services_Validate::submission( $this->submission( array( 'role' => 'admin' ) ) ) )->field );
		$no_values = $this->submission( array() );
		unset( $no_values['values'] );
		$this->assertSame( 'values', $this->refused( fn() => Piazza_Services_Validate::submission( $no_values ) )->field );
	}

	public function test_draft_steps(): void {
		$d = Piazza_Services_Validate::draft( $this->submission( array( 'step' => 'recap', 'id' => 'x', 'savedAt' => 'y' ) ) );
		$this->assertSame( 'recap', $d['step'] );
		$this->assertSame( 'step', $this->refused( fn() => Piazza_Services_Validate::draft( $this->submission( array( 'step' => 'pagamento' ) ) ) )->field );
	}

	public function test_idempotency_key(): void {
		$this->assertSame( 'abc-123', Piazza_Services_Validate::idempotency_key( 'abc-123' ) );
		foreach ( array( null, '', str_repeat( 'k', 201 ), "a\nb", 'con spazio' ) as $bad ) {
			$this->assertSame( 'Idempotency-Key', $this->refused( fn() => Piazza_Services_Validate::idempotency_key( $bad ) )->field );
		}
	}

	public function test_assistance(): void {
		$ok = array(
			'name'            => 'Luca',
			'surname'         => 'Rossi',
			'email'           => 'luca@example.com',
			'categoryId'      => 'Tributi',
			'message'         => 'Una domanda',
			'privacyAccepted' => true,
		);
		$this->assertSame( 'Tributi', Piazza_Services_Validate::assistance( $ok )['category_id'] );
		$cases = array(
			'privacyAccepted' => array( 'privacyAccepted' => 'true' ),
			'email'           => array( 'email' => 'no' ),
			'message'         => array( 'message' => str_repeat( 'x', 601 ) ),
			'name'            => array( 'name' => "Luca\r\nBcc: x@y.z" ),
			'surname'         => array( 'surname' => 7 ),
			'body.extra'      => array( 'extra' => 1 ),
		);
		foreach ( $cases as $field => $change ) {
			$this->assertSame( $field, $this->refused( fn() => Piazza_Services_Validate::assistance( array_merge( $ok, $change ) ) )->field );
		}
	}

	public function test_citizen_from_the_gateway(): void {
		$c = Piazza_Services_Validate::citizen(
			array(
				'fiscalCode' => 'bncmra80a41h501x',
				'name'       => 'Maria',
				'surname'    => 'Bianchi',
				'email'      => 'non una mail',
				'method'     => 'spid',
			)
		);
		$this->assertSame( 'BNCMRA80A41H501X', $c['fiscalCode'] );
		$this->assertSame( '', $c['email'] );
		$this->assertSame( 'me.fiscalCode', $this->refused( fn() => Piazza_Services_Validate::citizen( array( 'fiscalCode' => 'x', 'method' => 'spid' ) ) )->field );
		$this->assertSame( 'me.method', $this->refused( fn() => Piazza_Services_Validate::citizen( array( 'fiscalCode' => 'BNCMRA80A41H501X', 'method' => 'password' ) ) )->field );
	}

	public function test_only_the_gateway_cookies_leave_wordpress(): void {
		$this->assertSame(
			'gw_session=abc; lang=it',
			Piazza_Identity::forwarded_cookies( 'wordpress_logged_in_123=admin%7C1; gw_session=abc; wp-settings-1=x; wordpress_test_cookie=WP; lang=it; wp_lang=it' )
		);
		$this->assertSame( '', Piazza_Identity::forwarded_cookies( '' ) );
	}
}
