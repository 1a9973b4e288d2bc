//! The checklist's actions: download (CSV, JSON), import, print, share link, reset.

use super::*;

#[component]
pub(super) fn Actions(
    group: Arc<Group>,
    content: Arc<Content>,
    items: Arc<Vec<Item>>,
    state: RwSignal<Checklist>,
    status: RwSignal<Option<Message>>,
    pending: RwSignal<Option<Replacement>>,
    replace: Callback<Replacement>,
    root: NodeRef<Div>,
) -> impl IntoView {
    let lang = widget().settings.lang;
    let confirming = RwSignal::new(false);
    let share_link = RwSignal::new(None::<String>);
    let file_stem = format!("alliance87-checklist-{}", group.id);

    let export = {
        let (items, file_stem) = (items.clone(), file_stem.clone());
        move |csv: bool| {
            let ui = lang.get_untracked().checklist_ui();
            let saved = state.with_untracked(|s| s.to_saved(&items, lang.get_untracked()));
            let result = if csv {
                let body = checklist::to_csv(&saved, ["id", ui.item_label, ui.status_label, ui.note_label], |s| {
                    status_label(ui, s)
                });
                download(
                    &format!("{file_stem}-{}.csv", today()),
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{body}").into(),
                )
            } else {
                download(
                    &format!("{file_stem}-{}.json", today()),
                    "application/json",
                    &saved.to_json().into(),
                )
            };
            if let Err(e) = result {
                web_sys::console::error_2(&"[alliance87] download failed:".into(), &e);
            }
        }
    };
    let export = StoredValue::new(Arc::new(export));

    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES {
            status.set(Some(Message::ImportFailed("larger than 1 MB".into())));
            return;
        }
        let (group, content) = (group.clone(), content.clone());
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let message = match text.map(|json| checklist::restore(&json, &group, &content)) {
                None => Message::ImportFailed("unreadable file".into()),
                Some(Err(ReadError::NotAChecklist(reason))) => Message::ImportFailed(reason),
                Some(Err(ReadError::OtherGroup(id))) => Message::ImportOtherGroup(id),
                Some(Ok(restored)) => {
                    let with = Replacement {
                        from: Source::Import,
                        checklist: restored.checklist,
                        unmatched: restored.unmatched,
                    };
                    let ask = state.try_with_untracked(|s| !s.is_blank() && *s != with.checklist);
                    if ask == Some(true) {
                        pending.try_set(Some(with));
                    } else if ask.is_some() {
                        replace.run(with);
                    }
                    return;
                }
            };
            status.try_set(Some(message));
        });
    };

    let share = move |_| {
        let link = format!(
            "{}{}",
            address_without_fragment(),
            state.with_untracked(|s| checklist::to_fragment(s, &items))
        );
        share_link.set(Some(link.clone()));
        crate::focus_later(root, "#share-link".into());
        crate::copy_text(link, move || drop(status.try_set(Some(Message::ShareCopied))));
    };

    let reset = move |_| {
        let blank = Replacement {
            from: Source::Import,
            checklist: state.with_untracked(|s| Checklist::new(&s.group, s.content_version)),
            unmatched: Vec::new(),
        };
        replace.run(blank);
        confirming.set(false);
        status.set(Some(Message::ResetDone));
        crate::focus_later(root, "#reset".into());
    };
    view! {
        <div class="actions" part="actions">
            <button type="button" class="button" on:click=move |_| export.with_value(|e| e(true))>{text(lang, |u: &ChecklistUi| u.download_csv)}</button>
            <button type="button" class="button" on:click=move |_| export.with_value(|e| e(false))>{text(lang, |u: &ChecklistUi| u.download_json)}</button>
            <span class="file-button">
                <input type="file" id="import" class="visually-hidden" accept="application/json,.json" on:change=import />
                <label for="import" class="button">{text(lang, |u: &ChecklistUi| u.import_json)}</label>
            </span>
            <button type="button" class="button" on:click=move |_| drop(window().print())>{text(lang, |u: &ChecklistUi| u.print)}</button>
            <button type="button" class="button" on:click=share>{text(lang, |u: &ChecklistUi| u.share)}</button>
            <button type="button" class="button secondary" id="reset" aria-expanded=move || confirming.get().to_string() on:click=move |_| {
                confirming.set(true);
                crate::focus_later(root, "#confirm-reset".into());
            }>{text(lang, |u: &ChecklistUi| u.reset)}</button>
        </div>
        {either(move || share_link.with(Option::is_some), move || view! {
            <div class="share">
                <label for="share-link">{text(lang, |u: &ChecklistUi| u.share_label)}</label>
                <input id="share-link" class="share-link" type="text" readonly prop:value=move || share_link.get().unwrap_or_default() on:focus=move |ev| {
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                } />
            </div>
        }.into_any(), nothing)}
        {either(move || confirming.get(), move || view! {
            <div class="notice notice-block confirm" part="notice" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text">{text(lang, |u: &ChecklistUi| u.reset_confirm)}</p>
                <div class="button-row">
                    <button type="button" class="button danger" id="confirm-reset" on:click=reset>{text(lang, |u: &ChecklistUi| u.reset_yes)}</button>
                    <button type="button" class="button secondary" on:click=move |_| {
                        confirming.set(false);
                        crate::focus_later(root, "#reset".into());
                    }>{text(lang, |u: &ChecklistUi| u.cancel)}</button>
                </div>
            </div>
        }.into_any(), nothing)}
    }
}
