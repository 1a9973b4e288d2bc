//! The events the widgets dispatch on their host element, with the shape of each `detail` as
//! JSON Schema: the release's `widgets.json` carries them, and the npm package's TypeScript
//! declarations, its Custom Elements Manifest and the editors' data are generated from there.
//! The end-to-end tiers validate every detail the widgets really send against these schemas,
//! so the views' serialized structs and this description cannot part ways.

use crate::assessment::Strength;
use crate::attributes::Widget;
use crate::checklist::Status;
use crate::i18n::Lang;
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Ready,
    GroupOpen,
    ChecklistChange,
    Match,
}

impl Event {
    pub const ALL: [Event; 4] = [Event::Ready, Event::GroupOpen, Event::ChecklistChange, Event::Match];

    pub const fn name(self) -> &'static str {
        match self {
            Event::Ready => "alliance87:ready",
            Event::GroupOpen => "alliance87:group-open",
            Event::ChecklistChange => "alliance87:checklist-change",
            Event::Match => "alliance87:match",
        }
    }

    /// The widgets that dispatch it.
    pub fn widgets(self) -> &'static [Widget] {
        match self {
            Event::Ready => Widget::ALL,
            Event::GroupOpen => &[Widget::Explorer],
            Event::ChecklistChange => &[Widget::Checklist],
            Event::Match => &[Widget::Assessment],
        }
    }

    /// When it is sent, for developers (the README's events table says the same).
    pub fn description(self) -> &'static str {
        match self {
            Event::Ready => "Content is on screen (again after each content or language change); `fallback` is true when `src` failed and the built-in content is shown.",
            Event::GroupOpen => "The reader opened a group, or the `group` attribute did.",
            Event::ChecklistChange => "A priority's status changed in the checklist, or the checklist opened a group's list.",
            Event::Match => "The self-assessment shows its results: the groups that fit, ranked, with the answers behind each.",
        }
    }

    /// The `detail`'s shape (JSON Schema, draft 2020-12 keywords only: `type`, `properties`,
    /// `required`, `items`, `enum`, `description`, `additionalProperties`).
    pub fn detail_schema(self) -> Value {
        let widgets: Vec<&str> = Widget::ALL.iter().map(|w| w.name()).collect();
        let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.code()).collect();
        let strengths: Vec<&str> = Strength::ALL.iter().map(|s| s.code()).collect();
        let group = json!({"type": "string", "description": "A group's id, as in the content file"});
        let count = |description: &str| json!({"type": "integer", "minimum": 0, "description": description});
        let record = |properties: Value| {
            let required: Vec<String> = properties
                .as_object()
                .map(|p| p.keys().cloned().collect())
                .unwrap_or_default();
            json!({"type": "object", "properties": properties, "required": required, "additionalProperties": false})
        };
        match self {
            Event::Ready => record(json!({
                "widget": {"enum": widgets},
                "lang": {"enum": langs, "description": "The language shown"},
                "contentVersion": count("The content file's `version`"),
                "fallback": {"type": "boolean", "description": "True when `src` could not be used and the built-in content is shown"},
            })),
            Event::GroupOpen => record(json!({ "group": group })),
            Event::ChecklistChange => record(json!({
                "group": group,
                "items": {"type": "array", "items": record(json!({
                    "id": {"type": "string", "description": "The priority's id"},
                    "status": {"enum": statuses},
                }))},
                "done": count("Priorities done"),
                "total": count("Priorities in the list"),
            })),
            Event::Match => record(json!({
                "results": {"type": "array", "description": "The groups that fit, best first", "items": record(json!({
                    "group": group,
                    "score": count("Points from the answers"),
                    "rank": {"type": "integer", "minimum": 1, "description": "1 for the best fit; tied groups share a rank"},
                    "strength": {"enum": strengths},
                    "reasons": {"type": "array", "items": record(json!({
                        "question": {"type": "string", "description": "The question's id"},
                        "answer": {"type": "string", "description": "The chosen option's id"},
                        "points": count("Points this answer gave the group"),
                    }))},
                }))},
                "noFit": {"type": "boolean", "description": "True when no group fits the answers"},
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_namespaced_and_every_widget_sends_one() {
        for event in Event::ALL {
            assert!(event.name().starts_with("alliance87:"));
            assert_eq!(event.detail_schema()["type"], "object");
        }
        for widget in Widget::ALL {
            assert!(Event::ALL.iter().any(|e| e.widgets().contains(widget)));
        }
    }

    #[test]
    fn records_require_every_property_and_nothing_else() {
        let schema = Event::ChecklistChange.detail_schema();
        assert_eq!(schema["required"], json!(["done", "group", "items", "total"]));
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(
            schema["properties"]["items"]["items"]["properties"]["status"]["enum"],
            json!(["not-started", "in-progress", "done"])
        );
    }
}
