//! `widgets.json` in the release: the embedding contract as data (the widgets, the settings each
//! reads with their attribute names and kinds, the languages, and the groups of the built-in
//! content), for integrations written in other languages, such as the WordPress plugin, so
//! they never keep a second list. Build time only, like the frame pages.

use crate::attributes::{self, Setting, SettingKind, Widget, DATA_WIDGET};
use crate::content::Content;
use crate::events::Event;
use crate::frame_pages::frame_pages;
use crate::i18n::{BuilderPick, BuilderUi, Lang};
use crate::theme::{self, ThemeKind, ThemeProperty};
use serde::Serialize;

#[derive(Serialize)]
pub struct Contract {
    pub version: &'static str,
    /// The attribute naming the widget in the data form: `data-alliance87`.
    pub data_widget: &'static str,
    pub languages: Vec<Language>,
    pub widgets: Vec<WidgetEntry>,
    pub settings: Vec<SettingEntry>,
    /// The events dispatched on a widget's element, with their `detail` as JSON Schema.
    pub events: Vec<EventEntry>,
    /// How each kind of setting's value is checked, for languages that cannot call
    /// [`crate::attributes::check`]: `tests/contract-cases.json` holds them all to its verdicts.
    pub checks: Checks,
    /// The theme's custom properties and the widgets' own values (empty for the font: the
    /// widgets' system font stack).
    pub theme: Vec<ThemeEntry>,
    /// The index of the release's pre-rendered first screens (in `prerendered/`): a widget
    /// with these settings, the built-in content and no other setting that changes its first
    /// screen (`src`) has one. An explorer on a group, or a checklist without one, has none.
    pub first_screens: Vec<FirstScreen>,
    pub groups: Vec<GroupEntry>,
}

#[derive(Serialize)]
pub struct FirstScreen {
    pub widget: &'static str,
    pub lang: &'static str,
    pub group: Option<String>,
    pub file: String,
}

#[derive(Serialize)]
pub struct ThemeEntry {
    pub name: &'static str,
    pub property: String,
    pub default: &'static str,
    pub kind: ThemeKind,
    /// For the properties the embed builder offers as fields (and the WordPress block's
    /// sidebar after it): the field's name, by language code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Labels>,
}

/// The rules of [`crate::attributes::check`] as data. Patterns are written in the syntax that
/// JavaScript's `RegExp` and PHP's PCRE read alike.
#[derive(Serialize)]
pub struct Checks {
    /// Flags: these words (case-insensitively, surrounding white space aside), or the
    /// setting's own attribute name, are on; these are off; any other is refused.
    pub flag_on: &'static [&'static str],
    pub flag_off: &'static [&'static str],
    /// A language tag's primary subtag (before `-` or `_`, case-insensitively) must be one of
    /// `languages`; the widget reads that code.
    pub language_separators: &'static str,
    /// A group id: this pattern, at most this many characters.
    pub group_pattern: &'static str,
    pub group_max_chars: usize,
    /// An address: no character matching `address_forbidden`; when `address_scheme` matches,
    /// its first group must be one of `address_schemes` (case-insensitively); else it is
    /// relative to the page.
    pub address_forbidden: &'static str,
    pub address_scheme: &'static str,
    pub address_schemes: &'static [&'static str],
    /// A theme value (see `theme[].kind`), trimmed and lowercased, then: a `colour` matches
    /// `colour_pattern` or is one of `colour_names`; a `length` matches `length_pattern`; a
    /// `font_size` is one of `font_size_keywords` or a length; a `font_list` matches
    /// `font_list_pattern`. Empty keeps the default; anything else is refused (reported, and
    /// the default kept).
    pub colour_pattern: String,
    pub colour_names: &'static [&'static str],
    pub length_pattern: String,
    pub font_size_keywords: &'static [&'static str],
    pub font_list_pattern: &'static str,
    /// A content file declares this `format`, and is at most this many bytes; a widget waits
    /// this long for it.
    pub content_format: u64,
    pub content_max_bytes: usize,
    pub content_timeout_seconds: u64,
}

impl Checks {
    pub fn new() -> Checks {
        Checks {
            flag_on: attributes::FLAG_ON,
            flag_off: attributes::FLAG_OFF,
            language_separators: "-_",
            group_pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
            group_max_chars: attributes::GROUP_MAX_CHARS,
            address_forbidden: "[\\x00-\\x20\\x7f\"<>]",
            address_scheme: "^([A-Za-z][A-Za-z0-9+.-]*):",
            address_schemes: attributes::ADDRESS_SCHEMES,
            colour_pattern: format!(
                "^(#([0-9a-f]{{3,4}}|[0-9a-f]{{6}}|[0-9a-f]{{8}})|({})\\([a-z0-9 .,%\\/+-]+\\))$",
                theme::COLOUR_FUNCTIONS.join("|")
            ),
            colour_names: &theme::COLOUR_NAMES,
            length_pattern: format!("^(0|([0-9]+|[0-9]*\\.[0-9]+)({}))$", theme::LENGTH_UNITS.join("|")),
            font_size_keywords: &theme::FONT_SIZE_KEYWORDS,
            font_list_pattern: concat!(
                "^\\s*(\"[^\"\\\\;{}<>,]+\"|'[^'\\\\;{}<>,]+'|[a-z_-][a-z0-9 _-]*)",
                "(\\s*,\\s*(\"[^\"\\\\;{}<>,]+\"|'[^'\\\\;{}<>,]+'|[a-z_-][a-z0-9 _-]*))*\\s*$"
            ),
            content_format: crate::content::FORMAT,
            content_max_bytes: crate::content::MAX_BYTES,
            content_timeout_seconds: crate::content::TIMEOUT_SECONDS,
        }
    }
}

impl Default for Checks {
    fn default() -> Self {
        Checks::new()
    }
}

#[derive(Serialize)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
}

#[derive(Serialize)]
pub struct WidgetEntry {
    pub name: &'static str,
    /// Its name for people, by language code, as the embed builder words it.
    pub label: Labels,
    pub tag: &'static str,
    /// The attribute names of the settings it reads.
    pub settings: Vec<&'static str>,
    /// The names of the events it dispatches.
    pub events: Vec<&'static str>,
    /// The parts a page may style with `::part()`.
    pub parts: &'static [&'static str],
}

#[derive(Serialize)]
pub struct EventEntry {
    pub name: &'static str,
    pub widgets: Vec<&'static str>,
    pub description: &'static str,
    pub detail: serde_json::Value,
}

#[derive(Serialize)]
pub struct SettingEntry {
    pub attribute: &'static str,
    pub data_attribute: &'static str,
    /// The option's name in `Alliance87.mount`, also used for block attributes.
    pub option: &'static str,
    /// `language`, `group`, `flag` or `address`.
    pub kind: SettingKind,
    /// What a form asks for it, by language code, as the embed builder words it.
    pub label: Labels,
}

/// A text in each language, by code.
pub type Labels = std::collections::BTreeMap<&'static str, &'static str>;

fn labels(pick: BuilderPick) -> Labels {
    Lang::ALL.iter().map(|l| (l.code(), pick(l.builder_ui()))).collect()
}

/// The builder's field name for a theme property it offers.
fn theme_label(property: ThemeProperty) -> Option<BuilderPick> {
    Some(match property {
        ThemeProperty::Accent => |u| u.accent_label,
        ThemeProperty::AccentText => |u| u.accent_text_label,
        ThemeProperty::Text => |u| u.text_label,
        ThemeProperty::Surface => |u| u.surface_label,
        ThemeProperty::Radius => |u| u.radius_label,
        ThemeProperty::Font => |u| u.font_label,
        _ => return None,
    })
}

#[derive(Serialize)]
pub struct GroupEntry {
    pub id: String,
    pub name: std::collections::BTreeMap<&'static str, String>,
}

pub fn contract(content: &Content) -> Contract {
    Contract {
        version: env!("CARGO_PKG_VERSION"),
        data_widget: DATA_WIDGET,
        languages: Lang::ALL
            .iter()
            .map(|l| Language {
                code: l.code(),
                name: l.native_name(),
            })
            .collect(),
        widgets: Widget::ALL
            .iter()
            .map(|w| WidgetEntry {
                name: w.name(),
                label: labels(BuilderUi::widget_text(*w).0),
                tag: w.tag(),
                settings: w.settings().iter().map(|s| s.attribute()).collect(),
                events: Event::ALL
                    .iter()
                    .filter(|e| e.widgets().contains(w))
                    .map(|e| e.name())
                    .collect(),
                parts: w.parts(),
            })
            .collect(),
        events: Event::ALL
            .iter()
            .map(|e| EventEntry {
                name: e.name(),
                widgets: e.widgets().iter().map(|w| w.name()).collect(),
                description: e.description(),
                detail: e.detail_schema(),
            })
            .collect(),
        settings: Setting::ALL
            .iter()
            .map(|s| SettingEntry {
                attribute: s.attribute(),
                data_attribute: s.data_attribute(),
                option: s.option(),
                kind: s.kind(),
                label: labels(BuilderUi::setting_text(*s, Widget::Explorer).0),
            })
            .collect(),
        checks: Checks::new(),
        theme: ThemeProperty::ALL
            .iter()
            .map(|p| ThemeEntry {
                name: p.name(),
                property: p.custom_property(),
                default: p.default_value(),
                kind: p.kind(),
                label: theme_label(*p).map(labels),
            })
            .collect(),
        first_screens: frame_pages(content)
            .into_iter()
            .map(|page| FirstScreen {
                widget: page.widget.name(),
                lang: page.lang.code(),
                group: page.group,
                file: page.prerendered_file,
            })
            .collect(),
        groups: content
            .groups
            .iter()
            .map(|g| GroupEntry {
                id: g.id.clone(),
                name: Lang::ALL
                    .iter()
                    .map(|l| (l.code(), g.name.get(*l).to_string()))
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    #[test]
    fn the_contract_lists_every_widget_setting_and_group() {
        let doc = serde_json::to_value(contract(&builtin())).unwrap();
        assert_eq!(doc["data_widget"], "data-alliance87");
        assert_eq!(doc["widgets"].as_array().unwrap().len(), Widget::ALL.len());
        assert_eq!(doc["settings"].as_array().unwrap().len(), Setting::ALL.len());
        let checklist = &doc["widgets"][1];
        assert_eq!(checklist["name"], "checklist");
        assert_eq!(checklist["settings"], serde_json::json!(["lang", "group", "src"]));
        assert_eq!(
            checklist["events"],
            serde_json::json!(["alliance87:ready", "alliance87:checklist-change"])
        );
        assert_eq!(doc["events"][3]["widgets"], serde_json::json!(["self-assessment"]));
        let switch = doc["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["attribute"] == "language-switch")
            .unwrap();
        assert_eq!(switch["kind"], "flag");
        assert_eq!(switch["option"], "languageSwitch");
        assert_eq!(switch["label"]["fr"], Lang::Fr.builder_ui().language_switch_label);
        assert_eq!(checklist["label"]["es"], Lang::Es.builder_ui().widget_checklist);
        let migration = doc["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == "migration")
            .unwrap();
        assert_eq!(migration["name"]["fr"], builtin().group("migration").unwrap().name.fr);
        let screens = doc["first_screens"].as_array().unwrap();
        assert!(screens.contains(&serde_json::json!({"widget": "checklist", "lang": "fr", "group": "migration", "file": "checklist.fr.migration.html"})));
        assert!(screens.contains(
            &serde_json::json!({"widget": "explorer", "lang": "es", "group": null, "file": "explorer.es.html"})
        ));
        assert!(!screens
            .iter()
            .any(|s| s["widget"] == "checklist" && s["group"].is_null()));
        // The theme fields the builder offers carry their names; the others none.
        let labelled: Vec<&str> = doc["theme"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t.get("label").is_some())
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        let offered: Vec<&str> = ThemeProperty::OFFERED.iter().map(|p| p.name()).collect();
        assert_eq!(labelled, offered);
        let accent = &doc["theme"][0];
        assert_eq!(accent["label"]["fr"], Lang::Fr.builder_ui().accent_label);
    }
}
