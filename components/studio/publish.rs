//! Publishing from the studio when a WordPress site runs it (Settings › Alliance 8.7 content):
//! the plugin opens the release's studio page with its REST addresses and the signed-in user's
//! nonce in the query. The studio then opens what the site publishes, publishes the draft once
//! the widgets' check accepts it, and lists the site's earlier publications, each with what it
//! changed said in words, to publish one of them again.

use super::{builtin_document, context, t};
use crate::CollectAny;
use alliance87_core::draft::{self, Change};
use alliance87_core::i18n::{fill, Lang, StudioUi};
use alliance87_core::problems;
use gloo_net::http::{Request, RequestBuilder, Response};
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::RequestCache;

/// The site the studio publishes to: its routes, and the nonce that proves the request comes
/// from its signed-in administrator.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    /// `GET` is the published file, `POST` publishes.
    content: String,
    /// The publications, newest first; `<revisions>/<id>/restore` publishes one again.
    revisions: String,
    nonce: String,
}

impl Site {
    /// From the page's query: `content`, `revisions` and `nonce`, all three or no site.
    pub fn from_page() -> Option<Site> {
        let query = web_sys::UrlSearchParams::new_with_str(&window().location().search().ok()?).ok()?;
        let site = Site {
            content: query.get("content")?,
            revisions: query.get("revisions")?,
            nonce: query.get("nonce")?,
        };
        let web = |a: &str| a.starts_with("https://") || a.starts_with("http://");
        (web(&site.content) && web(&site.revisions) && !site.nonce.is_empty()).then_some(site)
    }

    fn send(&self, request: RequestBuilder) -> RequestBuilder {
        request.header("X-WP-Nonce", &self.nonce).cache(RequestCache::NoStore)
    }
}

/// One publication, as the plugin lists it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Publication {
    id: u64,
    /// RFC 3339, UTC.
    published: String,
    author: String,
    current: bool,
    /// The file as published.
    content: String,
}

/// What the site says when it refuses.
#[derive(Deserialize)]
struct Refusal {
    message: String,
}

/// The site's answer, or why there is none, in words.
async fn answer(request: Result<Request, gloo_net::Error>, ui: &StudioUi) -> Result<Response, String> {
    let response = match request {
        Ok(request) => request.send().await,
        Err(error) => Err(error),
    }
    .map_err(|_| ui.site_no_answer.to_string())?;
    if response.ok() {
        return Ok(response);
    }
    let status = format!("HTTP {} {}", response.status(), response.status_text());
    Err(match response.json::<Refusal>().await {
        Ok(refusal) => format!("{} ({status})", refusal.message),
        Err(_) => status,
    })
}

async fn publications(site: &Site, ui: &StudioUi) -> Result<Vec<Publication>, String> {
    let response = answer(site.send(Request::get(&site.revisions)).build(), ui).await?;
    response
        .json::<Vec<Publication>>()
        .await
        .map_err(|_| ui.site_no_list.to_string())
}

/// A publication's time in the reader's language and time zone.
fn when(publication: &Publication, lang: Lang) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(&publication.published));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang.code(), &options).into()
}

/// "Migration › Name › French: changed", for each difference; at most `shown` of them, then
/// how many more.
fn said_changes(older: &Value, newer: &Value, lang: Lang, shown: usize) -> Vec<String> {
    let ui = lang.studio_ui();
    let then = lang.place_words().then;
    let changes = draft::changes(older, newer);
    let mut said: Vec<String> = changes
        .iter()
        .take(shown)
        .map(|change| {
            let (document, path, what) = match change {
                Change::Added(path) => (newer, path, ui.change_added),
                Change::Removed(path) => (older, path, ui.change_removed),
                Change::Changed(path) => (newer, path, ui.change_changed),
            };
            [
                problems::place(Some(document), path, lang),
                then.to_string(),
                what.to_string(),
            ]
            .concat()
        })
        .collect();
    if changes.len() > shown {
        said.push(fill(ui.history_more, &[("n", &(changes.len() - shown).to_string())]));
    }
    said
}

/// Opens what the site publishes (or, while nothing is, the built-in content) as the file the
/// draft is compared with; the draft itself too, unless a kept draft was restored.
pub fn open_published(
    site: Site,
    history: RwSignal<Option<Vec<Publication>>>,
    status: RwSignal<String>,
    draft_restored: bool,
) {
    let ctx = context();
    leptos::task::spawn_local(async move {
        let ui = ctx.lang.get_untracked().studio_ui();
        match publications(&site, ui).await {
            Ok(list) => {
                let current = list.iter().find(|p| p.current).cloned();
                let published = current
                    .as_ref()
                    .and_then(|p| alliance87_core::validate::read(&p.content).ok());
                let opened = published.clone().unwrap_or_else(builtin_document);
                ctx.opened.set(opened.clone());
                if !draft_restored {
                    ctx.draft.set(opened);
                }
                let lang = ctx.lang.get_untracked();
                status.set(match &current {
                    Some(p) if !draft_restored => {
                        fill(ui.site_opened, &[("date", &when(p, lang)), ("author", &p.author)])
                    }
                    Some(_) => status.get_untracked(),
                    None => ui.site_nothing.to_string(),
                });
                history.set(Some(list));
            }
            Err(reason) => status.set(fill(ui.site_unreachable, &[("reason", &reason)])),
        }
    });
}

/// Publishes the draft; then lists the publications again.
#[component]
pub fn PublishSection(site: Site, history: RwSignal<Option<Vec<Publication>>>) -> impl IntoView {
    let ctx = context();
    let said = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let blocked = move || ctx.checked.with(|c| !c.problems.is_empty());
    let publish_site = site.clone();
    let publish = move |_| {
        if blocked() || busy.get_untracked() {
            return;
        }
        let site = publish_site.clone();
        let ui = ctx.lang.get_untracked().studio_ui();
        let text = ctx
            .draft
            .with_untracked(|d| draft::file_text(d, &super::schema_address()));
        busy.set(true);
        said.set(ui.publishing.to_string());
        leptos::task::spawn_local(async move {
            let request = site
                .send(Request::post(&site.content))
                .header("Content-Type", "application/json")
                .body(text);
            match answer(request, ui).await {
                Ok(_) => {
                    ctx.opened.set(ctx.draft.get_untracked());
                    said.set(ui.published.to_string());
                    if let Ok(list) = publications(&site, ui).await {
                        history.set(Some(list));
                    }
                }
                Err(reason) => said.set(fill(ui.publish_refused, &[("reason", &reason)])),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel publish" aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t(|u| u.publish_heading)}</h2>
            <p class="hint">{t(|u| u.publish_hint)}</p>
            <p class="publish-blocked" id="publish-blocked" hidden=move || !blocked()>{t(|u| u.publish_blocked)}</p>
            <button type="button" class="button" id="publish" aria-disabled=move || (blocked() || busy.get()).to_string()
                aria-describedby="publish-blocked" on:click=publish>{t(|u| u.publish)}</button>
            <p role="status" class="publish-status">{move || said.get()}</p>
        </section>
        <History site history />
    }
}

/// The site's publications, newest first: when, who, what changed from the one before, and a
/// button to publish an earlier one again.
#[component]
fn History(site: Site, history: RwSignal<Option<Vec<Publication>>>) -> impl IntoView {
    let ctx = context();
    let said = RwSignal::new(String::new());
    let restore = move |site: Site, publication: Publication| {
        let ui: &StudioUi = ctx.lang.get_untracked().studio_ui();
        if !window().confirm_with_message(ui.restore_confirm).unwrap_or(false) {
            return;
        }
        leptos::task::spawn_local(async move {
            let address = format!("{}/{}/restore", site.revisions, publication.id);
            match answer(site.send(Request::post(&address)).build(), ui).await {
                Ok(response) => {
                    if let Ok(list) = response.json::<Vec<Publication>>().await {
                        history.set(Some(list));
                    }
                    if let Ok(document) = alliance87_core::validate::read(&publication.content) {
                        ctx.opened.set(document.clone());
                        ctx.draft.set(document);
                    }
                    let date = when(&publication, ctx.lang.get_untracked());
                    said.set(fill(ui.restored, &[("date", &date)]));
                }
                Err(reason) => said.set(fill(ui.publish_refused, &[("reason", &reason)])),
            }
        });
    };
    view! {
        <section class="panel history" aria-labelledby="history-heading">
            <h2 id="history-heading">{t(|u| u.history_heading)}</h2>
            <p role="status">{move || said.get()}</p>
            {move || {
                let lang = ctx.lang.get();
                let ui = lang.studio_ui();
                let list = history.get()?;
                if list.is_empty() {
                    return Some(view! { <p>{ui.history_empty}</p> }.into_any());
                }
                let documents: Vec<Option<Value>> = list.iter().map(|p| alliance87_core::validate::read(&p.content).ok()).collect();
                let entries = list.iter().enumerate().map(|(i, publication)| {
                    let changes = match (documents.get(i + 1).cloned().flatten(), &documents[i]) {
                        (Some(older), Some(newer)) => {
                            let said = said_changes(&older, newer, lang, 12);
                            if said.is_empty() { vec![ui.history_same.to_string()] } else { said }
                        }
                        _ if i + 1 == list.len() => vec![ui.history_first.to_string()],
                        _ => Vec::new(),
                    };
                    let heading = fill(ui.history_entry, &[("date", &when(publication, lang)), ("author", &publication.author)]);
                    let restore_button = (!publication.current).then(|| {
                        let (site, publication) = (site.clone(), publication.clone());
                        view! {
                            <button type="button" class="button secondary small" on:click=move |_| restore(site.clone(), publication.clone())>
                                {ui.restore}
                            </button>
                        }
                    });
                    view! {
                        <li class="publication" class:current=publication.current>
                            <p class="publication-heading">
                                {heading}
                                {publication.current.then(|| view! { " " <strong class="badge">{ui.history_current}</strong> })}
                            </p>
                            <details>
                                <summary>{ui.history_changes}</summary>
                                <ul class="changes">{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_any()}</ul>
                            </details>
                            {restore_button}
                        </li>
                    }
                });
                Some(view! { <ol class="publications">{entries.collect_any()}</ol> }.into_any())
            }}
        </section>
    }
}
