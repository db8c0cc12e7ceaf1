<?php
/**
 * The elements and their attributes ('flag' = boolean). Written by scripts/build-wordpress.mjs
 * from custom-elements.json: do not edit.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements the shortcodes write, by tag name.
 *
 * @return array<string, array{feed: bool, attributes: array<string, string>}> The elements.
 */
function provincial_widgets_elements() {
	return array(
		'pw-article-card' => array(
			'feed'       => true,
			'attributes' => array(
				'item-id'       => 'value',
				'variant'       => 'value',
				'heading-level' => 'value',
				'target'        => 'value',
				'hide-image'    => 'flag',
				'hide-date'     => 'flag',
				'hide-summary'  => 'flag',
				'hide-tags'     => 'flag',
				'src'           => 'value',
				'timeout'       => 'value',
				'max-age'       => 'value',
				'theme'         => 'value',
			),
		),
		'pw-language-switcher' => array(
			'feed'       => false,
			'attributes' => array(
				'href-vi'              => 'value',
				'href-en'              => 'value',
				'variant'              => 'value',
				'mode'                 => 'value',
				'update-document-lang' => 'flag',
				'label'                => 'value',
				'theme'                => 'value',
			),
		),
		'pw-news-list' => array(
			'feed'       => true,
			'attributes' => array(
				'page-size'      => 'value',
				'layout'         => 'value',
				'tag'            => 'value',
				'heading-level'  => 'value',
				'target'         => 'value',
				'hide-image'     => 'flag',
				'hide-date'      => 'flag',
				'hide-summary'   => 'flag',
				'hide-tags'      => 'flag',
				'hide-load-more' => 'flag',
				'src'            => 'value',
				'timeout'        => 'value',
				'max-age'        => 'value',
				'theme'          => 'value',
			),
		),
		'pw-share-bar' => array(
			'feed'       => false,
			'attributes' => array(
				'url'         => 'value',
				'share-title' => 'value',
				'text'        => 'value',
				'label'       => 'value',
				'targets'     => 'value',
				'layout'      => 'value',
				'icon-only'   => 'flag',
				'zalo-oa-id'  => 'value',
				'theme'       => 'value',
			),
		),
		'pw-training-calendar' => array(
			'feed'       => true,
			'attributes' => array(
				'view'          => 'value',
				'month'         => 'value',
				'time-zone'     => 'value',
				'organizer'     => 'value',
				'audience'      => 'value',
				'tag'           => 'value',
				'query'         => 'value',
				'max-events'    => 'value',
				'heading-level' => 'value',
				'page-size'     => 'value',
				'lunar'         => 'flag',
				'src'           => 'value',
				'timeout'       => 'value',
				'max-age'       => 'value',
				'theme'         => 'value',
			),
		),
	);
}
