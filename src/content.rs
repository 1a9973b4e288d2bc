//! The content model and its validation.
//!
//! Content arrives as JSON written by the Alliance's editors (or compiled in as the built-in
//! default), so validation walks the whole document and reports *every* problem with its JSON
//! path instead of stopping at the first: an editor fixes a file in one pass, not ten.

use crate::assessment::{Answer, Assessment, Choice, Question, MAX_OPTIONS, MAX_WEIGHT};
use crate::i18n::Lang;
use crate::json::{Map, Value};

/// The content format this build reads. A file declaring another format is rejected whole.
pub const FORMAT: u64 = 1;
/// Longest accepted string, in characters: generous for prose, small enough to stop abuse.
const MAX_TEXT_CHARS: usize = 4000;
/// Most entries accepted in any list (groups, themes, priorities, links).
const MAX_LIST_LEN: usize = 100;

/// A string in every language the widgets speak. Missing translations are a validation error,
/// so the view never has to decide what to show instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub fr: String,
    pub es: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// Bumped by editors whenever priorities change, so saved progress can be matched to them.
    pub version: u64,
    pub intro: Text,
    pub themes: Vec<Theme>,
    pub groups: Vec<Group>,
    /// The self-assessment questionnaire and its weights; optional, for content made before it.
    pub assessment: Option<Assessment>,
}

impl Content {
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
}

/// A tag used to filter groups (an issue such as child labour, or a kind of work).
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Published,
    /// The Alliance has named the group but not yet published its mission or priorities.
    DetailsPending,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub status: Status,
    pub name: Text,
    /// One sentence for the overview card.
    pub summary: Text,
    /// "What we do".
    pub purpose: Text,
    /// Who the group brings together.
    pub participants: Option<Text>,
    pub structure: Option<Structure>,
    pub priorities: Option<Priorities>,
    /// Other checked facts worth showing (key sectors, figures).
    pub facts: Vec<Text>,
    /// Ids of [`Theme`]s; every id is checked against the content's theme list.
    pub themes: Vec<String>,
    pub links: Vec<Link>,
}

/// Working groups or workstreams.
#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    pub intro: Text,
    pub units: Vec<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriorityKind {
    /// Official numbered priorities or outcomes.
    Priorities,
    /// Topics the group works on, shown without numbers because none were published.
    Topics,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Priorities {
    pub kind: PriorityKind,
    pub intro: Text,
    pub items: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub label: Text,
    /// Always `https:`, `http:` or `mailto:`; anything else is rejected by validation.
    pub url: String,
}

/// One thing wrong with a content file, located by a JSON path such as `$.groups[1].name.es`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The content compiled into the bundle: always valid (a native test holds it to that and to
/// the published JSON Schema), so every widget can render without the network.
pub fn builtin() -> Content {
    // Not `expect`: printing the problems would bring `Debug` formatting into the bundle.
    parse(include_str!(concat!(env!("OUT_DIR"), "/action-groups.json")))
        .unwrap_or_else(|_| panic!("built-in content is invalid"))
}

/// Parses and validates a content file; on failure returns every problem found.
pub fn parse(json: &str) -> Result<Content, Vec<Problem>> {
    let root = crate::json::parse(json).map_err(|e| {
        vec![Problem {
            path: "$".into(),
            message: format!("not valid JSON ({e})"),
        }]
    })?;
    let mut v = Validator::default();
    let content = v.content(&root);
    match content {
        Some(c) if v.problems.is_empty() => Ok(c),
        _ => Err(v.problems),
    }
}

/// True for the only link schemes content may use: no `javascript:`, `data:` or relative URLs.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p));
    matches!(rest, Some(r) if !r.is_empty() && !r.chars().any(|c| c.is_whitespace() || c.is_control()))
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Text that looks like markup: content is rendered as text, so a tag would show literally.
fn looks_like_html(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn fail(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// Checks the object's keys against the allowed ones and returns it.
    fn object<'a>(&mut self, value: &'a Value, path: &str, allowed: &[&str]) -> Option<&'a Map> {
        let Some(map) = value.as_object() else {
            self.fail(path, format!("expected an object, found {}", kind(value)));
            return None;
        };
        for key in map.keys().filter(|k| !allowed.contains(k)) {
            self.fail(
                &field(path, key),
                format!("unknown field (allowed: {})", allowed.join(", ")),
            );
        }
        Some(map)
    }

    fn required<'a>(&mut self, map: &'a Map, path: &str, key: &str) -> Option<&'a Value> {
        let found = map.get(key);
        if found.is_none() {
            self.fail(path, format!("missing required field \"{key}\""));
        }
        found
    }

    fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        let Some(s) = value.as_str() else {
            self.fail(path, format!("expected a string, found {}", kind(value)));
            return None;
        };
        if s.trim().is_empty() {
            self.fail(path, "must not be empty");
            None
        } else if s.chars().count() > MAX_TEXT_CHARS {
            self.fail(path, format!("longer than {MAX_TEXT_CHARS} characters"));
            None
        } else if looks_like_html(s) {
            self.fail(path, "looks like HTML; content is plain text, write it without tags");
            None
        } else {
            Some(s.to_string())
        }
    }

    fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
        let map = self.object(value, path, &["en", "fr", "es"])?;
        let mut get = |lang: Lang| match map.get(lang.code()) {
            Some(v) => self.string(v, &format!("{path}.{}", lang.code())),
            None => {
                self.fail(path, format!("missing the \"{}\" translation", lang.code()));
                None
            }
        };
        let (en, fr, es) = (get(Lang::En), get(Lang::Fr), get(Lang::Es));
        Some(Text {
            en: en?,
            fr: fr?,
            es: es?,
        })
    }

    fn required_text(&mut self, map: &Map, path: &str, key: &str) -> Option<Text> {
        let value = self.required(map, path, key)?;
        self.text(value, &field(path, key))
    }

    fn optional_text(&mut self, map: &Map, path: &str, key: &str) -> Option<Option<Text>> {
        match map.get(key) {
            None => Some(None),
            Some(v) => self.text(v, &field(path, key)).map(Some),
        }
    }

    /// Validates every element of a list, returning `None` if any of them failed.
    fn list<T>(
        &mut self,
        value: &Value,
        path: &str,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Some(values) = value.as_array() else {
            self.fail(path, format!("expected a list, found {}", kind(value)));
            return None;
        };
        if values.len() > MAX_LIST_LEN {
            self.fail(path, format!("more than {MAX_LIST_LEN} entries"));
            return None;
        }
        let mut items = Vec::with_capacity(values.len());
        let mut all_valid = true;
        for (i, value) in values.iter().enumerate() {
            match item(self, value, &format!("{path}[{i}]")) {
                Some(valid) => items.push(valid),
                None => all_valid = false,
            }
        }
        all_valid.then_some(items)
    }

    fn optional_list<T>(
        &mut self,
        map: &Map,
        path: &str,
        key: &str,
        item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        match map.get(key) {
            None => Some(Vec::new()),
            Some(v) => self.list(v, &field(path, key), item),
        }
    }

    fn id(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str() {
            Some(s) if is_id(s) => Some(s.to_string()),
            found => {
                // Quote a string found, but describe other values: printing arbitrary JSON back
                // would cost the bundle a serializer for one error message.
                let found = found.map_or_else(|| kind(value).to_string(), |s| format!("\"{s}\""));
                self.fail(
                    path,
                    format!("expected an id of lowercase letters, digits and hyphens, found {found}"),
                );
                None
            }
        }
    }

    fn content(&mut self, root: &Value) -> Option<Content> {
        let map = self.object(
            root,
            "$",
            &[
                "$schema",
                "format",
                "version",
                "intro",
                "themes",
                "groups",
                "assessment",
            ],
        )?;
        match map.get("format").map(Value::as_u64) {
            Some(Some(FORMAT)) => {}
            Some(_) => {
                self.fail(
                    "$.format",
                    format!("unsupported format; this version of the widgets reads format {FORMAT}"),
                );
                return None;
            }
            None => self.fail("$", "missing required field \"format\""),
        }
        let version = match self.required(map, "$", "version").map(Value::as_u64) {
            Some(Some(v)) if v > 0 => Some(v),
            Some(_) => {
                self.fail("$.version", "expected a whole number greater than 0");
                None
            }
            None => None,
        };
        let intro = self.required_text(map, "$", "intro");
        let themes = match self.required(map, "$", "themes") {
            Some(v) => self.list(v, "$.themes", Self::theme),
            None => None,
        };
        self.unique(map.get("themes"), "$.themes", "theme");
        let theme_ids: Vec<String> = themes.iter().flatten().map(|t| t.id.clone()).collect();
        let groups = match self.required(map, "$", "groups") {
            Some(v) => self.list(v, "$.groups", |v, value, path| v.group(value, path, &theme_ids)),
            None => None,
        };
        if matches!(&groups, Some(groups) if groups.is_empty()) {
            self.fail("$.groups", "must list at least one group");
        }
        self.unique(map.get("groups"), "$.groups", "group");
        // Ids as written, so one invalid group does not make every weight for it an error too.
        let group_ids: Vec<String> = map
            .get("groups")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|g| Some(g.get("id")?.as_str()?.to_string()))
            .collect();
        let assessment = match map.get("assessment") {
            None => Some(None),
            // A bundle without the self-assessment has no use for the questionnaire, nor for
            // the code that checks it.
            Some(_) if cfg!(all(target_arch = "wasm32", not(feature = "assessment"))) => Some(None),
            Some(v) => self.assessment(v, "$.assessment", &group_ids).map(Some),
        };
        Some(Content {
            version: version?,
            intro: intro?,
            themes: themes?,
            groups: groups?,
            assessment: assessment?,
        })
    }

    /// Flags repeated ids in a list, even when other entries of the list are invalid.
    fn unique(&mut self, list: Option<&Value>, path: &str, what: &str) {
        // Lists are short (at most MAX_LIST_LEN): a linear scan beats shipping a hash set.
        let mut seen: Vec<&str> = Vec::new();
        let entries = list.and_then(Value::as_array).into_iter().flatten();
        for (i, id) in entries
            .enumerate()
            .filter_map(|(i, v)| Some((i, v.get("id")?.as_str()?)))
        {
            if seen.contains(&id) {
                self.fail(
                    &format!("{path}[{i}].id"),
                    format!("the {what} id \"{id}\" is used twice"),
                );
            }
            seen.push(id);
        }
    }

    fn assessment(&mut self, value: &Value, path: &str, group_ids: &[String]) -> Option<Assessment> {
        let map = self.object(value, path, &["threshold", "questions"])?;
        let threshold = match self.required(map, path, "threshold").map(Value::as_u64) {
            Some(Some(t)) if t > 0 => Some(t),
            Some(_) => {
                self.fail(&field(path, "threshold"), "expected a whole number greater than 0");
                None
            }
            None => None,
        };
        let questions = self.required(map, path, "questions").and_then(|v| {
            self.list(v, &field(path, "questions"), |v, value, path| {
                v.question(value, path, group_ids)
            })
        });
        if matches!(&questions, Some(q) if q.is_empty()) {
            self.fail(&field(path, "questions"), "must list at least one question");
        }
        self.unique(map.get("questions"), &field(path, "questions"), "question");
        Some(Assessment {
            questions: questions?,
            threshold: threshold?,
        })
    }

    fn question(&mut self, value: &Value, path: &str, group_ids: &[String]) -> Option<Question> {
        let map = self.object(value, path, &["id", "choice", "text", "why", "options"])?;
        let id = self
            .required(map, path, "id")
            .and_then(|v| self.id(v, &field(path, "id")));
        let choice = match self.required(map, path, "choice").map(Value::as_str) {
            Some(Some("single")) => Some(Choice::Single),
            Some(Some("multiple")) => Some(Choice::Multiple),
            Some(_) => {
                self.fail(&field(path, "choice"), "expected \"single\" or \"multiple\"");
                None
            }
            None => None,
        };
        let text = self.required_text(map, path, "text");
        let why = self.required_text(map, path, "why");
        let options = self.required(map, path, "options").and_then(|v| {
            self.list(v, &field(path, "options"), |v, value, path| {
                v.answer(value, path, group_ids)
            })
        });
        if matches!(&options, Some(o) if o.len() < 2 || o.len() > MAX_OPTIONS) {
            self.fail(&field(path, "options"), format!("expected 2 to {MAX_OPTIONS} options"));
        }
        self.unique(map.get("options"), &field(path, "options"), "option");
        Some(Question {
            id: id?,
            choice: choice?,
            text: text?,
            why: why?,
            options: options?,
        })
    }

    fn answer(&mut self, value: &Value, path: &str, group_ids: &[String]) -> Option<Answer> {
        let map = self.object(value, path, &["id", "label", "weights"])?;
        let id = self
            .required(map, path, "id")
            .and_then(|v| self.id(v, &field(path, "id")));
        let label = self.required_text(map, path, "label");
        let weights_path = field(path, "weights");
        let weights = match map.get("weights") {
            None => Some(Vec::new()),
            Some(v) => self.weights(v, &weights_path, group_ids),
        };
        Some(Answer {
            id: id?,
            label: label?,
            weights: weights?,
        })
    }

    /// `{ "<group id>": <0 to MAX_WEIGHT>, … }`; unknown groups are errors, not ignored.
    fn weights(&mut self, value: &Value, path: &str, group_ids: &[String]) -> Option<Vec<(String, u64)>> {
        let Some(map) = value.as_object() else {
            self.fail(path, format!("expected an object, found {}", kind(value)));
            return None;
        };
        let mut weights = Vec::new();
        let mut valid = true;
        for key in map.keys() {
            let weight = map.get(key).and_then(Value::as_u64).filter(|w| *w <= MAX_WEIGHT);
            match weight {
                _ if !group_ids.iter().any(|g| g == key) => {
                    self.fail(&field(path, key), format!("unknown group \"{key}\""))
                }
                Some(w) => {
                    weights.push((key.to_string(), w));
                    continue;
                }
                None => self.fail(
                    &field(path, key),
                    format!("expected a whole number from 0 to {MAX_WEIGHT}"),
                ),
            }
            valid = false;
        }
        valid.then_some(weights)
    }

    fn theme(&mut self, value: &Value, path: &str) -> Option<Theme> {
        let map = self.object(value, path, &["id", "label"])?;
        let id = self
            .required(map, path, "id")
            .and_then(|v| self.id(v, &field(path, "id")));
        let label = self.required_text(map, path, "label");
        Some(Theme { id: id?, label: label? })
    }

    fn group(&mut self, value: &Value, path: &str, theme_ids: &[String]) -> Option<Group> {
        const FIELDS: &[&str] = &[
            "id",
            "status",
            "name",
            "summary",
            "purpose",
            "participants",
            "structure",
            "priorities",
            "facts",
            "themes",
            "links",
        ];
        let map = self.object(value, path, FIELDS)?;
        let id = self
            .required(map, path, "id")
            .and_then(|v| self.id(v, &field(path, "id")));
        let status = match map.get("status").map(Value::as_str) {
            None | Some(Some("published")) => Some(Status::Published),
            Some(Some("details-pending")) => Some(Status::DetailsPending),
            Some(_) => {
                self.fail(&field(path, "status"), "expected \"published\" or \"details-pending\"");
                None
            }
        };
        let name = self.required_text(map, path, "name");
        let summary = self.required_text(map, path, "summary");
        let purpose = self.required_text(map, path, "purpose");
        let participants = self.optional_text(map, path, "participants");
        let structure = match map.get("structure") {
            None => Some(None),
            Some(v) => self.structure(v, &field(path, "structure")).map(Some),
        };
        let priorities = match map.get("priorities") {
            None => Some(None),
            Some(v) => self.priorities(v, &field(path, "priorities")).map(Some),
        };
        let facts = self.optional_list(map, path, "facts", Self::text);
        let themes = self.optional_list(map, path, "themes", |v, value, item_path| {
            let id = v.id(value, item_path)?;
            if !theme_ids.contains(&id) {
                v.fail(item_path, format!("unknown theme \"{id}\"; declare it in $.themes"));
                return None;
            }
            Some(id)
        });
        let links = self.optional_list(map, path, "links", Self::link);
        Some(Group {
            id: id?,
            status: status?,
            name: name?,
            summary: summary?,
            purpose: purpose?,
            participants: participants?,
            structure: structure?,
            priorities: priorities?,
            facts: facts?,
            themes: themes?,
            links: links?,
        })
    }

    fn structure(&mut self, value: &Value, path: &str) -> Option<Structure> {
        let map = self.object(value, path, &["intro", "units"])?;
        let intro = self.required_text(map, path, "intro");
        let units = self
            .required(map, path, "units")
            .and_then(|v| self.list(v, &field(path, "units"), Self::text));
        Some(Structure {
            intro: intro?,
            units: units?,
        })
    }

    fn priorities(&mut self, value: &Value, path: &str) -> Option<Priorities> {
        let map = self.object(value, path, &["kind", "intro", "items"])?;
        let kind = match map.get("kind").map(Value::as_str) {
            None | Some(Some("priorities")) => Some(PriorityKind::Priorities),
            Some(Some("topics")) => Some(PriorityKind::Topics),
            Some(_) => {
                self.fail(&field(path, "kind"), "expected \"priorities\" or \"topics\"");
                None
            }
        };
        let intro = self.required_text(map, path, "intro");
        let items = self
            .required(map, path, "items")
            .and_then(|v| self.list(v, &field(path, "items"), Self::text));
        if matches!(&items, Some(items) if items.is_empty()) {
            self.fail(
                &field(path, "items"),
                "must list at least one item (leave \"priorities\" out when none are published)",
            );
        }
        Some(Priorities {
            kind: kind?,
            intro: intro?,
            items: items?,
        })
    }

    fn link(&mut self, value: &Value, path: &str) -> Option<Link> {
        let map = self.object(value, path, &["label", "url"])?;
        let label = self.required_text(map, path, "label");
        let url = self
            .required(map, path, "url")
            .and_then(|v| self.string(v, &field(path, "url")));
        let url = match url {
            Some(u) if is_safe_url(&u) => Some(u),
            Some(_) => {
                self.fail(&field(path, "url"), "only https:, http: and mailto: links are allowed");
                None
            }
            None => None,
        };
        Some(Link {
            label: label?,
            url: url?,
        })
    }
}

/// `path.key`: the JSON path of a field, for messages. One small function instead of a
/// `format!` at each of the validator's thirty call sites.
fn field(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn builtin_json() -> serde_json::Value {
        serde_json::from_str(include_str!("../public/action-groups.json")).unwrap()
    }

    fn problems(doc: &serde_json::Value) -> Vec<Problem> {
        parse(&doc.to_string()).expect_err("document should be rejected")
    }

    #[test]
    fn builtin_content_has_the_four_groups_in_order() {
        let c = builtin();
        let ids: Vec<&str> = c.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(
            ids,
            ["supply-chains", "migration", "rule-of-law", "conflict-humanitarian"]
        );
    }

    #[test]
    fn builtin_priorities_follow_the_seed() {
        let c = builtin();
        let count = |id: &str| {
            c.group(id)
                .and_then(|g| g.priorities.as_ref())
                .map(|p| (p.kind, p.items.len()))
        };
        assert_eq!(count("supply-chains"), Some((PriorityKind::Priorities, 4)));
        assert_eq!(count("migration"), Some((PriorityKind::Priorities, 5)));
        // No official priorities exist for these two: never invent them.
        assert_eq!(count("rule-of-law"), None);
        assert_eq!(
            count("conflict-humanitarian").map(|(k, _)| k),
            Some(PriorityKind::Topics)
        );
        assert_eq!(c.group("rule-of-law").unwrap().status, Status::DetailsPending);
        assert_eq!(
            c.group("supply-chains")
                .unwrap()
                .structure
                .as_ref()
                .unwrap()
                .units
                .len(),
            4
        );
    }

    #[test]
    fn builtin_translations_differ_from_each_other() {
        // A copy-pasted English string in the French slot passes "non-empty" but is still missing.
        let c = builtin();
        for g in &c.groups {
            for t in [&g.name, &g.summary, &g.purpose] {
                assert!(t.en != t.fr && t.en != t.es, "untranslated text in {}: {}", g.id, t.en);
            }
        }
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let mut doc = builtin_json();
        doc["groups"][1]["name"].as_object_mut().unwrap().remove("es");
        doc["groups"][2]["links"][0]["url"] = json!("javascript:alert(1)");
        doc["groups"][0]["themes"][0] = json!("no-such-theme");
        doc["groups"][3]["priorites"] = json!([]);
        let found = problems(&doc);
        let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "$.groups[0].themes[0]",
                "$.groups[1].name",
                "$.groups[2].links[0].url",
                "$.groups[3].priorites"
            ],
            "{found:?}"
        );
        assert!(found[1].message.contains("\"es\" translation"));
        assert!(found[2].message.contains("https:"));
        assert!(found[3].message.contains("unknown field"));
    }

    #[test]
    fn rejects_invalid_json_with_its_position() {
        let err = parse("{\"format\": 1,").unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(err[0].message.starts_with("not valid JSON"), "{}", err[0]);
        assert!(err[0].message.contains("line 1"), "{}", err[0]);
    }

    #[test]
    fn rejects_wrong_shapes_and_formats() {
        assert_eq!(problems(&json!([1, 2]))[0].message, "expected an object, found a list");
        let mut doc = builtin_json();
        doc["format"] = json!(2);
        assert_eq!(problems(&doc)[0].path, "$.format");
        let mut doc = builtin_json();
        doc["version"] = json!("one");
        assert_eq!(problems(&doc)[0].path, "$.version");
        let mut doc = builtin_json();
        doc["groups"] = json!([]);
        assert_eq!(problems(&doc)[0].message, "must list at least one group");
    }

    #[test]
    fn rejects_duplicate_ids_html_and_empty_strings() {
        let mut doc = builtin_json();
        doc["groups"][1]["id"] = json!("supply-chains");
        doc["groups"][0]["summary"]["fr"] = json!("<b>gras</b>");
        doc["groups"][0]["purpose"]["en"] = json!("   ");
        let found = problems(&doc);
        let messages: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(
            messages.contains(&"$.groups[1].id: the group id \"supply-chains\" is used twice".to_string()),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("$.groups[0].summary.fr: looks like HTML")),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"$.groups[0].purpose.en: must not be empty".to_string()),
            "{messages:?}"
        );
    }

    #[test]
    fn checks_the_assessment_weights_choices_and_ids() {
        let mut doc = builtin_json();
        let options = &mut doc["assessment"]["questions"][0]["options"];
        options[0]["weights"]["no-such-group"] = json!(1);
        options[1]["weights"]["migration"] = json!(9);
        options[2]["id"] = json!("government");
        doc["assessment"]["questions"][1]["choice"] = json!("several");
        doc["assessment"]["threshold"] = json!(0);
        let messages: Vec<String> = problems(&doc).iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "$.assessment.threshold: expected a whole number greater than 0",
                "$.assessment.questions[0].options[0].weights.no-such-group: unknown group \"no-such-group\"",
                "$.assessment.questions[0].options[1].weights.migration: expected a whole number from 0 to 5",
                "$.assessment.questions[0].options[2].id: the option id \"government\" is used twice",
                "$.assessment.questions[1].choice: expected \"single\" or \"multiple\"",
            ]
        );
        let mut doc = builtin_json();
        doc.as_object_mut().unwrap().remove("assessment");
        assert_eq!(
            parse(&doc.to_string()).unwrap().assessment,
            None,
            "content made before the assessment still reads"
        );
    }

    #[test]
    fn a_comparison_sign_is_not_html() {
        assert!(!looks_like_html("fewer than 5 < 10 partners"));
        assert!(looks_like_html("<script>"));
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        for ok in [
            "https://www.alliance87.org/",
            "http://example.org",
            "mailto:info@example.org",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:x",
            "data:text/html,x",
            "/relative",
            "https://",
            "ftp://x",
            "https://a b",
            "vbscript:x",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }
}
