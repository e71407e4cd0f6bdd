<?php
/**
 * Checks of untrusted input (no WordPress needed: unit-tested with PHPUnit).
 *
 * @package Piazza
 */

/**
 * A refused input: `field` names where, the message says what is wrong (Italian).
 */
class Piazza_Invalid extends Exception {

	/**
	 * The field at fault, e.g. `applicant.email`.
	 *
	 * @var string
	 */
	public string $field;

	/**
	 * Constructor.
	 *
	 * @param string $field   Field path.
	 * @param string $message What is wrong.
	 */
	public function __construct( string $field, string $message ) {
		parent::__construct( "$field: $message" );
		$this->field = $field;
	}
}

/**
 * Validation helpers.
 */
final class Piazza_Validate {

	const ISO_DATE_TIME = '/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/';

	/**
	 * A text field: a string, trimmed, within `max` characters, without HTML or control characters.
	 *
	 * @param array<string, mixed> $o        Object.
	 * @param string               $key      Key.
	 * @param string               $at       Path of the object.
	 * @param int                  $max      Maximum length in characters.
	 * @param bool                 $required Whether it must be non-empty.
	 * @throws Piazza_Invalid When it is not.
	 */
	public static function text( array $o, string $key, string $at, int $max, bool $required = true ): string {
		$field = ltrim( "$at.$key", '.' );
		$v     = $o[ $key ] ?? null;
		if ( null === $v && ! $required ) {
			return '';
		}
		if ( ! is_string( $v ) ) {
			throw new Piazza_Invalid( $field, 'deve essere un testo' );
		}
		if ( ! mb_check_encoding( $v, 'UTF-8' ) ) {
			throw new Piazza_Invalid( $field, 'non è testo UTF-8 valido' );
		}
		$v = trim( $v );
		if ( $required && '' === $v ) {
			throw new Piazza_Invalid( $field, 'è obbligatorio' );
		}
		if ( mb_strlen( $v ) > $max ) {
			throw new Piazza_Invalid( $field, "è più lungo di $max caratteri" );
		}
		if ( preg_match( '/<[a-z!\/?]/i', $v ) ) {
			throw new Piazza_Invalid( $field, 'non può contenere codice HTML' );
		}
		if ( preg_match( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', $v ) ) {
			throw new Piazza_Invalid( $field, 'contiene caratteri di controllo' );
		}
		return $v;
	}

	/**
	 * Whether `$v` is a real calendar date AAAA-MM-GG.
	 *
	 * @param mixed $v Value.
	 */
	public static function is_date( $v ): bool {
		return is_string( $v ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $v, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}

	/**
	 * An ISO 8601 date and time with an explicit offset that exists on the calendar.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @throws Piazza_Invalid When it is not.
	 */
	public static function date_time( $v, string $field ): DateTimeImmutable {
		if ( ! is_string( $v ) || ! preg_match( self::ISO_DATE_TIME, $v, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) || (int) $m[4] > 23 || (int) $m[5] > 59 ) {
			throw new Piazza_Invalid( $field, 'deve essere una data e ora ISO 8601 con fuso orario (es. 2026-02-04T09:00:00+01:00)' );
		}
		return new DateTimeImmutable( $v );
	}

	/**
	 * An email address (the shape WordPress's is_email accepts, checked without WordPress).
	 *
	 * @param array<string, mixed> $o        Object.
	 * @param string               $key      Key.
	 * @param string               $at       Path of the object.
	 * @param bool                 $required Whether it must be there.
	 * @throws Piazza_Invalid When it is not.
	 */
	public static function email( array $o, string $key, string $at, bool $required = true ): string {
		$v = self::text( $o, $key, $at, 254, $required );
		if ( '' !== $v && ! filter_var( $v, FILTER_VALIDATE_EMAIL ) ) {
			throw new Piazza_Invalid( ltrim( "$at.$key", '.' ), 'non è un indirizzo email valido' );
		}
		return $v;
	}

	/**
	 * An object (JSON `{}`) at `field`.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @throws Piazza_Invalid When it is not.
	 * @return array<string, mixed>
	 */
	public static function object( $v, string $field ): array {
		if ( ! is_array( $v ) || ( array() !== $v && array_is_list( $v ) ) ) {
			throw new Piazza_Invalid( $field, 'deve essere un oggetto' );
		}
		return $v;
	}
}
