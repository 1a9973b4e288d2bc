//! The priority checklist: a partner records where it stands on each of a group's priorities
//! (and working groups), with notes; progress is saved in the browser, exported, imported,
//! printed and shared through a link that never reaches a server.
//!
//! `<alliance87-checklist>`, and the Checklist tab of the explorer's group view. Its styles live
//! in `checklist.css`.

mod actions;
mod item;
mod picker;
mod replacing;

use actions::Actions;
use item::ItemRow;
use picker::GroupPicker;
use replacing::{Replacement, ReplacementPrompt, Source, UnmatchedNotice};

use super::content_loader::{announce_ready, content_view, use_content};
use super::saving::{use_saved, NotSaved, SaveNotice, SaveRules};
use super::{
    address_without_fragment, clear_fragment, download, either, nothing, now, provide_widget, say, text, widget,
    CollectAny, Emitter, Notice, ProtectedNotice, Settings, WidgetContext,
};
use alliance87_core::checklist::{self, Checklist, Item, ItemKind, ReadError, SavedItem, ShareError, Status};
use alliance87_core::content::{Content, Group, PriorityKind};
use alliance87_core::i18n::{fill, ChecklistUi};
use alliance87_core::saved::Older;
use leptos::html::Div;
use leptos::prelude::*;
use serde::Serialize;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The `alliance87:checklist-change` detail.
#[derive(Serialize)]
struct ChecklistChange<'a> {
    group: &'a str,
    items: Vec<ItemStatus<'a>>,
    done: usize,
    total: usize,
}

#[derive(Serialize)]
struct ItemStatus<'a> {
    id: &'a str,
    status: Status,
}

/// Largest file accepted for import.
const MAX_IMPORT_BYTES: f64 = 1_048_576.0;

/// Something to tell the reader, kept as data so it follows a language change.
#[derive(Clone, Debug, PartialEq)]
enum Message {
    /// What the saving hook found when the checklist opened.
    Saving(SaveNotice),
    StorageFailed,
    Imported(usize),
    ImportFailed(String),
    ImportOtherGroup(String),
    SharedOpened,
    SharedUnreadable(ShareError),
    ShareCopied,
    ResetDone,
}

impl Message {
    fn text(&self, ui: &ChecklistUi) -> String {
        match self {
            Message::Saving(SaveNotice::Unavailable) => ui.storage_unavailable.into(),
            // A checklist carries older progress over (`Older::CarryOver`): an older version's
            // progress it could not read is reported as unreadable, under the key it stays in.
            Message::Saving(SaveNotice::Unreadable(key) | SaveNotice::Older(key)) => {
                fill(ui.saved_unreadable, &[("key", key)])
            }
            Message::Saving(SaveNotice::Newer(key)) => fill(ui.saved_newer, &[("key", key)]),
            Message::StorageFailed => ui.storage_failed.into(),
            Message::Imported(n) => fill(ui.imported, &[("n", &n.to_string())]),
            Message::ImportFailed(reason) => fill(ui.import_failed, &[("reason", reason)]),
            Message::ImportOtherGroup(id) => fill(ui.import_other_group, &[("id", id)]),
            Message::SharedOpened => ui.shared_opened.into(),
            Message::SharedUnreadable(e) => {
                let reason = match e {
                    ShareError::TooLong => ui.share_too_long,
                    ShareError::UnsupportedVersion => ui.share_newer,
                    ShareError::Malformed | ShareError::UnknownGroup(_) => ui.share_damaged,
                    ShareError::OtherContent => ui.share_other_content,
                };
                fill(ui.shared_unreadable, &[("reason", reason)])
            }
            Message::ShareCopied => ui.share_copied.into(),
            Message::ResetDone => ui.reset_done.into(),
        }
    }
}

fn status_label(ui: &ChecklistUi, status: Status) -> &'static str {
    match status {
        Status::NotStarted => ui.status_not_started,
        Status::InProgress => ui.status_in_progress,
        Status::Done => ui.status_done,
    }
}

fn today() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect()
}

/// `<alliance87-checklist>`: a group's checklist, or a group picker when no valid group is set.
#[component]
pub fn ChecklistWidget(settings: Settings, emit: Emitter) -> impl IntoView {
    let WidgetContext { root, .. } = provide_widget(settings, emit);
    let lang = settings.lang;
    let loaded = use_content(settings.src);
    announce_ready("checklist", loaded, lang, emit);
    let picked = RwSignal::new(None::<String>);
    let body = content_view(loaded, lang, move |content| {
        // Without a `group` attribute, a link from the self-assessment names the group.
        let linked = || alliance87_core::attributes::group_from_fragment(&super::page_fragment()).map(String::from);
        let wanted = picked.get().or_else(|| settings.group.get()).or_else(linked);
        let group = wanted.as_deref().and_then(|id| content.group(id)).cloned();
        match group {
            Some(group) => view! { <GroupChecklist group=Arc::new(group) content heading=true /> }.into_any(),
            None => view! { <GroupPicker content unknown=wanted picked /> }.into_any(),
        }
    });
    view! {
        <div class="widget checklist" part="checklist" lang=move || lang.get().code() node_ref=root>
            {body}
        </div>
    }
}

/// One group's checklist. Also shown inside the explorer's group view (`heading` false there).
#[component]
pub fn GroupChecklist(group: Arc<Group>, content: Arc<Content>, heading: bool) -> impl IntoView {
    let WidgetContext { settings, emit, .. } = widget();
    let lang = settings.lang;
    let items = Arc::new(checklist::items(&group));
    let (read_group, read_content) = (group.clone(), content.clone());
    let write_items = items.clone();
    let (saving, opened) = use_saved(SaveRules {
        prefix: format!("alliance87:checklist:{}:v", group.id),
        version: content.version,
        older: Older::CarryOver,
        blank: Checklist::new(&group.id, content.version),
        read: Rc::new(move |json| {
            checklist::restore(json, &read_group, &read_content)
                .ok()
                .map(|restored| restored.checklist)
        }),
        write: Rc::new(move |state: &Checklist| state.to_saved(&write_items, lang.get_untracked()).to_json()),
    });
    let (state, revision) = (saving.value, saving.revision);
    // Saved entries that match no item of the current content.
    let unmatched = opened
        .text
        .as_deref()
        .and_then(|json| checklist::restore(json, &group, &content).ok())
        .map(|restored| restored.unmatched)
        .unwrap_or_default();
    let unmatched = RwSignal::new(unmatched);
    let notices = RwSignal::new(opened.notices.into_iter().map(Message::Saving).collect::<Vec<_>>());
    let status = RwSignal::new(None::<Message>);
    let pending = RwSignal::new(None::<Replacement>);
    let root = NodeRef::<Div>::new();

    // The reader changed the checklist: save it and tell the host page.
    let commit = {
        let items = items.clone();
        let group_id = group.id.clone();
        move || {
            // A protected copy has its own notice, and no storage at all was told on opening.
            if saving.save() == Err(NotSaved::Refused) {
                status.set(Some(Message::StorageFailed));
            }
            state.with_untracked(|s| {
                let items: Vec<ItemStatus> = items
                    .iter()
                    .map(|i| ItemStatus {
                        id: &i.id,
                        status: s.status(&i.id),
                    })
                    .collect();
                let done = items.iter().filter(|i| i.status == Status::Done).count();
                let total = items.len();
                emit.emit(
                    "alliance87:checklist-change",
                    &ChecklistChange {
                        group: &group_id,
                        items,
                        done,
                        total,
                    },
                );
            });
        }
    };
    let commit = StoredValue::new(Arc::new(commit));
    let changed = Callback::new(move |()| commit.with_value(|c| c()));
    // Replaces the checklist (a share link, an imported file) and saves it.
    let replace = {
        let items = items.clone();
        Callback::new(move |with: Replacement| {
            state.update(|s| s.replace_with(&with.checklist, &items, now()));
            unmatched.set(with.unmatched);
            revision.update(|r| *r += 1);
            changed.run(());
            status.set(Some(match with.from {
                Source::Share => Message::SharedOpened,
                Source::Import => Message::Imported(with.checklist.recorded()),
            }));
        })
    };

    match checklist::from_fragment(&super::page_fragment(), &content) {
        Some(Ok(shared)) if shared.group == group.id => {
            let with = Replacement {
                from: Source::Share,
                checklist: shared,
                unmatched: Vec::new(),
            };
            if state.with_untracked(Checklist::is_blank) {
                replace.run(with);
            } else {
                pending.set(Some(with));
            }
            clear_fragment();
        }
        Some(Err(e)) => notices.update(|n| n.push(Message::SharedUnreadable(e))),
        _ => {}
    }

    let total = items.len();
    let progress_items = items.clone();
    let counts = Memo::new(move |_| state.with(|s| s.counts(&progress_items)));
    let progress_text = move || {
        let (done, doing) = counts.get();
        fill(
            lang.get().checklist_ui().progress,
            &[
                ("done", &done.to_string()),
                ("total", &total.to_string()),
                ("doing", &doing.to_string()),
            ],
        )
    };
    let title_group = group.clone();
    let title = move || {
        fill(
            lang.get().checklist_ui().checklist_title,
            &[("name", title_group.name.get(lang.get()))],
        )
    };
    let topics = matches!(&group.priorities, Some(p) if p.kind == PriorityKind::Topics);
    let action_items = items.clone();
    let section = move |kind: ItemKind| {
        let list: Vec<(usize, Item)> = items.iter().filter(|i| i.kind == kind).cloned().enumerate().collect();
        (!list.is_empty()).then(|| {
            let label = move || {
                let (ui, checklist_ui) = (lang.get().ui(), lang.get().checklist_ui());
                match kind {
                    ItemKind::Priority if topics => ui.tab_topics,
                    ItemKind::Priority => ui.tab_priorities,
                    ItemKind::Unit => checklist_ui.units_heading,
                }
            };
            view! {
                <h3 class="items-heading">{move || label()}</h3>
                <ol class="items" part="items">
                    {list.into_iter().map(|(i, item)| view! { <ItemRow item number=i + 1 state revision changed /> }).collect_any()}
                </ol>
            }
        })
    };

    view! {
        <div class="checklist-body" node_ref=root>
            {heading.then(|| view! { <h2 class="title" part="title" tabindex="-1">{move || title()}</h2> })}
            // The date a page is printed on, which a first screen rendered ahead of time cannot know.
            {super::IN_BROWSER.then(|| view! { <p class="print-only">{move || fill(lang.get().checklist_ui().printed_on, &[("date", &today())])}</p> })}
            {move || notices.get().into_iter().map(|m| view! { <Notice text=Signal::derive(move || m.text(lang.get().checklist_ui())) /> }).collect_any().into_any()}
            <ProtectedNotice shared=saving.shared text=Signal::derive(move || lang.get().checklist_ui().saved_not_kept.to_string()) filename="alliance87-checklist-saved.json" />
            <UnmatchedNotice unmatched />
            <ReplacementPrompt pending replace />
            {if total == 0 {
                view! { <p class="missing">{text(lang, |u: &ChecklistUi| u.no_items)}</p> }.into_any()
            } else {
                view! {
                    <div class="progress" part="progress">
                        <p id="progress-text" class="progress-text">{move || progress_text()}</p>
                        <progress max=total value=move || counts.get().0 aria-labelledby="progress-text"></progress>
                    </div>
                    {section(ItemKind::Priority)}
                    {section(ItemKind::Unit)}
                    <Actions group content items=action_items state status pending replace root />
                }
                .into_any()
            }}
            <p class="action-status" role="status">{move || status.get().map(|m| m.text(lang.get().checklist_ui()))}</p>
        </div>
    }
}
