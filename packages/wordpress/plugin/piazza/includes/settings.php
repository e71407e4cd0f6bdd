<?php
/**
 * The plugin's settings (one option, `piazza_settings`): defaults, reading and validation.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings of the comune and of the back office.
 */
final class Piazza_Settings {

	const OPTION = 'piazza_settings';

	/**
	 * Default values: also the list of known settings.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return array(
			'comune'              => '',
			'region'              => '',
			'primary_color'       => '#0066CC',
			'contact_email'       => '',
			'contact_phone'       => '',
			'contact_pec'         => '',
			'contact_address'     => '',
			'patron_day'          => '',
			'legal_privacy'       => '',
			'legal_notes'         => '',
			'legal_accessibility' => '',
			'menu_extra'          => array(),
			'closures'            => array(),
			'site_origin'         => '',
			'urp_email'           => '',
			'mail_from'           => '',
			'smtp_host'           => '',
			'smtp_port'           => 25,
			'smtp_secure'         => '',
			'smtp_user'           => '',
			'smtp_pass'           => '',
			'rate_limit'          => 20,
			'retention_days'      => 365,
			'delete_on_uninstall' => false,
			'webhook_url'         => '',
			'webhook_secret'      => '',
		);
	}

	/**
	 * The settings, defaults filled in.
	 *
	 * @return array<string, mixed>
	 */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::defaults(), is_array( $stored ) ? $stored : array() );
	}

	/**
	 * One setting.
	 *
	 * @param string $key Setting name.
	 * @return mixed
	 */
	public static function get( string $key ) {
		return self::all()[ $key ] ?? null;
	}

	/**
	 * Whether `$v` is an https/http address or a path of the site.
	 *
	 * @param string $v Value.
	 */
	public static function is_link( string $v ): bool {
		return strlen( $v ) <= 500 && ( (bool) preg_match( '#^https?://[^\s<>"]+$#i', $v ) || (bool) preg_match( '#^/[^\s<>"]*$#', $v ) );
	}

	/**
	 * What the Piazza site may read (GET /wp-json/piazza/v1/site): nothing secret.
	 *
	 * @return array<string, mixed>
	 */
	public static function public_settings(): array {
		$s = self::all();
		return array(
			'name'         => $s['comune'],
			'region'       => $s['region'],
			'primaryColor' => $s['primary_color'],
			'patronDay'    => $s['patron_day'],
			'contacts'     => array(
				'email'   => $s['contact_email'],
				'pec'     => $s['contact_pec'],
				'phone'   => $s['contact_phone'],
				'address' => $s['contact_address'],
			),
			'legal'        => array(
				'privacy'       => $s['legal_privacy'],
				'notes'         => $s['legal_notes'],
				'accessibility' => $s['legal_accessibility'],
			),
			'menuExtra'    => array_values( (array) $s['menu_extra'] ),
		);
	}

	/**
	 * Relative luminance of a #RRGGBB colour (WCAG 2.1).
	 *
	 * @param string $hex Colour.
	 */
	public static function luminance( string $hex ): float {
		$c = array_map(
			static function ( $v ) {
				$v = hexdec( $v ) / 255;
				return $v <= 0.03928 ? $v / 12.92 : ( ( $v + 0.055 ) / 1.055 ) ** 2.4;
			},
			str_split( ltrim( $hex, '#' ), 2 )
		);
		return 0.2126 * $c[0] + 0.7152 * $c[1] + 0.0722 * $c[2];
	}

	/**
	 * Contrast ratio of a colour against white text (the primary colour carries white text).
	 *
	 * @param string $hex Colour.
	 */
	public static function contrast_with_white( string $hex ): float {
		return 1.05 / ( self::luminance( $hex ) + 0.05 );
	}

	/**
	 * Validates submitted settings. Returns [clean values, errors]: an invalid value keeps the
	 * stored one and adds a message naming the field.
	 *
	 * @param array<string, mixed> $input Submitted values.
	 * @param array<string, mixed> $old   Stored values.
	 * @return array{0: array<string, mixed>, 1: array<string, string>}
	 */
	public static function validate( array $input, array $old ): array {
		$out    = $old;
		$errors = array();
		$text   = static fn( $k, $max = 200 ) => mb_substr( sanitize_text_field( (string) ( $input[ $k ] ?? '' ) ), 0, $max );

		foreach ( array( 'comune', 'region', 'contact_phone', 'contact_address', 'smtp_host', 'smtp_user' ) as $k ) {
			$out[ $k ] = $text( $k );
		}
		foreach ( array( 'contact_email', 'contact_pec', 'urp_email', 'mail_from' ) as $k ) {
			$v = trim( (string) ( $input[ $k ] ?? '' ) );
			if ( '' !== $v && ! is_email( $v ) ) {
				/* translators: %s: field name */
				$errors[ $k ] = sprintf( __( '%s: non è un indirizzo email valido.', 'piazza' ), $k );
				continue;
			}
			$out[ $k ] = $v;
		}
		$color = strtoupper( trim( (string) ( $input['primary_color'] ?? '' ) ) );
		if ( ! preg_match( '/^#[0-9A-F]{6}$/', $color ) ) {
			$errors['primary_color'] = __( 'Colore primario: scrivi un colore nel formato #RRGGBB.', 'piazza' );
		} elseif ( self::contrast_with_white( $color ) < 4.5 ) {
			$errors['primary_color'] = sprintf(
				/* translators: 1: colour, 2: contrast ratio */
				__( 'Colore primario %1$s: il contrasto con il testo bianco è %2$s:1, serve almeno 4,5:1 (WCAG 1.4.3). Scegli un colore più scuro.', 'piazza' ),
				$color,
				number_format_i18n( floor( self::contrast_with_white( $color ) * 100 ) / 100, 2 )
			);
		} else {
			$out['primary_color'] = $color;
		}
		$patron = trim( (string) ( $input['patron_day'] ?? '' ) );
		if ( '' !== $patron && ! preg_match( '/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/', $patron ) ) {
			$errors['patron_day'] = __( 'Santo patrono: scrivi il giorno come MM-GG (es. 06-24).', 'piazza' );
		} else {
			$out['patron_day'] = $patron;
		}
		$closures = is_array( $input['closures'] ?? null ) ? $input['closures'] : preg_split( '/\R/', (string) ( $input['closures'] ?? '' ) );
		$dates    = array();
		foreach ( $closures as $line ) {
			$line = trim( (string) $line );
			if ( '' === $line ) {
				continue;
			}
			if ( ! Piazza_Validate::is_date( $line ) ) {
				/* translators: %s: the wrong line */
				$errors['closures'] = sprintf( __( 'Chiusure: «%s» non è una data AAAA-MM-GG.', 'piazza' ), esc_html( $line ) );
				continue;
			}
			$dates[] = $line;
		}
		if ( ! isset( $errors['closures'] ) ) {
			$out['closures'] = array_values( array_unique( $dates ) );
		}
		foreach ( array( 'legal_privacy', 'legal_notes', 'legal_accessibility' ) as $k ) {
			$v = trim( (string) ( $input[ $k ] ?? '' ) );
			if ( '' !== $v && ! self::is_link( $v ) ) {
				/* translators: %s: field name */
				$errors[ $k ] = sprintf( __( '%s: scrivi un indirizzo https://… o un percorso del sito che inizia con /.', 'piazza' ), $k );
				continue;
			}
			$out[ $k ] = $v;
		}
		$menu  = array();
		$lines = is_array( $input['menu_extra'] ?? null ) ? array_map( static fn( $i ) => is_array( $i ) ? ( $i['label'] ?? '' ) . ' | ' . ( $i['url'] ?? '' ) : (string) $i, $input['menu_extra'] ) : preg_split( '/\R/', (string) ( $input['menu_extra'] ?? '' ) );
		foreach ( $lines as $n => $line ) {
			if ( '' === trim( $line ) ) {
				continue;
			}
			$parts = array_map( 'trim', explode( '|', $line, 2 ) );
			if ( count( $parts ) !== 2 || '' === $parts[0] || mb_strlen( $parts[0] ) > 60 || ! self::is_link( $parts[1] ) ) {
				/* translators: %d: line number */
				$errors['menu_extra'] = sprintf( __( 'Voci di menu aggiuntive, riga %d: scrivi «Etichetta | https://…» (etichetta al massimo 60 caratteri).', 'piazza' ), $n + 1 );
				break;
			}
			$menu[] = array(
				'label' => sanitize_text_field( $parts[0] ),
				'url'   => $parts[1],
			);
		}
		if ( ! isset( $errors['menu_extra'] ) ) {
			$out['menu_extra'] = $menu;
		}
		$origin = trim( (string) ( $input['site_origin'] ?? '' ) );
		if ( '' !== $origin && ! preg_match( '#^https?://[a-z0-9.-]+(:\d{1,5})?$#i', $origin ) ) {
			$errors['site_origin'] = __( 'Origine del sito: scrivi solo schema, host e porta (es. https://www.comune.esempio.it), senza percorso.', 'piazza' );
		} else {
			$out['site_origin'] = strtolower( $origin );
		}
		$port = (int) ( $input['smtp_port'] ?? 25 );
		if ( $port < 1 || $port > 65535 ) {
			$errors['smtp_port'] = __( 'Porta SMTP: un numero da 1 a 65535.', 'piazza' );
		} else {
			$out['smtp_port'] = $port;
		}
		$secure             = (string) ( $input['smtp_secure'] ?? '' );
		$out['smtp_secure'] = in_array( $secure, array( '', 'tls', 'ssl' ), true ) ? $secure : '';
		if ( isset( $input['smtp_pass'] ) && '' !== $input['smtp_pass'] ) {
			$out['smtp_pass'] = (string) $input['smtp_pass'];
		}
		$rate = (int) ( $input['rate_limit'] ?? 20 );
		if ( $rate < 1 || $rate > 10000 ) {
			$errors['rate_limit'] = __( 'Limite di richieste: un numero da 1 a 10000 al minuto.', 'piazza' );
		} else {
			$out['rate_limit'] = $rate;
		}
		$days = (int) ( $input['retention_days'] ?? 365 );
		if ( $days < 1 || $days > 3650 ) {
			$errors['retention_days'] = __( 'Conservazione dei dati personali: da 1 a 3650 giorni.', 'piazza' );
		} else {
			$out['retention_days'] = $days;
		}
		$out['delete_on_uninstall'] = ! empty( $input['delete_on_uninstall'] );
		if ( array_key_exists( 'webhook_url', $input ) ) {
			$hook = trim( (string) $input['webhook_url'] );
			if ( '' !== $hook && ( strlen( $hook ) > 500 || ! preg_match( '#^https?://[^\s<>"]+$#i', $hook ) || ! wp_http_validate_url( $hook ) && ! preg_match( '#^http://(127\.0\.0\.1|localhost)(:\d{1,5})?/#i', $hook ) ) ) {
				$errors['webhook_url'] = __( 'Webhook di build: scrivi un indirizzo https://… completo (es. https://www.comune.esempio.it/__piazza/rebuild).', 'piazza' );
			} else {
				$out['webhook_url'] = $hook;
			}
		}
		if ( isset( $input['webhook_secret'] ) && '' !== $input['webhook_secret'] ) {
			$secret = (string) $input['webhook_secret'];
			if ( strlen( $secret ) < 16 || strlen( $secret ) > 200 ) {
				$errors['webhook_secret'] = __( 'Segreto del webhook: da 16 a 200 caratteri, lo stesso di piazza serve --rebuild-secret.', 'piazza' );
			} else {
				$out['webhook_secret'] = $secret;
			}
		}
		return array( $out, $errors );
	}
}
