//! The widgets with the draft: their own components, given what the widgets' validator
//! accepted (`content_loader::DraftContent`), in a shadow root styled by the release's own
//! stylesheet, as on a partner's page.

use super::*;
use crate::content_loader::DraftContent;
use crate::{Emitter, Settings};
use alliance87_core::attributes::Widget;
use leptos::html::Div;
use std::any::Any;

/// The settings a preview widget reads: its language and group follow the studio's choices.
fn preview_settings(lang: RwSignal<Lang>, group: RwSignal<Option<String>>) -> Settings {
    Settings {
        lang,
        group,
        src: RwSignal::new(None),
        language_switch: RwSignal::new(false),
        deep_link: RwSignal::new(false),
        submit_url: RwSignal::new(None),
        explorer_url: RwSignal::new(None),
        checklist_url: RwSignal::new(None),
    }
}

#[component]
pub(super) fn Preview() -> impl IntoView {
    let ctx = context();
    let widget = RwSignal::new(Widget::Checklist);
    let lang = RwSignal::new(ctx.lang.get_untracked());
    let group = RwSignal::new(Some("migration".to_string()));
    let content = Memo::new(move |_| ctx.checked.with(|c| c.content.clone()));
    let holder = NodeRef::<Div>::new();
    let mounted = StoredValue::new_local(None::<Box<dyn Any>>);
    Effect::new(move || {
        let chosen = widget.get();
        let Some(holder) = holder.get() else {
            return;
        };
        mounted.set_value(None);
        let shadow = holder.shadow_root().or_else(|| {
            holder
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .ok()
        });
        let Some(shadow) = shadow else {
            return;
        };
        shadow.set_text_content(None);
        let sheet = document().create_element("link").ok();
        if let Some(sheet) = sheet {
            let _ = sheet.set_attribute("rel", "stylesheet");
            let _ = sheet.set_attribute("href", &format!("v{}/alliance87.css", env!("CARGO_PKG_VERSION")));
            let _ = shadow.append_child(&sheet);
        }
        let Ok(container) = document().create_element("div") else {
            return;
        };
        let _ = container.set_attribute("data-alliance87-root", "");
        let _ = container.set_attribute("class", "host");
        let _ = shadow.append_child(&container);
        let container: web_sys::HtmlElement = container.unchecked_into();
        // The explorer opens on its overview; the group is the checklist's.
        let settings = match chosen {
            Widget::Checklist => preview_settings(lang, group),
            _ => preview_settings(lang, RwSignal::new(None)),
        };
        let emit = Emitter::new(|_, _| {});
        let draft = DraftContent(content.into());
        let view: Box<dyn Any> = match chosen {
            Widget::Explorer => Box::new(leptos::mount::mount_to(container, move || {
                provide_context(draft);
                view! { <crate::explorer::Explorer settings emit /> }
            })),
            Widget::Checklist => Box::new(leptos::mount::mount_to(container, move || {
                provide_context(draft);
                view! { <crate::checklist::ChecklistWidget settings emit /> }
            })),
            Widget::Assessment => Box::new(leptos::mount::mount_to(container, move || {
                provide_context(draft);
                view! { <crate::self_assessment::SelfAssessment settings emit /> }
            })),
        };
        mounted.set_value(Some(view));
    });
    let groups = move || {
        let lang = ctx.lang.get();
        content.get().map(|c| {
            c.groups
                .iter()
                .map(|g| view! { <option value=g.id.clone()>{g.name.get(lang).to_string()}</option> })
                .collect_any()
        })
    };
    view! {
        <section class="panel preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t(|u| u.preview_heading)}</h2>
            <div class="preview-choices">
                <div class="field">
                    <label for="preview-widget">{t(|u| u.preview_widget)}</label>
                    <select id="preview-widget" prop:value=move || widget.get().name() on:change=move |ev| {
                        if let Some(chosen) = Widget::from_name(&event_target_value(&ev)) {
                            widget.set(chosen);
                        }
                    }>
                        {Widget::ALL.iter().map(|&w| view! {
                            <option value=w.name()>{move || (alliance87_core::i18n::BuilderUi::widget_text(w).0)(ctx.lang.get().builder_ui())}</option>
                        }).collect_any()}
                    </select>
                </div>
                <div class="field">
                    <label for="preview-lang">{t(|u| u.preview_lang)}</label>
                    <select id="preview-lang" prop:value=move || lang.get().code() on:change=move |ev| {
                        if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                            lang.set(chosen);
                        }
                    }>
                        {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> })}
                    </select>
                </div>
                <div class="field" class:hidden=move || widget.get() != Widget::Checklist>
                    <label for="preview-group">{t(|u| u.preview_group)}</label>
                    <select id="preview-group" prop:value=move || group.get().unwrap_or_default()
                        on:change=move |ev| group.set(Some(event_target_value(&ev)))>
                        {groups}
                    </select>
                </div>
            </div>
            {move || content.with(Option::is_none).then(|| view! { <p class="note">{t(|u| u.preview_unusable)}</p> })}
            <div class="preview-frame" node_ref=holder></div>
        </section>
    }
}
