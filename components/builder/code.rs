//! The code for each way of embedding, with Copy buttons, and the release's files and hashes.

use super::*;

pub(super) fn way_text(way: Way) -> (Pick, Pick) {
    match way {
        Way::Element => (|u| u.way_element, |u| u.way_element_when),
        Way::DataForm => (|u| u.way_data, |u| u.way_data_when),
        Way::Script => (|u| u.way_script, |u| u.way_script_when),
        Way::Iframe => (|u| u.way_iframe, |u| u.way_iframe_when),
        Way::Oembed => (|u| u.way_oembed, |u| u.way_oembed_when),
    }
}

/// The release's pre-rendered first screens, fetched when first chosen: file name → its text
/// (`None` when it could not be read).
pub(super) type FirstScreens = RwSignal<std::collections::HashMap<String, Option<String>>>;

/// The code for each way of embedding, each with its Copy button.
#[component]
pub(super) fn CodeBlocks() -> impl IntoView {
    let ctx = context();
    let announcement = RwSignal::new(String::new());
    let theme_rule = move || ctx.choices.with(snippets::theme_rule);
    let lighter = RwSignal::new(false);
    let first_screens: FirstScreens = RwSignal::new(Default::default());
    let wanted = Memo::new(move |_| {
        let release = ctx.release.get()?;
        ctx.choices.with(|c| release::prerendered_file(c, &release))
    });
    Effect::new(move || {
        let Some(file) = wanted.get() else {
            return;
        };
        if first_screens.with_untracked(|f| f.contains_key(&file)) {
            return;
        }
        first_screens.update(|f| drop(f.insert(file.clone(), None)));
        leptos::task::spawn_local(async move {
            let text = fetching::get_file(&format!("prerendered/{file}")).await.ok();
            first_screens.try_update(|f| f.insert(file, text));
        });
    });
    // The first screen the element and the data form carry, with the stylesheet's address:
    // worked out once per change, not once per way.
    let inside = Memo::new(move |_| -> Option<String> {
        if lighter.get() {
            return None;
        }
        let release = ctx.release.get()?;
        let file = wanted.get()?;
        first_screens.with(|f| {
            f.get(&file)
                .cloned()
                .flatten()
                .and_then(|text| release::first_screen(&text, &release))
        })
    });
    view! {
        <section class="code" aria-labelledby="code-heading">
            <h2 id="code-heading">{t(|u| u.code_heading)}</h2>
            <p class="hint">{t(|u| u.code_hint)}</p>
            <div class="field checkbox">
                <input type="checkbox" id="lighter" aria-describedby="lighter-hint" prop:checked=move || lighter.get()
                    on:change=move |ev| lighter.set(event_target_checked(&ev)) />
                <label for="lighter">{t(|u| u.lighter_label)}</label>
                <p class="hint" id="lighter-hint">{t(|u| u.lighter_hint)}</p>
                {move || (wanted.get().is_none() && !lighter.get()).then(|| view! { <p class="note">{t(|u| u.first_screen_none)}</p> })}
            </div>
            {Way::ALL
                .iter()
                .map(|&way| {
                    let (name, when) = way_text(way);
                    let code = move || {
                        let release = ctx.release.get()?;
                        let lang = ctx.lang.get();
                        let first_screen = inside.get();
                        Some(ctx.choices.with(|c| {
                            ctx.content.with_value(|content| snippets::snippet(way, c, &release, lang, content, first_screen.as_deref()))
                        }))
                    };
                    let left_out = move || {
                        let ui = ctx.lang.get().builder_ui();
                        let (template, names) = match way {
                            Way::Oembed => (ui.oembed_left_out, ctx.choices.with(snippets::oembed_left_out).join(", ")),
                            Way::Iframe => (ui.frame_left_out, ctx.choices.with(|c| {
                                c.frame_attributes()
                                    .1
                                    .iter()
                                    .map(|s| format!("{} ({})", s.attribute(), c.value(*s).unwrap_or_default()))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })),
                            _ => return None,
                        };
                        (!names.is_empty()).then(|| fill(template, &[("names", &names)]))
                    };
                    view! {
                        <section class="way" aria-labelledby=format!("way-{}", way.id())>
                            <h3 id=format!("way-{}", way.id())>{t(name)}</h3>
                            <p class="hint">{t(when)}</p>
                            {(way == Way::Iframe).then(|| view! { <PageAddress /> })}
                            {move || match code() {
                                None => ().into_any(),
                                Some(Ok(text)) => view! {
                                    <CodeBlock id=way.id() text name=t(name) announcement />
                                    {left_out().map(|note| view! { <p class="note">{note}</p> })}
                                }
                                .into_any(),
                                Some(Err(reason)) => {
                                    let ui = ctx.lang.get().builder_ui();
                                    let text = match reason {
                                        NoOembed::NoPublicAddress => ui.oembed_no_public_address,
                                        NoOembed::NeedsLanguage => ui.oembed_needs_language,
                                        NoOembed::NeedsGroup => ui.oembed_needs_group,
                                        NoOembed::NoPage => ui.oembed_no_page,
                                    };
                                    view! { <p class="note unavailable">{text}</p> }.into_any()
                                }
                            }}
                        </section>
                    }
                })
                .collect_any()}
            {move || theme_rule().map(|rule| view! {
                <section class="way" aria-labelledby="way-theme">
                    <h3 id="way-theme">{t(|u| u.theme_rule_heading)}</h3>
                    <p class="hint">{t(|u| u.theme_rule_when)}</p>
                    <CodeBlock id="theme" text=rule name=t(|u| u.theme_rule_heading) announcement />
                </section>
            })}
            <p class="visually-hidden" role="status">{move || announcement.get()}</p>
        </section>
    }
}

/// The partner's page address, which the iframe code resolves relative addresses against.
#[component]
fn PageAddress() -> impl IntoView {
    let ctx = context();
    let invalid = move || {
        ctx.choices
            .with(|c| !c.page.trim().is_empty() && c.page_url().is_none())
    };
    view! {
        <div class="field" class:field-error=invalid>
            <label for="page-address">{t(|u| u.page_label)}</label>
            <p class="hint" id="page-address-hint">{t(|u| u.page_hint)}</p>
            <Show when=invalid>
                <p class="error-message" id="page-address-error">
                    <span class="visually-hidden">{t(|u| u.error_prefix)}" "</span>
                    {t(|u| u.page_invalid)}
                </p>
            </Show>
            <input type="text" inputmode="url" id="page-address" autocomplete="url" spellcheck="false"
                aria-describedby=move || if invalid() { "page-address-hint page-address-error" } else { "page-address-hint" }
                aria-invalid=move || invalid().then_some("true")
                prop:value=move || ctx.choices.with(|c| c.page.clone())
                on:change=move |ev| ctx.choices.update(|c| c.page = event_target_value(&ev)) />
        </div>
    }
}

/// A piece of code and its Copy button: the code is selected (so Ctrl+C works anywhere), then
/// copied where the browser lets the page write to the clipboard.
#[component]
pub(super) fn CodeBlock(
    /// Names the code element (`code-iframe`).
    id: &'static str,
    text: String,
    /// What the code is, for the button's accessible name and the announcement.
    name: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    /// The section's live region.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let ctx = context();
    let code = NodeRef::<Code>::new();
    let copy_text = text.clone();
    // What happened, beside the button for sighted readers (the section's live region says it
    // to screen readers).
    let shown = RwSignal::new(String::new());
    let copy = move |_| {
        let ui = ctx.lang.get_untracked().builder_ui();
        if let (Some(code), Ok(Some(selection))) = (code.get_untracked(), window().get_selection()) {
            let _ = selection.select_all_children(&code);
        }
        announcement.set(ui.copy_selected.to_string());
        shown.set(ui.copy_selected.to_string());
        crate::copy_text(copy_text.clone(), move || {
            let copied = fill(ui.copied, &[("way", name())]);
            announcement.try_set(copied.clone());
            shown.try_set(copied);
        });
    };
    view! {
        <pre><code id=format!("code-{id}") node_ref=code>{text}</code></pre>
        <div class="copy-row">
            <button type="button" class="button" aria-label=move || fill(ctx.lang.get().builder_ui().copy_label, &[("way", name())]) on:click=copy>
                {t(|u| u.copy)}
            </button>
            <span class="copy-result" aria-hidden="true">{move || shown.get()}</span>
        </div>
    }
}

/// The release's files with their sizes and hashes.
#[component]
pub(super) fn ReleaseFiles() -> impl IntoView {
    let ctx = context();
    view! {
        {move || ctx.release.get().filter(|r| !r.files.is_empty()).map(|release| {
            let ui = ctx.lang.get().builder_ui();
            view! {
                <section class="release" aria-labelledby="release-heading">
                    <h2 id="release-heading">{ui.release_heading}</h2>
                    <p>{fill(ui.release_version, &[("version", &release.version)])}</p>
                    <ul class="files">
                        {release.files.iter().map(|file| view! {
                            <li>
                                <span class="file-path">{file.path.clone()}</span>
                                " · "
                                <span>{ui.release_size}": "{file.brotli.to_string()}" B"</span>
                                <br />
                                <span class="visually-hidden">{ui.release_hash}": "</span>
                                <code class="hash">{file.integrity.clone()}</code>
                            </li>
                        }).collect_any()}
                    </ul>
                </section>
            }
        })}
    }
}
