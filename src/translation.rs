//! The translators' round trip: one language's texts as a flat key-value JSON file, the format
//! Weblate, Crowdin and Lokalise import and export (`{"groups.migration.priorities.6": "…"}`),
//! and a translated file read back into the draft with a report: what changed, which keys the
//! draft does not have (ignored, and listed), which texts still have no translation. Nothing is
//! dropped silently.

use crate::draft::needs_translation;
use crate::i18n::Lang;
use serde_json::{Map, Value};

/// Every text of the document, in document order, as (key, JSON pointer). A list entry is
/// named by its `id` when it has one, else by its number from 1; a list's `items` step is left
/// out (`groups.migration.priorities.6`).
pub fn text_keys(document: &Value) -> Vec<(String, String)> {
    let mut keys = Vec::new();
    walk(document, &mut Vec::new(), &mut String::new(), &mut keys);
    keys
}

fn is_text(map: &Map<String, Value>) -> bool {
    !map.is_empty() && map.keys().all(|k| Lang::ALL.iter().any(|l| l.code() == k))
}

fn walk(value: &Value, key: &mut Vec<String>, pointer: &mut String, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if is_text(map) => found.push((key.join("."), pointer.clone())),
        Value::Object(map) => {
            for (name, child) in map {
                let (key_len, pointer_len) = (key.len(), pointer.len());
                if name != "items" {
                    key.push(name.clone());
                }
                pointer.push('/');
                pointer.push_str(&name.replace('~', "~0").replace('/', "~1"));
                walk(child, key, pointer, found);
                key.truncate(key_len);
                pointer.truncate(pointer_len);
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                let pointer_len = pointer.len();
                let name = child
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or_else(|| (i + 1).to_string(), str::to_string);
                key.push(name);
                pointer.push_str(&format!("/{i}"));
                walk(child, key, pointer, found);
                key.pop();
                pointer.truncate(pointer_len);
            }
        }
        _ => {}
    }
}

/// One language's texts as the flat file translators work on (an untranslated text is an
/// empty string, so their tools list it as to do), indented.
pub fn export(document: &Value, lang: Lang) -> String {
    let mut flat = Map::new();
    for (key, pointer) in text_keys(document) {
        let text = document
            .pointer(&pointer)
            .and_then(|t| t.get(lang.code()))
            .and_then(Value::as_str)
            .unwrap_or_default();
        flat.insert(key, Value::from(text));
    }
    serde_json::to_string_pretty(&Value::Object(flat)).unwrap_or_default() + "\n"
}

/// What reading a translated file changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Keys whose text changed.
    pub changed: Vec<String>,
    /// Keys the draft has no text for, or whose value is not a text: ignored.
    pub unknown: Vec<String>,
    /// Keys of texts that still need this language after the import.
    pub missing: Vec<String>,
}

/// Why a translated file was not read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON: serde_json's words.
    NotJson(String),
    /// JSON, but not an object of keys and texts.
    NotFlat,
}

/// Reads `file` (a flat key-value JSON object) into `document`'s `lang` texts.
pub fn import(document: &mut Value, lang: Lang, file: &str) -> Result<ImportReport, ImportError> {
    let flat: Value = serde_json::from_str(file.strip_prefix('\u{feff}').unwrap_or(file))
        .map_err(|e| ImportError::NotJson(e.to_string()))?;
    let flat = flat.as_object().ok_or(ImportError::NotFlat)?;
    let keys = text_keys(document);
    let mut report = ImportReport::default();
    for (key, value) in flat {
        let (Some((_, pointer)), Some(text)) = (keys.iter().find(|(k, _)| k == key), value.as_str()) else {
            report.unknown.push(key.clone());
            continue;
        };
        let Some(map) = document.pointer_mut(pointer).and_then(Value::as_object_mut) else {
            continue;
        };
        if map.get(lang.code()).and_then(Value::as_str) != Some(text) {
            map.insert(lang.code().to_string(), Value::from(text));
            report.changed.push(key.clone());
        }
    }
    report.missing = keys
        .into_iter()
        .filter(|(_, pointer)| {
            document
                .pointer(pointer)
                .and_then(Value::as_object)
                .is_some_and(|map| needs_translation(map, lang) && !has(map, lang))
        })
        .map(|(key, _)| key)
        .collect();
    Ok(report)
}

fn has(map: &Map<String, Value>, lang: Lang) -> bool {
    map.get(lang.code())
        .and_then(Value::as_str)
        .is_some_and(|t| !t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Value {
        serde_json::from_str(include_str!("../public/action-groups.json")).unwrap()
    }

    #[test]
    fn keys_name_texts_as_translators_read_them() {
        let keys: Vec<String> = text_keys(&builtin()).into_iter().map(|(k, _)| k).collect();
        assert!(keys.contains(&"intro".to_string()));
        assert!(keys.contains(&"groups.migration.name".to_string()));
        assert!(keys.contains(&"groups.migration.priorities.5".to_string()), "{keys:?}");
        assert!(keys.contains(&"assessment.questions.organisation.options.company.label".to_string()));
        let unique: std::collections::BTreeSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len(), "every key names one text");
    }

    #[test]
    fn the_round_trip_is_lossless_on_the_built_in_content() {
        let original = builtin();
        for lang in Lang::ALL {
            let file = export(&original, lang);
            // Into the same content: nothing changes.
            let mut same = original.clone();
            let report = import(&mut same, lang, &file).unwrap();
            assert_eq!(same, original);
            assert_eq!(report, ImportReport::default(), "{}", lang.code());
            // Into content with this language blanked: every text comes back.
            let mut blank = original.clone();
            for (_, pointer) in text_keys(&original) {
                blank.pointer_mut(&pointer).unwrap()[lang.code()] = Value::from("");
            }
            let report = import(&mut blank, lang, &file).unwrap();
            assert_eq!(blank, original, "{}", lang.code());
            assert_eq!(report.changed.len(), text_keys(&original).len());
        }
    }

    #[test]
    fn unknown_keys_and_missing_texts_are_reported_never_dropped_silently() {
        let mut document = builtin();
        let file = r#"{"groups.migration.name": "Migraciones", "groups.oceans.name": "Océanos", "intro": 3}"#;
        let report = import(&mut document, Lang::Es, file).unwrap();
        assert_eq!(report.changed, ["groups.migration.name"]);
        assert_eq!(report.unknown, ["groups.oceans.name", "intro"]);
        assert_eq!(report.missing, Vec::<String>::new());
        assert_eq!(document["groups"][1]["name"]["es"], "Migraciones");
        let blanked = r#"{"groups.migration.summary": ""}"#;
        let report = import(&mut document, Lang::Es, blanked).unwrap();
        assert_eq!(report.missing, ["groups.migration.summary"]);
        assert_eq!(import(&mut document, Lang::Es, "[1]"), Err(ImportError::NotFlat));
        assert!(matches!(
            import(&mut document, Lang::Es, "{"),
            Err(ImportError::NotJson(_))
        ));
    }
}
