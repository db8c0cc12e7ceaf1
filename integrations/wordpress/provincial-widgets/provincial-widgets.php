<?php
/**
 * Plugin Name:       Provincial Widgets
 * Description:       Shortcodes for the provincial portal's widgets: news list, article, training calendar, language switcher and share bar. Loads the widget host's autoloader once per page, as a module.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       provincial-widgets
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version, the same as the npm package it ships with. */
define( 'PROVINCIAL_WIDGETS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/urls.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/loader.php';
require_once __DIR__ . '/includes/shortcodes.php';
