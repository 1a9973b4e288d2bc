//! The action-group explorer: every group at a glance with search and theme filters, then one
//! group in depth (what it does, how it is organised, its priorities) behind WAI-ARIA tabs.

mod group;
mod overview;

use group::GroupDetail;
use overview::Overview;

use super::content_loader::{announce_ready, content_view, use_content, Loaded};
use super::{
    address_without_fragment, either, focus_later, nothing, provide_widget, say, text, widget, CollectAny, Emitter,
    Notice, Settings, WidgetContext,
};
use alliance87_core::attributes::{fragment_for, group_from_fragment};
use alliance87_core::content::{Content, Group, PriorityKind, Status, Text};
use alliance87_core::i18n::{fill, Lang, Ui};
use alliance87_core::search;
use leptos::logging::warn;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tab {
    Purpose,
    Structure,
    Priorities,
    /// The group's checklist: the same progress as the checklist widget for this group.
    Checklist,
}

impl Tab {
    const ALL: &[Tab] = &[Tab::Purpose, Tab::Structure, Tab::Priorities, Tab::Checklist];

    fn id(self) -> &'static str {
        match self {
            Tab::Purpose => "purpose",
            Tab::Structure => "structure",
            Tab::Priorities => "priorities",
            Tab::Checklist => "checklist",
        }
    }
}

/// Records the open group (or the list) as a new history entry, so Back returns to where the
/// reader was and the address can be shared.
fn push_fragment(group: Option<&str>) {
    let url = group.map_or_else(address_without_fragment, fragment_for);
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[component]
pub fn Explorer(settings: Settings, emit: Emitter) -> impl IntoView {
    let WidgetContext { root, .. } = provide_widget(settings, emit);
    let lang = settings.lang;
    let loaded = use_content(settings.src);
    let query = RwSignal::new(String::new());
    let themes = RwSignal::new(Vec::<String>::new());
    let open = RwSignal::new(None::<String>);
    let tab = RwSignal::new(Tab::Purpose);
    let unknown_group = RwSignal::new(None::<String>);

    announce_ready("explorer", loaded, lang, emit);
    // The `group` attribute opens a group (a deep link in the URL wins over it); an unknown id
    // is reported, not silently ignored.
    Effect::new(move || {
        let Some(Loaded { content, .. }) = loaded.get() else {
            return;
        };
        let attribute = settings.group.get();
        let linked = settings
            .deep_link
            .get()
            .then(|| group_from_fragment(&super::page_fragment()).map(String::from))
            .flatten();
        let wanted = linked.or(attribute);
        match wanted.as_deref() {
            Some(id) if content.group(id).is_none() => {
                warn!(
                    "[alliance87] explorer: unknown group \"{id}\" (known: {})",
                    content
                        .groups
                        .iter()
                        .map(|g| g.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                unknown_group.set(wanted.clone());
                open.set(None);
            }
            _ => {
                unknown_group.set(None);
                open.set(wanted);
            }
        }
    });
    Effect::new(move |previous: Option<Option<String>>| {
        let current = open.get();
        if let Some(group) = current.as_deref().filter(|_| previous.as_ref() != Some(&current)) {
            #[derive(serde::Serialize)]
            struct GroupOpen<'a> {
                group: &'a str,
            }
            emit.emit("alliance87:group-open", &GroupOpen { group });
        }
        current
    });

    // Back and Forward move between the list and the groups of a deep-linked explorer (in the
    // browser: a first screen rendered to HTML at build time has no history).
    let history = super::IN_BROWSER.then(|| {
        window_event_listener(leptos::ev::popstate, move |_| {
            let Some(Loaded { content, .. }) = loaded.get_untracked() else {
                return;
            };
            let fragment = super::page_fragment();
            let linked = group_from_fragment(&fragment);
            // An empty fragment is the list; any other fragment is one of the host's own anchors.
            if settings.deep_link.get_untracked() && (linked.is_some() || fragment.trim_start_matches('#').is_empty()) {
                open.set(linked.filter(|id| content.group(id).is_some()).map(String::from));
            }
        })
    });
    on_cleanup(move || history.into_iter().for_each(|listener| listener.remove()));

    let open_group = Callback::new(move |id: String| {
        if settings.deep_link.get_untracked() {
            push_fragment(Some(&id));
        }
        tab.set(Tab::Purpose);
        open.set(Some(id));
        focus_later(root, "#group-title".into());
    });
    let close_group = Callback::new(move |()| {
        if let Some(id) = open.get_untracked() {
            focus_later(root, format!("#card-{id}"));
        }
        if settings.deep_link.get_untracked() {
            push_fragment(None);
        }
        open.set(None);
    });

    let body = content_view(loaded, lang, move |content| {
        let unknown_notice = move || {
            unknown_group.get().map(|id| view! { <Notice text=Signal::derive(move || fill(text(lang, |u: &Ui| u.unknown_group)(), &[("id", &id)])) /> }).into_any()
        };
        let view = move || match open.get().and_then(|id| content.group(&id).cloned()) {
            Some(group) => view! { <GroupDetail group content=content.clone() tab on_back=close_group /> }.into_any(),
            None => view! { <Overview content=content.clone() query themes on_open=open_group /> }.into_any(),
        };
        view! { {move || unknown_notice()} {move || view()} }.into_any()
    });

    view! {
        <div class="widget explorer" part="explorer" lang=move || lang.get().code() node_ref=root>
            <header class="header">
                <h2 class="title" part="title">{text(lang, |u: &Ui| u.explorer_title)}</h2>
                {either(move || settings.language_switch.get(), move || view! { <LanguageSwitch lang /> }.into_any(), nothing)}
            </header>
            {body}
        </div>
    }
}

/// A native select: the most robust accessible control for three options.
#[component]
pub fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <label class="language" part="language">
            <span>{text(lang, |u: &Ui| u.language)}</span>
            <select
                prop:value=move || lang.get().code()
                on:change=move |ev| {
                    if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                        lang.set(chosen);
                    }
                }
            >
                {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })}
            </select>
        </label>
    }
}
