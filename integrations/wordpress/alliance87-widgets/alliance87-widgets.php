<?php
/**
 * Plugin Name:       Alliance 8.7 widgets
 * Plugin URI:        https://www.alliance87.org/
 * Description:       The Alliance 8.7 action-group explorer, priority checklists and partner self-assessment, as a block and a shortcode. The widgets ship inside the plugin: no request to any other server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Alliance 8.7 partners
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       alliance87-widgets
 * Domain Path:       /languages
 *
 * @package Alliance87Widgets
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the site-wide content file address (`src`). */
const ALLIANCE87_OPTION_SRC = 'alliance87_src';
/** The script handle of the widgets' bundle. */
const ALLIANCE87_SCRIPT = 'alliance87-widgets';

/**
 * The release shipped in `release/`: release.json (files, hashes) and widgets.json (the widgets,
 * their settings, languages and groups, written by the bundle's own build), so this plugin never
 * keeps a second list of names.
 *
 * @return array{release: array, contract: array}
 */
function alliance87_release() {
	static $cache = null;
	if ( null === $cache ) {
		$release   = json_decode( (string) file_get_contents( __DIR__ . '/release/release.json' ), true );
		$folder    = dirname( $release['loader'] );
		$contract  = json_decode( (string) file_get_contents( __DIR__ . '/release/' . $folder . '/widgets.json' ), true );
		$integrity = '';
		foreach ( $release['files'] as $file ) {
			if ( $file['path'] === $release['loader'] ) {
				$integrity = $file['integrity'];
			}
		}
		$cache = array(
			'release'   => $release,
			'contract'  => $contract,
			'integrity' => $integrity,
		);
	}
	return $cache;
}

/** The contract's setting entry for an attribute name (`language-switch`), or null. */
function alliance87_setting( $attribute ) {
	foreach ( alliance87_release()['contract']['settings'] as $setting ) {
		if ( $setting['attribute'] === $attribute ) {
			return $setting;
		}
	}
	return null;
}

/** The contract's widget entry for a name (`checklist`), or null. */
function alliance87_widget( $name ) {
	foreach ( alliance87_release()['contract']['widgets'] as $widget ) {
		if ( $widget['name'] === $name ) {
			return $widget;
		}
	}
	return null;
}

/**
 * An address the widgets may fetch, post to or link, by the contract's rules (the release's
 * widgets.json, `checks`): http(s) or relative to the page, with no space, control character,
 * `"`, `<` or `>`. The address as given, or '' when refused.
 *
 * @param string $value As given.
 * @return string
 */
function alliance87_web_address( $value ) {
	$value  = trim( (string) $value );
	$checks = alliance87_release()['contract']['checks'];
	if ( '' === $value || preg_match( '/' . $checks['address_forbidden'] . '/', $value ) ) {
		return '';
	}
	if ( preg_match( '/' . $checks['address_scheme'] . '/', $value, $scheme ) && ! in_array( strtolower( $scheme[1] ), $checks['address_schemes'], true ) ) {
		return '';
	}
	return $value;
}

/**
 * Checks one setting's value by the embedding contract, as the widget would (the release's
 * widgets.json carries the rules; tests/contract-cases.json holds this function, the runtime
 * and the block editor to the same verdicts): the value to write (true for a flag that is on,
 * false for one that is off), null for an empty value (the setting keeps its default), or a
 * WP_Error saying what is wrong.
 *
 * @param array  $setting The contract's entry.
 * @param string $value   As given.
 * @return string|bool|null|WP_Error
 */
function alliance87_check_value( $setting, $value ) {
	$value    = trim( (string) $value );
	$contract = alliance87_release()['contract'];
	$checks   = $contract['checks'];
	if ( 'flag' === $setting['kind'] ) {
		$lower = strtolower( $value );
		if ( in_array( $lower, $checks['flag_on'], true ) || $lower === $setting['attribute'] ) {
			return true;
		}
		if ( in_array( $lower, $checks['flag_off'], true ) ) {
			return false;
		}
		/* translators: 1: the attribute, 2: the value given. */
		return new WP_Error( 'alliance87', sprintf( __( '%1$s takes true or false, not "%2$s"', 'alliance87-widgets' ), $setting['attribute'], $value ) );
	}
	if ( '' === $value ) {
		return null;
	}
	switch ( $setting['kind'] ) {
		case 'language':
			$codes   = wp_list_pluck( $contract['languages'], 'code' );
			$primary = strtolower( (string) preg_split( '/[' . preg_quote( $checks['language_separators'], '/' ) . ']/', $value )[0] );
			if ( in_array( $primary, $codes, true ) ) {
				return $primary;
			}
			/* translators: 1: the value given, 2: the supported languages. */
			return new WP_Error( 'alliance87', sprintf( __( 'unsupported language "%1$s" (supported: %2$s)', 'alliance87-widgets' ), $value, implode( ', ', $codes ) ) );
		case 'group':
			if ( strlen( $value ) <= $checks['group_max_chars'] && preg_match( '/' . $checks['group_pattern'] . '/', $value ) ) {
				return $value;
			}
			/* translators: %s: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( 'group "%s" is not a group id', 'alliance87-widgets' ), $value ) );
		default:
			$address = alliance87_web_address( $value );
			if ( '' !== $address ) {
				return $address;
			}
			/* translators: 1: the attribute, 2: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( '%1$s "%2$s" is not an http(s) address', 'alliance87-widgets' ), $setting['attribute'], $value ) );
	}
}

/** The contract's theme entry for a property name (`accent`), or null. */
function alliance87_theme_entry( $name ) {
	foreach ( alliance87_release()['contract']['theme'] as $entry ) {
		if ( $entry['name'] === $name ) {
			return $entry;
		}
	}
	return null;
}

/**
 * Checks one theme value by the contract's rules (widgets.json `theme[].kind` and `checks`), as
 * src/theme.rs and the frame page's theme-check.js do, held to tests/contract-cases.json: the
 * value to write, null for an empty value (the widget keeps its own), or a WP_Error saying what
 * is wrong. What passes cannot leave its custom property: no `;`, braces or quotes that close.
 *
 * @param array  $entry The contract's theme entry.
 * @param string $value As given.
 * @return string|null|WP_Error
 */
function alliance87_check_theme( $entry, $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	$checks  = alliance87_release()['contract']['checks'];
	$lower   = strtolower( $value );
	$matches = function ( $pattern ) use ( $lower ) {
		return 1 === preg_match( '~' . $pattern . '~', $lower );
	};
	switch ( $entry['kind'] ) {
		case 'colour':
			if ( $matches( $checks['colour_pattern'] ) || in_array( $lower, $checks['colour_names'], true ) ) {
				return $value;
			}
			/* translators: 1: the theme property, 2: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( '%1$s "%2$s" is not a colour (such as #0b5cab)', 'alliance87-widgets' ), $entry['name'], $value ) );
		case 'length':
			if ( $matches( $checks['length_pattern'] ) ) {
				return $value;
			}
			/* translators: 1: the theme property, 2: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( '%1$s "%2$s" is not a length (such as 8px)', 'alliance87-widgets' ), $entry['name'], $value ) );
		case 'font_size':
			if ( in_array( $lower, $checks['font_size_keywords'], true ) || $matches( $checks['length_pattern'] ) ) {
				return $value;
			}
			/* translators: 1: the theme property, 2: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( '%1$s "%2$s" is not a font size (such as medium or 16px)', 'alliance87-widgets' ), $entry['name'], $value ) );
		default:
			if ( $matches( $checks['font_list_pattern'] ) ) {
				return $value;
			}
			/* translators: 1: the theme property, 2: the value given. */
			return new WP_Error( 'alliance87', sprintf( __( '%1$s "%2$s" is not a list of fonts (such as Georgia, serif)', 'alliance87-widgets' ), $entry['name'], $value ) );
	}
}

/**
 * The widget's markup: the data-attribute form, which survives the editor and kses, every value
 * checked and escaped. Shared by the shortcode and the block, so the two cannot differ. Problems
 * become an HTML comment, and a notice only users who edit posts see.
 *
 * @param array $attributes Attribute names as on the element (`language-switch`); a flag may
 *                          also come as a bare word (a numeric key).
 * @return string
 */
function alliance87_render_widget( $attributes ) {
	$problems = array();
	$name     = isset( $attributes['widget'] ) ? trim( (string) $attributes['widget'] ) : 'explorer';
	$widget   = alliance87_widget( $name );
	if ( null === $widget ) {
		$known = wp_list_pluck( alliance87_release()['contract']['widgets'], 'name' );
		/* translators: 1: the value given, 2: the known widgets. */
		$problems[] = sprintf( __( 'unknown widget "%1$s" (known: %2$s); showing the explorer', 'alliance87-widgets' ), $name, implode( ', ', $known ) );
		$widget     = alliance87_widget( 'explorer' );
	}
	$contract = alliance87_release()['contract'];
	$html     = array( $contract['data_widget'] => $widget['name'] );
	$style    = array();
	foreach ( $attributes as $key => $value ) {
		if ( is_int( $key ) ) {
			// `[alliance87 language-switch]`: a bare flag.
			$key   = strtolower( trim( (string) $value ) );
			$value = '';
		}
		if ( 'widget' === $key ) {
			continue;
		}
		$theme = alliance87_theme_entry( $key );
		if ( null !== $theme ) {
			$checked = alliance87_check_theme( $theme, $value );
			if ( is_wp_error( $checked ) ) {
				$problems[] = $checked->get_error_message() . __( '; ignored', 'alliance87-widgets' );
			} elseif ( null !== $checked ) {
				$style[] = $theme['property'] . ': ' . $checked;
			}
			continue;
		}
		$setting = alliance87_setting( $key );
		if ( null === $setting ) {
			/* translators: %s: the attribute. */
			$problems[] = sprintf( __( 'unknown attribute "%s" ignored', 'alliance87-widgets' ), $key );
			continue;
		}
		if ( ! in_array( $key, $widget['settings'], true ) ) {
			/* translators: 1: the attribute, 2: the widget. */
			$problems[] = sprintf( __( '%1$s does nothing in the %2$s widget; ignored', 'alliance87-widgets' ), $key, $widget['name'] );
			continue;
		}
		$checked = alliance87_check_value( $setting, $value );
		if ( is_wp_error( $checked ) ) {
			$problems[] = $checked->get_error_message() . __( '; ignored', 'alliance87-widgets' );
		} elseif ( true === $checked ) {
			$html[ $setting['data_attribute'] ] = '';
		} elseif ( is_string( $checked ) ) {
			$html[ $setting['data_attribute'] ] = $checked;
		}
	}
	$site_src = alliance87_site_src();
	if ( ! isset( $html['data-src'] ) && '' !== $site_src && in_array( 'src', $widget['settings'], true ) ) {
		$html['data-src'] = $site_src;
	}

	// The theme, as custom properties the widget reads through its shadow root.
	if ( $style ) {
		$html['style'] = implode( '; ', $style );
	}

	alliance87_enqueue_bundle();
	$out = alliance87_module_hint() . '<div';
	foreach ( $html as $attribute => $value ) {
		$out .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
	}
	$out .= '>' . alliance87_prerendered( $widget['name'], $html ) . '</div>';
	if ( $problems ) {
		// A comment cannot be closed from inside: no "--" and no ">" in its text.
		$comment = str_replace( array( '--', '>' ), array( '- -', '›' ), implode( '; ', $problems ) );
		$out     = '<!-- Alliance 8.7 widgets: ' . $comment . ' -->' . $out;
		if ( current_user_can( 'edit_posts' ) ) {
			$notice = '<p class="alliance87-editor-notice" role="note"><strong>' . esc_html__( 'Alliance 8.7 widgets (only editors see this):', 'alliance87-widgets' ) . '</strong> ';
			$out    = $notice . esc_html( implode( '; ', $problems ) ) . '</p>' . $out;
		}
	}
	return $out;
}

/**
 * Before the page's first widget: a hint that starts downloading the WebAssembly module while
 * the page is still being read, instead of once the script in the footer runs. Browsers ignore
 * `integrity` on this kind of preload; the loader checks the module's hash when it uses it.
 *
 * @return string The `<link>` the first time, then ''.
 */
function alliance87_module_hint() {
	static $printed = false;
	if ( $printed ) {
		return '';
	}
	$printed = true;
	$module  = alliance87_release()['release']['module'];
	return '<link rel="preload" href="' . esc_url( plugins_url( 'release/' . $module, __FILE__ ) ) . '" as="fetch" crossorigin="anonymous">';
}

/**
 * The widget's first screen, pre-rendered by the release's build (a declarative shadow root the
 * bundle takes over in place), so visitors read it before the script runs, or without it. Only
 * where the release holds that exact first screen: a language (the widget's, else the site's),
 * the checklist's group, an explorer without an open group. With a content file (`src`, or
 * the site's published content) it shows the built-in content until that file is in, and what
 * differs is then replaced in place.
 *
 * @param string $widget The widget's name.
 * @param array  $html   The data attributes about to be written.
 * @return string Trusted markup from the release, or ''.
 */
function alliance87_prerendered( $widget, $html ) {
	// The editor's preview comes through the REST API and is set with innerHTML, where a
	// declarative shadow root is never parsed (the browser warns): the bundle mounts it live.
	if ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
		return '';
	}
	$contract = alliance87_release()['contract'];
	$lang     = isset( $html['data-lang'] ) ? $html['data-lang'] : strtolower( substr( get_bloginfo( 'language' ), 0, 2 ) );
	if ( ! in_array( $lang, wp_list_pluck( $contract['languages'], 'code' ), true ) ) {
		$lang = 'en';
	}
	$group = isset( $html['data-group'] ) ? $html['data-group'] : null;
	// The release's index says which first screens it holds (none for an explorer on a group,
	// or a checklist without one), so no rule is repeated here.
	$file = null;
	foreach ( $contract['first_screens'] as $screen ) {
		if ( $screen['widget'] === $widget && $screen['lang'] === $lang && $screen['group'] === $group ) {
			$file = $screen['file'];
		}
	}
	$path = __DIR__ . '/release/prerendered/' . $file;
	if ( null === $file || basename( $file ) !== $file || ! is_readable( $path ) ) {
		return '';
	}
	if ( ! preg_match( '#<template shadowrootmode="open">.*</noscript>#s', (string) file_get_contents( $path ), $match ) ) {
		return '';
	}
	$folder = dirname( alliance87_release()['release']['loader'] );
	$css    = plugins_url( 'release/' . $folder . '/alliance87.css', __FILE__ );
	return str_replace( 'href="' . $folder . '/alliance87.css"', 'href="' . esc_url( $css ) . '"', $match[0] );
}

/**
 * The content file the site's widgets read when they name none: the address set in the
 * settings, else this site's published content, else '' (the built-in content).
 *
 * @return string
 */
function alliance87_site_src() {
	// Asked once per request: a page with several widgets queries the content post once.
	static $src = null;
	if ( null === $src ) {
		$option = get_option( ALLIANCE87_OPTION_SRC, '' );
		$src    = '' !== $option ? $option : ( alliance87_content_post() ? alliance87_content_address() : '' );
	}
	return $src;
}

/** Registers the bundle; it is only printed on pages that show a widget. */
function alliance87_register_bundle() {
	$release = alliance87_release()['release'];
	wp_register_script( ALLIANCE87_SCRIPT, plugins_url( 'release/' . $release['loader'], __FILE__ ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the version is in the path.
}
add_action( 'init', 'alliance87_register_bundle' );

function alliance87_enqueue_bundle() {
	wp_enqueue_script( ALLIANCE87_SCRIPT );
}

/** The bundle is an ES module, checked against its hash (which covers the module it loads). */
function alliance87_module_tag( $tag, $handle, $src ) {
	if ( ALLIANCE87_SCRIPT !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous" id="%s-js"></script>' . "\n",
		esc_url( $src ),
		esc_attr( alliance87_release()['integrity'] ),
		esc_attr( $handle )
	);
}
add_filter( 'script_loader_tag', 'alliance87_module_tag', 10, 3 );

/** `[alliance87 widget="checklist" lang="fr" group="migration"]` */
function alliance87_shortcode( $attributes ) {
	return alliance87_render_widget( is_array( $attributes ) ? $attributes : array() );
}
add_shortcode( 'alliance87', 'alliance87_shortcode' );

/**
 * The block's attributes: the widget, and every setting under its option name
 * (`languageSwitch`), from widgets.json.
 */
function alliance87_block_attributes() {
	$attributes = array(
		'widget' => array(
			'type'    => 'string',
			'default' => 'explorer',
		),
	);
	foreach ( alliance87_release()['contract']['theme'] as $entry ) {
		$attributes[ alliance87_theme_option( $entry ) ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	foreach ( alliance87_release()['contract']['settings'] as $setting ) {
		$attributes[ $setting['option'] ] = 'flag' === $setting['kind']
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array(
				'type'    => 'string',
				'default' => '',
			);
	}
	return $attributes;
}

/** A theme property's block attribute: `accent-text` is `themeAccentText`. */
function alliance87_theme_option( $entry ) {
	return 'theme' . str_replace( ' ', '', ucwords( str_replace( '-', ' ', $entry['name'] ) ) );
}

/** The block, rendered by the same function as the shortcode. */
function alliance87_render_block( $block_attributes ) {
	$attributes = array( 'widget' => isset( $block_attributes['widget'] ) ? $block_attributes['widget'] : 'explorer' );
	$widget     = alliance87_widget( $attributes['widget'] );
	foreach ( alliance87_release()['contract']['settings'] as $setting ) {
		$value = isset( $block_attributes[ $setting['option'] ] ) ? $block_attributes[ $setting['option'] ] : null;
		// A block keeps values of settings the chosen widget does not read: they are not an error.
		if ( null === $widget || ! in_array( $setting['attribute'], $widget['settings'], true ) ) {
			continue;
		}
		if ( 'flag' === $setting['kind'] ) {
			if ( true === $value ) {
				$attributes[ $setting['attribute'] ] = 'true';
			}
		} elseif ( is_string( $value ) && '' !== trim( $value ) ) {
			$attributes[ $setting['attribute'] ] = $value;
		}
	}
	foreach ( alliance87_release()['contract']['theme'] as $entry ) {
		$option = alliance87_theme_option( $entry );
		$value  = isset( $block_attributes[ $option ] ) ? $block_attributes[ $option ] : '';
		if ( is_string( $value ) && '' !== trim( $value ) ) {
			$attributes[ $entry['name'] ] = $value;
		}
	}
	return alliance87_render_widget( $attributes );
}

function alliance87_register_block() {
	$contract = alliance87_release()['contract'];
	wp_register_script( 'alliance87-check', plugins_url( 'block/check.js', __FILE__ ), array(), $contract['version'], true );
	wp_register_script(
		'alliance87-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'alliance87-check', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		$contract['version'],
		true
	);
	// The sidebar's own words in French and Spanish (languages/…-alliance87-block-editor.json).
	wp_set_script_translations( 'alliance87-block-editor', 'alliance87-widgets', __DIR__ . '/languages' );
	wp_add_inline_script(
		'alliance87-block-editor',
		'window.alliance87BlockSettings = ' . wp_json_encode(
			array(
				'contract' => $contract,
			)
		) . ';',
		'before'
	);
	register_block_type(
		__DIR__ . '/block',
		array(
			'attributes'      => alliance87_block_attributes(),
			'render_callback' => 'alliance87_render_block',
			'editor_script'   => 'alliance87-block-editor',
		)
	);
}
add_action( 'init', 'alliance87_register_block' );

/** The real widget as the editor's preview: the bundle mounts the block's rendered markup. */
function alliance87_editor_assets() {
	alliance87_enqueue_bundle();
}
add_action( 'enqueue_block_editor_assets', 'alliance87_editor_assets' );

/** The plugin's own words in French and Spanish (languages/, compiled by the release build). */
function alliance87_load_textdomain() {
	load_plugin_textdomain( 'alliance87-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'alliance87_load_textdomain' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/studio-page.php';
register_activation_hook( __FILE__, 'alliance87_activated' );
