//! The theme's fields (colours, radius, font) and the contrast of each colour pair.

use super::*;

pub(super) fn set_theme(choices: RwSignal<Choices>, property: ThemeProperty, value: String) {
    choices.update(|c| {
        c.theme.retain(|(p, _)| *p != property);
        if !value.is_empty() && !value.eq_ignore_ascii_case(property.default_value()) {
            c.theme.push((property, value));
            c.theme
                .sort_by_key(|(p, _)| ThemeProperty::OFFERED.iter().position(|q| q == p));
        }
    });
}

pub(super) fn theme_value(choices: RwSignal<Choices>, property: ThemeProperty) -> String {
    choices.with(|c| {
        c.theme
            .iter()
            .find(|(p, _)| *p == property)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| property.default_value().to_string())
    })
}

/// Colours, radius and font, with the contrast of each colour pair in words.
#[component]
pub(super) fn ThemeFields() -> impl IntoView {
    let ctx = context();
    let colour_label = |p: ThemeProperty| -> Pick {
        match p {
            ThemeProperty::Accent => |u| u.accent_label,
            ThemeProperty::AccentText => |u| u.accent_text_label,
            ThemeProperty::Text => |u| u.text_label,
            _ => |u| u.surface_label,
        }
    };
    let radius = move || {
        theme_value(ctx.choices, ThemeProperty::Radius)
            .trim_end_matches("px")
            .to_string()
    };
    let font = move || {
        let css = theme_value(ctx.choices, ThemeProperty::Font);
        FONTS
            .iter()
            .find(|(_, f)| *f == css)
            .map_or("system", |(id, _)| id)
            .to_string()
    };
    let font_label = |id: &str| -> Pick {
        match id {
            "page" => |u| u.font_page,
            "serif" => |u| u.font_serif,
            "sans" => |u| u.font_sans,
            _ => |u| u.font_system,
        }
    };
    view! {
        <fieldset class="group">
            <legend>{t(|u| u.theme_legend)}</legend>
            <p class="hint">{t(|u| u.theme_hint)}</p>
            <div class="colours">
                {ThemeProperty::COLOURS
                    .iter()
                    .map(|&property| {
                        let id = format!("theme-{}", property.name());
                        let hex_id = format!("{id}-hex");
                        let error_id = format!("{hex_id}-error");
                        let wrong = RwSignal::new(false);
                        let label = t(colour_label(property));
                        view! {
                            <div class="field colour" class:field-error=move || wrong.get()>
                                <input type="color" id=id.clone()
                                    prop:value=move || theme_value(ctx.choices, property)
                                    on:input=move |ev| {
                                        wrong.set(false);
                                        set_theme(ctx.choices, property, event_target_value(&ev));
                                    } />
                                <div class="colour-names">
                                    <label for=id>{label}</label>
                                    // Brand colours come as hex: typed here, the swatch follows.
                                    <span class="hex">
                                        <label for=hex_id.clone() aria-hidden="true">{t(|u| u.hex_label)}</label>
                                        <input type="text" id=hex_id class="hex-field" spellcheck="false" autocomplete="off" maxlength="9"
                                            aria-label=move || format!("{}: {}", t(|u| u.hex_label)(), label())
                                            aria-invalid=move || wrong.get().then_some("true")
                                            aria-describedby=move || wrong.get().then(|| error_id.clone())
                                            prop:value=move || theme_value(ctx.choices, property).to_uppercase()
                                            // Six digits are taken as they are typed; a short or wrong one is
                                            // said when the field is left, so typing is never interrupted.
                                            on:input=move |ev| {
                                                let typed = event_target_value(&ev);
                                                if typed.trim().trim_start_matches('#').len() == 6 {
                                                    if let Some(colour) = theme::typed_hex(&typed) {
                                                        wrong.set(false);
                                                        set_theme(ctx.choices, property, colour);
                                                    }
                                                }
                                            }
                                            on:change=move |ev| match theme::typed_hex(&event_target_value(&ev)) {
                                                Some(colour) => {
                                                    wrong.set(false);
                                                    set_theme(ctx.choices, property, colour);
                                                }
                                                None => wrong.set(true),
                                            } />
                                    </span>
                                    <Show when=move || wrong.get()>
                                        <p class="error-message" id=format!("theme-{}-hex-error", property.name())>{t(|u| u.hex_error)}</p>
                                    </Show>
                                </div>
                            </div>
                        }
                    })
                    .collect_any()}
            </div>
            <div class="field">
                <label for="theme-radius">{t(|u| u.radius_label)}</label>
                <input type="number" id="theme-radius" class="short" min="0" max="40" step="1" inputmode="numeric"
                    prop:value=radius
                    on:input=move |ev| {
                        let value = event_target_value(&ev).trim().parse::<u8>().ok().filter(|n| *n <= 40);
                        set_theme(ctx.choices, ThemeProperty::Radius, value.map(|n| format!("{n}px")).unwrap_or_default());
                    } />
            </div>
            <div class="field">
                <label for="theme-font">{t(|u| u.font_label)}</label>
                <select id="theme-font" prop:value=font on:change=move |ev| {
                    let id = event_target_value(&ev);
                    let css = FONTS.iter().find(|(f, _)| *f == id).map(|(_, css)| css.to_string()).unwrap_or_default();
                    set_theme(ctx.choices, ThemeProperty::Font, css);
                }>
                    {FONTS.map(|(id, _)| view! { <option value=id>{t(font_label(id))}</option> })}
                </select>
            </div>
            <button type="button" class="button secondary" on:click=move |_| ctx.choices.update(|c| c.theme.clear())>
                {t(|u| u.reset_theme)}
            </button>
            <Contrast />
        </fieldset>
    }
}

/// Each colour pair's contrast ratio, and whether it reaches WCAG AA, in words.
#[component]
pub(super) fn Contrast() -> impl IntoView {
    let ctx = context();
    let pair_name = |fg: ThemeProperty| -> Pick {
        match fg {
            ThemeProperty::Text => |u| u.pair_text,
            ThemeProperty::Accent => |u| u.pair_accent,
            _ => |u| u.pair_accent_text,
        }
    };
    view! {
        // Not a heading: a fieldset's legend is not one, so an h3 here would skip a level.
        <p class="contrast-heading" id="contrast-heading">{t(|u| u.contrast_heading)}</p>
        <ul class="contrast" aria-labelledby="contrast-heading">
            {theme::CONTRAST_PAIRS
                .iter()
                .map(|&(fg, bg)| {
                    let name = t(pair_name(fg));
                    let ratio = move || ctx.choices.with(|c| theme::contrast_ratio(theme::colour(c, fg), theme::colour(c, bg)));
                    view! {
                        <li class:low=move || ratio() < AA_TEXT>
                            <span class="mark" aria-hidden="true"></span>
                            {move || {
                                let lang = ctx.lang.get();
                                let ui = lang.builder_ui();
                                let mut shown = theme::ratio_text(ratio());
                                if lang != Lang::En {
                                    shown = shown.replace('.', ",");
                                }
                                let template = if ratio() < AA_TEXT { ui.contrast_low } else { ui.contrast_ok };
                                fill(template, &[("pair", name()), ("ratio", &shown)])
                            }}
                        </li>
                    }
                })
                .collect_any()}
        </ul>
    }
}
