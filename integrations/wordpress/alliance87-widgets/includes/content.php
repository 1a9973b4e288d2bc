<?php
/**
 * The content this site publishes, kept in WordPress: one post of the plugin's own type holds
 * the published content file, and its revisions are the history (who published what, when).
 *
 * - `GET  /wp-json/alliance87/v1/content`: the published file, for any site's widgets (CORS *,
 *   an ETag, cached five minutes, no cookies needed); 404 with a message while nothing is.
 * - `POST /wp-json/alliance87/v1/content`: publish (the studio, after its own check).
 * - `GET  /wp-json/alliance87/v1/revisions`, `POST /wp-json/alliance87/v1/revisions/<id>/restore`:
 *   the history and going back to an earlier publication.
 *
 * Only users with the publishing capability (`manage_options`, filter
 * `alliance87_publish_capability`) reach anything but the public file.
 *
 * @package Alliance87Widgets
 */

defined( 'ABSPATH' ) || exit;

/** The post type holding the published content. */
const ALLIANCE87_CONTENT_TYPE = 'alliance87_content';
/** The REST namespace. */
const ALLIANCE87_REST = 'alliance87/v1';
/** How many earlier publications the history lists. */
const ALLIANCE87_HISTORY = 20;

function alliance87_register_content_type() {
	register_post_type(
		ALLIANCE87_CONTENT_TYPE,
		array(
			'label'               => __( 'Alliance 8.7 content', 'alliance87-widgets' ),
			'public'              => false,
			'show_ui'             => false,
			'show_in_rest'        => false,
			'exclude_from_search' => true,
			'rewrite'             => false,
			'query_var'           => false,
			'supports'            => array( 'title', 'editor', 'revisions' ),
		)
	);
}
add_action( 'init', 'alliance87_register_content_type' );

/** The capability that publishes content; a site may give it to another role. */
function alliance87_publish_capability() {
	return (string) apply_filters( 'alliance87_publish_capability', 'manage_options' );
}

function alliance87_can_publish() {
	return current_user_can( alliance87_publish_capability() );
}

/** The address partners' widgets read: this site's published content. */
function alliance87_content_address() {
	return rest_url( ALLIANCE87_REST . '/content' );
}

/** The post holding the published content, or null while nothing is published. */
function alliance87_content_post() {
	$posts = get_posts(
		array(
			'post_type'      => ALLIANCE87_CONTENT_TYPE,
			'post_status'    => 'publish',
			'posts_per_page' => 1,
			'orderby'        => 'ID',
			'order'          => 'ASC',
		)
	);
	return $posts ? $posts[0] : null;
}

/**
 * What PHP can check of a content file without the widgets' validator (the studio runs that one
 * before publishing): its size, well-formed JSON, an object in the format this release reads.
 *
 * @param string $text The file as sent.
 * @return true|WP_Error
 */
function alliance87_check_content_text( $text ) {
	$checks = alliance87_release()['contract']['checks'];
	if ( strlen( $text ) > $checks['content_max_bytes'] ) {
		return new WP_Error(
			'alliance87_too_large',
			/* translators: 1: the file's size in KiB, 2: the largest size in KiB. */
			sprintf( __( 'The content file is %1$s KiB; the widgets read at most %2$s KiB. Nothing was published.', 'alliance87-widgets' ), number_format_i18n( ceil( strlen( $text ) / 1024 ) ), number_format_i18n( $checks['content_max_bytes'] / 1024 ) ),
			array( 'status' => 413 )
		);
	}
	$document = json_decode( $text, true );
	if ( null === $document && JSON_ERROR_NONE !== json_last_error() ) {
		return new WP_Error(
			'alliance87_not_json',
			/* translators: %s: the JSON parser's reason. */
			sprintf( __( 'This is not a content file: it is not well-formed JSON (%s). Nothing was published.', 'alliance87-widgets' ), json_last_error_msg() ),
			array( 'status' => 400 )
		);
	}
	if ( ! is_array( $document ) || alliance87_is_list( $document ) || ! isset( $document['format'] ) || $checks['content_format'] !== $document['format'] ) {
		return new WP_Error(
			'alliance87_wrong_format',
			/* translators: %d: the content format this release reads. */
			sprintf( __( 'This is not a content file in the format these widgets read ("format": %d). Nothing was published.', 'alliance87-widgets' ), $checks['content_format'] ),
			array( 'status' => 400 )
		);
	}
	return true;
}

/** PHP 8.1's array_is_list, for PHP 7.4: a JSON array decodes to a list. */
function alliance87_is_list( $value ) {
	return array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 );
}

/**
 * Publishes `$text` as the site's content: the post is created or updated, and the publication
 * becomes a revision carrying the current user and the time.
 *
 * @param string $text A content file that passed alliance87_check_content_text().
 * @return WP_Post|WP_Error The content post.
 */
function alliance87_publish_content( $text ) {
	$post = alliance87_content_post();
	// The file is stored exactly as sent: no HTML filter may touch JSON.
	kses_remove_filters();
	$fields = array(
		'post_type'    => ALLIANCE87_CONTENT_TYPE,
		'post_status'  => 'publish',
		'post_title'   => __( 'Alliance 8.7 content', 'alliance87-widgets' ),
		'post_content' => wp_slash( $text ),
	);
	if ( $post ) {
		$fields['ID'] = $post->ID;
		$id           = wp_update_post( $fields, true );
	} else {
		$id = wp_insert_post( $fields, true );
	}
	kses_init();
	if ( is_wp_error( $id ) ) {
		return $id;
	}
	wp_save_post_revision( $id );
	clean_post_cache( $id );
	$saved = get_post( $id );
	if ( ! $saved || $saved->post_content !== $text ) {
		return new WP_Error( 'alliance87_not_stored', __( 'WordPress changed the file while storing it, so it was not published as sent. Check the database supports utf8mb4.', 'alliance87-widgets' ), array( 'status' => 500 ) );
	}
	return $saved;
}

/** The published file's ETag: changes whenever its bytes do. */
function alliance87_etag( $text ) {
	return '"' . sha1( $text ) . '"';
}

/** The revisions of the content post, newest first (each a publication). */
function alliance87_content_revisions() {
	$post = alliance87_content_post();
	if ( ! $post ) {
		return array();
	}
	return wp_get_post_revisions(
		$post->ID,
		array(
			'posts_per_page' => ALLIANCE87_HISTORY,
			'orderby'        => 'ID',
			'order'          => 'DESC',
		)
	);
}

/** One publication as the studio lists it. */
function alliance87_revision_entry( $revision, $current ) {
	$author = get_userdata( (int) $revision->post_author );
	return array(
		'id'        => (int) $revision->ID,
		'published' => mysql_to_rfc3339( $revision->post_date_gmt ),
		'author'    => $author ? $author->display_name : '',
		'current'   => $current,
		'content'   => $revision->post_content,
	);
}

/**
 * Who may publish: a signed-in user with the capability. Signed out (or a request without the
 * REST nonce, which WordPress treats as signed out) is 401, signed in without it 403.
 *
 * @return true|WP_Error
 */
function alliance87_publish_permission() {
	if ( ! is_user_logged_in() ) {
		return new WP_Error( 'alliance87_signed_out', __( 'Sign in to WordPress as an administrator to publish the content (if you are signed in, reload the page: the session has expired).', 'alliance87-widgets' ), array( 'status' => 401 ) );
	}
	if ( ! alliance87_can_publish() ) {
		return new WP_Error( 'alliance87_not_allowed', __( 'Only administrators publish the Alliance 8.7 content.', 'alliance87-widgets' ), array( 'status' => 403 ) );
	}
	return true;
}

function alliance87_get_content() {
	$post = alliance87_content_post();
	if ( ! $post ) {
		return new WP_Error( 'alliance87_nothing_published', __( 'This site has not published any Alliance 8.7 content yet; widgets show their built-in content.', 'alliance87-widgets' ), array( 'status' => 404 ) );
	}
	// Served as stored by alliance87_serve_content(), not re-encoded.
	return new WP_REST_Response( array( 'alliance87_text' => $post->post_content ), 200 );
}

function alliance87_post_content( WP_REST_Request $request ) {
	$text    = $request->get_body();
	$checked = alliance87_check_content_text( $text );
	if ( is_wp_error( $checked ) ) {
		return $checked;
	}
	$post = alliance87_publish_content( $text );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$revisions = alliance87_content_revisions();
	return new WP_REST_Response(
		array(
			'address'   => alliance87_content_address(),
			'etag'      => alliance87_etag( $text ),
			'published' => $revisions ? alliance87_revision_entry( reset( $revisions ), true ) : null,
		),
		200
	);
}

function alliance87_get_revisions() {
	$entries = array();
	foreach ( array_values( alliance87_content_revisions() ) as $index => $revision ) {
		$entries[] = alliance87_revision_entry( $revision, 0 === $index );
	}
	return new WP_REST_Response( $entries, 200 );
}

function alliance87_restore_revision( WP_REST_Request $request ) {
	$post     = alliance87_content_post();
	$id       = (int) $request['id'];
	$revision = wp_get_post_revision( $id );
	if ( ! $post || ! $revision || (int) $revision->post_parent !== $post->ID ) {
		return new WP_Error( 'alliance87_no_revision', __( 'There is no such publication of the content to restore.', 'alliance87-widgets' ), array( 'status' => 404 ) );
	}
	$checked = alliance87_check_content_text( $revision->post_content );
	if ( is_wp_error( $checked ) ) {
		return $checked;
	}
	// Restoring publishes that file again, so the restore itself is in the history.
	$restored = alliance87_publish_content( $revision->post_content );
	return is_wp_error( $restored ) ? $restored : alliance87_get_revisions();
}

function alliance87_register_content_routes() {
	register_rest_route(
		ALLIANCE87_REST,
		'/content',
		array(
			array(
				'methods'             => 'GET',
				'callback'            => 'alliance87_get_content',
				'permission_callback' => '__return_true',
			),
			array(
				'methods'             => 'POST',
				'callback'            => 'alliance87_post_content',
				'permission_callback' => 'alliance87_publish_permission',
			),
		)
	);
	register_rest_route(
		ALLIANCE87_REST,
		'/revisions',
		array(
			'methods'             => 'GET',
			'callback'            => 'alliance87_get_revisions',
			'permission_callback' => 'alliance87_publish_permission',
		)
	);
	register_rest_route(
		ALLIANCE87_REST,
		'/revisions/(?P<id>\d+)/restore',
		array(
			'methods'             => 'POST',
			'callback'            => 'alliance87_restore_revision',
			'permission_callback' => 'alliance87_publish_permission',
		)
	);
}
add_action( 'rest_api_init', 'alliance87_register_content_routes' );

/** Whether `$request` is for one of this plugin's routes. */
function alliance87_is_own_route( WP_REST_Request $request ) {
	return 0 === strpos( $request->get_route(), '/' . ALLIANCE87_REST . '/' );
}

/**
 * WordPress refuses a body that is not well-formed JSON before asking who sends it: on the
 * plugin's routes, who sends it is asked first, then the refusal says what is wrong in words.
 */
function alliance87_before_callbacks( $response, $handler, WP_REST_Request $request ) {
	if ( ! is_wp_error( $response ) || 'rest_invalid_json' !== $response->get_error_code() || ! alliance87_is_own_route( $request ) ) {
		return $response;
	}
	$permission = alliance87_publish_permission();
	if ( is_wp_error( $permission ) ) {
		return $permission;
	}
	$checked = alliance87_check_content_text( $request->get_body() );
	return is_wp_error( $checked ) ? $checked : $response;
}
add_filter( 'rest_request_before_callbacks', 'alliance87_before_callbacks', 10, 3 );

/**
 * The public file goes out as stored, for any origin and without credentials: partners' pages
 * read it with a plain fetch, and caches keep it five minutes. A conditional request whose ETag
 * still matches gets 304 and no body.
 */
function alliance87_serve_content( $served, $result, WP_REST_Request $request ) {
	if ( $served || 'GET' !== $request->get_method() || '/' . ALLIANCE87_REST . '/content' !== $request->get_route() ) {
		return $served;
	}
	// WordPress answers CORS with the caller's origin and credentials; this file needs neither.
	foreach ( array( 'Access-Control-Allow-Credentials', 'Expires', 'Pragma', 'Link', 'X-Robots-Tag' ) as $header ) {
		header_remove( $header );
	}
	header( 'Access-Control-Allow-Origin: *' );
	header( 'Access-Control-Expose-Headers: ETag' );
	header( 'Content-Type: application/json; charset=utf-8' );
	$data = $result->get_data();
	if ( $result->is_error() || ! isset( $data['alliance87_text'] ) ) {
		header( 'Cache-Control: no-cache' );
		echo wp_json_encode( $data );
		return true;
	}
	$text = $data['alliance87_text'];
	$etag = alliance87_etag( $text );
	header( 'ETag: ' . $etag );
	header( 'Cache-Control: public, max-age=300' );
	$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- compared, never printed.
	if ( in_array( $etag, array_map( 'trim', explode( ',', $asked ) ), true ) ) {
		status_header( 304 );
		return true;
	}
	echo $text; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a JSON file, served as application/json.
	return true;
}
add_filter( 'rest_pre_serve_request', 'alliance87_serve_content', 20, 3 );
