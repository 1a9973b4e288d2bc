//! Small pieces of HTML shared by the code the builder hands out and the pages written at
//! build time (frame pages, first screens).

use crate::attributes::Widget;
use crate::i18n::{fill, Lang};

/// Escapes text for an HTML attribute value in double quotes (or for text content).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The widget's title in `lang`, for a frame's `title` and a frame page's `<title>`.
pub fn widget_title(widget: Widget, lang: Lang, group_name: Option<&str>) -> String {
    match (widget, group_name) {
        (Widget::Explorer, _) => lang.ui().explorer_title.to_string(),
        (Widget::Checklist, Some(name)) => fill(lang.checklist_ui().checklist_title, &[("name", name)]),
        (Widget::Checklist, None) => lang.checklist_ui().tab_checklist.to_string(),
        (Widget::Assessment, _) => lang.assessment_ui().title.to_string(),
    }
}
