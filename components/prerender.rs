//! The widgets' first screens as HTML, rendered at build time by the same Leptos components the
//! bundle runs (natively, with Leptos's `ssr`): effects and event handlers do not run here, so
//! nothing reaches for the browser.

use crate::{checklist::ChecklistWidget, explorer::Explorer, self_assessment::SelfAssessment, Emitter, Settings};
use alliance87_core::attributes::{Setting, Widget};
use alliance87_core::content::Content;
use alliance87_core::html::escape;
use alliance87_core::i18n::Lang;
use leptos::prelude::*;

/// The widget's first screen in `lang` (and for `group`), as the markup of its shadow root.
pub fn first_screen(widget: Widget, lang: Lang, group: Option<&str>) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let settings = Settings::new(lang, group.map(str::to_string), None);
        let emit = Emitter::new(|_, _| {});
        match widget {
            Widget::Explorer => view! { <Explorer settings emit /> }.to_html(),
            Widget::Checklist => view! { <ChecklistWidget settings emit /> }.to_html(),
            Widget::Assessment => view! { <SelfAssessment settings emit /> }.to_html(),
        }
    });
    without_markers(&html)
}

/// `html` without the renderer's comment markers (`<!>`, `<!---->`, `<!--<() />-->`): the
/// takeover replaces the first screen rather than hydrating it, so nothing reads them, and `<!>`
/// is a parse error for HTML validators and CMS sanitizers. Text and attribute values never hold
/// `<!`: the renderer escapes `<` in text, and the content refuses markup.
fn without_markers(html: &str) -> String {
    let mut clean = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        clean.push_str(&rest[..at]);
        let marker = &rest[at..];
        rest = if let Some(after) = marker.strip_prefix("<!>") {
            after
        } else if let Some(end) = marker
            .strip_prefix("<!--")
            .and_then(|m| m.find("-->").map(|e| e + 4 + 3))
        {
            &marker[end..]
        } else {
            clean.push_str("<!");
            &marker[2..]
        };
    }
    clean.push_str(rest);
    clean
}

/// The widgets' stylesheet, as the bundle adopts it into each shadow root; a file of the release
/// for pre-rendered first screens.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

/// Rules the release's stylesheet adds for first screens only (the bundle never needs them):
/// with JavaScript off, the self-assessment's start button, which could do nothing, is hidden;
/// its `<noscript>` lists the questions instead.
pub const FIRST_SCREEN_STYLES: &str = "@media (scripting:none){.assessment .button-row{display:none}}";

/// Said only when JavaScript is off (a `<noscript>` slotted into the widget): what works
/// without it; for the self-assessment, the questions it asks, so a reader learns what it is.
fn no_script(widget: Widget, lang: Lang, content: &Content) -> String {
    let assessment = content.assessment.as_ref().filter(|_| widget == Widget::Assessment);
    let Some(assessment) = assessment else {
        return format!("<p lang=\"{}\">{}</p>", lang.code(), no_script_line(lang));
    };
    let lead = match lang {
        Lang::En => "Without JavaScript, this self-assessment cannot be answered here. It asks:",
        Lang::Fr => "Sans JavaScript, cette auto-évaluation ne peut pas être remplie ici. Elle pose ces questions :",
        Lang::Es => "Sin JavaScript, esta autoevaluación no puede responderse aquí. Hace estas preguntas:",
    };
    let questions: String = assessment
        .questions
        .iter()
        .map(|q| format!("<li>{}</li>", escape(q.text.get(lang))))
        .collect();
    format!("<div lang=\"{}\"><p>{lead}</p><ol>{questions}</ol></div>", lang.code())
}

fn no_script_line(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Without JavaScript you can read this and follow its links; searching, choosing and saving need JavaScript.",
        Lang::Fr => "Sans JavaScript, vous pouvez lire ce contenu et suivre ses liens ; chercher, choisir et enregistrer demandent JavaScript.",
        Lang::Es => "Sin JavaScript puede leer este contenido y seguir sus enlaces; buscar, elegir y guardar necesitan JavaScript.",
    }
}

/// The whole element to paste after the script tag: the widget's custom element with its
/// settings, its first screen in a declarative shadow root (isolated from the page's CSS like
/// the live widget, styled by the release's stylesheet at `stylesheet`), which the bundle takes
/// over in place when it starts, and a line shown only when JavaScript is off. `screen` is
/// [`first_screen`] for the same widget, language and group, rendered once for every copy;
/// `content` gives the self-assessment's questions for its `<noscript>`.
pub fn element(
    widget: Widget,
    lang: Lang,
    group: Option<&str>,
    stylesheet: &str,
    screen: &str,
    content: &Content,
) -> String {
    let tag = widget.tag();
    let mut attributes = format!(" {}=\"{}\"", Setting::Lang.attribute(), lang.code());
    if let Some(group) = group {
        attributes.push_str(&format!(" {}=\"{}\"", Setting::Group.attribute(), escape(group)));
    }
    format!(
        "<{tag}{attributes}><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\"><div data-alliance87-root=\"\" class=\"host\"><slot></slot>{}</div></template><noscript>{}</noscript></{tag}>",
        escape(stylesheet),
        screen,
        no_script(widget, lang, content)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use alliance87_core::content::builtin;
    use alliance87_core::events::Event;

    /// In the Rust files of `folder` (and its subfolders), the names that follow `opening` up
    /// to a closing quote and hold only lowercase letters, digits and hyphens.
    fn literals_in(folder: &std::path::Path, opening: &str, found: &mut std::collections::BTreeSet<String>) {
        let paths: Vec<std::path::PathBuf> = if folder.is_dir() {
            std::fs::read_dir(folder).unwrap().flatten().map(|e| e.path()).collect()
        } else {
            vec![folder.to_path_buf()]
        };
        for path in paths {
            if path.is_dir() {
                literals_in(&path, opening, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split(opening).skip(1) {
                    let name = piece.split('"').next().unwrap();
                    if name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    {
                        found.insert(name.to_string());
                    }
                }
            }
        }
    }

    /// `widgets.json` (and from it the npm package's types and manifest) lists each widget's
    /// parts and events: the ones its views and the shared views really have, no more and no
    /// fewer. (The views keep the names as literals: going through the contract's constants
    /// cost the bundle about 100 B.)
    #[test]
    fn the_contract_names_every_part_and_event_of_every_widget() {
        use std::collections::BTreeSet;
        let views = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut shared_parts = BTreeSet::new();
        literals_in(&views.join("lib.rs"), "part=\"", &mut shared_parts);
        let mut shared_events = BTreeSet::new();
        literals_in(&views.join("content_loader.rs"), "\"alliance87:", &mut shared_events);
        for widget in Widget::ALL {
            let folder = views.join(widget.name().replace('-', "_"));
            let (mut parts, mut events) = (shared_parts.clone(), shared_events.clone());
            literals_in(&folder, "part=\"", &mut parts);
            literals_in(&folder, "\"alliance87:", &mut events);
            let listed: BTreeSet<String> = widget.parts().iter().map(|p| p.to_string()).collect();
            assert_eq!(listed, parts, "{}", widget.name());
            let listed: BTreeSet<String> = Event::ALL
                .iter()
                .filter(|e| e.widgets().contains(widget))
                .map(|e| e.name().trim_start_matches("alliance87:").to_string())
                .collect();
            assert_eq!(listed, events, "{}", widget.name());
        }
    }

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
                    explorer.contains(&alliance87_core::html::escape(group.name.get(lang))),
                    "{}",
                    group.id
                );
            }
            let checklist = first_screen(Widget::Checklist, lang, Some("migration"));
            let name = content.group("migration").unwrap().name.get(lang);
            let title = alliance87_core::i18n::fill(lang.checklist_ui().checklist_title, &[("name", name)]);
            assert!(
                checklist.contains(&alliance87_core::html::escape(&title)),
                "{checklist}"
            );
            assert!(checklist.contains("class=\"item\""));
            // Each item's status shows without JavaScript: "not started" is checked.
            assert!(checklist.contains("value=\"not-started\" checked"), "{checklist}");
            assert!(!checklist.contains("value=\"done\" checked"));
            assert!(!checklist.contains(lang.checklist_ui().storage_unavailable));
            let assessment = first_screen(Widget::Assessment, lang, None);
            assert!(assessment.contains(&alliance87_core::html::escape(lang.assessment_ui().title)));
            assert!(
                !assessment.contains(lang.assessment_ui().storage_unavailable),
                "{assessment}"
            );
        }
        let screen = first_screen(Widget::Checklist, Lang::Es, Some("migration"));
        let element = element(
            Widget::Checklist,
            Lang::Es,
            Some("migration"),
            "v1/alliance87.css",
            &screen,
            &content,
        );
        assert!(element.starts_with("<alliance87-checklist lang=\"es\" group=\"migration\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"v1/alliance87.css\"><div data-alliance87-root=\"\" class=\"host\"><slot></slot><div part=\"checklist\" lang=\"es\""), "{element}");
        assert!(element.ends_with("</template><noscript><p lang=\"es\">Sin JavaScript puede leer este contenido y seguir sus enlaces; buscar, elegir y guardar necesitan JavaScript.</p></noscript></alliance87-checklist>"));
        // A checklist without a group is the group picker.
        let picker = first_screen(Widget::Checklist, Lang::En, None);
        assert!(picker.contains(Lang::En.checklist_ui().choose_group), "{picker}");
    }

    #[test]
    fn without_javascript_the_self_assessment_lists_its_questions() {
        let content = builtin();
        for lang in Lang::ALL {
            let screen = first_screen(Widget::Assessment, lang, None);
            let pasted = element(Widget::Assessment, lang, None, "alliance87.css", &screen, &content);
            let noscript = pasted.split("<noscript>").nth(1).unwrap();
            for question in &content.assessment.as_ref().unwrap().questions {
                assert!(
                    noscript.contains(&format!("<li>{}</li>", escape(question.text.get(lang)))),
                    "{noscript}"
                );
            }
            // The other widgets keep their one line.
            let explorer = element(Widget::Explorer, lang, None, "alliance87.css", "", &content);
            assert!(!explorer.contains("<ol>"));
        }
        assert!(FIRST_SCREEN_STYLES.contains("scripting:none"));
    }

    #[test]
    fn first_screens_carry_no_renderer_markers() {
        assert_eq!(
            without_markers("<p>a<!>b<!----></p><!--<() />--><i>c</i><!DOCTYPE"),
            "<p>ab</p><i>c</i><!DOCTYPE"
        );
        for lang in Lang::ALL {
            for (widget, group) in [
                (Widget::Explorer, None),
                (Widget::Checklist, Some("migration")),
                (Widget::Checklist, None),
                (Widget::Assessment, None),
            ] {
                let screen = first_screen(widget, lang, group);
                assert!(!screen.contains("<!"), "{screen}");
            }
        }
    }
}
