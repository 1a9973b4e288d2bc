//! The widget and its settings: which widget, and a field for each setting it reads.

use super::*;

/// The three widgets, as radio buttons with a line on what each is for.
#[component]
pub(super) fn WidgetChoice() -> impl IntoView {
    let ctx = context();
    view! {
        <fieldset class="group">
            <legend>{t(|u| u.widget_legend)}</legend>
            <div class="radios">
                {Widget::ALL
                    .iter()
                    .map(|&widget| {
                        let (label, hint) = BuilderUi::widget_text(widget);
                        let id = format!("widget-{}", widget.name());
                        let hint_id = format!("{id}-hint");
                        view! {
                            <div class="radio">
                                <input type="radio" name="widget" id=id.clone() value=widget.name() aria-describedby=hint_id.clone()
                                    prop:checked=move || ctx.choices.with(|c| c.widget == widget)
                                    on:change=move |_| ctx.choices.update(|c| c.widget = widget) />
                                <label for=id>{t(label)}</label>
                                <p class="hint" id=hint_id>{t(hint)}</p>
                            </div>
                        }
                    })
                    .collect_any()}
            </div>
        </fieldset>
    }
}

/// The fields of the settings the chosen widget reads, from `attributes.rs`.
#[component]
pub(super) fn SettingsFields() -> impl IntoView {
    let ctx = context();
    view! {
        <fieldset class="group">
            <legend>{t(|u| u.settings_legend)}</legend>
            {move || {
                let widget = ctx.choices.with(|c| c.widget);
                widget.settings().iter().map(|&setting| view! { <SettingField setting widget /> }).collect_any()
            }}
        </fieldset>
    }
}

pub(super) fn set_value(choices: RwSignal<Choices>, setting: Setting, value: String) {
    choices.update(|c| {
        c.values.retain(|(s, _)| *s != setting);
        if !value.trim().is_empty() {
            c.values.push((setting, value));
        }
    });
}

/// One setting, asked for as its kind needs: a list, a checkbox or an address.
#[component]
pub(super) fn SettingField(setting: Setting, widget: Widget) -> impl IntoView {
    let ctx = context();
    let (label, hint) = BuilderUi::setting_text(setting, widget);
    let id = format!("setting-{}", setting.attribute());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let value = move || ctx.choices.with(|c| c.value(setting).unwrap_or_default().to_string());
    match setting.kind() {
        SettingKind::Language => view! {
            <div class="field">
                <label for=id.clone()>{t(label)}</label>
                <p class="hint" id=hint_id.clone()>{t(hint)}</p>
                <select id=id aria-describedby=hint_id prop:value=value on:change=move |ev| set_value(ctx.choices, setting, event_target_value(&ev))>
                    <option value="">{t(|u| u.lang_follow)}</option>
                    {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })}
                </select>
            </div>
        }
        .into_any(),
        SettingKind::Group => {
            let none = if widget == Widget::Checklist {
                t(|u| u.group_none_checklist)
            } else {
                t(|u| u.group_none_explorer)
            };
            let groups = move || {
                let lang = ctx.lang.get();
                ctx.content.with_value(|content| {
                    content
                        .groups
                        .iter()
                        .map(|g| view! { <option value=g.id.clone()>{g.name.get(lang).to_string()}</option> })
                        .collect_any()
                })
            };
            view! {
                <div class="field">
                    <label for=id.clone()>{t(label)}</label>
                    <p class="hint" id=hint_id.clone()>{t(hint)}</p>
                    <select id=id aria-describedby=hint_id prop:value=value on:change=move |ev| set_value(ctx.choices, setting, event_target_value(&ev))>
                        <option value="">{none}</option>
                        {groups}
                    </select>
                </div>
            }
            .into_any()
        }
        SettingKind::Flag => view! {
            <div class="field checkbox">
                <input type="checkbox" id=id.clone() aria-describedby=hint_id.clone()
                    prop:checked=move || ctx.choices.with(|c| c.value(setting).is_some())
                    on:change=move |ev| set_value(ctx.choices, setting, if event_target_checked(&ev) { "on".into() } else { String::new() }) />
                <label for=id>{t(label)}</label>
                <p class="hint" id=hint_id>{t(hint)}</p>
            </div>
        }
        .into_any(),
        SettingKind::Address => {
            let problem = move || ctx.choices.with(|c| c.value(setting).filter(|v| snippets::problem(setting, v).is_some()).map(str::to_string));
            let described_by = {
                let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
                move || match problem() {
                    Some(_) => format!("{hint_id} {error_id}"),
                    None => hint_id.clone(),
                }
            };
            view! {
                <div class="field" class:field-error=move || problem().is_some()>
                    <label for=id.clone()>{t(label)}</label>
                    <p class="hint" id=hint_id>{t(hint)}</p>
                    {move || problem().map(|bad| view! {
                        <p class="error-message" id=error_id.clone()>
                            <span class="visually-hidden">{t(|u| u.error_prefix)}" "</span>
                            {fill(ctx.lang.get().builder_ui().not_web, &[("value", &bad)])}
                        </p>
                    })}
                    // Committed on change, not on each key: the preview would fetch every prefix.
                    <input type="text" inputmode="url" id=id autocomplete="off" spellcheck="false"
                        aria-describedby=described_by
                        aria-invalid=move || problem().is_some().then_some("true")
                        prop:value=value
                        on:change=move |ev| set_value(ctx.choices, setting, event_target_value(&ev)) />
                    {(setting == Setting::Src).then(|| view! { <OfficialContent /> <ContentFileCheck /> })}
                </div>
            }
            .into_any()
        }
    }
}

/// For a release built with `CONTENT_URL`: the Alliance's official content, one click away.
#[component]
fn OfficialContent() -> impl IntoView {
    let ctx = context();
    move || {
        let official = ctx.release.get()?.content_url.clone()?;
        let chosen = ctx.choices.with(|c| c.value(Setting::Src) == Some(official.as_str()));
        Some(if chosen {
            view! { <p class="check-ok official">{t(|u| u.official_content_chosen)}</p> }.into_any()
        } else {
            view! {
                <p class="official">
                    <button type="button" class="button secondary" on:click=move |_| set_value(ctx.choices, Setting::Src, official.clone())>
                        {t(|u| u.official_content)}
                    </button>
                    " "<span class="hint">{t(|u| u.official_content_hint)}</span>
                </p>
            }
            .into_any()
        })
    }
}
