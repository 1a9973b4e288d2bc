//! The embed builder (`builder.html` in the release): a partner chooses a widget, its settings
//! and a theme, sees the real widget with them, and copies the code for the way their site
//! allows. Built on its own (`--no-default-features --features builder`), so none of the
//! widgets' runtime is in it: the preview is the release's own `alliance87.js`, loaded with its
//! hash, so what the partner sees is exactly what their visitors will get.

mod code;
mod content_check;
mod preview;
mod settings;
mod theme_fields;

use code::{CodeBlocks, ReleaseFiles};
use content_check::ContentFileCheck;
use preview::Preview;
use settings::{SettingsFields, WidgetChoice};
use theme_fields::ThemeFields;

use super::content_loader;
use super::{fetching, text, CollectAny};
use alliance87_core::attributes::{Setting, SettingKind, Widget};
use alliance87_core::content::{self, Content};
use alliance87_core::i18n::{fill, BuilderUi, Lang};
use alliance87_core::problems;
use alliance87_core::release::{self, Release, ReleaseProblem};
use alliance87_core::snippets::{self, Choices, NoOembed, Way};
use alliance87_core::theme::{self, ThemeProperty, AA_TEXT, FONTS};
use alliance87_core::validate::{self, Problem};
use leptos::html::{Code, Div};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Starts the builder in `root` (called by `builder.js`).
#[wasm_bindgen]
pub fn builder(root: web_sys::HtmlElement) {
    root.set_text_content(None);
    leptos::mount::mount_to(root, || view! { <Builder /> }).forget();
}

/// What every part of the builder reads and writes.
#[derive(Clone, Copy)]
struct BuilderContext {
    /// The builder's own language (not the widget's).
    lang: RwSignal<Lang>,
    choices: RwSignal<Choices>,
    /// `None` until `release.json` has been read (or failed).
    release: RwSignal<Option<Arc<Release>>>,
    content: StoredValue<Arc<Content>>,
}

fn context() -> BuilderContext {
    expect_context()
}

/// Picks one of the builder's strings.
type Pick = alliance87_core::i18n::BuilderPick;

/// The builder's strings in its current language, as a reactive text (the views' one
/// language helper, [`text`], with the builder's language from its context).
fn t(pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync {
    text(context().lang, pick)
}

/// `?lang=` on the page's address, then the browser's languages.
pub(crate) fn initial_lang() -> Lang {
    let window = window();
    let query = window.location().search().unwrap_or_default();
    let asked = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .map(str::to_string);
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Lang::resolve(asked.as_deref(), None, browser.iter().map(String::as_str))
}

/// The folder of this page, where `release.json` is: an absolute address ending with `/`.
fn page_folder() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("./", &href)
        .map(|u| u.href())
        .unwrap_or(href)
}

/// `release.json`, read and checked, and the files the code loads fetched with their hashes:
/// the builder hands out code only for a release that runs.
async fn read_release(folder: &str) -> Result<Release, Vec<ReleaseProblem>> {
    let json = fetching::get_file("release.json")
        .await
        .map_err(|reason| vec![ReleaseProblem::Unreadable(reason)])?;
    let release = Release::read(&json, folder)?;
    let mut problems = Vec::new();
    for (file, integrity) in release.loaded_files() {
        let url = format!("{folder}{file}");
        let integrity = integrity.unwrap_or_default();
        // The browser checks the hash, as a partner's page would; only when it refuses is the
        // file fetched again, to tell a missing file from an altered one.
        if gloo_net::http::Request::get(&url)
            .integrity(&integrity)
            .send()
            .await
            .is_ok()
        {
            continue;
        }
        problems.push(match gloo_net::http::Request::get(&url).send().await {
            Ok(response) if response.ok() => ReleaseProblem::Altered(file),
            Ok(response) => ReleaseProblem::Missing {
                file,
                reason: format!("HTTP {} {}", response.status(), response.status_text()),
            },
            Err(error) => ReleaseProblem::Missing {
                file,
                reason: error.to_string(),
            },
        });
    }
    if problems.is_empty() {
        Ok(release)
    } else {
        Err(problems)
    }
}

/// The release's loader, with its hash: the preview runs the very bundle partners embed.
fn load_release_script(folder: &str, release: &Release) {
    let document = document();
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let script: web_sys::HtmlScriptElement = script.unchecked_into();
    script.set_type("module");
    if let Some(integrity) = &release.loader_integrity {
        script.set_integrity(integrity);
        script.set_cross_origin(Some("anonymous"));
    }
    script.set_src(&format!("{folder}{}", release.loader));
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

#[component]
fn Builder() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let ctx = BuilderContext {
        lang,
        choices: RwSignal::new(Choices::new(Widget::Explorer)),
        release: RwSignal::new(None),
        content: StoredValue::new(content_loader::builtin()),
    };
    provide_context(ctx);
    let refused = RwSignal::new(Vec::<ReleaseProblem>::new());
    let folder = page_folder();
    leptos::task::spawn_local(async move {
        match read_release(&folder).await {
            Ok(release) => {
                load_release_script(&folder, &release);
                ctx.release.set(Some(Arc::new(release)));
            }
            Err(problems) => refused.set(problems),
        }
    });
    // The page speaks the builder's language, for screen readers and the tab's title.
    Effect::new(move || {
        let lang = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(lang.builder_ui().title);
    });

    view! {
        <header class="page-header">
            <div class="page-language">
                <label for="page-language">{t(|u| u.page_language)}</label>
                <select id="page-language" prop:value=move || lang.get().code() on:change=move |ev| {
                    if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                        lang.set(chosen);
                    }
                }>
                    {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })}
                </select>
            </div>
            <h1>{t(|u| u.title)}</h1>
            <p class="lead">{t(|u| u.intro)}</p>
            <Show when=move || !refused.with(Vec::is_empty)>
                <div class="notice" role="alert">
                    <p>{t(|u| u.release_refused)}</p>
                    <ul>
                        {move || {
                            let ui = lang.get().builder_ui();
                            refused.get().iter().map(|problem| view! { <li>{problem.words(ui)}</li> }).collect_view()
                        }}
                    </ul>
                    <p>{t(|u| u.release_fix)}</p>
                </div>
            </Show>
        </header>
        <div class="layout">
            <form class="choices" on:submit=|ev| ev.prevent_default()>
                <WidgetChoice />
                <SettingsFields />
                <ThemeFields />
            </form>
            <Show when=move || refused.with(Vec::is_empty)>
                <div class="results">
                    <Preview />
                    <CodeBlocks />
                    <ReleaseFiles />
                </div>
            </Show>
        </div>
    }
}
