//! The translators' round trip: each language's texts exported as a flat JSON file, and a
//! translated file imported back with a report (`alliance87_core::translation`).

use super::*;
use alliance87_core::translation::{self, ImportError, ImportReport};

/// A language's name inside a sentence of the studio's language ("les textes en anglais").
fn in_sentence(ui: &StudioUi, interface: Lang, lang: Lang) -> String {
    let name = language_name(ui, lang);
    match interface {
        Lang::En => name.to_string(),
        _ => name.to_lowercase(),
    }
}

#[component]
pub(super) fn Translators() -> impl IntoView {
    let ctx = context();
    let into = RwSignal::new(ctx.lang.get_untracked());
    let outcome = RwSignal::new(None::<(String, Result<ImportReport, ImportError>)>);
    let read = move |file: web_sys::File| {
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let lang = into.get_untracked();
            let mut result = None;
            ctx.draft.update(|d| result = Some(translation::import(d, lang, &text)));
            outcome.set(result.map(|r| (name, r)));
        });
    };
    view! {
        <section class="panel translators" aria-labelledby="translators-heading">
            <h2 id="translators-heading">{t(|u| u.translators_heading)}</h2>
            <p class="hint">{t(|u| u.translators_hint)}</p>
            <div class="button-row">
                {Lang::ALL.map(|lang| view! {
                    <button type="button" class="button secondary" on:click=move |_| {
                        let file = ctx.draft.with(|d| translation::export(d, lang));
                        let _ = crate::download(&format!("action-groups.{}.json", lang.code()), "application/json", &JsValue::from_str(&file));
                    }>{move || {
                        let interface = ctx.lang.get();
                        let ui = interface.studio_ui();
                        fill(ui.export_lang, &[("lang", &in_sentence(ui, interface, lang))])
                    }}</button>
                })}
            </div>
            <div class="field">
                <label for="import-lang">{t(|u| u.import_lang)}</label>
                <select id="import-lang" prop:value=move || into.get().code() on:change=move |ev| {
                    if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                        into.set(chosen);
                    }
                }>
                    {Lang::ALL.map(|l| view! { <option value=l.code()>{move || language_name(ctx.lang.get().studio_ui(), l)}</option> })}
                </select>
            </div>
            <div class="field">
                <label for="import-file">{t(|u| u.import_file)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        read(file);
                    }
                    input.set_value("");
                } />
            </div>
            <div class="import-report" role="status">
                {move || outcome.get().map(|(source, result)| {
                    let lang = ctx.lang.get();
                    let ui = lang.studio_ui();
                    match result {
                        Ok(report) => view! {
                            <p>{fill(ui.import_changed, &[("source", &source), ("n", &report.changed.len().to_string())])}</p>
                            {(!report.unknown.is_empty()).then(|| view! { <p class="error-message">{fill(ui.import_unknown, &[("keys", &report.unknown.join(", "))])}</p> })}
                            {(!report.missing.is_empty()).then(|| view! { <p>{fill(ui.import_missing, &[("keys", &report.missing.join(", "))])}</p> })}
                        }
                        .into_any(),
                        Err(ImportError::NotJson(reason)) => view! {
                            <p class="error-message">{fill(ui.not_json, &[("source", &source), ("reason", &reason)])}</p>
                        }
                        .into_any(),
                        Err(ImportError::NotFlat) => view! {
                            <p class="error-message">{fill(ui.import_not_flat, &[("source", &source)])}</p>
                        }
                        .into_any(),
                    }
                })}
            </div>
        </section>
    }
}
