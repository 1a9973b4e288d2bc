<?php
/**
 * Settings › Alliance 8.7 widgets: the content file (`src`) every widget on the site uses unless
 * its own block or shortcode names one, with a check that runs the bundle's own validation.
 *
 * @package Alliance87Widgets
 */

defined( 'ABSPATH' ) || exit;

/** Keeps an http(s) address or nothing; anything else is refused with a message. */
function alliance87_sanitize_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$address = alliance87_web_address( $value );
	if ( '' === $address ) {
		add_settings_error(
			ALLIANCE87_OPTION_SRC,
			'alliance87-src',
			/* translators: %s: the address given. */
			sprintf( __( '"%s" is not an http(s) address; the content file was not changed.', 'alliance87-widgets' ), $value )
		);
		return get_option( ALLIANCE87_OPTION_SRC, '' );
	}
	return esc_url_raw( $address, array( 'http', 'https' ) );
}

function alliance87_register_settings() {
	register_setting(
		'alliance87-widgets',
		ALLIANCE87_OPTION_SRC,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'alliance87_sanitize_src',
		)
	);
}
add_action( 'admin_init', 'alliance87_register_settings' );

function alliance87_settings_menu() {
	$page = add_options_page(
		__( 'Alliance 8.7 widgets', 'alliance87-widgets' ),
		__( 'Alliance 8.7 widgets', 'alliance87-widgets' ),
		'manage_options',
		'alliance87-widgets',
		'alliance87_settings_page'
	);
	add_action(
		'load-' . $page,
		function () {
			add_action( 'admin_enqueue_scripts', 'alliance87_settings_assets' );
		}
	);
}

/** The settings page's check: the bundle, and the script that asks it. */
function alliance87_settings_assets() {
	alliance87_enqueue_bundle();
	wp_enqueue_script( 'alliance87-settings', plugins_url( 'admin/settings.js', __DIR__ ), array(), alliance87_release()['contract']['version'], true );
	wp_localize_script(
		'alliance87-settings',
		'alliance87SettingsText',
		array(
			'checking'       => __( 'Checking the file…', 'alliance87-widgets' ),
			'empty'          => __( 'Enter the address of a content file first.', 'alliance87-widgets' ),
			'valid'          => __( 'No problems: the widgets will show this file.', 'alliance87-widgets' ),
			'problems'       => __( 'The widgets cannot use this file and would show their built-in content. Problems found:', 'alliance87-widgets' ),
			'unavailable'    => __( 'The widgets did not start on this page, so the file cannot be checked here.', 'alliance87-widgets' ),
			'cannotRead'     => __( 'The widgets cannot read this file, so they would show their built-in content: {reason}.', 'alliance87-widgets' ),
			/* translators: {origin} is the file's server and {page} this site: keep both as they are. */
			'cors'           => __( 'blocked by CORS: the server at {origin} must send the header "Access-Control-Allow-Origin: *" (or "Access-Control-Allow-Origin: {page}") with the file', 'alliance87-widgets' ),
			'unreachable'    => __( 'no server answered at this address: check it, or whether a network or firewall blocks it', 'alliance87-widgets' ),
			'insecure'       => __( 'this site is https, and browsers refuse to read an http address from it: give the https address', 'alliance87-widgets' ),
			/* translators: {n} is a number of seconds: keep it as it is. */
			'timeout'        => __( 'no answer within {n} seconds: the server is too slow or does not answer', 'alliance87-widgets' ),
			/* translators: {status} is an HTTP status such as "404 Not Found": keep it as it is. */
			'http'           => __( 'the server answered HTTP {status}: there is no content file at this address', 'alliance87-widgets' ),
			'webPage'        => __( 'this address gives a web page, not a content file', 'alliance87-widgets' ),
			/* translators: {url} is where the address led: keep it as it is. */
			'redirectedPage' => __( 'this address gives a web page, not a content file (it leads to {url})', 'alliance87-widgets' ),
			/* translators: {n} is a size in KiB: keep it as it is. */
			'tooLarge'       => __( 'the file is larger than {n} KiB, the most the widgets read', 'alliance87-widgets' ),
			'interrupted'    => __( 'the connection broke while the file was read', 'alliance87-widgets' ),
			'timeoutSeconds' => alliance87_release()['contract']['checks']['content_timeout_seconds'],
			'maxBytes'       => alliance87_release()['contract']['checks']['content_max_bytes'],
			'copied'         => __( 'Copied.', 'alliance87-widgets' ),
			'copyFailed'     => __( 'This browser did not allow copying: select the address and copy it.', 'alliance87-widgets' ),
		)
	);
}
add_action( 'admin_menu', 'alliance87_settings_menu' );

function alliance87_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$src = get_option( ALLIANCE87_OPTION_SRC, '' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php alliance87_admin_tabs( 'alliance87-widgets' ); ?>
		<?php alliance87_published_address(); ?>
		<p><?php esc_html_e( 'The widgets show the action groups from the content built into them. To show an updated content file on every widget of this site, give its address here; a block or shortcode with its own content file keeps it.', 'alliance87-widgets' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'alliance87-widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="alliance87-src"><?php esc_html_e( 'Content file (src)', 'alliance87-widgets' ); ?></label></th>
					<td>
						<input type="url" id="alliance87-src" name="<?php echo esc_attr( ALLIANCE87_OPTION_SRC ); ?>" value="<?php echo esc_attr( $src ); ?>" class="regular-text code" aria-describedby="alliance87-src-description" />
						<button type="button" class="button" id="alliance87-check"><?php esc_html_e( 'Check this file', 'alliance87-widgets' ); ?></button>
						<p class="description" id="alliance87-src-description"><?php esc_html_e( 'An http(s) address. Leave it empty to use the built-in content. The check reads the file as the widgets do and lists every problem with its place in the file.', 'alliance87-widgets' ); ?></p>
						<div id="alliance87-check-result" role="status"></div>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * Where this site's published content is, with a Copy button and what partners do with it; or,
 * while nothing is published, where to publish it.
 */
function alliance87_published_address() {
	$published = alliance87_content_post();
	echo '<h2>' . esc_html__( "This site's content for partners", 'alliance87-widgets' ) . '</h2>';
	if ( ! $published ) {
		echo '<p>' . esc_html__( 'Nothing is published yet: the widgets show their built-in content.', 'alliance87-widgets' );
		if ( alliance87_can_publish() ) {
			echo ' <a href="' . esc_url( admin_url( 'options-general.php?page=alliance87-content' ) ) . '">' . esc_html__( 'Edit and publish the content', 'alliance87-widgets' ) . '</a>';
		}
		echo '</p>';
		return;
	}
	?>
	<p><label for="alliance87-address"><?php esc_html_e( 'Address of the published content', 'alliance87-widgets' ); ?></label><br />
		<input type="url" id="alliance87-address" class="large-text code" readonly value="<?php echo esc_attr( alliance87_content_address() ); ?>" aria-describedby="alliance87-address-description" />
		<button type="button" class="button" id="alliance87-copy-address"><?php esc_html_e( 'Copy', 'alliance87-widgets' ); ?></button>
		<span id="alliance87-copy-result" role="status"></span></p>
	<p class="description" id="alliance87-address-description"><?php esc_html_e( "Every widget of this site shows this content. Partners give this address as the content file: in the embed builder's content field, or, on their own WordPress, in the content file field below. Their widgets then show what is published here within five minutes.", 'alliance87-widgets' ); ?></p>
	<?php
}

/** A "Settings" link on the plugin's row of the Plugins screen. */
function alliance87_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$settings = '<a href="' . esc_url( admin_url( 'options-general.php?page=alliance87-widgets' ) ) . '">' . esc_html__( 'Settings', 'alliance87-widgets' ) . '</a>';
		array_unshift( $links, $settings );
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( dirname( __DIR__ ) . '/alliance87-widgets.php' ), 'alliance87_action_links' );

/** Remembered at activation, so the next admin screen says once what to do next. */
function alliance87_activated() {
	set_transient( 'alliance87_activated', 1, HOUR_IN_SECONDS );
}

/** One line after activation: where the widgets are, and where the settings are. */
function alliance87_activation_notice() {
	if ( ! get_transient( 'alliance87_activated' ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	delete_transient( 'alliance87_activated' );
	printf(
		'<div class="notice notice-success is-dismissible alliance87-activated"><p>%s <a href="%s">%s</a></p></div>',
		esc_html__( 'Alliance 8.7 widgets is ready: add the "Alliance 8.7 widget" block (or the [alliance87] shortcode) to any page.', 'alliance87-widgets' ),
		esc_url( admin_url( 'options-general.php?page=alliance87-widgets' ) ),
		esc_html__( 'Settings: a content file for the whole site', 'alliance87-widgets' )
	);
}
add_action( 'admin_notices', 'alliance87_activation_notice' );
