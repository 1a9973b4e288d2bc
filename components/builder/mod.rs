//! The embed builder (`builder.html` in the release): a partner chooses a widget, its settings
//! and a theme, sees the real widget with them, and copies the code for the way their site
//! allows. Built on its own (`--no-default-features --features builder`), so none of the
//! widgets' runtime is in it: the preview is the release's own `alliance87.js`, loaded with its
//! hash, so what the partner sees is exactly what their visitors will get.

use super::content_loader::{self, FileProblem};
use super::{fetching, text, CollectAny};
use alliance87_core::attributes::{Setting, SettingKind, Widget};
use alliance87_core::content::Content;
use alliance87_core::i18n::{fill, BuilderUi, Lang};
use alliance87_core::release::{self, Release};
use alliance87_core::snippets::{self, Choices, NoOembed, Way};
use alliance87_core::theme::{self, ThemeProperty, AA_TEXT, FONTS};
use leptos::html::{Code, Div};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Starts the builder in `root` (called by `builder.js`).
#[wasm_bindgen]
pub fn builder(root: web_sys::HtmlElement) {
    root.set_text_content(None);
    leptos::mount::mount_to(root, || view! { <Builder /> }).forget();
}

/// What every part of the builder reads and writes.
#[derive(Clone, Copy)]
struct BuilderContext {
    /// The builder's own language (not the widget's).
    lang: RwSignal<Lang>,
    choices: RwSignal<Choices>,
    /// `None` until `release.json` has been read (or failed).
    release: RwSignal<Option<Arc<Release>>>,
    content: StoredValue<Arc<Content>>,
}

fn context() -> BuilderContext {
    expect_context()
}

/// Picks one of the builder's strings.
type Pick = fn(&'static BuilderUi) -> &'static str;

/// The builder's strings in its current language, as a reactive text (the views' one
/// language helper, [`text`], with the builder's language from its context).
fn t(pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync {
    text(context().lang, pick)
}

/// `?lang=` on the page's address, then the browser's languages.
fn initial_lang() -> Lang {
    let window = window();
    let query = window.location().search().unwrap_or_default();
    let asked = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .map(str::to_string);
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Lang::resolve(asked.as_deref(), None, browser.iter().map(String::as_str))
}

/// The folder of this page, where `release.json` is: an absolute address ending with `/`.
fn page_folder() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("./", &href)
        .map(|u| u.href())
        .unwrap_or(href)
}

async fn read_release(folder: String) -> Result<Release, String> {
    Release::read(&fetching::get_file("release.json").await?, &folder)
}

/// The release's loader, with its hash: the preview runs the very bundle partners embed.
fn load_release_script(folder: &str, release: &Release) {
    let document = document();
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let script: web_sys::HtmlScriptElement = script.unchecked_into();
    script.set_type("module");
    if let Some(integrity) = &release.loader_integrity {
        script.set_integrity(integrity);
        script.set_cross_origin(Some("anonymous"));
    }
    script.set_src(&format!("{folder}{}", release.loader));
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

#[component]
fn Builder() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let ctx = BuilderContext {
        lang,
        choices: RwSignal::new(Choices::new(Widget::Explorer)),
        release: RwSignal::new(None),
        content: StoredValue::new(content_loader::builtin()),
    };
    provide_context(ctx);
    let unread = RwSignal::new(None::<String>);
    let folder = page_folder();
    leptos::task::spawn_local(async move {
        let release = match read_release(folder.clone()).await {
            Ok(release) => release,
            Err(reason) => {
                unread.set(Some(reason));
                Release::unread(&folder)
            }
        };
        load_release_script(&folder, &release);
        ctx.release.set(Some(Arc::new(release)));
    });
    // The page speaks the builder's language, for screen readers and the tab's title.
    Effect::new(move || {
        let lang = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(lang.builder_ui().title);
    });

    view! {
        <header class="page-header">
            <div class="page-language">
                <label for="page-language">{t(|u| u.page_language)}</label>
                <select id="page-language" prop:value=move || lang.get().code() on:change=move |ev| {
                    if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                        lang.set(chosen);
                    }
                }>
                    {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })}
                </select>
            </div>
            <h1>{t(|u| u.title)}</h1>
            <p class="lead">{t(|u| u.intro)}</p>
            {move || unread.get().map(|reason| view! {
                <p class="notice" role="alert">{fill(lang.get().builder_ui().release_unread, &[("reason", &reason)])}</p>
            })}
        </header>
        <div class="layout">
            <form class="choices" on:submit=|ev| ev.prevent_default()>
                <WidgetChoice />
                <SettingsFields />
                <ThemeFields />
            </form>
            <div class="results">
                <Preview />
                <CodeBlocks />
                <ReleaseFiles />
            </div>
        </div>
    }
}

/// The three widgets, as radio buttons with a line on what each is for.
#[component]
fn WidgetChoice() -> impl IntoView {
    let ctx = context();
    let describe = |widget: Widget| -> (Pick, Pick) {
        match widget {
            Widget::Explorer => (|u| u.widget_explorer, |u| u.widget_explorer_hint),
            Widget::Checklist => (|u| u.widget_checklist, |u| u.widget_checklist_hint),
            Widget::Assessment => (|u| u.widget_assessment, |u| u.widget_assessment_hint),
        }
    };
    view! {
        <fieldset class="group">
            <legend>{t(|u| u.widget_legend)}</legend>
            <div class="radios">
                {Widget::ALL
                    .iter()
                    .map(|&widget| {
                        let (label, hint) = describe(widget);
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
fn SettingsFields() -> impl IntoView {
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

fn setting_text(setting: Setting, widget: Widget) -> (Pick, Pick) {
    match setting {
        Setting::Lang => (|u| u.lang_label, |u| u.lang_hint),
        Setting::Group if widget == Widget::Checklist => (|u| u.group_label, |u| u.group_hint_checklist),
        Setting::Group => (|u| u.group_label, |u| u.group_hint_explorer),
        Setting::LanguageSwitch => (|u| u.language_switch_label, |u| u.language_switch_hint),
        Setting::DeepLink => (|u| u.deep_link_label, |u| u.deep_link_hint),
        Setting::Src => (|u| u.src_label, |u| u.src_hint),
        Setting::SubmitUrl => (|u| u.submit_url_label, |u| u.submit_url_hint),
        Setting::ExplorerUrl => (|u| u.explorer_url_label, |u| u.explorer_url_hint),
        Setting::ChecklistUrl => (|u| u.checklist_url_label, |u| u.checklist_url_hint),
    }
}

fn set_value(choices: RwSignal<Choices>, setting: Setting, value: String) {
    choices.update(|c| {
        c.values.retain(|(s, _)| *s != setting);
        if !value.trim().is_empty() {
            c.values.push((setting, value));
        }
    });
}

/// One setting, asked for as its kind needs: a list, a checkbox or an address.
#[component]
fn SettingField(setting: Setting, widget: Widget) -> impl IntoView {
    let ctx = context();
    let (label, hint) = setting_text(setting, widget);
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
                    {(setting == Setting::Src).then(|| view! { <ContentFileCheck /> })}
                </div>
            }
            .into_any()
        }
    }
}

#[derive(Clone)]
enum FileCheck {
    Checking,
    Relative,
    Valid {
        groups: usize,
        missing_group: Option<String>,
    },
    Unreachable(String),
    Invalid(Vec<String>),
}

/// Reads the `src` file as a widget would, and says what the widget would make of it.
#[component]
fn ContentFileCheck() -> impl IntoView {
    let ctx = context();
    let state = RwSignal::new(None::<FileCheck>);
    let generation = StoredValue::new(0u32);
    Effect::new(move || {
        let (src, group, widget) = ctx.choices.with(|c| {
            (
                c.value(Setting::Src).map(str::to_string),
                c.value(Setting::Group).map(str::to_string),
                c.widget,
            )
        });
        generation.update_value(|g| *g += 1);
        let this_check = generation.get_value();
        let Some(src) = src.filter(|s| snippets::problem(Setting::Src, s).is_none()) else {
            state.set(None);
            return;
        };
        let lower = src.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            state.set(Some(FileCheck::Relative));
            return;
        }
        state.set(Some(FileCheck::Checking));
        let group = group.filter(|_| widget.settings().contains(&Setting::Group));
        leptos::task::spawn_local(async move {
            let result = content_loader::check_file(&src).await;
            if generation.try_get_value() != Some(this_check) {
                return;
            }
            state.try_set(Some(match result {
                Ok(content) => FileCheck::Valid {
                    groups: content.groups.len(),
                    missing_group: group.filter(|g| content.group(g).is_none()),
                },
                Err(FileProblem::Unreachable(reason)) => FileCheck::Unreachable(reason),
                Err(FileProblem::Invalid(problems)) => FileCheck::Invalid(problems),
            }));
        });
    });
    view! {
        <div class="file-check" role="status">
            {move || {
                let ui = ctx.lang.get().builder_ui();
                state.get().map(|check| match check {
                    FileCheck::Checking => view! { <p>{ui.src_checking}</p> }.into_any(),
                    FileCheck::Relative => view! { <p>{ui.src_relative}</p> }.into_any(),
                    FileCheck::Valid { groups, missing_group } => view! {
                        <p class="check-ok">{fill(ui.src_valid, &[("n", &groups.to_string())])}</p>
                        {missing_group.map(|id| view! { <p class="error-message">{fill(ui.src_no_group, &[("id", &id)])}</p> })}
                    }
                    .into_any(),
                    FileCheck::Unreachable(reason) => {
                        view! { <p class="error-message">{fill(ui.src_unreachable, &[("reason", &reason)])}</p> }.into_any()
                    }
                    FileCheck::Invalid(problems) => view! {
                        <p class="error-message">{ui.src_unusable}</p>
                        <ul class="problems">{problems.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_any()}</ul>
                    }
                    .into_any(),
                })
            }}
        </div>
    }
}

fn set_theme(choices: RwSignal<Choices>, property: ThemeProperty, value: String) {
    choices.update(|c| {
        c.theme.retain(|(p, _)| *p != property);
        if !value.is_empty() && !value.eq_ignore_ascii_case(property.default_value()) {
            c.theme.push((property, value));
            c.theme
                .sort_by_key(|(p, _)| ThemeProperty::ALL.iter().position(|q| q == p));
        }
    });
}

fn theme_value(choices: RwSignal<Choices>, property: ThemeProperty) -> String {
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
fn ThemeFields() -> impl IntoView {
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
                        view! {
                            <div class="field colour">
                                <input type="color" id=id.clone()
                                    prop:value=move || theme_value(ctx.choices, property)
                                    on:input=move |ev| set_theme(ctx.choices, property, event_target_value(&ev)) />
                                <label for=id>{t(colour_label(property))}</label>
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
fn Contrast() -> impl IntoView {
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

/// The real widget, its element kept and its attributes and theme changed in place.
#[component]
fn Preview() -> impl IntoView {
    let ctx = context();
    let holder = NodeRef::<Div>::new();
    Effect::new(move || {
        let Some(holder) = holder.get() else {
            return;
        };
        let choices = ctx.choices.get();
        let tag = choices.widget.tag();
        let current = holder
            .first_element_child()
            .filter(|e| e.tag_name().eq_ignore_ascii_case(tag));
        let element = match current {
            Some(element) => element,
            None => {
                holder.set_text_content(None);
                let Ok(element) = document().create_element(tag) else {
                    return;
                };
                let _ = holder.append_child(&element);
                element
            }
        };
        let attributes = choices.attributes();
        for setting in Setting::ALL {
            match attributes.iter().find(|(s, _)| *s == setting) {
                Some((_, value)) => {
                    let value = value.as_deref().unwrap_or("");
                    if element.get_attribute(setting.attribute()).as_deref() != Some(value) {
                        let _ = element.set_attribute(setting.attribute(), value);
                    }
                }
                None => {
                    let _ = element.remove_attribute(setting.attribute());
                }
            }
        }
        // Through the CSSOM, which a strict CSP allows (a style attribute it would not).
        let style = element.unchecked_ref::<web_sys::HtmlElement>().style();
        for property in ThemeProperty::ALL {
            let name = property.custom_property();
            match choices.theme.iter().find(|(p, _)| *p == property) {
                Some((_, value)) => drop(style.set_property(&name, value)),
                None => drop(style.remove_property(&name)),
            }
        }
    });
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t(|u| u.preview_heading)}</h2>
            <p class="hint">{t(|u| u.preview_hint)}</p>
            <div class="preview-frame" node_ref=holder></div>
        </section>
    }
}

fn way_text(way: Way) -> (Pick, Pick) {
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
type FirstScreens = RwSignal<std::collections::HashMap<String, Option<String>>>;

/// The code for each way of embedding, each with its Copy button.
#[component]
fn CodeBlocks() -> impl IntoView {
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
                        let names = ctx.choices.with(snippets::oembed_left_out);
                        (way == Way::Oembed && !names.is_empty()).then(|| {
                            fill(ctx.lang.get().builder_ui().oembed_left_out, &[("names", &names.join(", "))])
                        })
                    };
                    view! {
                        <section class="way" aria-labelledby=format!("way-{}", way.id())>
                            <h3 id=format!("way-{}", way.id())>{t(name)}</h3>
                            <p class="hint">{t(when)}</p>
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

/// A piece of code and its Copy button: the code is selected (so Ctrl+C works anywhere), then
/// copied where the browser lets the page write to the clipboard.
#[component]
fn CodeBlock(
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
    let copy = move |_| {
        let ui = ctx.lang.get_untracked().builder_ui();
        if let (Some(code), Ok(Some(selection))) = (code.get_untracked(), window().get_selection()) {
            let _ = selection.select_all_children(&code);
        }
        announcement.set(ui.copy_selected.to_string());
        super::copy_text(copy_text.clone(), move || {
            announcement.try_set(fill(ui.copied, &[("way", name())]));
        });
    };
    view! {
        <pre><code id=format!("code-{id}") node_ref=code>{text}</code></pre>
        <button type="button" class="button" aria-label=move || fill(ctx.lang.get().builder_ui().copy_label, &[("way", name())]) on:click=copy>
            {t(|u| u.copy)}
        </button>
    }
}

/// The release's files with their sizes and hashes.
#[component]
fn ReleaseFiles() -> impl IntoView {
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
