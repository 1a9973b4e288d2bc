//! `widgets.json` in the release: the embedding contract as data (the widgets, the settings each
//! reads with their attribute names and kinds, the languages, and the groups of the built-in
//! content), for integrations written in other languages, such as the WordPress plugin, so
//! they never keep a second list. Build time only, like the frame pages.

use crate::attributes::{Setting, SettingKind, Widget, DATA_WIDGET};
use crate::content::Content;
use crate::i18n::Lang;
use serde::Serialize;

#[derive(Serialize)]
pub struct Contract {
    pub version: &'static str,
    /// The attribute naming the widget in the data form: `data-alliance87`.
    pub data_widget: &'static str,
    pub languages: Vec<Language>,
    pub widgets: Vec<WidgetEntry>,
    pub settings: Vec<SettingEntry>,
    pub groups: Vec<GroupEntry>,
}

#[derive(Serialize)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
}

#[derive(Serialize)]
pub struct WidgetEntry {
    pub name: &'static str,
    pub tag: &'static str,
    /// The attribute names of the settings it reads.
    pub settings: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct SettingEntry {
    pub attribute: &'static str,
    pub data_attribute: &'static str,
    /// The option's name in `Alliance87.mount`, also used for block attributes.
    pub option: &'static str,
    /// `language`, `group`, `flag` or `address`.
    pub kind: SettingKind,
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
                tag: w.tag(),
                settings: w.settings().iter().map(|s| s.attribute()).collect(),
            })
            .collect(),
        settings: Setting::ALL
            .iter()
            .map(|s| SettingEntry {
                attribute: s.attribute(),
                data_attribute: s.data_attribute(),
                option: s.option(),
                kind: s.kind(),
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
        let switch = doc["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["attribute"] == "language-switch")
            .unwrap();
        assert_eq!(switch["kind"], "flag");
        assert_eq!(switch["option"], "languageSwitch");
        let migration = doc["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == "migration")
            .unwrap();
        assert_eq!(migration["name"]["fr"], builtin().group("migration").unwrap().name.fr);
    }
}
