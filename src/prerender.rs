//! The widgets' first screens as HTML, rendered at build time by the same Leptos components the
//! bundle runs (natively, with Leptos's `ssr`): effects and event handlers do not run here, so
//! nothing reaches for the browser.

use crate::attributes::Widget;
use crate::components::{
    checklist::ChecklistWidget, explorer::Explorer, self_assessment::SelfAssessment, Emitter, Settings,
};
use crate::i18n::Lang;
use leptos::prelude::*;

/// The widget's first screen in `lang` (and for `group`), as the markup of its shadow root.
pub fn first_screen(widget: Widget, lang: Lang, group: Option<&str>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let settings = Settings {
            lang: RwSignal::new(lang),
            group: RwSignal::new(group.map(str::to_string)),
            src: RwSignal::new(None),
            language_switch: RwSignal::new(false),
            deep_link: RwSignal::new(false),
            submit_url: RwSignal::new(None),
            explorer_url: RwSignal::new(None),
            checklist_url: RwSignal::new(None),
        };
        let emit = Emitter::new(|_, _| {});
        match widget {
            Widget::Explorer => view! { <Explorer settings emit /> }.to_html(),
            Widget::Checklist => view! { <ChecklistWidget settings emit /> }.to_html(),
            Widget::Assessment => view! { <SelfAssessment settings emit /> }.to_html(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    #[test]
    fn each_first_screen_is_in_its_language_with_its_group_and_no_browser_notice() {
        let content = builtin();
        for lang in Lang::ALL {
            let explorer = first_screen(Widget::Explorer, lang, None);
            assert!(
                explorer.starts_with(&format!("<div part=\"explorer\" lang=\"{}\"", lang.code())),
                "{explorer}"
            );
            assert!(explorer.contains(lang.ui().explorer_title));
            for group in &content.groups {
                assert!(
                    explorer.contains(&crate::embed_code::escape(group.name.get(lang))),
                    "{}",
                    group.id
                );
            }
            let checklist = first_screen(Widget::Checklist, lang, Some("migration"));
            let name = content.group("migration").unwrap().name.get(lang);
            let title = crate::i18n::fill(lang.checklist_ui().checklist_title, &[("name", name)]);
            assert!(checklist.contains(&crate::embed_code::escape(&title)), "{checklist}");
            assert!(checklist.contains("class=\"item\""));
            assert!(!checklist.contains(lang.checklist_ui().storage_unavailable));
            let assessment = first_screen(Widget::Assessment, lang, None);
            assert!(assessment.contains(&crate::embed_code::escape(lang.assessment_ui().title)));
            assert!(
                !assessment.contains(lang.assessment_ui().storage_unavailable),
                "{assessment}"
            );
        }
        // A checklist without a group is the group picker.
        let picker = first_screen(Widget::Checklist, Lang::En, None);
        assert!(picker.contains(Lang::En.checklist_ui().choose_group), "{picker}");
    }
}
