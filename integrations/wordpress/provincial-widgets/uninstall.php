<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package ProvincialWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'provincial_widgets' );
