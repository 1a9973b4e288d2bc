//! What replaces saved progress, and how the reader is asked first; saved entries that no
//! longer match the content.

use super::*;

/// Saved entries that no longer match the content: shown with their status and note, so the
/// reader can carry them over by hand.
#[component]
pub(super) fn UnmatchedNotice(unmatched: RwSignal<Vec<SavedItem>>) -> impl IntoView {
    let lang = widget().settings.lang;
    move || {
        let entries = unmatched.get();
        (!entries.is_empty())
            .then(|| {
                let ui = lang.get().checklist_ui();
                view! {
                    <div class="notice notice-block" part="notice" role="status">
                        <p>{ui.migrated_unmatched}</p>
                        <ul>
                            {entries
                                .into_iter()
                                .map(|e| {
                                    let note = (!e.note.is_empty()).then(|| format!(" ({})", e.note));
                                    view! { <li>{format!("{}: {}", e.text, status_label(ui, e.status))}{note}</li> }
                                })
                                .collect_any()}
                        </ul>
                    </div>
                }
            })
            .into_any()
    }
}

/// Where a replacement of the whole checklist comes from.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Source {
    Share,
    Import,
}

/// A whole checklist offered in place of the saved one.
#[derive(Clone)]
pub(super) struct Replacement {
    pub from: Source,
    pub checklist: Checklist,
    pub unmatched: Vec<SavedItem>,
}

/// Asks before a share link or an imported file replaces saved progress.
#[component]
pub(super) fn ReplacementPrompt(
    pending: RwSignal<Option<Replacement>>,
    replace: Callback<Replacement>,
) -> impl IntoView {
    let lang = widget().settings.lang;
    let accept = move |_| {
        if let Some(with) = pending.get_untracked() {
            replace.run(with);
        }
        pending.set(None);
    };
    move || {
        pending.with(|p| p.as_ref().map(|p| p.from)).map(|from| {
            let ui = lang.get().checklist_ui();
            let (question, accept_label) = match from {
                Source::Share => (ui.shared_conflict, ui.shared_use),
                Source::Import => (ui.import_conflict, ui.import_use),
            };
            view! {
                <div class="notice notice-block" part="notice" role="status">
                    <p>{question}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=accept>{accept_label}</button>
                        <button type="button" class="button secondary" on:click=move |_| pending.set(None)>{ui.shared_keep}</button>
                    </div>
                </div>
            }
        })
        .into_any()
    }
}
