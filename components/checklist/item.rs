//! One item of a checklist: its status as three radio buttons and a note.

use super::*;

#[component]
pub(super) fn ItemRow(
    item: Item,
    number: usize,
    state: RwSignal<Checklist>,
    revision: RwSignal<u32>,
    changed: Callback<()>,
) -> impl IntoView {
    let lang = widget().settings.lang;
    let id = item.id.clone();
    let note_id = format!("note-{id}");
    let radios = Status::ALL.map(|s| {
        let (id, set_id) = (id.clone(), id.clone());
        // A first screen rendered ahead of time shows the status as an attribute (`prop:` is not
        // rendered to HTML); in the browser the property follows the state.
        let ahead_checked = !crate::IN_BROWSER && state.with_untracked(|c| c.status(&id) == s);
        view! {
            <label class="status-option">
                <input
                    type="radio"
                    name=format!("status-{id}")
                    value=s.code()
                    checked=ahead_checked
                    prop:checked=move || state.with(|c| c.status(&id) == s)
                    on:change=move |_| {
                        state.update(|c| c.set_status(&set_id, s, now()));
                        changed.run(());
                    }
                />
                <span>{move || status_label(lang.get().checklist_ui(), s)}</span>
            </label>
        }
    });
    let (note_value, note_input, print_status, print_note) = (id.clone(), id.clone(), id.clone(), id);
    view! {
        <li class="item" part="item">
            <fieldset>
                <legend>
                    <span class="item-number">{format!("{number}.")}</span>
                    " "
                    {move || say(&item.text, lang.get())}
                </legend>
                <div class="status-options">{radios}</div>
                <p class="print-only">
                    {move || format!("{}: {}", lang.get().checklist_ui().status_label, status_label(lang.get().checklist_ui(), state.with(|c| c.status(&print_status))))}
                </p>
                <label class="note-label" for=note_id.clone()>{text(lang, |u: &ChecklistUi| u.note_label)}</label>
                <textarea
                    id=note_id
                    class="note"
                    rows="2"
                    maxlength=checklist::MAX_NOTE_CHARS
                    prop:value=move || {
                        revision.track();
                        state.with_untracked(|c| c.note(&note_value).to_string())
                    }
                    on:input=move |ev| {
                        state.update(|c| c.set_note(&note_input, &event_target_value(&ev), now()));
                        changed.run(());
                    }
                ></textarea>
                <p class="print-only print-note">{move || state.with(|c| c.note(&print_note).to_string())}</p>
            </fieldset>
        </li>
    }
}
