<?php
/**
 * Development only (never in the plugin zip): imports content prepared by import.mjs into
 * WordPress, idempotently. Media are uploaded once (found again by their source path), posts are
 * found by type and slug and updated in place, meta not in the item are removed, terms are set by
 * name. Prints a JSON report.
 * php import.php <wp dir> <payload json file>
 *
 * @package Piazza
 */

[ , $piazza_wp, $piazza_payload_file ] = $argv;
require $piazza_wp . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$piazza_payload = json_decode( (string) file_get_contents( $piazza_payload_file ), true );
if ( ! is_array( $piazza_payload ) ) {
	fwrite( STDERR, "import: payload is not JSON\n" );
	exit( 1 );
}
wp_set_current_user( 1 );
$piazza_report = array(
	'media'   => array(
		'uploaded' => 0,
		'kept'     => 0,
	),
	'created' => 0,
	'updated' => 0,
	'urls'    => array(),
	'ids'     => array(),
);

// Media: one attachment per source file.
foreach ( $piazza_payload['media'] as $piazza_m ) {
	$piazza_found = get_posts(
		array(
			'post_type'   => 'attachment',
			'post_status' => 'inherit',
			'meta_key'    => '_piazza_source',
			'meta_value'  => $piazza_m['rel'],
			'numberposts' => 1,
			'fields'      => 'ids',
		)
	);
	if ( $piazza_found ) {
		$piazza_id = (int) $piazza_found[0];
		++$piazza_report['media']['kept'];
	} else {
		$piazza_up = wp_upload_bits( basename( $piazza_m['rel'] ), null, (string) file_get_contents( $piazza_m['abs'] ) );
		if ( ! empty( $piazza_up['error'] ) ) {
			fwrite( STDERR, 'upload ' . $piazza_m['rel'] . ': ' . $piazza_up['error'] . "\n" );
			exit( 1 );
		}
		$piazza_type = wp_check_filetype( $piazza_up['file'] );
		$piazza_id   = wp_insert_attachment(
			array(
				'post_title'     => pathinfo( $piazza_m['rel'], PATHINFO_FILENAME ),
				'post_mime_type' => $piazza_type['type'] ? $piazza_type['type'] : 'application/octet-stream',
				'post_status'    => 'inherit',
				'guid'           => $piazza_up['url'],
			),
			$piazza_up['file']
		);
		update_post_meta( $piazza_id, '_piazza_source', $piazza_m['rel'] );
		++$piazza_report['media']['uploaded'];
	}
	$piazza_report['urls'][ $piazza_m['rel'] ] = wp_get_attachment_url( $piazza_id );
}

/**
 * Replaces local media paths under src/url keys with their WordPress URL.
 *
 * @param mixed  $v    Value.
 * @param string $key  Key it is under.
 * @param array  $urls Source path → URL.
 * @return mixed
 */
function piazza_import_urls( $v, string $key, array $urls ) {
	if ( is_string( $v ) ) {
		return ( 'src' === $key || 'url' === $key ) && isset( $urls[ $v ] ) ? $urls[ $v ] : $v;
	}
	if ( is_array( $v ) ) {
		foreach ( $v as $k => $x ) {
			$v[ $k ] = piazza_import_urls( $x, is_int( $k ) ? $key : (string) $k, $urls );
		}
	}
	return $v;
}

foreach ( $piazza_payload['items'] as $piazza_item ) {
	$piazza_existing = get_posts(
		array(
			'post_type'   => $piazza_item['postType'],
			'name'        => $piazza_item['slug'],
			'post_status' => 'any',
			'numberposts' => 1,
			'fields'      => 'ids',
		)
	);
	$piazza_post = array(
		'post_type'    => $piazza_item['postType'],
		'post_name'    => $piazza_item['slug'],
		'post_title'   => $piazza_item['title'],
		'post_content' => $piazza_item['body'],
		'post_status'  => 'publish',
	);
	if ( $piazza_existing ) {
		$piazza_post['ID'] = (int) $piazza_existing[0];
		$piazza_id         = wp_update_post( wp_slash( $piazza_post ), true );
		++$piazza_report['updated'];
	} else {
		$piazza_id = wp_insert_post( wp_slash( $piazza_post ), true );
		++$piazza_report['created'];
	}
	if ( is_wp_error( $piazza_id ) ) {
		fwrite( STDERR, $piazza_item['postType'] . '/' . $piazza_item['slug'] . ': ' . $piazza_id->get_error_message() . "\n" );
		exit( 1 );
	}
	foreach ( $piazza_item['metaKeys'] as $piazza_key ) {
		if ( array_key_exists( $piazza_key, $piazza_item['meta'] ) ) {
			update_post_meta( $piazza_id, $piazza_key, wp_slash( piazza_import_urls( $piazza_item['meta'][ $piazza_key ], $piazza_key, $piazza_report['urls'] ) ) );
		} else {
			delete_post_meta( $piazza_id, $piazza_key );
		}
	}
	foreach ( $piazza_item['terms'] as $piazza_tax => $piazza_names ) {
		$piazza_ids = array();
		foreach ( $piazza_names as $piazza_name ) {
			$piazza_term = get_term_by( 'name', $piazza_name, $piazza_tax );
			if ( ! $piazza_term ) {
				$piazza_made = wp_insert_term( $piazza_name, $piazza_tax );
				if ( is_wp_error( $piazza_made ) && 'term_exists' === $piazza_made->get_error_code() ) {
					$piazza_made = array( 'term_id' => (int) $piazza_made->get_error_data() );
				}
				if ( is_wp_error( $piazza_made ) ) {
					fwrite( STDERR, "$piazza_tax «{$piazza_name}»: " . $piazza_made->get_error_message() . "\n" );
					exit( 1 );
				}
				$piazza_ids[] = (int) $piazza_made['term_id'];
			} else {
				$piazza_ids[] = (int) $piazza_term->term_id;
			}
		}
		wp_set_object_terms( $piazza_id, $piazza_ids, $piazza_tax );
	}
	$piazza_report['ids'][ $piazza_item['postType'] . '/' . $piazza_item['slug'] ] = $piazza_id;
}

// Site settings the plugin's settings page holds.
if ( is_array( $piazza_payload['settings'] ?? null ) ) {
	$piazza_settings = get_option( 'piazza_settings', array() );
	update_option( 'piazza_settings', array_merge( is_array( $piazza_settings ) ? $piazza_settings : array(), $piazza_payload['settings'] ) );
}
echo wp_json_encode( $piazza_report );
