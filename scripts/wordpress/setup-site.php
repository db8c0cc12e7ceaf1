<?php
/**
 * Sets up the WordPress site of the plugin check (.ci/wordpress.sh), from PHP and without a browser:
 * installs the site, activates the plugin, saves its settings through the plugin's own sanitizer,
 * then creates an Author (a role without unfiltered_html) and publishes, AS THAT AUTHOR, a post with
 * every shortcode, the editor-safe form and a pasted element + script tag. Prints JSON for the check.
 *
 * Usage: php setup-site.php <post-content-file>…  (one post per file)
 * Environment: PW_WP_CONFIG (the /etc/wordpress/config-<name>.php name), PW_WP_ORIGIN (http://host:port),
 * PW_WP_WIDGETS (the widget host folder as a webmaster types it).
 *
 * @package ProvincialWidgets
 */

$origin                       = getenv( 'PW_WP_ORIGIN' );
$_SERVER['WORDPRESS_CONFIG']  = getenv( 'PW_WP_CONFIG' );
$_SERVER['HTTP_HOST']         = preg_replace( '#^https?://#', '', $origin );
$_SERVER['REQUEST_URI']       = '/';
$_SERVER['SERVER_PROTOCOL']   = 'HTTP/1.1';
define( 'WP_INSTALLING', true ); // The tables do not exist yet: do not redirect to install.php.

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Provincial widgets check', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 24 ) );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
wp_set_current_user( $installed['user_id'] );
update_option( 'WPLANG', 'vi' ); // A Vietnamese site: <html lang="vi">, so the widgets read the Vietnamese feed.

$activated = activate_plugin( 'provincial-widgets/provincial-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
require_once WP_CONTENT_DIR . '/plugins/provincial-widgets/provincial-widgets.php';
update_option(
	'provincial_widgets',
	provincial_widgets_sanitize_settings(
		array(
			'host' => getenv( 'PW_WP_WIDGETS' ),
			'feed' => '/widgets/feeds/portal.{lang}.json',
		)
	)
);

$author = wp_insert_user(
	array(
		'user_login' => 'tac-gia',
		'user_pass'  => wp_generate_password( 24 ),
		'user_email' => 'author@example.invalid',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, 'wp_insert_user: ' . $author->get_error_message() . "\n" );
	exit( 1 );
}
// Switching user runs kses_init: from here on, post content is filtered as for any Author.
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) ) {
	fwrite( STDERR, "the author can post unfiltered HTML: the check would prove nothing\n" );
	exit( 1 );
}
$posts = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
	$post_id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => basename( $file, '.html' ),
				'post_content' => file_get_contents( $file ),
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		),
		true
	);
	if ( is_wp_error( $post_id ) ) {
		fwrite( STDERR, 'wp_insert_post: ' . $post_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$posts[ basename( $file, '.html' ) ] = array(
		'url'   => get_permalink( $post_id ),
		'saved' => get_post_field( 'post_content', $post_id, 'raw' ),
	);
}
echo wp_json_encode(
	array(
		'wordpress' => get_bloginfo( 'version' ),
		'theme'     => get_stylesheet(),
		'language'  => get_locale(),
		'posts'     => $posts,
		'settings'  => get_option( 'provincial_widgets' ),
	)
);
