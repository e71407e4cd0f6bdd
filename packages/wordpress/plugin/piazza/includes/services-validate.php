<?php
/**
 * Checks of the online services' input (docs/applications-api.yaml, docs/assistance-api.yaml):
 * pure PHP, no WordPress (unit-tested with PHPUnit).
 *
 * @package Piazza
 */

/**
 * Validation of requests, drafts and requests for assistance.
 */
final class Piazza_Services_Validate {

	/** At most this many fields in a request's values. */
	const MAX_FIELDS = 60;
	/** A text value of a field: at most this many characters. */
	const MAX_VALUE = 2000;
	/** A list value (choices, files): at most this many items. */
	const MAX_ITEMS = 20;
	/** The steps a draft can be saved at. */
	const STEPS = array( 'privacy', 'personal', 'specific', 'payment', 'recap' );

	/**
	 * The id of a service or of a field: letters, digits, `-`, `_`.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @param int    $max   Maximum length.
	 * @throws Piazza_Invalid When it is not.
	 */
	public static function slug( $v, string $field, int $max = 190 ): string {
		if ( ! is_string( $v ) || ! preg_match( '/^[A-Za-z0-9][A-Za-z0-9_-]*$/', $v ) || strlen( $v ) > $max ) {
			throw new Piazza_Invalid( $field, "deve essere un identificativo di lettere, cifre, - e _ (al massimo $max caratteri)" );
		}
		return $v;
	}

	/**
	 * Refuses keys the contract does not have.
	 *
	 * @param array<string, mixed> $o       Object.
	 * @param array<int, string>   $allowed Keys allowed.
	 * @param string               $at      Path of the object.
	 * @throws Piazza_Invalid On the first unknown key.
	 */
	public static function only( array $o, array $allowed, string $at ): void {
		$extra = array_diff( array_keys( $o ), $allowed );
		if ( $extra ) {
			throw new Piazza_Invalid( ltrim( $at . '.' . reset( $extra ), '.' ), 'campo non previsto' );
		}
	}

	/**
	 * A file already uploaded, as the contract's UploadedFile.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @throws Piazza_Invalid When it is not.
	 * @return array{id: string, name: string, size: int, type: string}
	 */
	public static function uploaded_file( $v, string $field ): array {
		$o = Piazza_Validate::object( $v, $field );
		self::only( $o, array( 'id', 'name', 'size', 'type' ), $field );
		if ( ! is_int( $o['size'] ?? null ) || $o['size'] < 0 ) {
			throw new Piazza_Invalid( "$field.size", 'deve essere un numero intero di byte' );
		}
		return array(
			'id'   => self::slug( $o['id'] ?? null, "$field.id", 64 ),
			'name' => Piazza_Validate::text( $o, 'name', $field, 200 ),
			'size' => $o['size'],
			'type' => Piazza_Validate::text( $o, 'type', $field, 100, false ),
		);
	}

	/**
	 * The values of a request (schema Values): by field name, a text, a yes/no, a list of texts or
	 * a list of uploaded files.
	 *
	 * @param mixed  $v     Value.
	 * @param string $field Field path.
	 * @throws Piazza_Invalid On the first value that is not.
	 * @return array<string, mixed>
	 */
	public static function values( $v, string $field = 'values' ): array {
		if ( array() === $v ) {
			return array();
		}
		$o = Piazza_Validate::object( $v, $field );
		if ( count( $o ) > self::MAX_FIELDS ) {
			throw new Piazza_Invalid( $field, 'ha più di ' . self::MAX_FIELDS . ' campi' );
		}
		$out = array();
		foreach ( $o as $name => $value ) {
			$at = "$field.$name";
			if ( ! preg_match( '/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/', (string) $name ) ) {
				throw new Piazza_Invalid( $at, 'il nome del campo deve essere di lettere, cifre, -, _, . e : (al massimo 64 caratteri)' );
			}
			if ( is_bool( $value ) ) {
				$out[ $name ] = $value;
			} elseif ( is_string( $value ) ) {
				$out[ $name ] = Piazza_Validate::text( $o, (string) $name, $field, self::MAX_VALUE, false );
			} elseif ( is_array( $value ) && array_is_list( $value ) ) {
				if ( count( $value ) > self::MAX_ITEMS ) {
					throw new Piazza_Invalid( $at, 'ha più di ' . self::MAX_ITEMS . ' elementi' );
				}
				$items = array();
				foreach ( $value as $i => $item ) {
					$items[] = is_string( $item )
						? Piazza_Validate::text( $value, $i, $at, 500, false )
						: self::uploaded_file( $item, "{$at}[$i]" );
				}
				$out[ $name ] = $items;
			} else {
				throw new Piazza_Invalid( $at, 'deve essere un testo, un sì/no, un elenco di testi o di file' );
			}
		}
		return $out;
	}

	/**
	 * The body of POST /applications.
	 *
	 * @param array<string, mixed> $b Body.
	 * @throws Piazza_Invalid When it does not follow the contract.
	 * @return array{serviceId: string, serviceName: string, values: array<string, mixed>, paymentId: string, draftId: string}
	 */
	public static function submission( array $b ): array {
		self::only( $b, array( 'serviceId', 'serviceName', 'values', 'paymentId', 'draftId' ), 'body' );
		if ( ! array_key_exists( 'values', $b ) ) {
			throw new Piazza_Invalid( 'values', 'è obbligatorio' );
		}
		return array(
			'serviceId'   => self::slug( $b['serviceId'] ?? null, 'serviceId' ),
			'serviceName' => self::line( $b, 'serviceName', 300 ),
			'values'      => self::values( $b['values'] ),
			'paymentId'   => null === ( $b['paymentId'] ?? null ) ? '' : self::slug( $b['paymentId'], 'paymentId', 190 ),
			'draftId'     => null === ( $b['draftId'] ?? null ) ? '' : self::slug( $b['draftId'], 'draftId', 64 ),
		);
	}

	/**
	 * The body of POST /drafts and PUT /drafts/{id} (DraftInput; `id` and the dates the client may
	 * echo back are ignored).
	 *
	 * @param array<string, mixed> $b Body.
	 * @throws Piazza_Invalid When it does not follow the contract.
	 * @return array{serviceId: string, serviceName: string, step: string, values: array<string, mixed>}
	 */
	public static function draft( array $b ): array {
		self::only( $b, array( 'id', 'serviceId', 'serviceName', 'step', 'values', 'savedAt', 'expiresAt' ), 'body' );
		if ( ! array_key_exists( 'values', $b ) ) {
			throw new Piazza_Invalid( 'values', 'è obbligatorio' );
		}
		$step = $b['step'] ?? null;
		if ( ! is_string( $step ) || ! in_array( $step, self::STEPS, true ) ) {
			throw new Piazza_Invalid( 'step', 'deve essere uno dei passi: ' . implode( ', ', self::STEPS ) );
		}
		return array(
			'serviceId'   => self::slug( $b['serviceId'] ?? null, 'serviceId' ),
			'serviceName' => self::line( $b, 'serviceName', 300 ),
			'step'        => $step,
			'values'      => self::values( $b['values'] ),
		);
	}

	/**
	 * An Idempotency-Key header: 1 to 200 visible ASCII characters.
	 *
	 * @param mixed $v Header value.
	 * @throws Piazza_Invalid When it is missing or not.
	 */
	public static function idempotency_key( $v ): string {
		if ( ! is_string( $v ) || ! preg_match( '/^[\x21-\x7E]{1,200}$/', $v ) ) {
			throw new Piazza_Invalid( 'Idempotency-Key', 'intestazione obbligatoria: da 1 a 200 caratteri ASCII visibili' );
		}
		return $v;
	}

	/**
	 * A one-line text (names, codes: no line breaks, which could end up in a mail header).
	 *
	 * @param array<string, mixed> $o        Object.
	 * @param string               $key      Key.
	 * @param int                  $max      Maximum length.
	 * @param bool                 $required Whether it must be non-empty.
	 * @throws Piazza_Invalid When it is not.
	 */
	public static function line( array $o, string $key, int $max, bool $required = true ): string {
		$v = Piazza_Validate::text( $o, $key, '', $max, $required );
		if ( preg_match( '/[\r\n\t]/', $v ) ) {
			throw new Piazza_Invalid( $key, 'deve stare su una riga' );
		}
		return $v;
	}

	/**
	 * The body of POST /assistance/requests (AssistanceRequest).
	 *
	 * @param array<string, mixed> $b Body.
	 * @throws Piazza_Invalid When it does not follow the contract.
	 * @return array{name: string, surname: string, email: string, category_id: string, service_id: string, message: string}
	 */
	public static function assistance( array $b ): array {
		self::only( $b, array( 'name', 'surname', 'email', 'categoryId', 'serviceId', 'message', 'privacyAccepted' ), 'body' );
		if ( true !== ( $b['privacyAccepted'] ?? null ) ) {
			throw new Piazza_Invalid( 'privacyAccepted', "deve essere true: senza il consenso all'informativa la richiesta non si registra" );
		}
		return array(
			'name'        => self::line( $b, 'name', 200 ),
			'surname'     => self::line( $b, 'surname', 200 ),
			'email'       => Piazza_Validate::email( $b, 'email', '' ),
			'category_id' => self::line( $b, 'categoryId', 190 ),
			'service_id'  => self::line( $b, 'serviceId', 190, false ),
			'message'     => Piazza_Validate::text( $b, 'message', '', 600 ),
		);
	}

	/**
	 * The citizen as the identity gateway reports it (schema Citizen of GET /me).
	 *
	 * @param mixed $v The decoded answer.
	 * @throws Piazza_Invalid When it does not follow the contract.
	 * @return array{fiscalCode: string, name: string, surname: string, email: string, method: string}
	 */
	public static function citizen( $v ): array {
		$o  = Piazza_Validate::object( $v, 'me' );
		$cf = $o['fiscalCode'] ?? null;
		if ( ! is_string( $cf ) || ! preg_match( '/^[A-Z0-9]{11,16}$/i', $cf ) ) {
			throw new Piazza_Invalid( 'me.fiscalCode', 'non è un codice fiscale' );
		}
		$method = $o['method'] ?? null;
		if ( ! in_array( $method, array( 'spid', 'cie', 'other' ), true ) ) {
			throw new Piazza_Invalid( 'me.method', 'deve essere spid, cie o other' );
		}
		$email = '';
		if ( is_string( $o['email'] ?? null ) && filter_var( $o['email'], FILTER_VALIDATE_EMAIL ) ) {
			$email = $o['email'];
		}
		return array(
			'fiscalCode' => strtoupper( $cf ),
			'name'       => Piazza_Validate::text( $o, 'name', 'me', 200 ),
			'surname'    => Piazza_Validate::text( $o, 'surname', 'me', 200 ),
			'email'      => $email,
			'method'     => $method,
		);
	}
}
