<?php
/**
 * The content model: post types, taxonomies and meta generated from @piazza/theme's JSON Schema
 * (data/content-model.json, written by the build). Required fields are enforced on publish.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Content model registration.
 */
final class Piazza_Content {

	/**
	 * The model (cached per request).
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $model = null;

	/**
	 * The generated content model.
	 *
	 * @return array<string, mixed>
	 */
	public static function model(): array {
		if ( null === self::$model ) {
			$file        = PIAZZA_DIR . '/data/content-model.json';
			$json        = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
			self::$model = is_array( $json ) ? $json : array(
				'collections'  => array(),
				'vocabularies' => array(),
			);
		}
		return self::$model;
	}

	/**
	 * The collections that are post types.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function collections(): array {
		return array_values( array_filter( self::model()['collections'] ?? array(), static fn( $c ) => 'collection' === ( $c['kind'] ?? '' ) ) );
	}

	/**
	 * Whether a field is stored in the post itself (slug, title, body) rather than in meta or terms.
	 *
	 * @param array<string, mixed> $f Field.
	 */
	private static function is_core_field( array $f ): bool {
		return in_array( $f['key'], array( 'slug', 'title' ), true ) || ! empty( $f['body'] );
	}

	/**
	 * Registers every post type, taxonomy and meta field.
	 */
	public static function register(): void {
		foreach ( self::collections() as $c ) {
			$fields   = $c['fields'];
			$has_body = (bool) array_filter( $fields, static fn( $f ) => ! empty( $f['body'] ) );
			register_post_type(
				$c['postType'],
				array(
					'labels'        => array(
						'name'          => $c['label']['it'],
						'singular_name' => $c['label']['it'],
					),
					'public'        => true,
					'show_in_rest'  => true,
					'rest_base'     => $c['folder'],
					'has_archive'   => false,
					'rewrite'       => array( 'slug' => $c['folder'] ),
					'menu_icon'     => 'dashicons-media-document',
					'supports'      => array_merge( array( 'title', 'revisions', 'custom-fields' ), $has_body ? array( 'editor' ) : array() ),
					'map_meta_cap'  => true,
					'capability_type' => 'post',
				)
			);
			foreach ( $fields as $f ) {
				if ( self::is_core_field( $f ) || ! empty( $f['vocabulary'] ) ) {
					continue;
				}
				$schema = $f['schema'];
				unset( $schema['title'], $schema['description'] );
				register_post_meta(
					$c['postType'],
					$f['key'],
					array(
						'type'          => $schema['type'],
						'single'        => true,
						'description'   => $f['label']['it'],
						'show_in_rest'  => array( 'schema' => $schema ),
						'auth_callback' => static fn( $allowed, $key, $post_id ) => current_user_can( 'edit_post', $post_id ),
					)
				);
			}
		}
		foreach ( self::model()['vocabularies'] ?? array() as $v ) {
			register_taxonomy(
				$v['taxonomy'],
				$v['postTypes'],
				array(
					'labels'            => array(
						'name'          => $v['label']['it'],
						'singular_name' => $v['label']['it'],
					),
					'hierarchical'      => true,
					'show_in_rest'      => true,
					'show_admin_column' => true,
					// A controlled vocabulary: editors choose its terms, only administrators change them.
					'capabilities'      => array(
						'manage_terms' => 'manage_options',
						'edit_terms'   => 'manage_options',
						'delete_terms' => 'manage_options',
						'assign_terms' => 'edit_posts',
					),
				)
			);
		}
		add_filter( 'use_block_editor_for_post_type', array( self::class, 'classic_editor' ), 10, 2 );
		add_action( 'add_meta_boxes', array( self::class, 'meta_boxes' ) );
		add_action( 'save_post', array( self::class, 'save' ), 10, 2 );
		add_filter( 'wp_insert_post_data', array( self::class, 'enforce_required' ), 10, 2 );
		add_action( 'admin_notices', array( self::class, 'notices' ) );
		foreach ( self::collections() as $c ) {
			add_filter( 'rest_pre_insert_' . $c['postType'], array( self::class, 'rest_required' ), 10, 2 );
		}
	}

	/**
	 * The model's types use the classic edit screen with their fields in a meta box.
	 *
	 * @param bool   $use  Whether to use the block editor.
	 * @param string $type Post type.
	 */
	public static function classic_editor( bool $use, string $type ): bool {
		return self::collection_for( $type ) ? false : $use;
	}

	/**
	 * The collection of a post type.
	 *
	 * @param string $type Post type.
	 * @return array<string, mixed>|null
	 */
	public static function collection_for( string $type ): ?array {
		foreach ( self::collections() as $c ) {
			if ( $c['postType'] === $type ) {
				return $c;
			}
		}
		return null;
	}

	/**
	 * Adds the fields' meta box.
	 *
	 * @param string $type Post type.
	 */
	public static function meta_boxes( string $type ): void {
		$c = self::collection_for( $type );
		if ( $c ) {
			add_meta_box( 'piazza-fields', __( 'Campi del modello', 'piazza' ), array( self::class, 'render_box' ), $type, 'normal', 'high', array( 'collection' => $c ) );
		}
	}

	/**
	 * A stored value as the form shows it.
	 *
	 * @param array<string, mixed> $f     Field.
	 * @param mixed                $value Value.
	 */
	private static function to_form( array $f, $value ): string {
		if ( null === $value || '' === $value ) {
			return '';
		}
		if ( 'array' === $f['type'] && ( $f['schema']['items']['type'] ?? '' ) === 'string' ) {
			return implode( "\n", (array) $value );
		}
		if ( 'object' === $f['type'] || 'array' === $f['type'] ) {
			return (string) wp_json_encode( $value, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		}
		if ( 'boolean' === $f['type'] ) {
			return $value ? '1' : '';
		}
		return (string) $value;
	}

	/**
	 * Renders the fields of a collection.
	 *
	 * @param WP_Post              $post Post.
	 * @param array<string, mixed> $box  Meta box.
	 */
	public static function render_box( WP_Post $post, array $box ): void {
		$c = $box['args']['collection'];
		wp_nonce_field( 'piazza_fields', 'piazza_fields_nonce' );
		echo '<div class="piazza-fields">';
		foreach ( $c['fields'] as $f ) {
			if ( self::is_core_field( $f ) || ! empty( $f['vocabulary'] ) ) {
				continue;
			}
			$id    = 'piazza-field-' . $f['key'];
			$name  = 'piazza_fields[' . $f['key'] . ']';
			$value = self::to_form( $f, get_post_meta( $post->ID, $f['key'], true ) );
			$help  = $f['help']['it'] ?? '';
			echo '<p><label for="' . esc_attr( $id ) . '"><strong>' . esc_html( $f['label']['it'] ) . '</strong>' . ( $f['required'] ? ' <span>(' . esc_html__( 'obbligatorio', 'piazza' ) . ')</span>' : '' ) . '</label><br>';
			$described = $help ? ' aria-describedby="' . esc_attr( $id ) . '-help"' : '';
			if ( isset( $f['enum'] ) && 'string' === $f['type'] ) {
				echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $described . '><option value="">—</option>'; // phpcs:ignore WordPress.Security.EscapeOutput
				foreach ( $f['enum'] as $opt ) {
					echo '<option value="' . esc_attr( $opt ) . '"' . selected( $value, $opt, false ) . '>' . esc_html( $opt ) . '</option>';
				}
				echo '</select>';
			} elseif ( 'boolean' === $f['type'] ) {
				echo '<input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="1"' . checked( $value, '1', false ) . $described . '>'; // phpcs:ignore WordPress.Security.EscapeOutput
			} elseif ( 'string' === $f['type'] && empty( $f['markdown'] ) ) {
				$type = array(
					'date'      => 'date',
					'email'     => 'email',
					'uri'       => 'url',
				)[ $f['format'] ?? '' ] ?? 'text';
				echo '<input class="widefat" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '"' . $described . '>'; // phpcs:ignore WordPress.Security.EscapeOutput
			} elseif ( 'number' === $f['type'] || 'integer' === $f['type'] ) {
				echo '<input type="number" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '"' . $described . '>'; // phpcs:ignore WordPress.Security.EscapeOutput
			} else {
				echo '<textarea class="widefat" rows="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $described . '>' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput
			}
			if ( $help ) {
				echo '<br><span class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $help ) . '</span>';
			}
			echo '</p>';
		}
		echo '</div>';
	}

	/**
	 * A submitted form value as stored (null when empty or unreadable).
	 *
	 * @param array<string, mixed> $f   Field.
	 * @param string               $raw Submitted text.
	 * @return mixed
	 */
	private static function from_form( array $f, string $raw ) {
		$raw = trim( $raw );
		if ( '' === $raw ) {
			return null;
		}
		switch ( $f['type'] ) {
			case 'boolean':
				return true;
			case 'integer':
				return is_numeric( $raw ) ? (int) $raw : null;
			case 'number':
				return is_numeric( $raw ) ? (float) $raw : null;
			case 'array':
				if ( ( $f['schema']['items']['type'] ?? '' ) === 'string' ) {
					return array_values( array_filter( array_map( 'trim', preg_split( '/\R/', $raw ) ) ) );
				}
				$v = json_decode( $raw, true );
				return is_array( $v ) ? $v : null;
			case 'object':
				$v = json_decode( $raw, true );
				return is_array( $v ) ? $v : null;
			default:
				return empty( $f['markdown'] ) ? sanitize_text_field( $raw ) : sanitize_textarea_field( $raw );
		}
	}

	/**
	 * Saves the meta box fields.
	 *
	 * @param int     $post_id Post id.
	 * @param WP_Post $post    Post.
	 */
	public static function save( int $post_id, WP_Post $post ): void {
		$c = self::collection_for( $post->post_type );
		if ( ! $c || ! isset( $_POST['piazza_fields_nonce'] ) || ! wp_verify_nonce( sanitize_key( $_POST['piazza_fields_nonce'] ), 'piazza_fields' ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		$input = wp_unslash( $_POST['piazza_fields'] ?? array() ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
		foreach ( $c['fields'] as $f ) {
			if ( self::is_core_field( $f ) || ! empty( $f['vocabulary'] ) ) {
				continue;
			}
			$v = self::from_form( $f, is_string( $input[ $f['key'] ] ?? null ) ? $input[ $f['key'] ] : '' );
			if ( null === $v ) {
				delete_post_meta( $post_id, $f['key'] );
			} else {
				update_post_meta( $post_id, $f['key'], wp_slash( $v ) );
			}
		}
	}

	/**
	 * Which required fields are missing, given the values about to be saved.
	 *
	 * @param array<string, mixed> $c      Collection.
	 * @param callable             $value  Field key → value.
	 * @return array<int, string> Italian messages, one per field.
	 */
	public static function missing( array $c, callable $value ): array {
		$out = array();
		foreach ( $c['fields'] as $f ) {
			if ( ! $f['required'] || 'slug' === $f['key'] ) {
				continue;
			}
			$v = $value( $f );
			if ( null === $v || '' === $v || array() === $v || ( is_string( $v ) && '' === trim( $v ) ) ) {
				$theme = $f['requiredMessage']['it'] ?? null;
				// The theme's validation message (from the published JSON Schema), as the build gives it.
				$out[] = is_string( $theme )
					? sprintf( '«%1$s» (%2$s): %3$s', $f['label']['it'], $f['key'], $theme )
					/* translators: 1: field label, 2: field key */
					: sprintf( __( 'Manca il campo obbligatorio «%1$s» (%2$s).', 'piazza' ), $f['label']['it'], $f['key'] );
			}
		}
		return $out;
	}

	/**
	 * On the edit screen: a post with required fields missing is saved as a draft, not published,
	 * and the editor is told which fields.
	 *
	 * @param array<string, mixed> $data    Post data about to be saved.
	 * @param array<string, mixed> $postarr Submitted data.
	 * @return array<string, mixed>
	 */
	public static function enforce_required( array $data, array $postarr ): array {
		$c = self::collection_for( (string) $data['post_type'] );
		if ( ! $c || ! in_array( $data['post_status'], array( 'publish', 'future' ), true ) || ! isset( $_POST['piazza_fields_nonce'] ) ) {
			return $data;
		}
		$input   = wp_unslash( $_POST['piazza_fields'] ?? array() ); // phpcs:ignore WordPress.Security.NonceVerification,WordPress.Security.ValidatedSanitizedInput
		$tax     = wp_unslash( $_POST['tax_input'] ?? array() ); // phpcs:ignore WordPress.Security.NonceVerification,WordPress.Security.ValidatedSanitizedInput
		$missing = self::missing(
			$c,
			static function ( $f ) use ( $data, $input, $tax ) {
				if ( 'title' === $f['key'] ) {
					return $data['post_title'];
				}
				if ( ! empty( $f['body'] ) ) {
					return $data['post_content'];
				}
				if ( ! empty( $f['vocabulary'] ) ) {
					return array_filter( (array) ( $tax[ $f['taxonomy'] ] ?? array() ) );
				}
				return self::from_form( $f, is_string( $input[ $f['key'] ] ?? null ) ? $input[ $f['key'] ] : '' );
			}
		);
		if ( $missing ) {
			$data['post_status'] = 'draft';
			set_transient( 'piazza_missing_' . get_current_user_id(), $missing, 60 );
		}
		return $data;
	}

	/**
	 * Over REST: publishing with required fields missing is refused (400), naming each field.
	 *
	 * @param stdClass        $post    Prepared post.
	 * @param WP_REST_Request $request Request.
	 * @return stdClass|WP_Error
	 */
	public static function rest_required( $post, WP_REST_Request $request ) {
		$type   = $post->post_type ?? str_replace( 'rest_pre_insert_', '', current_filter() );
		$c      = self::collection_for( (string) $type );
		$id     = (int) ( $post->ID ?? 0 );
		$status = $post->post_status ?? ( $id ? get_post_status( $id ) : 'draft' );
		if ( ! $c || ! in_array( $status, array( 'publish', 'future' ), true ) ) {
			return $post;
		}
		$meta    = (array) $request->get_param( 'meta' );
		$missing = self::missing(
			$c,
			static function ( $f ) use ( $post, $id, $meta, $request ) {
				if ( 'title' === $f['key'] ) {
					return $post->post_title ?? ( $id ? get_the_title( $id ) : '' );
				}
				if ( ! empty( $f['body'] ) ) {
					return $post->post_content ?? ( $id ? get_post_field( 'post_content', $id ) : '' );
				}
				if ( ! empty( $f['vocabulary'] ) ) {
					$base  = get_taxonomy( $f['taxonomy'] )->rest_base ?: $f['taxonomy'];
					$terms = $request->get_param( $base );
					return null !== $terms ? $terms : ( $id ? wp_get_object_terms( $id, $f['taxonomy'], array( 'fields' => 'ids' ) ) : array() );
				}
				return array_key_exists( $f['key'], $meta ) ? $meta[ $f['key'] ] : ( $id ? get_post_meta( $id, $f['key'], true ) : null );
			}
		);
		if ( $missing ) {
			return new WP_Error( 'piazza_required', implode( ' ', $missing ), array( 'status' => 400, 'fields' => $missing ) );
		}
		return $post;
	}

	/**
	 * Tells the editor why the post was not published.
	 */
	public static function notices(): void {
		$key     = 'piazza_missing_' . get_current_user_id();
		$missing = get_transient( $key );
		if ( ! $missing ) {
			return;
		}
		delete_transient( $key );
		echo '<div class="notice notice-error" role="alert"><p><strong>' . esc_html__( 'Non pubblicato: il contenuto è stato salvato come bozza.', 'piazza' ) . '</strong></p><ul>';
		foreach ( (array) $missing as $m ) {
			echo '<li>' . esc_html( $m ) . '</li>';
		}
		echo '</ul></div>';
	}
}
