<?php
/**
 * One shortcode per element: [pw_news_list page_size="6"] writes
 * <pw-news-list src="…" page-size="6"><a href="…">…</a></pw-news-list>.
 *
 * @package ProvincialWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attributes that hold a URL: they go through provincial_widgets_clean_url(). */
const PROVINCIAL_WIDGETS_URL_ATTRIBUTES = array( 'src', 'url', 'href-vi', 'href-en' );

/**
 * Registers [pw_news_list], [pw_article_card], [pw_training_calendar], [pw_language_switcher]
 * and [pw_share_bar].
 */
function provincial_widgets_register_shortcodes() {
	foreach ( array_keys( provincial_widgets_elements() ) as $tag ) {
		add_shortcode( str_replace( '-', '_', $tag ), 'provincial_widgets_shortcode' );
	}
}
add_action( 'init', 'provincial_widgets_register_shortcodes' );

/**
 * Renders one element. Attribute names use `_` or `-`; a flag is on when it is present
 * (`[pw_training_calendar lunar]`) unless its value is false, 0, no or off. Unknown
 * attributes and unsafe URLs are dropped with an HTML comment naming them. The light-DOM
 * fallback link (`link`, `link_text`) is always written: readers without scripts follow it.
 *
 * @param array|string $atts      The shortcode's attributes ('' when there are none).
 * @param string|null  $content   Unused.
 * @param string       $shortcode The shortcode's name.
 * @return string The element's HTML.
 */
function provincial_widgets_shortcode( $atts, $content, $shortcode ) {
	$tag      = str_replace( '_', '-', $shortcode );
	$elements = provincial_widgets_elements();
	$spec     = $elements[ $tag ];
	$values   = array();
	$dropped  = array();
	$link     = '';
	$text     = '';
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// A positional word is a flag: WordPress gives it a numeric key.
		$name  = is_int( $key ) ? strtolower( (string) $value ) : str_replace( '_', '-', (string) $key );
		$value = is_int( $key ) ? '' : (string) $value;
		if ( 'link' === $name ) {
			$link = provincial_widgets_clean_url( $value );
		} elseif ( 'link-text' === $name ) {
			$text = $value;
		} elseif ( ! isset( $spec['attributes'][ $name ] ) ) {
			$dropped[] = $name;
		} elseif ( 'flag' === $spec['attributes'][ $name ] ) {
			if ( ! in_array( strtolower( $value ), array( 'false', '0', 'no', 'off' ), true ) ) {
				$values[ $name ] = true;
			}
		} elseif ( in_array( $name, PROVINCIAL_WIDGETS_URL_ATTRIBUTES, true ) ) {
			$clean = provincial_widgets_clean_url( $value );
			if ( '' === $clean ) {
				$dropped[] = $name;
			} else {
				$values[ $name ] = $clean;
			}
		} else {
			$values[ $name ] = $value;
		}
	}
	if ( $spec['feed'] && empty( $values['src'] ) ) {
		$feed = provincial_widgets_settings()['feed'];
		if ( '' !== $feed ) {
			$values['src'] = $feed;
		}
	}

	provincial_widgets_enqueue();
	$html = '';
	if ( $dropped ) {
		// The names are the author's own words: keep only characters that cannot end the comment.
		$names = preg_replace( '/[^a-z0-9_ -]+/i', '?', implode( ', ', array_unique( $dropped ) ) );
		$html .= sprintf( '<!-- provincial-widgets: [%s] ignored %s -->', esc_html( $shortcode ), esc_html( preg_replace( '/-{2,}/', '-', $names ) ) );
	}
	$html .= '<' . $tag;
	foreach ( $values as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	list( $href, $default_text ) = provincial_widgets_fallback( $tag, $values );
	$href                        = '' !== $link ? $link : $href;
	$text                        = '' !== trim( $text ) ? $text : $default_text;
	return $html . sprintf( '><a href="%s">%s</a></%s>', esc_url( $href ), esc_html( $text ), $tag );
}

/**
 * The fallback link of an element without `link`: the feed's portal for the feed widgets, the
 * other edition for the switcher, a Facebook share of this page for the share bar.
 *
 * @param string $tag    The element's name.
 * @param array  $values Its attributes.
 * @return array{0: string, 1: string} The URL and the link text.
 */
function provincial_widgets_fallback( $tag, $values ) {
	$vi    = 0 === strpos( determine_locale(), 'vi' );
	$texts = array(
		'pw-news-list'         => array( 'Xem tin tức trên Cổng thông tin', 'Read the news on the portal' ),
		'pw-article-card'      => array( 'Đọc bài viết trên Cổng thông tin', 'Read the article on the portal' ),
		'pw-training-calendar' => array( 'Xem lịch tập huấn trên Cổng thông tin', 'See the training calendar on the portal' ),
		'pw-share-bar'         => array( 'Chia sẻ bài viết lên Facebook', 'Share this page on Facebook' ),
	);
	if ( 'pw-language-switcher' === $tag ) {
		if ( ! empty( $values['href-en'] ) ) {
			return array( $values['href-en'], 'English' );
		}
		return array( ! empty( $values['href-vi'] ) ? $values['href-vi'] : home_url( '/' ), 'Tiếng Việt' );
	}
	$text = $texts[ $tag ][ $vi ? 0 : 1 ];
	if ( 'pw-share-bar' === $tag ) {
		$page = ! empty( $values['url'] ) ? $values['url'] : get_permalink();
		return array( 'https://www.facebook.com/sharer/sharer.php?u=' . rawurlencode( (string) $page ), $text );
	}
	return array( provincial_widgets_portal_url( isset( $values['src'] ) ? $values['src'] : '' ), $text );
}
