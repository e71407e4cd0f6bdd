<?php
/**
 * The build webhook: when a Piazza item is published, updated, trashed or unpublished, or the
 * terms of its vocabularies change, the Piazza site is told to rebuild (`piazza serve
 * --rebuild-secret`). One POST per item and request, sent at the end of the request (after the
 * editor's page is sent where PHP-FPM allows it; at most 3 s otherwise), signed with HMAC-SHA256:
 *
 *   X-Piazza-Timestamp: <Unix seconds>
 *   X-Piazza-Signature: sha256=<hex hash_hmac( 'sha256', "<timestamp>.<body>", secret )>
 *
 * with the JSON body {event, collection, id, slug, modified}. A failed call (network error or a
 * status other than 2xx) is retried by WP-Cron after 1, 5, 15 and 60 minutes, each time with a
 * new timestamp and signature. The last result (time, HTTP status, error) is kept in the option
 * `piazza_webhook_last` and shown on the settings page.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build webhook.
 */
final class Piazza_Webhook {

	const LAST_OPTION = 'piazza_webhook_last';
	const RETRY_HOOK  = 'piazza_webhook_retry';
	/** Seconds before each retry. */
	const BACKOFF = array( 60, 300, 900, 3600 );

	/**
	 * Events of this request, by item (one call per item).
	 *
	 * @var array<string, array<string, mixed>>
	 */
	private static array $queue = array();

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'transition_post_status', array( self::class, 'on_transition' ), 10, 3 );
		add_action( 'set_object_terms', array( self::class, 'on_object_terms' ), 10, 6 );
		add_action( 'created_term', array( self::class, 'on_term' ), 10, 3 );
		add_action( 'edited_term', array( self::class, 'on_term' ), 10, 3 );
		add_action( 'delete_term', array( self::class, 'on_term' ), 10, 3 );
		add_action( self::RETRY_HOOK, array( self::class, 'retry' ), 10, 2 );
		add_action( 'shutdown', array( self::class, 'flush' ) );
	}

	/**
	 * The collection (its folder name, e.g. `servizi`) of a Piazza post type, or null.
	 *
	 * @param string $type Post type.
	 */
	private static function collection( string $type ): ?string {
		$c = Piazza_Content::collection_for( $type );
		return $c ? (string) ( $c['folder'] ?? $c['name'] ?? $type ) : null;
	}

	/**
	 * Whether a taxonomy is one of the plugin's vocabularies.
	 *
	 * @param string $taxonomy Taxonomy.
	 */
	private static function is_vocabulary( string $taxonomy ): bool {
		foreach ( Piazza_Content::model()['vocabularies'] ?? array() as $v ) {
			if ( ( $v['taxonomy'] ?? '' ) === $taxonomy ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds an event for an item (the later event of the same request wins, `trash` over the rest).
	 *
	 * @param string     $event      publish, update, trash or term.
	 * @param string     $collection Collection.
	 * @param int|string $id         Post or term id.
	 * @param string     $slug       Slug.
	 * @param string     $modified   ISO 8601 time of the change.
	 */
	private static function add( string $event, string $collection, $id, string $slug, string $modified ): void {
		$key = $collection . ':' . $id;
		if ( isset( self::$queue[ $key ] ) && 'trash' === self::$queue[ $key ]['event'] ) {
			return;
		}
		if ( isset( self::$queue[ $key ] ) && 'publish' === self::$queue[ $key ]['event'] && 'trash' !== $event ) {
			$event = 'publish';
		}
		self::$queue[ $key ] = array(
			'event'      => $event,
			'collection' => $collection,
			'id'         => $id,
			'slug'       => $slug,
			'modified'   => $modified,
		);
	}

	/**
	 * The ISO 8601 time a post was changed.
	 *
	 * @param WP_Post $post Post.
	 */
	private static function modified( WP_Post $post ): string {
		$gmt = '0000-00-00 00:00:00' === $post->post_modified_gmt ? gmdate( 'Y-m-d H:i:s' ) : $post->post_modified_gmt;
		return str_replace( ' ', 'T', $gmt ) . 'Z';
	}

	/**
	 * Publish, update, trash or unpublish of a Piazza item.
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       Post.
	 */
	public static function on_transition( string $new_status, string $old_status, WP_Post $post ): void {
		if ( wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) ) {
			return;
		}
		$collection = self::collection( $post->post_type );
		if ( null === $collection ) {
			return;
		}
		if ( 'publish' === $new_status ) {
			$event = 'publish' === $old_status ? 'update' : 'publish';
		} elseif ( 'publish' === $old_status ) {
			$event = 'trash'; // trashed, or back to draft/private: it leaves the site.
		} else {
			return;
		}
		$slug = (string) preg_replace( '/__trashed$/', '', $post->post_name );
		self::add( $event, $collection, $post->ID, $slug, self::modified( $post ) );
	}

	/**
	 * The vocabulary terms of a published item changed.
	 *
	 * @param int    $object_id  Post id.
	 * @param array  $terms      Terms.
	 * @param array  $tt_ids     New term taxonomy ids.
	 * @param string $taxonomy   Taxonomy.
	 * @param bool   $append     Appended.
	 * @param array  $old_tt_ids Old term taxonomy ids.
	 */
	public static function on_object_terms( $object_id, $terms, $tt_ids, $taxonomy, $append, $old_tt_ids ): void {
		if ( ! self::is_vocabulary( (string) $taxonomy ) ) {
			return;
		}
		$a = array_map( 'intval', (array) $tt_ids );
		$b = array_map( 'intval', (array) $old_tt_ids );
		sort( $a );
		sort( $b );
		if ( $a === $b ) {
			return;
		}
		$post = get_post( (int) $object_id );
		if ( ! $post || 'publish' !== $post->post_status ) {
			return;
		}
		$collection = self::collection( $post->post_type );
		if ( null !== $collection ) {
			self::add( 'update', $collection, $post->ID, $post->post_name, self::modified( $post ) );
		}
	}

	/**
	 * A vocabulary term was created, renamed or deleted.
	 *
	 * @param int    $term_id  Term id.
	 * @param int    $tt_id    Term taxonomy id.
	 * @param string $taxonomy Taxonomy.
	 */
	public static function on_term( $term_id, $tt_id, $taxonomy ): void {
		if ( ! self::is_vocabulary( (string) $taxonomy ) ) {
			return;
		}
		$term = get_term( (int) $term_id, (string) $taxonomy );
		$slug = $term instanceof WP_Term ? $term->slug : (string) $term_id;
		self::add( 'term', (string) $taxonomy, (int) $term_id, $slug, gmdate( 'Y-m-d\TH:i:s\Z' ) );
	}

	/**
	 * Sends the events of this request (on shutdown).
	 */
	public static function flush(): void {
		if ( ! self::$queue ) {
			return;
		}
		$events      = array_values( self::$queue );
		self::$queue = array();
		$s           = Piazza_Settings::all();
		if ( '' === (string) $s['webhook_url'] || '' === (string) $s['webhook_secret'] ) {
			return;
		}
		// With PHP-FPM the editor already has the page while the calls are made.
		if ( function_exists( 'fastcgi_finish_request' ) && ! wp_doing_cron() && ! ( defined( 'WP_CLI' ) && WP_CLI ) ) {
			fastcgi_finish_request();
		}
		foreach ( $events as $event ) {
			self::send( $event, 1 );
		}
	}

	/**
	 * The signature header value for a timestamp and body.
	 *
	 * @param string $secret    Secret.
	 * @param string $timestamp Unix seconds.
	 * @param string $body      Raw body.
	 */
	public static function signature( string $secret, string $timestamp, string $body ): string {
		return 'sha256=' . hash_hmac( 'sha256', $timestamp . '.' . $body, $secret );
	}

	/**
	 * One call; on failure the retry is scheduled. Returns the result kept as the last one.
	 *
	 * @param array<string, mixed> $event   The event.
	 * @param int                  $attempt 1 for the first call.
	 * @return array<string, mixed>
	 */
	public static function send( array $event, int $attempt ): array {
		$s    = Piazza_Settings::all();
		$url  = (string) $s['webhook_url'];
		$body = (string) wp_json_encode( $event );
		$ts   = (string) time();
		$res  = wp_remote_post(
			$url,
			array(
				'timeout'     => 3,
				'redirection' => 0,
				'headers'     => array(
					'Content-Type'       => 'application/json',
					'X-Piazza-Timestamp' => $ts,
					'X-Piazza-Signature' => self::signature( (string) $s['webhook_secret'], $ts, $body ),
				),
				'body'        => $body,
			)
		);
		$status = is_wp_error( $res ) ? 0 : (int) wp_remote_retrieve_response_code( $res );
		$ok     = $status >= 200 && $status < 300;
		$error  = '';
		if ( is_wp_error( $res ) ) {
			$error = $res->get_error_message();
		} elseif ( ! $ok ) {
			$error = mb_substr( sanitize_text_field( (string) wp_remote_retrieve_body( $res ) ), 0, 200 );
		}
		$next = null;
		if ( ! $ok && $attempt <= count( self::BACKOFF ) ) {
			$next = time() + self::BACKOFF[ $attempt - 1 ];
			wp_schedule_single_event( $next, self::RETRY_HOOK, array( $event, $attempt + 1 ) );
		}
		$last = array(
			'time'    => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'status'  => $status,
			'error'   => $error,
			'event'   => $event['event'] . ' ' . $event['collection'] . '/' . $event['slug'],
			'attempt' => $attempt,
			'retry'   => $next ? gmdate( 'Y-m-d\TH:i:s\Z', $next ) : '',
		);
		update_option( self::LAST_OPTION, $last, false );
		return $last;
	}

	/**
	 * A retry (WP-Cron).
	 *
	 * @param array<string, mixed> $event   The event.
	 * @param int                  $attempt Attempt number.
	 */
	public static function retry( $event, $attempt ): void {
		if ( is_array( $event ) ) {
			self::send( $event, (int) $attempt );
		}
	}

	/**
	 * The webhook part of the settings page: URL, secret and the last result.
	 *
	 * @param array<string, mixed> $s The settings.
	 */
	public static function settings_section( array $s ): void {
		echo '<h2>' . esc_html__( 'Pubblicazione sul sito', 'piazza' ) . '</h2>';
		echo '<p>' . esc_html__( 'A ogni pubblicazione, modifica o cestinamento di un contenuto il sito Piazza riceve una chiamata firmata e ricostruisce le pagine cambiate (piazza serve --rebuild-secret).', 'piazza' ) . '</p>';
		echo '<table class="form-table" role="presentation"><tbody>';
		echo '<tr><th scope="row"><label for="piazza-webhook_url">' . esc_html__( 'Indirizzo del webhook di build (es. https://www.comune.esempio.it/__piazza/rebuild)', 'piazza' ) . '</label></th><td>';
		echo '<input class="regular-text" type="text" id="piazza-webhook_url" name="piazza[webhook_url]" value="' . esc_attr( (string) $s['webhook_url'] ) . '"></td></tr>';
		echo '<tr><th scope="row"><label for="piazza-webhook_secret">' . esc_html__( 'Segreto condiviso, almeno 16 caratteri (lascia vuoto per non cambiarlo)', 'piazza' ) . '</label></th><td>';
		echo '<input class="regular-text" type="password" id="piazza-webhook_secret" name="piazza[webhook_secret]" value="" autocomplete="new-password" aria-describedby="piazza-webhook_secret-state">';
		echo ' <span id="piazza-webhook_secret-state">' . esc_html( '' === (string) $s['webhook_secret'] ? __( 'nessun segreto impostato', 'piazza' ) : __( 'segreto impostato', 'piazza' ) ) . '</span></td></tr>';
		echo '</tbody></table>';
		$last = get_option( self::LAST_OPTION );
		echo '<h3>' . esc_html__( 'Ultima chiamata del webhook', 'piazza' ) . '</h3>';
		if ( ! is_array( $last ) ) {
			echo '<p id="piazza-webhook-last">' . esc_html__( 'Nessuna chiamata finora.', 'piazza' ) . '</p>';
			return;
		}
		$ok = $last['status'] >= 200 && $last['status'] < 300;
		echo '<table class="widefat striped" id="piazza-webhook-last"><caption class="screen-reader-text">' . esc_html__( 'Esito dell’ultima chiamata del webhook', 'piazza' ) . '</caption><tbody>';
		$rows = array(
			__( 'Quando (UTC)', 'piazza' )     => (string) $last['time'],
			__( 'Contenuto', 'piazza' )        => (string) $last['event'],
			__( 'Esito', 'piazza' )            => $ok ? __( 'riuscita', 'piazza' ) : __( 'non riuscita', 'piazza' ),
			__( 'Stato HTTP', 'piazza' )       => 0 === (int) $last['status'] ? __( 'nessuna risposta', 'piazza' ) : (string) $last['status'],
			__( 'Errore', 'piazza' )           => '' === (string) $last['error'] ? '—' : (string) $last['error'],
			__( 'Tentativo', 'piazza' )        => (string) $last['attempt'],
			__( 'Prossimo tentativo', 'piazza' ) => '' === (string) $last['retry'] ? '—' : (string) $last['retry'],
		);
		foreach ( $rows as $label => $value ) {
			echo '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . esc_html( $value ) . '</td></tr>';
		}
		echo '</tbody></table>';
	}
}
