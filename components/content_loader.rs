//! Loads the content a widget shows: the built-in content, or the host's `src` file when it is
//! reachable and valid. Any failure falls back to the built-in content, logs every problem and
//! tells the reader, so a broken file never leaves a blank widget.

use super::fetching::{get_file, get_text, Deadline, FILE_TIMEOUT, MAX_FILE_BYTES};
use super::{Emitter, Notice};
use alliance87_core::content::{self, Content};
use alliance87_core::i18n::Lang;
use alliance87_core::validate::Problem;
use leptos::logging::warn;
use leptos::prelude::*;
use std::sync::Arc;

thread_local! {
    static BUILTIN: Arc<Content> = Arc::new(content::builtin());
}

pub fn builtin() -> Arc<Content> {
    BUILTIN.with(Arc::clone)
}

#[derive(Clone)]
pub struct Loaded {
    pub content: Arc<Content>,
    /// True when `src` failed and the built-in content stands in.
    pub fallback: bool,
}

/// The content studio's draft, as the validator accepted it (`None` while it cannot be used):
/// its preview widgets show it instead of any `src`. Only in the builder's module.
#[cfg(feature = "builder")]
#[derive(Clone, Copy)]
pub struct DraftContent(pub Signal<Option<Arc<Content>>>);

/// The content for a widget, `None` while a `src` file is on its way. Follows `src` when the
/// host changes it; a response that arrives after a newer request started is ignored.
pub fn use_content(src: RwSignal<Option<String>>) -> RwSignal<Option<Loaded>> {
    #[cfg(feature = "builder")]
    if let Some(DraftContent(draft)) = use_context::<DraftContent>() {
        let loaded = RwSignal::new(None);
        Effect::new(move || {
            loaded.set(draft.get().map(|content| Loaded {
                content,
                fallback: false,
            }))
        });
        return loaded;
    }
    // Built-in content is there at once: no empty first frame while an effect catches up.
    let initial = src.with_untracked(Option::is_none).then(|| Loaded {
        content: builtin(),
        fallback: false,
    });
    let loaded = RwSignal::new(initial);
    let generation = StoredValue::new(0u32);
    Effect::new(move || {
        let url = src.get();
        generation.update_value(|g| *g += 1);
        let this_request = generation.get_value();
        let Some(url) = url else {
            let showing_builtin =
                loaded.with_untracked(|l| matches!(l, Some(l) if !l.fallback && Arc::ptr_eq(&l.content, &builtin())));
            if !showing_builtin {
                loaded.set(Some(Loaded {
                    content: builtin(),
                    fallback: false,
                }));
            }
            return;
        };
        loaded.set(None);
        let deadline = Deadline::start(FILE_TIMEOUT);
        let held = StoredValue::new_local(deadline.clone());
        on_cleanup(move || {
            held.try_with_value(Deadline::cancel);
        });
        leptos::task::spawn_local(async move {
            let result = fetch(&url, &deadline).await;
            if generation.try_get_value() != Some(this_request) {
                return;
            }
            deadline.finish();
            let next = match result {
                Ok(content) => {
                    if !content.stand_ins.is_empty() {
                        let listed: Vec<String> = content.stand_ins.iter().map(ToString::to_string).collect();
                        warn!(
                            "[alliance87] content from {url}: {} text(s) missing in a language, another language's shown instead: {}",
                            listed.len(),
                            listed.join("; ")
                        );
                    }
                    Loaded {
                        content: Arc::new(content),
                        fallback: false,
                    }
                }
                Err(problem) => {
                    for problem in problem.messages() {
                        warn!("[alliance87] content from {url} not used: {problem}");
                    }
                    warn!("[alliance87] showing the built-in content instead of {url}");
                    Loaded {
                        content: builtin(),
                        fallback: true,
                    }
                }
            };
            loaded.try_set(Some(next));
        });
    });
    loaded
}

/// Why a content file cannot be used.
pub enum FileProblem {
    /// It could not be read: the browser's or the server's words.
    Unreachable(String),
    /// It was read and is not valid content: each problem with its JSON path.
    Invalid(Vec<Problem>),
}

impl FileProblem {
    pub fn messages(self) -> Vec<String> {
        match self {
            FileProblem::Unreachable(message) => vec![message],
            FileProblem::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }
}

/// The content file at `url`, read and checked as a widget reads it (time and size limits).
pub async fn check_file(url: &str) -> Result<Content, FileProblem> {
    parse(get_file(url).await)
}

async fn fetch(url: &str, deadline: &Deadline) -> Result<Content, FileProblem> {
    parse(get_text(url, deadline, MAX_FILE_BYTES).await)
}

fn parse(body: Result<String, String>) -> Result<Content, FileProblem> {
    content::parse(&body.map_err(FileProblem::Unreachable)?).map_err(FileProblem::Invalid)
}

/// A widget's body: a loading line while a `src` file is on its way, then the notice that the
/// built-in content stands in (when `src` failed) above what `main` renders from the content.
pub fn content_view(
    loaded: RwSignal<Option<Loaded>>,
    lang: RwSignal<Lang>,
    main: impl Fn(Arc<Content>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        {move || {
            let Some(Loaded { content, fallback }) = loaded.get() else {
                return view! { <p class="loading" role="status">{move || lang.get().ui().loading}</p> }.into_any();
            };
            let fallback_notice = fallback.then(|| view! { <Notice text=Signal::derive(move || lang.get().ui().content_fallback.to_string()) /> });
            view! { {fallback_notice} {main(content)} }.into_any()
        }}
    }
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Ready {
    widget: &'static str,
    lang: &'static str,
    content_version: u64,
    fallback: bool,
}

/// Sends `alliance87:ready` each time content is on screen.
pub fn announce_ready(widget: &'static str, loaded: RwSignal<Option<Loaded>>, lang: RwSignal<Lang>, emit: Emitter) {
    Effect::new(move || {
        if let Some(Loaded { content, fallback }) = loaded.get() {
            emit.emit(
                "alliance87:ready",
                &Ready {
                    widget,
                    lang: lang.get_untracked().code(),
                    content_version: content.version,
                    fallback,
                },
            );
        }
    });
}
