<?php
/**
 * The plugin's URL policy: http(s) or site-relative only, feed placeholders kept.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Cleans a URL typed by a webmaster or an author: http and https only (a site-relative
 * path is allowed), `{lang}`, `{from}` and `{to}` kept as they are (esc_url_raw would
 * strip the braces the widgets expand). Returns '' for anything else, `javascript:` included.
 *
 * @param string $value The URL as typed.
 * @return string The cleaned URL, or ''.
 */
function provincial_widgets_clean_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$held   = array();
	$masked = preg_replace_callback(
		'/\{(lang|from|to)\}/',
		static function ( $m ) use ( &$held ) {
			$held[] = $m[0];
			return 'PWPLACEHOLDER' . ( count( $held ) - 1 ) . 'X';
		},
		$value
	);
	// A value without a scheme would get http:// prepended by esc_url_raw: only '/' paths may be relative.
	if ( ! preg_match( '#^(https?://|/(?!/))#i', $masked ) ) {
		return '';
	}
	$clean = esc_url_raw( $masked, array( 'http', 'https' ) );
	if ( '' === $clean ) {
		return '';
	}
	return preg_replace_callback(
		'/PWPLACEHOLDER(\d+)X/',
		static function ( $m ) use ( $held ) {
			return $held[ (int) $m[1] ];
		},
		$clean
	);
}

/**
 * The site a feed URL belongs to (scheme, host and port, then '/'): where a reader without
 * scripts is sent. A site-relative feed belongs to this site.
 *
 * @param string $feed A cleaned feed URL.
 * @return string The portal's home URL.
 */
function provincial_widgets_portal_url( $feed ) {
	$parts = wp_parse_url( $feed );
	if ( empty( $parts['host'] ) ) {
		return home_url( '/' );
	}
	$port = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
	return ( isset( $parts['scheme'] ) ? $parts['scheme'] : 'https' ) . '://' . $parts['host'] . $port . '/';
}
