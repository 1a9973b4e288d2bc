//! The content studio (`studio.html` in the release): the Alliance's secretariat opens the
//! widgets' content, edits its texts in three languages side by side, sees every problem said
//! where it is (a link to its field), sees how complete each translation is, previews the
//! widgets with the draft, and saves the file to publish. Part of the builder's module
//! (`--features builder`): nothing of it is in the widgets' bundle.
//!
//! The draft is checked by the widgets' own reader and validator (`content::parse`), and the
//! preview renders the widgets' own components with what that check accepted, so the studio
//! cannot accept a file the widgets would refuse.

mod assessment;
mod editor;
mod preview;
mod publish;
mod translators;

use crate::builder::initial_lang;
use crate::{fetching, text, CollectAny};
use alliance87_core::content::{self, Content};
use alliance87_core::draft::{self, TranslationStatus};
use alliance87_core::i18n::{fill, Lang, StudioUi};
use alliance87_core::problems;
use alliance87_core::validate::{self, Problem};
use leptos::prelude::*;
use serde_json::Value;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the draft is kept between visits (localStorage), and the file it was opened from.
const DRAFT_KEY: &str = "alliance87:studio-draft";
const OPENED_KEY: &str = "alliance87:studio-draft:opened";
/// The Alliance's own personas, kept beside the draft.
const OWN_PERSONAS_KEY: &str = "alliance87:studio-personas";

/// Starts the studio in `root` (called by `studio.js`).
#[wasm_bindgen]
pub fn studio(root: web_sys::HtmlElement) {
    root.set_text_content(None);
    leptos::mount::mount_to(root, || view! { <Studio /> }).forget();
}

/// The draft as the widgets would read it.
#[derive(Clone, PartialEq)]
struct Checked {
    /// What a widget would show: `None` when the file cannot be used.
    content: Option<Arc<Content>>,
    /// What stops the widgets from using the file.
    problems: Vec<Problem>,
}

/// What every part of the studio reads and writes.
#[derive(Clone, Copy)]
struct StudioContext {
    lang: RwSignal<Lang>,
    /// The content file being edited, as JSON.
    draft: RwSignal<Value>,
    /// The file as it was opened: what visitors' saved checklists were made with.
    opened: RwSignal<Value>,
    checked: Memo<Checked>,
    /// Show only the texts some language still needs.
    only_untranslated: RwSignal<bool>,
}

fn context() -> StudioContext {
    expect_context()
}

type Pick = fn(&StudioUi) -> &'static str;

/// The studio's strings in its current language, as a reactive text.
fn t(pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync {
    text(context().lang, pick)
}

fn builtin_document() -> Value {
    serde_json::from_str(include_str!("../../public/action-groups.json")).unwrap_or(Value::Null)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The draft a previous visit kept, when it is still JSON; an unreadable one is set aside
/// under its own key, never overwritten.
fn kept_draft() -> Option<Value> {
    kept(DRAFT_KEY)
}

fn kept(key: &str) -> Option<Value> {
    kept_as(key, |text| validate::read(text).ok())
}

/// What the browser keeps under `key`, read by `read`; a text `read` cannot use is set aside
/// under `<key>:unreadable`, never overwritten.
fn kept_as<T>(key: &str, read: impl Fn(&str) -> Option<T>) -> Option<T> {
    let storage = storage()?;
    let text = storage.get_item(key).ok().flatten()?;
    let value = read(&text);
    if value.is_none() {
        let _ = storage.set_item(&format!("{key}:unreadable"), &text);
    }
    value
}

/// `{source}` opened from its text: a JSON document becomes the draft (problems and all, to be
/// fixed here); anything else is said and the draft kept.
fn open_text(ctx: StudioContext, status: RwSignal<String>, source: String, text: &str) {
    let ui = ctx.lang.get_untracked().studio_ui();
    match validate::read(text) {
        Ok(document) => {
            ctx.opened.set(document.clone());
            ctx.draft.set(document);
            status.set(fill(ui.opened, &[("source", &source)]));
        }
        Err(problems) => {
            let reason = problems
                .first()
                .map(|p| p.kind.words(ctx.lang.get_untracked().problem_words()))
                .unwrap_or_default();
            status.set(fill(ui.not_json, &[("source", &source), ("reason", &reason)]));
        }
    }
}

#[component]
fn Studio() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let restored = kept_draft();
    let draft_restored = restored.is_some();
    let opened = RwSignal::new(
        kept(OPENED_KEY)
            .or_else(|| restored.clone())
            .unwrap_or_else(builtin_document),
    );
    let draft = RwSignal::new(restored.unwrap_or_else(builtin_document));
    let checked = Memo::new(move |_| {
        let text = draft.with(Value::to_string);
        match content::parse(&text) {
            Ok(content) => Checked {
                content: Some(Arc::new(content)),
                problems: Vec::new(),
            },
            Err(problems) => Checked {
                content: None,
                problems,
            },
        }
    });
    let ctx = StudioContext {
        lang,
        draft,
        opened,
        checked,
        only_untranslated: RwSignal::new(false),
    };
    provide_context(ctx);
    let kept = RwSignal::new(storage().is_some());
    // The draft another tab saved while this one was open: until the editor chooses, neither
    // tab's draft overwrites the other's.
    let other_tab = RwSignal::new(None::<Value>);
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(DRAFT_KEY) {
            return;
        }
        let theirs = ev.new_value().and_then(|text| validate::read(&text).ok());
        if let Some(theirs) = theirs.filter(|theirs| draft.with_untracked(|mine| mine != theirs)) {
            other_tab.set(Some(theirs));
        }
    });
    on_cleanup(move || listener.remove());
    // Kept as it is edited: a reload or a closed tab loses nothing.
    Effect::new(move |previous: Option<()>| {
        let text = draft.with(Value::to_string);
        if other_tab.with_untracked(Option::is_some) {
            return;
        }
        if previous.is_some() || !draft_restored {
            let saved = storage().is_some_and(|s| s.set_item(DRAFT_KEY, &text).is_ok());
            kept.set(saved);
        }
    });
    Effect::new(move || {
        let text = opened.with(Value::to_string);
        if let Some(storage) = storage() {
            let _ = storage.set_item(OPENED_KEY, &text);
        }
    });
    Effect::new(move || {
        let lang = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(lang.studio_ui().title);
    });
    let status = RwSignal::new(if draft_restored {
        lang.get_untracked().studio_ui().draft_restored.to_string()
    } else {
        String::new()
    });
    // Run by a WordPress site: it opens what the site publishes, and publishes there.
    let site = publish::Site::from_page();
    let history = RwSignal::new(None);
    if let Some(site) = site.clone() {
        publish::open_published(site, history, status, draft_restored);
    }
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
        </header>
        <OpenSection status />
        <OtherTabNotice other_tab />
        <div class="studio-layout">
            <div class="studio-main">
                <CheckSection />
                <editor::Editor />
                <assessment::AssessmentEditor />
            </div>
            <div class="studio-side">
                <preview::Preview />
                {site.map(|site| view! { <publish::PublishSection site history /> })}
                <SaveSection kept />
                <translators::Translators />
            </div>
        </div>
    }
}

/// Says that another tab saved its own draft, and lets the editor continue with either.
#[component]
fn OtherTabNotice(other_tab: RwSignal<Option<Value>>) -> impl IntoView {
    let ctx = context();
    view! {
        <Show when=move || other_tab.with(Option::is_some)>
            <div class="notice other-tab" role="alert">
                <p>{t(|u| u.other_tab)}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(theirs) = other_tab.get_untracked() {
                            other_tab.set(None);
                            ctx.draft.set(theirs);
                        }
                    }>{t(|u| u.use_other_tab)}</button>
                    <button type="button" class="button secondary" on:click=move |_| {
                        other_tab.set(None);
                        let text = ctx.draft.with_untracked(Value::to_string);
                        if let Some(storage) = storage() {
                            let _ = storage.set_item(DRAFT_KEY, &text);
                        }
                    }>{t(|u| u.keep_this_tab)}</button>
                </div>
            </div>
        </Show>
    }
}

/// Open the built-in content, a file (picker or drop), pasted text or an address.
#[component]
fn OpenSection(status: RwSignal<String>) -> impl IntoView {
    let ctx = context();
    let pasted = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let read_file = move |file: web_sys::File| {
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                Some(text) => open_text(ctx, status, name, &text),
                None => status.set(fill(
                    ctx.lang.get_untracked().studio_ui().unreachable,
                    &[("source", &name), ("reason", "")],
                )),
            }
        });
    };
    view! {
        <section class="panel open" aria-labelledby="open-heading">
            <h2 id="open-heading">{t(|u| u.open_heading)}</h2>
            <div class="open-ways">
                <button type="button" class="button secondary" on:click=move |_| {
                    ctx.opened.set(builtin_document());
                    ctx.draft.set(builtin_document());
                    status.set(fill(ctx.lang.get_untracked().studio_ui().opened, &[("source", ctx.lang.get_untracked().studio_ui().open_builtin)]));
                }>{t(|u| u.open_builtin)}</button>
                <div class="field drop"
                    on:dragover=move |ev| ev.prevent_default()
                    on:drop=move |ev| {
                        ev.prevent_default();
                        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
                        if let Some(file) = file {
                            read_file(file);
                        }
                    }>
                    <label for="open-file">{t(|u| u.open_file)}</label>
                    <input type="file" id="open-file" accept=".json,application/json" on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(file) = input.files().and_then(|f| f.get(0)) {
                            read_file(file);
                        }
                    } />
                    <p class="hint">{t(|u| u.open_drop)}</p>
                </div>
                <div class="field">
                    <label for="open-paste">{t(|u| u.open_paste)}</label>
                    <textarea id="open-paste" rows="3" spellcheck="false" prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    <button type="button" class="button secondary" on:click=move |_| {
                        let source = ctx.lang.get_untracked().studio_ui().open_paste.to_string();
                        open_text(ctx, status, source, &pasted.get_untracked());
                    }>{t(|u| u.open_paste_button)}</button>
                </div>
                <div class="field">
                    <label for="open-url">{t(|u| u.open_url)}</label>
                    <input type="url" id="open-url" inputmode="url" spellcheck="false" placeholder="https://"
                        prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev)) />
                    <button type="button" class="button secondary" on:click=move |_| {
                        let url = address.get_untracked().trim().to_string();
                        status.set(ctx.lang.get_untracked().studio_ui().opening.to_string());
                        leptos::task::spawn_local(async move {
                            match fetching::read_for_people(&url, ctx.lang.get_untracked()).await {
                                Ok(text) => open_text(ctx, status, url, &text),
                                Err(reason) => status.set(fill(
                                    ctx.lang.get_untracked().studio_ui().unreachable,
                                    &[("source", &url), ("reason", &reason)],
                                )),
                            }
                        });
                    }>{t(|u| u.open_url_button)}</button>
                </div>
            </div>
            <p class="status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// Moves focus to the field a problem is about (or the nearest one that exists).
fn focus_field(path: &str) {
    let found = draft::candidate_fields(path)
        .into_iter()
        .find_map(|id| document().get_element_by_id(&id));
    if let Some(field) = found.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        field.scroll_into_view();
        let _ = field.focus();
    }
}

/// Every problem, said where it is with a link to its field, the texts that fall back to
/// another language, and each translation's status.
#[component]
fn CheckSection() -> impl IntoView {
    let ctx = context();
    let problem_item = move |place_and_words: String, path: String| {
        let target = path.clone();
        let href = format!("#{}", draft::field_id(&draft::pointer(&path)));
        view! {
            <li>
                <a href=href on:click=move |ev| {
                    ev.prevent_default();
                    focus_field(&target);
                }>{place_and_words}</a>
                " "<code class="path">{path}</code>
            </li>
        }
    };
    view! {
        <section class="panel check" aria-labelledby="check-heading">
            <h2 id="check-heading">{t(|u| u.check_heading)}</h2>
            {move || {
                let lang = ctx.lang.get();
                let ui = lang.studio_ui();
                let checked = ctx.checked.get();
                let document = ctx.draft.get();
                let stand_ins = checked.content.as_ref().map(|c| c.stand_ins.clone()).unwrap_or_default();
                let blocking = (!checked.problems.is_empty()).then(|| view! {
                    <div class="problems blocking" role="alert">
                        <h3>{fill(ui.blocking_heading, &[("n", &checked.problems.len().to_string())])}</h3>
                        <ul>
                            {checked.problems.iter().map(|p| problem_item(problems::say(Some(&document), p, lang), p.path.clone())).collect_any()}
                        </ul>
                    </div>
                });
                let usable = checked.problems.is_empty().then(|| view! { <p class="check-ok">{ui.usable}</p> });
                let fallbacks = (!stand_ins.is_empty()).then(|| view! {
                    <div class="problems fallbacks">
                        <h3>{fill(ui.fallback_heading, &[("n", &stand_ins.len().to_string())])}</h3>
                        <ul>
                            {stand_ins.iter().map(|s| problem_item(problems::say_stand_in(Some(&document), s, lang), s.path.clone())).collect_any()}
                        </ul>
                    </div>
                });
                view! { {blocking}{usable}{fallbacks} }.into_any()
            }}
            <VersionNotice />
            <h3>{t(|u| u.status_heading)}</h3>
            <ul class="translation-status">
                {move || {
                    let ui = ctx.lang.get().studio_ui();
                    let status = ctx.draft.with(draft::translation_status);
                    Lang::ALL
                        .iter()
                        .map(|l| {
                            let TranslationStatus { total, missing, same } = status[*l as usize];
                            let name = language_name(ui, *l);
                            view! {
                                <li>{fill(ui.status_line, &[
                                    ("lang", name),
                                    ("missing", &missing.to_string()),
                                    ("same", &same.to_string()),
                                    ("total", &total.to_string()),
                                ])}</li>
                            }
                        })
                        .collect_any()
                }}
            </ul>
            <div class="field checkbox">
                <input type="checkbox" id="only-untranslated" prop:checked=move || ctx.only_untranslated.get()
                    on:change=move |ev| ctx.only_untranslated.set(event_target_checked(&ev)) />
                <label for="only-untranslated">{t(|u| u.only_untranslated)}</label>
            </div>
        </section>
    }
}

/// Raises `version` when a group's priorities or units change against the opened file (visitors'
/// saved checklists are then carried over by text), says so, and lets the editor keep it.
#[component]
fn VersionNotice() -> impl IntoView {
    let ctx = context();
    let keep = RwSignal::new(false);
    let changed = Memo::new(move |_| ctx.opened.with(|o| ctx.draft.with(|d| draft::changed_lists(o, d))));
    let old = Memo::new(move |_| ctx.opened.with(draft::version));
    let set_version = move |version: u64| {
        ctx.draft.update(|d| {
            if let Some(map) = d.as_object_mut() {
                map.insert("version".into(), Value::from(version));
            }
        });
    };
    Effect::new(move || {
        let (Some(old), changed) = (old.get(), !changed.with(Vec::is_empty)) else {
            return;
        };
        let now = ctx.draft.with_untracked(draft::version);
        let wanted = if changed && !keep.get() { old + 1 } else { old };
        if now.is_some_and(|v| v == old || v == old + 1) && now != Some(wanted) {
            set_version(wanted);
        }
    });
    move || {
        let old = old.get()?;
        let groups = changed.get();
        if groups.is_empty() {
            return None;
        }
        let lang = ctx.lang.get();
        let ui = lang.studio_ui();
        let names: Vec<String> = ctx.checked.with(|c| {
            groups
                .iter()
                .map(|id| {
                    c.content
                        .as_ref()
                        .and_then(|c| c.group(id))
                        .map_or_else(|| id.clone(), |g| g.name.get(lang).to_string())
                })
                .collect()
        });
        let (old_text, new_text) = (old.to_string(), (old + 1).to_string());
        Some(if keep.get() {
            view! {
                <div class="notice version" role="status">
                    <p>{fill(ui.version_kept, &[("old", &old_text)])}</p>
                    <button type="button" class="button secondary" on:click=move |_| keep.set(false)>
                        {fill(ui.version_raise, &[("new", &new_text)])}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="notice version" role="status">
                    <p>{fill(ui.version_raised, &[("groups", &names.join(", ")), ("old", &old_text), ("new", &new_text)])}</p>
                    <button type="button" class="button secondary" on:click=move |_| keep.set(true)>
                        {fill(ui.version_keep, &[("old", &old_text)])}
                    </button>
                </div>
            }
            .into_any()
        })
    }
}

fn language_name(ui: &StudioUi, lang: Lang) -> &'static str {
    match lang {
        Lang::En => ui.language_names_en,
        Lang::Fr => ui.language_names_fr,
        Lang::Es => ui.language_names_es,
    }
}

/// The address of the release's schema, for the saved file's `$schema`.
fn schema_address() -> String {
    let href = window().location().href().unwrap_or_default();
    let relative = format!("v{}/alliance87-content.schema.json", env!("CARGO_PKG_VERSION"));
    web_sys::Url::new_with_base(&relative, &href)
        .map(|u| u.href())
        .unwrap_or(relative)
}

/// Download or copy the file; the draft kept in the browser, and discarding it.
#[component]
fn SaveSection(kept: RwSignal<bool>) -> impl IntoView {
    let ctx = context();
    let announcement = RwSignal::new(String::new());
    let file = move || ctx.draft.with(|d| draft::file_text(d, &schema_address()));
    view! {
        <section class="panel save" aria-labelledby="save-heading">
            <h2 id="save-heading">{t(|u| u.save_heading)}</h2>
            <p class="hint">{t(|u| u.save_hint)}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| {
                    let _ = crate::download("action-groups.json", "application/json", &JsValue::from_str(&file()));
                }>{t(|u| u.download)}</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    let ui = ctx.lang.get_untracked().studio_ui();
                    crate::copy_text(file(), move || announcement.set(ui.copied.to_string()));
                }>{t(|u| u.copy)}</button>
            </div>
            <p role="status">{move || announcement.get()}</p>
            <p class="hint">{move || if kept.get() { t(|u| u.draft_kept)() } else { t(|u| u.draft_not_kept)() }}</p>
            <button type="button" class="button secondary" on:click=move |_| {
                let ui = ctx.lang.get_untracked().studio_ui();
                if window().confirm_with_message(ui.discard_confirm).unwrap_or(false) {
                    if let Some(storage) = storage() {
                        let _ = storage.remove_item(DRAFT_KEY);
                    }
                    ctx.opened.set(builtin_document());
                    ctx.draft.set(builtin_document());
                }
            }>{t(|u| u.discard)}</button>
        </section>
    }
}
