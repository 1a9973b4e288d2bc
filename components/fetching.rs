//! What every request a widget makes needs: a time limit, and a cap on how much of a response
//! is read, so a server that stalls or streams without end costs the page neither a spinner
//! forever nor its memory.

use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader};

/// Aborts a request when its time is up. Plain data, not tied to a reactive owner, so it also
/// works from an event handler; a component that must stop it when it goes calls
/// [`Deadline::cancel`] from `on_cleanup`.
#[derive(Clone)]
pub struct Deadline {
    controller: Option<AbortController>,
    timer: Option<TimeoutHandle>,
    limit: Duration,
}

impl Deadline {
    pub fn start(limit: Duration) -> Self {
        let controller = AbortController::new().ok();
        let abort = controller.clone();
        let timer = set_timeout_with_handle(move || abort.iter().for_each(AbortController::abort), limit).ok();
        Deadline {
            controller,
            timer,
            limit,
        }
    }

    /// For the request's `signal`.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// The time ran out (or the request was cancelled) before the answer was in.
    pub fn expired(&self) -> bool {
        self.signal().is_some_and(|s| s.aborted())
    }

    /// The answer is in: the timer no longer runs.
    pub fn finish(&self) {
        self.timer.iter().for_each(|t| t.clear());
    }

    /// Stops the request and the timer.
    pub fn cancel(&self) {
        self.finish();
        self.controller.iter().for_each(AbortController::abort);
    }
}

/// Why a response body was not read.
pub enum BodyError {
    TooLarge,
    /// The connection failed, or the deadline passed, while reading.
    Interrupted,
    NotText,
}

/// The response's body as UTF-8 text, read piece by piece and given up as soon as it passes
/// `max_bytes` (a `Content-Length` over it is refused before reading), so an endless or huge
/// body never reaches the page's memory.
pub async fn read_text(response: &gloo_net::http::Response, max_bytes: usize) -> Result<String, BodyError> {
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok());
    let Some(stream) = response.body() else {
        return Ok(String::new());
    };
    if declared.is_some_and(|length| length > max_bytes) {
        // Closes the connection: nothing more is downloaded.
        let _ = stream.cancel();
        return Err(BodyError::TooLarge);
    }
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| BodyError::Interrupted)?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()) != Some(false) {
            break;
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else {
            return Err(BodyError::Interrupted);
        };
        let piece: Uint8Array = value.unchecked_into();
        if bytes.len() + piece.length() as usize > max_bytes {
            // Closes the connection: the rest is never downloaded.
            let _ = reader.cancel();
            return Err(BodyError::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + piece.length() as usize, 0);
        piece.copy_to(&mut bytes[start..]);
    }
    String::from_utf8(bytes).map_err(|_| BodyError::NotText)
}

/// How long a file the widgets or the builder read may take, and how large it may be: real
/// content is a few tens of kilobytes, the builder's release files less.
pub const FILE_TIMEOUT: Duration = Duration::from_secs(alliance87_core::content::TIMEOUT_SECONDS);
pub const MAX_FILE_BYTES: usize = alliance87_core::content::MAX_BYTES;

/// The text at `url`, within `deadline` and at most `max_bytes`, or why not, in words the
/// person reading the message acts on (the browser's own words in brackets).
pub async fn get_text(url: &str, deadline: &Deadline, max_bytes: usize) -> Result<String, String> {
    let too_slow = || format!("no answer within {} seconds", deadline.limit.as_secs());
    let response = gloo_net::http::Request::get(url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await
        .map_err(|e| match deadline.expired() {
            true => too_slow(),
            false => format!("could not be fetched ({})", describe(e)),
        })?;
    if !response.ok() {
        return Err(format!(
            "the server answered HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    read_text(&response, max_bytes).await.map_err(|e| match e {
        BodyError::TooLarge => format!("larger than {} KiB", max_bytes / 1024),
        BodyError::Interrupted if deadline.expired() => too_slow(),
        BodyError::Interrupted => "the connection broke while it was read".into(),
        BodyError::NotText => "not UTF-8 text".into(),
    })
}

/// [`get_text`] with its own deadline of [`FILE_TIMEOUT`] and [`MAX_FILE_BYTES`].
pub async fn get_file(url: &str) -> Result<String, String> {
    let deadline = Deadline::start(FILE_TIMEOUT);
    let result = get_text(url, &deadline, MAX_FILE_BYTES).await;
    deadline.finish();
    result
}

fn describe(error: gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(js) => format!("{}: {}", js.name, js.message),
        gloo_net::Error::GlooError(message) => message,
        _ => "unreadable response".into(),
    }
}

/// The text at `url` as [`get_file`] reads it, or why not in `lang`, naming what the person who
/// gave the address can change: the CORS header the server must send (told apart from a server
/// that does not answer by a second, opaque request), an http address from an https page, a
/// web page where a content file was expected. For the builder and the studio only: the
/// widgets' bundle keeps [`get_text`]'s shorter English for the console.
#[cfg(feature = "builder")]
pub async fn read_for_people(url: &str, lang: alliance87_core::i18n::Lang) -> Result<String, String> {
    use alliance87_core::i18n::fill;
    use web_sys::RequestMode;
    let words = lang.fetch_words();
    let deadline = Deadline::start(FILE_TIMEOUT);
    let seconds = FILE_TIMEOUT.as_secs().to_string();
    let sent = gloo_net::http::Request::get(url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await;
    let response = match sent {
        Ok(response) => response,
        Err(_) if deadline.expired() => return Err(fill(words.timeout, &[("n", &seconds)])),
        Err(_) => {
            deadline.finish();
            let page = window().location();
            let page_origin = page.origin().unwrap_or_default();
            if page.protocol().ok().as_deref() == Some("https:") && url.to_ascii_lowercase().starts_with("http:") {
                return Err(words.insecure.to_string());
            }
            let opaque = gloo_net::http::Request::get(url).mode(RequestMode::NoCors).send().await;
            let origin = web_sys::Url::new(url).map(|u| u.origin()).unwrap_or_default();
            return Err(match opaque {
                Ok(_) => fill(words.cors, &[("origin", &origin), ("page", &page_origin)]),
                Err(_) => words.unreachable.to_string(),
            });
        }
    };
    if !response.ok() {
        deadline.finish();
        let status = format!("{} {}", response.status(), response.status_text());
        return Err(fill(words.http, &[("status", status.trim())]));
    }
    let html = response
        .headers()
        .get("content-type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    let body = read_text(&response, MAX_FILE_BYTES).await;
    deadline.finish();
    let text = body.map_err(|e| match e {
        BodyError::TooLarge => fill(words.too_large, &[("n", &(MAX_FILE_BYTES / 1024).to_string())]),
        BodyError::Interrupted if deadline.expired() => fill(words.timeout, &[("n", &seconds)]),
        BodyError::Interrupted => words.interrupted.to_string(),
        BodyError::NotText => words.not_text.to_string(),
    })?;
    if html || text.trim_start_matches('\u{feff}').trim_start().starts_with('<') {
        return Err(match response.redirected() {
            true => fill(words.redirected_page, &[("url", &response.url())]),
            false => words.web_page.to_string(),
        });
    }
    Ok(text)
}
