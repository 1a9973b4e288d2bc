//! The live preview: the release's own widget, changed in place.

use super::*;

/// The real widget, its element kept and its attributes and theme changed in place.
#[component]
pub(super) fn Preview() -> impl IntoView {
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
        let theme = choices.theme_values();
        for property in ThemeProperty::OFFERED {
            let name = property.custom_property();
            match theme.iter().find(|(p, _)| *p == property) {
                Some((_, value)) => drop(style.set_property(&name, value)),
                None => drop(style.remove_property(&name)),
            }
        }
    });
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t(|u| u.preview_heading)}</h2>
            <p class="hint" id="preview-hint">{t(|u| u.preview_hint)}</p>
            // Focusable, so its content scrolls with the keyboard too; named apart from its section.
            <div class="preview-frame" node_ref=holder tabindex="0" role="region" aria-labelledby="preview-heading preview-hint"></div>
        </section>
    }
}
