<?php
/**
 * Settings › Alliance 8.7 content: the release's own content studio, in a frame of this admin
 * screen (its styles and WordPress's never meet), opening what this site publishes and
 * publishing through the plugin's REST routes with the signed-in user's nonce.
 *
 * @package Alliance87Widgets
 */

defined( 'ABSPATH' ) || exit;

function alliance87_studio_menu() {
	if ( ! alliance87_can_publish() ) {
		return;
	}
	add_options_page(
		__( 'Alliance 8.7 content', 'alliance87-widgets' ),
		__( 'Alliance 8.7 content', 'alliance87-widgets' ),
		alliance87_publish_capability(),
		'alliance87-content',
		'alliance87_studio_page'
	);
}
add_action( 'admin_menu', 'alliance87_studio_menu' );

/** The tabs shared by the plugin's two screens. */
function alliance87_admin_tabs( $current ) {
	$tabs = array( 'alliance87-widgets' => __( 'Widgets', 'alliance87-widgets' ) );
	if ( alliance87_can_publish() ) {
		$tabs['alliance87-content'] = __( 'Content', 'alliance87-widgets' );
	}
	echo '<nav class="nav-tab-wrapper" aria-label="' . esc_attr__( 'Alliance 8.7 widgets', 'alliance87-widgets' ) . '">';
	foreach ( $tabs as $slug => $label ) {
		$active = $slug === $current;
		printf(
			'<a href="%s" class="nav-tab%s"%s>%s</a>',
			esc_url( admin_url( 'options-general.php?page=' . $slug ) ),
			$active ? ' nav-tab-active' : '',
			$active ? ' aria-current="page"' : '',
			esc_html( $label )
		);
	}
	echo '</nav>';
}

/** The studio page's address in the plugin's release, with what it needs to publish here. */
function alliance87_studio_address() {
	$lang = strtolower( substr( get_user_locale(), 0, 2 ) );
	return add_query_arg(
		array(
			'lang'      => rawurlencode( $lang ),
			'content'   => rawurlencode( alliance87_content_address() ),
			'revisions' => rawurlencode( rest_url( ALLIANCE87_REST . '/revisions' ) ),
			'nonce'     => rawurlencode( wp_create_nonce( 'wp_rest' ) ),
		),
		plugins_url( 'release/studio.html', __DIR__ )
	);
}

function alliance87_studio_page() {
	if ( ! alliance87_can_publish() ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php alliance87_admin_tabs( 'alliance87-content' ); ?>
		<p><?php esc_html_e( 'Edit the action groups in English, French and Spanish, check them, then publish. Every widget of this site, and every partner site whose widgets follow this address, shows what you publish within five minutes.', 'alliance87-widgets' ); ?></p>
		<iframe id="alliance87-studio" title="<?php esc_attr_e( 'Alliance 8.7 content studio', 'alliance87-widgets' ); ?>" src="<?php echo esc_url( alliance87_studio_address() ); ?>" style="display:block;width:100%;height:calc(100vh - 14rem);min-height:36rem;border:1px solid #c3c4c7;background:#fff"></iframe>
	</div>
	<?php
}
