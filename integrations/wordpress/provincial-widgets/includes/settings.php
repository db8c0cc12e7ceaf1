<?php
/**
 * Settings → Provincial Widgets: the widget host's URL and the default feed.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's settings, with defaults filled in.
 *
 * @return array{host: string, feed: string} The host folder (ending in '/') and the default feed URL.
 */
function provincial_widgets_settings() {
	$saved = get_option( 'provincial_widgets', array() );
	return array(
		'host' => isset( $saved['host'] ) ? (string) $saved['host'] : '',
		'feed' => isset( $saved['feed'] ) ? (string) $saved['feed'] : '',
	);
}

/**
 * Cleans the submitted settings: URLs only through the plugin's URL policy, and the host
 * always ends in '/', so the autoloader's URL is always spelled the same way.
 *
 * @param mixed $input The submitted values.
 * @return array{host: string, feed: string} The values to store.
 */
function provincial_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$host  = provincial_widgets_clean_url( isset( $input['host'] ) ? $input['host'] : '' );
	$feed  = provincial_widgets_clean_url( isset( $input['feed'] ) ? $input['feed'] : '' );
	if ( '' !== $host ) {
		$host = trailingslashit( preg_replace( '#/autoloader\.js$#', '', $host ) );
	}
	return array(
		'host' => $host,
		'feed' => $feed,
	);
}

/**
 * Registers the option and its two fields.
 */
function provincial_widgets_register_settings() {
	register_setting(
		'provincial_widgets',
		'provincial_widgets',
		array(
			'type'              => 'object',
			'sanitize_callback' => 'provincial_widgets_sanitize_settings',
			'default'           => array(
				'host' => '',
				'feed' => '',
			),
		)
	);
	add_settings_section( 'provincial_widgets_main', '', '__return_false', 'provincial-widgets' );
	$fields = array(
		'host' => array(
			__( 'Widget host URL', 'provincial-widgets' ),
			__( 'The folder that holds autoloader.js: the province\'s copy of dist/cdn/, or your own (for example /wp-content/uploads/provincial-widgets/).', 'provincial-widgets' ),
			'https://widgets.example.gov.vn/provincial-widgets/',
		),
		'feed' => array(
			__( 'Default feed', 'provincial-widgets' ),
			__( 'Used by [pw_news_list], [pw_article_card] and [pw_training_calendar] without src. {lang} becomes the reader\'s language.', 'provincial-widgets' ),
			'https://www.example.gov.vn/feeds/portal.{lang}.json',
		),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'provincial_widgets_' . $key,
			$field[0],
			'provincial_widgets_render_field',
			'provincial-widgets',
			'provincial_widgets_main',
			array(
				'key'         => $key,
				'help'        => $field[1],
				'placeholder' => $field[2],
				'label_for'   => 'provincial_widgets_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'provincial_widgets_register_settings' );

/**
 * Prints one URL field.
 *
 * @param array{key: string, help: string, placeholder: string, label_for: string} $args The field.
 */
function provincial_widgets_render_field( $args ) {
	$settings = provincial_widgets_settings();
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="provincial_widgets[%2$s]" value="%3$s" placeholder="%4$s" spellcheck="false"><p class="description">%5$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( $args['key'] ),
		esc_attr( $settings[ $args['key'] ] ),
		esc_attr( $args['placeholder'] ),
		esc_html( $args['help'] )
	);
}

/**
 * Adds the page under Settings.
 */
function provincial_widgets_add_settings_page() {
	add_options_page(
		__( 'Provincial Widgets', 'provincial-widgets' ),
		__( 'Provincial Widgets', 'provincial-widgets' ),
		'manage_options',
		'provincial-widgets',
		'provincial_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'provincial_widgets_add_settings_page' );

/**
 * Prints the settings page: the form, then the shortcodes an author can use.
 */
function provincial_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'provincial_widgets' );
	do_settings_sections( 'provincial-widgets' );
	submit_button();
	echo '</form><h2>' . esc_html__( 'Shortcodes', 'provincial-widgets' ) . '</h2><ul>';
	foreach ( provincial_widgets_elements() as $tag => $spec ) {
		$names = array_map(
			static function ( $name ) {
				return str_replace( '-', '_', $name );
			},
			array_keys( $spec['attributes'] )
		);
		printf(
			'<li><code>[%1$s]</code> — %2$s <code>%3$s</code></li>',
			esc_html( str_replace( '-', '_', $tag ) ),
			esc_html__( 'attributes:', 'provincial-widgets' ),
			esc_html( implode( ' ', array_merge( $names, array( 'link', 'link_text' ) ) ) )
		);
	}
	echo '</ul><p>' . esc_html__( 'In the editor you can also paste the editor-safe form, a plain link that the widgets replace: <a href="…" data-pw="news-list" data-pw-page-size="6">…</a>.', 'provincial-widgets' ) . '</p></div>';
}
