<?php
/**
 * The autoloader script: once per page, as a module, always under the same URL.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The autoloader's URL, or '' until the host is set. Never with `?ver=`: the same module
 * under two URLs would run twice.
 *
 * @return string The URL.
 */
function provincial_widgets_autoloader_url() {
	$host = provincial_widgets_settings()['host'];
	return '' === $host ? '' : $host . 'autoloader.js';
}

/**
 * Asks for the autoloader on this page (called by every shortcode and by the_content when it
 * holds the editor-safe form). WordPress 6.5+ prints it through its script-module API (in the
 * footer for classic themes, the head for block themes); 6.1–6.4 get one module script tag in
 * wp_footer.
 */
function provincial_widgets_enqueue() {
	static $done = false;
	$src = provincial_widgets_autoloader_url();
	if ( $done || '' === $src ) {
		return;
	}
	$done = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// A null version appends nothing; false would append ?ver=<WordPress version>.
		wp_enqueue_script_module( 'provincial-widgets-autoloader', $src, array(), null );
		return;
	}
	add_action( 'wp_footer', 'provincial_widgets_print_module' );
}

/**
 * Prints the module script tag (WordPress before 6.5).
 */
function provincial_widgets_print_module() {
	$src = provincial_widgets_autoloader_url();
	if ( '' === $src ) {
		return;
	}
	// wp_get_script_tag escapes each attribute and runs the wp_script_attributes filter (CSP nonces).
	echo wp_get_script_tag( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		array(
			'type' => 'module',
			'src'  => $src,
		)
	) . "\n";
}

/**
 * Content pasted in the editor-safe form (a link to `…#pw=news-list&…`, or `data-pw="news-list"`)
 * needs the autoloader too.
 *
 * @param string $content The post content.
 * @return string The same content.
 */
function provincial_widgets_enqueue_for_content( $content ) {
	if ( is_string( $content ) && ( false !== strpos( $content, '#pw=' ) || false !== strpos( $content, 'data-pw=' ) ) ) {
		provincial_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'provincial_widgets_enqueue_for_content', 20 );
