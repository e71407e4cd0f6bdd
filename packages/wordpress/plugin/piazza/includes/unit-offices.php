<?php
/**
 * Offices for booking from the content: the organisational units (post type of the
 * `unita-organizzativa` collection) whose `booking` section is filled (type, schedule, reasons:
 * the fields of the theme's JSON Schema). They are offered next to the plugin's own offices
 * (Piazza → Uffici), which win when both have the same slug: one source of truth for the static
 * site and for WordPress. Slots of 30 minutes, one place each, as the theme's own booking page.
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Units with a booking section, as offices.
 */
final class Piazza_Unit_Offices {

	const COLLECTION = 'unita-organizzativa';

	/**
	 * The post type of the units, when the content model has it.
	 */
	public static function post_type(): ?string {
		foreach ( Piazza_Content::collections() as $c ) {
			if ( self::COLLECTION === ( $c['name'] ?? '' ) ) {
				return (string) $c['postType'];
			}
		}
		return null;
	}

	/**
	 * A unit as an office, or null when its booking section is missing or unusable.
	 *
	 * @param WP_Post $p Post.
	 * @return array<string, mixed>|null
	 */
	public static function describe( WP_Post $p ): ?array {
		$b = get_post_meta( $p->ID, 'booking', true );
		if ( ! is_array( $b ) || ! is_array( $b['schedule'] ?? null ) || ! is_array( $b['reasons'] ?? null ) ) {
			return null;
		}
		$schedule = array();
		foreach ( $b['schedule'] as $o ) {
			$days = is_array( $o['days'] ?? null ) ? array_values( array_intersect( $o['days'], array_keys( Piazza_Slots::DAYS ) ) ) : array();
			$from = is_string( $o['from'] ?? null ) ? $o['from'] : '';
			$to   = is_string( $o['to'] ?? null ) ? $o['to'] : '';
			if ( $days && preg_match( '/^([01]\d|2[0-3]):[0-5]\d$/', $from ) && preg_match( '/^([01]\d|2[0-3]):[0-5]\d$/', $to ) && $from < $to ) {
				$schedule[] = compact( 'days', 'from', 'to' );
			}
		}
		$reasons = array();
		foreach ( $b['reasons'] as $label ) {
			if ( is_string( $label ) && '' !== trim( $label ) ) {
				$reasons[ sanitize_title( $label ) ] = $label;
			}
		}
		if ( ! $schedule || ! $reasons ) {
			return null;
		}
		$type = is_string( $b['type'] ?? null ) && '' !== trim( $b['type'] ) ? $b['type'] : $p->post_title;
		return array(
			'id'       => $p->post_name,
			'typeId'   => sanitize_title( $type ),
			'typeName' => $type,
			'name'     => $p->post_title,
			'address'  => '',
			'hours'    => '',
			'phone'    => '',
			'email'    => '',
			'schedule' => $schedule,
			'reasons'  => $reasons,
			'closures' => array(),
			'minutes'  => 30,
			'places'   => 1,
		);
	}

	/**
	 * Published units with a usable booking section, by title.
	 *
	 * @param string $slug Only this unit ('' for all).
	 * @return array<int, array<string, mixed>>
	 */
	public static function all( string $slug = '' ): array {
		$type = self::post_type();
		if ( ! $type ) {
			return array();
		}
		$args = array(
			'post_type'      => $type,
			'post_status'    => 'publish',
			'posts_per_page' => '' === $slug ? 500 : 1,
			'orderby'        => 'title',
			'order'          => 'ASC',
			'meta_key'       => 'booking', // phpcs:ignore WordPress.DB.SlowDBQuery
		);
		if ( '' !== $slug ) {
			$args['name'] = $slug;
		}
		return array_values( array_filter( array_map( array( self::class, 'describe' ), get_posts( $args ) ) ) );
	}

	/**
	 * The plugin's own offices with the units added (an own office wins on the same slug).
	 *
	 * @param array<int, array<string, mixed>> $own The plugin's offices.
	 * @return array<int, array<string, mixed>>
	 */
	public static function merge( array $own ): array {
		$ids = array_column( $own, 'id' );
		$all = array_merge( $own, array_filter( self::all(), static fn( $o ) => ! in_array( $o['id'], $ids, true ) ) );
		usort( $all, static fn( $a, $b ) => strcmp( $a['name'], $b['name'] ) );
		return $all;
	}
}
