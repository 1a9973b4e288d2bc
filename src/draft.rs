//! The content studio's draft: a content file as a JSON document being edited, with what the
//! studio needs to know about it that does not touch the page (where a problem's field is, how
//! complete each translation is, the file it saves). The draft is checked by the one validator
//! the widgets use ([`crate::content::parse`]).

use crate::i18n::Lang;
use crate::problems::{steps, Step};
use serde_json::{Map, Value};

/// The JSON Pointer (RFC 6901) of a validator path: `$.groups[1].name.es` → `/groups/1/name/es`.
pub fn pointer(path: &str) -> String {
    steps(path)
        .into_iter()
        .map(|step| match step {
            Step::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// The id of the form field that edits the value at `pointer`: `/groups/1/name/es` →
/// `f-groups-1-name-es`. Keys of the format are words, so ids stay readable.
pub fn field_id(pointer: &str) -> String {
    let mut id = String::from("f");
    for c in pointer.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// The fields that may hold a problem's place, most precise first: the field itself, then its
/// English text (a whole text's problem), then each enclosing value up to the file.
pub fn candidate_fields(path: &str) -> Vec<String> {
    let mut pointer = pointer(path);
    let mut ids = vec![field_id(&pointer), field_id(&format!("{pointer}/en"))];
    while let Some((parent, _)) = pointer.rsplit_once('/') {
        pointer = parent.to_string();
        ids.push(field_id(&pointer));
        ids.push(field_id(&format!("{pointer}/en")));
    }
    ids
}

/// How complete one language's translation is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranslationStatus {
    /// Texts of the file.
    pub total: usize,
    /// Missing or empty in this language (another language stands in).
    pub missing: usize,
    /// Written, but word for word another language's text: likely not translated yet.
    pub same: usize,
}

/// A translated text of the format: an object whose keys are language codes.
fn is_text(map: &Map<String, Value>) -> bool {
    !map.is_empty() && map.keys().all(|k| Lang::ALL.iter().any(|l| l.code() == k))
}

fn written(map: &Map<String, Value>, lang: Lang) -> Option<&str> {
    map.get(lang.code())
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Whether the text at this object needs translating into `lang`: missing, empty, or the same
/// as another language's.
pub fn needs_translation(map: &Map<String, Value>, lang: Lang) -> bool {
    match written(map, lang) {
        None => true,
        Some(text) => Lang::ALL
            .into_iter()
            .filter(|other| *other != lang)
            .any(|other| written(map, other) == Some(text)),
    }
}

/// Each language's status, in [`Lang::ALL`]'s order.
pub fn translation_status(document: &Value) -> [TranslationStatus; 3] {
    let mut status = [TranslationStatus::default(); 3];
    visit_texts(document, &mut |map| {
        for lang in Lang::ALL {
            let s = &mut status[lang as usize];
            s.total += 1;
            match written(map, lang) {
                None => s.missing += 1,
                Some(_) if needs_translation(map, lang) => s.same += 1,
                Some(_) => {}
            }
        }
    });
    status
}

fn visit_texts(value: &Value, found: &mut impl FnMut(&Map<String, Value>)) {
    match value {
        Value::Object(map) if is_text(map) => found(map),
        Value::Object(map) => map.values().for_each(|v| visit_texts(v, found)),
        Value::Array(list) => list.iter().for_each(|v| visit_texts(v, found)),
        _ => {}
    }
}

/// The file the studio saves: `$schema` first (pointing at the release's schema, so editors
/// check it as they type), then the document as it is, indented.
pub fn file_text(document: &Value, schema: &str) -> String {
    let mut out = Map::new();
    out.insert("$schema".into(), Value::from(schema));
    if let Some(map) = document.as_object() {
        for (key, value) in map.iter().filter(|(k, _)| *k != "$schema") {
            out.insert(key.clone(), value.clone());
        }
    }
    serde_json::to_string_pretty(&Value::Object(out)).unwrap_or_default() + "\n"
}

/// The ids of groups whose priorities or structure units differ between `opened` and `draft`
/// (added, removed, reordered or reworded): what visitors' saved checklists are matched to.
pub fn changed_lists(opened: &Value, draft: &Value) -> Vec<String> {
    let lists = |doc: &Value, id: &str| -> (Option<Value>, Option<Value>) {
        let group = doc
            .get("groups")
            .and_then(Value::as_array)
            .and_then(|groups| groups.iter().find(|g| g.get("id").and_then(Value::as_str) == Some(id)));
        (
            group.and_then(|g| g.pointer("/priorities/items")).cloned(),
            group.and_then(|g| g.pointer("/structure/units")).cloned(),
        )
    };
    draft
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|g| g.get("id").and_then(Value::as_str))
        .filter(|id| lists(opened, id) != lists(draft, id))
        .map(str::to_string)
        .collect()
}

/// An id for a new entry proposed from its English name (`Forced Labour & Trafficking` →
/// `forced-labour-trafficking`), unlike every id in `taken`.
pub fn propose_id(name: &str, taken: &[&str]) -> String {
    let mut id = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let mut id = id.trim_end_matches('-').chars().take(48).collect::<String>();
    id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        id = "group".into();
    }
    let mut candidate = id.clone();
    let mut n = 2;
    while taken.contains(&candidate.as_str()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

/// A new group: an id unlike the others, its three required texts empty (the check says what
/// they need), and `details-pending` until its priorities are published.
pub fn new_group(id: &str) -> Value {
    serde_json::json!({
        "id": id,
        "status": "details-pending",
        "name": empty_text(),
        "summary": empty_text(),
        "purpose": empty_text(),
    })
}

/// The ids the entries of a list already use.
pub fn ids(list: &[Value]) -> Vec<&str> {
    list.iter()
        .filter_map(|e| e.get("id").and_then(Value::as_str))
        .collect()
}

/// A new theme for the list `themes`: an id unlike the others, its label empty.
pub fn new_theme(themes: &[Value]) -> Value {
    serde_json::json!({ "id": propose_id("theme", &ids(themes)), "label": empty_text() })
}

/// A new option for the list `options`: an id unlike the others, its label empty, no points.
pub fn new_option(options: &[Value]) -> Value {
    serde_json::json!({ "id": propose_id("option", &ids(options)), "label": empty_text(), "weights": {} })
}

/// A new single-choice question for the list `questions`, with the two options every question
/// needs; its texts empty for the check to point at.
pub fn new_question(questions: &[Value]) -> Value {
    let first = new_option(&[]);
    let second = new_option(std::slice::from_ref(&first));
    serde_json::json!({
        "id": propose_id("question", &ids(questions)),
        "choice": "single",
        "text": empty_text(),
        "why": empty_text(),
        "options": [first, second],
    })
}

/// A group's optional part, added empty: `participants` (a text), `structure` (an
/// introduction and one unit) or `priorities` (an introduction and one priority).
pub fn new_part(key: &str) -> Value {
    match key {
        "structure" => serde_json::json!({ "intro": empty_text(), "units": [empty_text()] }),
        "priorities" => serde_json::json!({ "kind": "priorities", "intro": empty_text(), "items": [empty_text()] }),
        _ => empty_text(),
    }
}

/// The content's `version`, when it is a whole number.
pub fn version(document: &Value) -> Option<u64> {
    document.get("version").and_then(Value::as_u64)
}

/// A new translated text, empty in every language: the check says what it still needs.
pub fn empty_text() -> Value {
    let mut map = Map::new();
    for lang in Lang::ALL {
        map.insert(lang.code().into(), Value::from(""));
    }
    Value::Object(map)
}

/// One difference between two content files, as a validator path (`$.groups[1].name.fr`) that
/// [`crate::problems::place`] names in words: an added or changed entry is found in the newer
/// file, a removed one in the older.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added(String),
    Removed(String),
    Changed(String),
}

/// What differs between `older` and `newer`, entry by entry: lists of entries with ids (groups,
/// themes, questions, options) are matched by id, so moving an entry is not every entry
/// changing; other lists by position; a text by language. `$schema` is not content.
pub fn changes(older: &Value, newer: &Value) -> Vec<Change> {
    let mut found = Vec::new();
    compare(older, newer, "$", "$", &mut found);
    found
}

fn compare(older: &Value, newer: &Value, old_path: &str, new_path: &str, found: &mut Vec<Change>) {
    match (older, newer) {
        (Value::Object(old), Value::Object(new)) => {
            for (key, value) in new.iter().filter(|(k, _)| *k != "$schema") {
                match old.get(key) {
                    Some(before) => compare(
                        before,
                        value,
                        &format!("{old_path}.{key}"),
                        &format!("{new_path}.{key}"),
                        found,
                    ),
                    None => found.push(Change::Added(format!("{new_path}.{key}"))),
                }
            }
            for key in old.keys().filter(|k| *k != "$schema" && !new.contains_key(*k)) {
                found.push(Change::Removed(format!("{old_path}.{key}")));
            }
        }
        (Value::Array(old), Value::Array(new)) if with_ids(old) && with_ids(new) => {
            let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
            let old_ids: Vec<_> = old.iter().map(id).collect();
            let new_ids: Vec<_> = new.iter().map(id).collect();
            for (i, value) in new.iter().enumerate() {
                match old_ids.iter().position(|o| *o == new_ids[i]) {
                    Some(j) => compare(
                        &old[j],
                        value,
                        &format!("{old_path}[{j}]"),
                        &format!("{new_path}[{i}]"),
                        found,
                    ),
                    None => found.push(Change::Added(format!("{new_path}[{i}]"))),
                }
            }
            for (j, _) in old_ids.iter().enumerate().filter(|(_, o)| !new_ids.contains(o)) {
                found.push(Change::Removed(format!("{old_path}[{j}]")));
            }
        }
        (Value::Array(old), Value::Array(new)) => {
            for (i, value) in new.iter().enumerate() {
                match old.get(i) {
                    Some(before) => compare(
                        before,
                        value,
                        &format!("{old_path}[{i}]"),
                        &format!("{new_path}[{i}]"),
                        found,
                    ),
                    None => found.push(Change::Added(format!("{new_path}[{i}]"))),
                }
            }
            found.extend((new.len()..old.len()).map(|j| Change::Removed(format!("{old_path}[{j}]"))));
        }
        _ if older != newer => found.push(Change::Changed(new_path.to_string())),
        _ => {}
    }
}

/// A list whose entries each carry a distinct string `id`.
fn with_ids(list: &[Value]) -> bool {
    let ids: Vec<_> = list.iter().map(|v| v.get("id").and_then(Value::as_str)).collect();
    !list.is_empty() && ids.iter().all(Option::is_some) && ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_entries_get_ids_unlike_their_neighbours() {
        let questions = vec![new_question(&[])];
        let second = new_question(&questions);
        assert_eq!(questions[0]["id"], "question");
        assert_eq!(second["id"], "question-2");
        assert_eq!(second["options"][0]["id"], "option");
        assert_eq!(second["options"][1]["id"], "option-2");
        assert_eq!(new_theme(&[new_theme(&[])])["id"], "theme-2");
    }

    #[test]
    fn a_problem_leads_to_its_field() {
        assert_eq!(
            pointer("$.groups[1].priorities.items[5].es"),
            "/groups/1/priorities/items/5/es"
        );
        assert_eq!(
            field_id("/groups/1/priorities/items/5/es"),
            "f-groups-1-priorities-items-5-es"
        );
        let candidates = candidate_fields("$.groups[1].name");
        assert_eq!(candidates[..3], ["f-groups-1-name", "f-groups-1-name-en", "f-groups-1"]);
        assert_eq!(candidate_fields("$").last().map(String::as_str), Some("f-en"));
    }

    #[test]
    fn ids_are_proposed_from_names_and_never_repeat_one() {
        assert_eq!(
            propose_id("Forced Labour & Trafficking", &[]),
            "forced-labour-trafficking"
        );
        assert_eq!(propose_id("  Migration ", &["migration"]), "migration-2");
        assert_eq!(propose_id("Migration", &["migration", "migration-2"]), "migration-3");
        assert_eq!(propose_id("¿?", &[]), "group");
        assert!(crate::validate::is_id(&propose_id(&"Very long name ".repeat(10), &[])));
    }

    #[test]
    fn a_change_to_a_groups_priorities_or_units_is_found() {
        let opened: Value = serde_json::from_str(include_str!("../public/action-groups.json")).unwrap();
        let mut draft = opened.clone();
        assert_eq!(changed_lists(&opened, &draft), Vec::<String>::new());
        draft["groups"][1]["name"]["en"] = Value::from("Migration (renamed)");
        assert_eq!(
            changed_lists(&opened, &draft),
            Vec::<String>::new(),
            "a name is no list"
        );
        draft["groups"][1]["priorities"]["items"][0]["es"] = Value::from("Otra");
        assert_eq!(changed_lists(&opened, &draft), ["migration"]);
        assert_eq!(version(&draft), Some(1));
    }

    #[test]
    fn translation_status_counts_missing_and_copied_texts() {
        let doc: Value = serde_json::from_str(
            r#"{"intro": {"en": "Hello", "fr": "Bonjour", "es": ""},
                "groups": [{"name": {"en": "Migration", "fr": "Migration", "es": "Migración"}, "id": "migration"}]}"#,
        )
        .unwrap();
        let [en, fr, es] = translation_status(&doc);
        assert_eq!(
            en,
            TranslationStatus {
                total: 2,
                missing: 0,
                same: 1
            }
        );
        assert_eq!(
            fr,
            TranslationStatus {
                total: 2,
                missing: 0,
                same: 1
            }
        );
        assert_eq!(
            es,
            TranslationStatus {
                total: 2,
                missing: 1,
                same: 0
            }
        );
    }

    #[test]
    fn the_saved_file_names_its_schema_first_and_reads_back_as_the_built_in_content() {
        let original = include_str!("../public/action-groups.json");
        let doc: Value = serde_json::from_str(original).unwrap();
        let saved = file_text(
            &doc,
            "https://cdn.example.org/a87/v0.1.0/alliance87-content.schema.json",
        );
        assert!(saved
            .starts_with("{\n  \"$schema\": \"https://cdn.example.org/a87/v0.1.0/alliance87-content.schema.json\",\n"));
        let reread = crate::content::parse(&saved).unwrap();
        assert_eq!(reread.groups, crate::content::builtin().groups);
    }
    #[test]
    fn the_differences_between_two_publications_are_found_entry_by_entry() {
        let older: Value = serde_json::from_str(include_str!("../public/action-groups.json")).unwrap();
        assert_eq!(changes(&older, &older), vec![]);
        let mut newer = older.clone();
        newer["$schema"] = Value::from("https://example.org/schema.json");
        newer["groups"][1]["name"]["fr"] = Value::from("Migrations de travail");
        // Moving a group is not a change of every group.
        let first = newer["groups"].as_array_mut().unwrap().remove(0);
        newer["groups"].as_array_mut().unwrap().push(first);
        newer["groups"][0]["priorities"]["items"].as_array_mut().unwrap().pop();
        let last = older["groups"][1]["priorities"]["items"].as_array().unwrap().len() - 1;
        newer["themes"]
            .as_array_mut()
            .unwrap()
            .push(new_theme(older["themes"].as_array().unwrap()));
        let themes = older["themes"].as_array().unwrap().len();
        assert_eq!(
            changes(&older, &newer),
            vec![
                Change::Changed("$.groups[0].name.fr".into()),
                Change::Removed(format!("$.groups[1].priorities.items[{last}]")),
                Change::Added(format!("$.themes[{themes}]")),
            ]
        );
        let words = crate::problems::place(Some(&newer), "$.groups[0].name.fr", Lang::En);
        assert!(words.starts_with("Migration"), "{words}");
    }
}
