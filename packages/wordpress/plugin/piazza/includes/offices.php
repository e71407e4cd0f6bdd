<?php
/**
 * Offices that take appointments: a post type edited by editors, with the booking section of the
 * model (type, weekly schedule, reasons) plus closures, slot length and places per slot.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Offices.
 */
final class Piazza_Offices {

	const TYPE = 'piazza_office';

	/**
	 * Meta fields: key => [REST schema, Italian label].
	 *
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public static function fields(): array {
		$str = array( 'type' => 'string' );
		return array(
			'piazza_type_id'      => array( $str, __( 'Tipo di ufficio (codice, es. anagrafe)', 'piazza' ) ),
			'piazza_type_name'    => array( $str, __( 'Tipo di ufficio (nome, es. Anagrafe e stato civile)', 'piazza' ) ),
			'piazza_address'      => array( $str, __( 'Indirizzo', 'piazza' ) ),
			'piazza_hours'        => array( $str, __( 'Orari di apertura (come si leggono)', 'piazza' ) ),
			'piazza_phone'        => array( $str, __( 'Telefono', 'piazza' ) ),
			'piazza_email'        => array( $str, __( 'Email', 'piazza' ) ),
			'piazza_schedule'     => array(
				array(
					'type'  => 'array',
					'items' => array(
						'type'                 => 'object',
						'properties'           => array(
							'days' => array(
								'type'  => 'array',
								'items' => array(
									'type' => 'string',
									'enum' => array_keys( Piazza_Slots::DAYS ),
								),
							),
							'from' => array(
								'type'    => 'string',
								'pattern' => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
							),
							'to'   => array(
								'type'    => 'string',
								'pattern' => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
							),
						),
						'additionalProperties' => false,
					),
				),
				__( 'Orari per appuntamento: una fascia per riga, es. «lunedì, mercoledì 09:00-12:30»', 'piazza' ),
			),
			'piazza_reasons'      => array(
				array(
					'type'  => 'array',
					'items' => array( 'type' => 'string' ),
				),
				__( 'Motivi dell’appuntamento: uno per riga', 'piazza' ),
			),
			'piazza_closures'     => array(
				array(
					'type'  => 'array',
					'items' => array(
						'type'    => 'string',
						'pattern' => '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
					),
				),
				__( 'Chiusure: una data AAAA-MM-GG per riga', 'piazza' ),
			),
			'piazza_slot_minutes' => array(
				array(
					'type'    => 'integer',
					'minimum' => 5,
					'maximum' => 480,
					'default' => 30,
				),
				__( 'Durata di un appuntamento (minuti)', 'piazza' ),
			),
			'piazza_places'       => array(
				array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 50,
					'default' => 1,
				),
				__( 'Posti per ogni orario (sportelli)', 'piazza' ),
			),
		);
	}

	/**
	 * Registers the post type and its meta.
	 */
	public static function register(): void {
		register_post_type(
			self::TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Uffici su appuntamento', 'piazza' ),
					'singular_name' => __( 'Ufficio su appuntamento', 'piazza' ),
					'add_new_item'  => __( 'Aggiungi ufficio', 'piazza' ),
				),
				'public'          => false,
				'show_ui'         => true,
				'show_in_rest'    => true,
				'rest_base'       => 'piazza-offices',
				'menu_icon'       => 'dashicons-calendar-alt',
				'supports'        => array( 'title', 'custom-fields', 'revisions' ),
				'capability_type' => 'post',
				'map_meta_cap'    => true,
			)
		);
		foreach ( self::fields() as $key => [ $schema, $label ] ) {
			register_post_meta(
				self::TYPE,
				$key,
				array(
					'type'          => $schema['type'],
					'single'        => true,
					'description'   => $label,
					'default'       => $schema['default'] ?? ( 'array' === $schema['type'] ? array() : ( 'integer' === $schema['type'] ? 0 : '' ) ),
					'show_in_rest'  => array( 'schema' => $schema ),
					'auth_callback' => static fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
				)
			);
		}
		add_filter( 'use_block_editor_for_post_type', static fn( $use, $type ) => self::TYPE === $type ? false : $use, 10, 2 );
		add_action( 'add_meta_boxes_' . self::TYPE, array( self::class, 'meta_box' ) );
		add_action( 'save_post_' . self::TYPE, array( self::class, 'save' ) );
		add_action( 'admin_notices', array( self::class, 'notice' ) );
	}

	/**
	 * The meta box.
	 */
	public static function meta_box(): void {
		add_meta_box( 'piazza-office', __( 'Appuntamenti', 'piazza' ), array( self::class, 'render' ), self::TYPE, 'normal', 'high' );
	}

	/**
	 * Renders the office's fields.
	 *
	 * @param WP_Post $post Post.
	 */
	public static function render( WP_Post $post ): void {
		wp_nonce_field( 'piazza_office', 'piazza_office_nonce' );
		foreach ( self::fields() as $key => [ $schema, $label ] ) {
			$v  = get_post_meta( $post->ID, $key, true );
			$id = 'piazza-' . $key;
			echo '<p><label for="' . esc_attr( $id ) . '"><strong>' . esc_html( $label ) . '</strong></label><br>';
			if ( 'piazza_schedule' === $key ) {
				$lines = array_map( static fn( $e ) => implode( ', ', $e['days'] ?? array() ) . ' ' . ( $e['from'] ?? '' ) . '-' . ( $e['to'] ?? '' ), (array) $v );
				echo '<textarea class="widefat" rows="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $key ) . '">' . esc_textarea( implode( "\n", $lines ) ) . '</textarea>';
			} elseif ( 'array' === $schema['type'] ) {
				echo '<textarea class="widefat" rows="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $key ) . '">' . esc_textarea( implode( "\n", (array) $v ) ) . '</textarea>';
			} else {
				$type = 'integer' === $schema['type'] ? 'number' : ( 'piazza_email' === $key ? 'email' : 'text' );
				echo '<input class="' . ( 'number' === $type ? 'small-text' : 'widefat' ) . '" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $key ) . '" value="' . esc_attr( (string) $v ) . '">';
			}
			echo '</p>';
		}
	}

	/**
	 * Parses the schedule textarea: "lunedì, mercoledì 09:00-12:30" per line.
	 *
	 * @param string $text Text.
	 * @throws Piazza_Invalid On a wrong line.
	 * @return array<int, array<string, mixed>>
	 */
	public static function parse_schedule_text( string $text ): array {
		$out = array();
		foreach ( preg_split( '/\R/', $text ) as $n => $line ) {
			$line = trim( $line );
			if ( '' === $line ) {
				continue;
			}
			if ( ! preg_match( '/^(.+?)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/u', $line, $m ) ) {
				throw new Piazza_Invalid( 'schedule[' . $n . ']', 'scrivi i giorni e la fascia, es. «lunedì, mercoledì 09:00-12:30»' );
			}
			$out[] = array(
				'days' => array_map( static fn( $d ) => mb_strtolower( trim( $d ) ), preg_split( '/[,;]|\se\s/u', $m[1] ) ),
				'from' => $m[2],
				'to'   => $m[3],
			);
		}
		Piazza_Slots::parse_schedule( $out );
		return $out;
	}

	/**
	 * Saves the meta box.
	 *
	 * @param int $post_id Post id.
	 */
	public static function save( int $post_id ): void {
		if ( ! isset( $_POST['piazza_office_nonce'] ) || ! wp_verify_nonce( sanitize_key( $_POST['piazza_office_nonce'] ), 'piazza_office' ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		foreach ( self::fields() as $key => [ $schema ] ) {
			$raw = isset( $_POST[ $key ] ) ? trim( (string) wp_unslash( $_POST[ $key ] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
			if ( 'piazza_schedule' === $key ) {
				try {
					update_post_meta( $post_id, $key, self::parse_schedule_text( $raw ) );
				} catch ( Piazza_Invalid $e ) {
					set_transient( 'piazza_office_error_' . get_current_user_id(), $e->getMessage(), 60 );
				}
			} elseif ( 'piazza_closures' === $key ) {
				$dates = array_values( array_filter( array_map( 'trim', preg_split( '/\R/', $raw ) ), array( 'Piazza_Validate', 'is_date' ) ) );
				update_post_meta( $post_id, $key, $dates );
			} elseif ( 'array' === $schema['type'] ) {
				update_post_meta( $post_id, $key, array_values( array_filter( array_map( 'sanitize_text_field', preg_split( '/\R/', $raw ) ) ) ) );
			} elseif ( 'integer' === $schema['type'] ) {
				update_post_meta( $post_id, $key, max( $schema['minimum'], min( $schema['maximum'], (int) $raw ?: $schema['default'] ) ) );
			} else {
				update_post_meta( $post_id, $key, sanitize_text_field( $raw ) );
			}
		}
	}

	/**
	 * Says why the schedule was not saved (the rest of the office was).
	 */
	public static function notice(): void {
		$key   = 'piazza_office_error_' . get_current_user_id();
		$error = get_transient( $key );
		if ( ! $error ) {
			return;
		}
		delete_transient( $key );
		/* translators: %s: what is wrong, and where */
		echo '<div class="notice notice-error" role="alert"><p>' . esc_html( sprintf( __( 'Orari per appuntamento non salvati: %s', 'piazza' ), $error ) ) . '</p></div>';
	}

	/**
	 * Published offices, as the booking API describes them.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function all(): array {
		$posts = get_posts(
			array(
				'post_type'      => self::TYPE,
				'post_status'    => 'publish',
				'posts_per_page' => 500,
				'orderby'        => 'title',
				'order'          => 'ASC',
			)
		);
		return Piazza_Unit_Offices::merge( array_map( array( self::class, 'describe' ), $posts ) );
	}

	/**
	 * One published office by its id (the post slug), or null.
	 *
	 * @param string $id Office id.
	 * @return array<string, mixed>|null
	 */
	public static function find( string $id ): ?array {
		$posts = get_posts(
			array(
				'post_type'      => self::TYPE,
				'post_status'    => 'publish',
				'name'           => $id,
				'posts_per_page' => 1,
			)
		);
		return $posts ? self::describe( $posts[0] ) : ( Piazza_Unit_Offices::all( $id )[0] ?? null );
	}

	/**
	 * An office post as data.
	 *
	 * @param WP_Post $p Post.
	 * @return array<string, mixed>
	 */
	public static function describe( WP_Post $p ): array {
		$m       = static fn( $k ) => get_post_meta( $p->ID, $k, true );
		$reasons = array();
		foreach ( (array) $m( 'piazza_reasons' ) as $label ) {
			if ( is_string( $label ) && '' !== trim( $label ) ) {
				$reasons[ sanitize_title( $label ) ] = $label;
			}
		}
		$type_name = (string) $m( 'piazza_type_name' ) ?: $p->post_title;
		return array(
			'id'       => $p->post_name,
			'typeId'   => (string) $m( 'piazza_type_id' ) ?: sanitize_title( $type_name ),
			'typeName' => $type_name,
			'name'     => $p->post_title,
			'address'  => (string) $m( 'piazza_address' ),
			'hours'    => (string) $m( 'piazza_hours' ),
			'phone'    => (string) $m( 'piazza_phone' ),
			'email'    => (string) $m( 'piazza_email' ),
			'schedule' => (array) $m( 'piazza_schedule' ),
			'reasons'  => $reasons,
			'closures' => (array) $m( 'piazza_closures' ),
			'minutes'  => max( 5, (int) $m( 'piazza_slot_minutes' ) ?: 30 ),
			'places'   => max( 1, (int) $m( 'piazza_places' ) ?: 1 ),
		);
	}
}
