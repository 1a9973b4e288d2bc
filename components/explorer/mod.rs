//! The action-group explorer: every group at a glance with search and theme filters, then one
//! group in depth (what it does, how it is organised, its priorities) behind WAI-ARIA tabs.

use super::content_loader::{announce_ready, content_view, use_content, Loaded};
use super::{
    address_without_fragment, either, focus_later, nothing, provide_widget, text, widget, CollectAny, Emitter, Notice,
    Settings, WidgetContext,
};
use alliance87_core::attributes::{fragment_for, group_from_fragment};
use alliance87_core::content::{Content, Group, PriorityKind, Status};
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

/// The alliance's page on the action groups, for readers who want more than the widget holds.
const GROUPS_PAGE: &str = "https://www.alliance87.org/action-groups/";

/// Where a group's card leads when followed as a link: with deep links, the group open on this
/// page; otherwise (and before the widget starts, or without JavaScript) the group's own page,
/// its first link, which validation keeps to `http(s)` and `mailto`.
fn card_address(group: &Group, deep_link: bool) -> String {
    if deep_link {
        fragment_for(&group.id)
    } else {
        group.links.first().map_or(GROUPS_PAGE, |l| l.url.as_str()).to_string()
    }
}

#[component]
fn Overview(
    content: Arc<Content>,
    query: RwSignal<String>,
    themes: RwSignal<Vec<String>>,
    on_open: Callback<String>,
) -> impl IntoView {
    let settings = widget().settings;
    let lang = settings.lang;
    let intro = content.intro.clone();
    let filter_content = content.clone();
    let matches = Memo::new(move |_| {
        let ids: Vec<String> = search::filter(&filter_content, lang.get(), &query.get(), &themes.get())
            .into_iter()
            .map(|g| g.id.clone())
            .collect();
        ids
    });
    let filtered = move || !query.with(|q| q.trim().is_empty()) || !themes.with(Vec::is_empty);
    let clear = move |_| {
        query.set(String::new());
        themes.set(Vec::new());
    };
    let theme_list = content.themes.clone();
    // Stored, so that `cards` is Copy and can be rebuilt by the closure that shows it.
    let card_content = StoredValue::new(content.clone());
    let cards = move || {
        let lang = lang.get();
        let card_content = card_content.get_value();
        let groups: Vec<Group> = matches
            .get()
            .iter()
            .filter_map(|id| card_content.group(id).cloned())
            .collect();
        groups
            .into_iter()
            .map(|group| {
                let id = group.id.clone();
                let href = card_address(&group, settings.deep_link.get_untracked());
                let chips: Vec<String> = group.themes.iter().filter_map(|t| card_content.theme(t)).map(|t| t.label.get(lang).to_string()).collect();
                view! {
                    <li class="card" part="card">
                        <h3 class="card-title">
                            <a
                                class="card-open"
                                id=format!("card-{id}")
                                href=href
                                on:click=move |ev| {
                                    // A new tab or window still follows the link.
                                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                                        ev.prevent_default();
                                        on_open.run(id.clone());
                                    }
                                }
                            >
                                {group.name.get(lang).to_string()}
                            </a>
                        </h3>
                        <p class="card-summary">{group.summary.get(lang).to_string()}</p>
                        {(group.status == Status::DetailsPending).then(|| view! { <p class="badge">{lang.ui().details_pending_badge}</p> })}
                        <ul class="chips" aria-label=lang.ui().themes>
                            {chips.into_iter().map(|c| view! { <li class="chip">{c}</li> }).collect_any()}
                        </ul>
                    </li>
                }
            })
            .collect_any()
            .into_any()
    };

    view! {
        <p class="intro">{move || intro.get(lang.get()).to_string()}</p>
        // No search landmark: a page with several explorers would repeat it, unnamed.
        <div class="filters" part="filters">
            <label class="search-label" for="search">{text(lang, |u: &Ui| u.search_label)}</label>
            <input
                id="search"
                class="search"
                part="search"
                type="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <fieldset class="themes">
                <legend>{text(lang, |u: &Ui| u.themes_legend)}</legend>
                <div class="theme-options">
                    {theme_list
                        .into_iter()
                        .map(|theme| {
                            let id = theme.id.clone();
                            let checked_id = id.clone();
                            view! {
                                <label class="theme-option">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || themes.with(|t| t.contains(&checked_id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            themes.update(|t| {
                                                t.retain(|x| *x != id);
                                                if on {
                                                    t.push(id.clone());
                                                }
                                            });
                                        }
                                    />
                                    <span>{move || theme.label.get(lang.get()).to_string()}</span>
                                </label>
                            }
                        })
                        .collect_any()}
                </div>
            </fieldset>
        </div>
        <div class="results-bar">
            <p class="count" role="status">{move || lang.get().ui().results(matches.with(Vec::len))}</p>
            {either(filtered, move || view! { <button type="button" class="link-button" on:click=clear>{text(lang, |u: &Ui| u.clear_filters)}</button> }.into_any(), nothing)}
        </div>
        {either(
            move || matches.with(|m| !m.is_empty()),
            move || view! { <ul class="cards" part="cards">{move || cards()}</ul> }.into_any(),
            move || view! {
                <div class="empty" part="empty">
                    <p class="empty-title">{text(lang, |u: &Ui| u.no_results)}</p>
                    <p>{text(lang, |u: &Ui| u.no_results_hint)}</p>
                </div>
            }
            .into_any(),
        )}
        <p class="more"><a href=GROUPS_PAGE part="link">{text(lang, |u: &Ui| u.groups_page)}</a></p>
    }
}

#[component]
fn GroupDetail(group: Group, content: Arc<Content>, tab: RwSignal<Tab>, on_back: Callback<()>) -> impl IntoView {
    let lang = widget().settings.lang;
    let group = Arc::new(group);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = Tab::ALL.iter().position(|t| *t == tab.get_untracked()).unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % Tab::ALL.len(),
            "ArrowLeft" => (current + Tab::ALL.len() - 1) % Tab::ALL.len(),
            "Home" => 0,
            "End" => Tab::ALL.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        tab.set(Tab::ALL[next]);
        if let Some(button) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|list| list.children().item(next as u32))
        {
            let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let tab_label = {
        let topics = matches!(&group.priorities, Some(p) if p.kind == PriorityKind::Topics);
        move |t: Tab| {
            let ui = lang.get().ui();
            match t {
                Tab::Purpose => ui.tab_purpose,
                Tab::Structure => ui.tab_structure,
                Tab::Priorities if topics => ui.tab_topics,
                Tab::Priorities => ui.tab_priorities,
                Tab::Checklist => lang.get().checklist_ui().tab_checklist,
            }
        }
    };
    let tabs = Tab::ALL
        .iter()
        .copied()
        .map(|t| {
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    part="tab"
                    id=format!("tab-{}", t.id())
                    aria-controls=format!("panel-{}", t.id())
                    aria-selected=move || if tab.get() == t { "true" } else { "false" }
                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                    on:click=move |_| tab.set(t)
                >
                    {move || tab_label(t)}
                </button>
            }
        })
        .collect_any();
    let panel = move |t: Tab, body: AnyView| {
        view! {
            <div role="tabpanel" class="panel" part="panel" id=format!("panel-{}", t.id()) aria-labelledby=format!("tab-{}", t.id()) tabindex="0" hidden=move || tab.get() != t>
                {body}
            </div>
        }
    };
    let g = group.clone();
    let name = move || g.name.get(lang.get()).to_string();
    let g = group.clone();
    let summary = move || g.summary.get(lang.get()).to_string();
    let (g1, g2, g3) = (group.clone(), group.clone(), group.clone());
    let checklist_panel = {
        let content = content.clone();
        let group = group.clone();
        panel(
            Tab::Checklist,
            view! { <super::checklist::GroupChecklist group content heading=false /> }.into_any(),
        )
    };

    view! {
        <article class="group" part="group" aria-labelledby="group-title">
            <button type="button" class="back" part="back" on:click=move |_| on_back.run(())>
                {text(lang, |u: &Ui| u.all_groups)}
            </button>
            <h3 id="group-title" class="group-title" tabindex="-1">{move || name()}</h3>
            <p class="group-summary">{move || summary()}</p>
            <div role="tablist" class="tabs" aria-labelledby="group-title" on:keydown=on_key>
                {tabs}
            </div>
            {panel(Tab::Purpose, view! { {move || purpose_panel(&g1, &content, lang.get())} }.into_any())}
            {panel(Tab::Structure, view! { {move || structure_panel(&g2, lang.get())} }.into_any())}
            {panel(Tab::Priorities, view! { {move || priorities_panel(&g3, lang.get())} }.into_any())}
            {checklist_panel}
        </article>
    }
}

fn purpose_panel(group: &Group, content: &Content, lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let pending =
        (group.status == Status::DetailsPending).then(|| view! { <p class="pending">{ui.details_pending}</p> });
    let participants = group
        .participants
        .as_ref()
        .map_or(ui.no_participants, |p| p.get(lang))
        .to_string();
    let facts = group
        .facts
        .iter()
        .map(|f| view! { <li>{f.get(lang).to_string()}</li> })
        .collect_any();
    let themes: Vec<String> = group
        .themes
        .iter()
        .filter_map(|t| content.theme(t))
        .map(|t| t.label.get(lang).to_string())
        .collect();
    let links = group
        .links
        .iter()
        .filter(|l| alliance87_core::validate::is_safe_url(&l.url))
        .map(|l| view! { <li><a href=l.url.clone() part="link">{l.label.get(lang).to_string()}</a></li> })
        .collect_any();
    view! {
        {pending}
        <p>{group.purpose.get(lang).to_string()}</p>
        <h4>{ui.participants}</h4>
        <p>{participants}</p>
        {(!group.facts.is_empty()).then(|| view! { <ul class="facts">{facts}</ul> })}
        <h4>{ui.themes}</h4>
        <ul class="chips">{themes.into_iter().map(|t| view! { <li class="chip">{t}</li> }).collect_any()}</ul>
        {(!group.links.is_empty()).then(|| view! {
            <h4>{ui.learn_more}</h4>
            <ul class="links">{links}</ul>
        })}
    }
}

fn structure_panel(group: &Group, lang: Lang) -> AnyView {
    match &group.structure {
        Some(s) => view! {
            <p>{s.intro.get(lang).to_string()}</p>
            <ul class="units">{s.units.iter().map(|u| view! { <li>{u.get(lang).to_string()}</li> }).collect_any()}</ul>
        }
        .into_any(),
        None => view! { <p class="missing">{lang.ui().no_structure}</p> }.into_any(),
    }
}

fn priorities_panel(group: &Group, lang: Lang) -> AnyView {
    let Some(p) = &group.priorities else {
        return view! { <p class="missing">{lang.ui().no_priorities}</p> }.into_any();
    };
    let items = p
        .items
        .iter()
        .map(|i| view! { <li>{i.get(lang).to_string()}</li> })
        .collect_any();
    let list = match p.kind {
        PriorityKind::Priorities => view! { <ol class="priorities" part="priorities">{items}</ol> }.into_any(),
        PriorityKind::Topics => view! { <ul class="topics" part="priorities">{items}</ul> }.into_any(),
    };
    view! {
        <p>{p.intro.get(lang).to_string()}</p>
        {list}
    }
    .into_any()
}
