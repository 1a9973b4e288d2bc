//! The content model and its validation.
//!
//! Content arrives as JSON written by the Alliance's editors (or compiled in as the built-in
//! default): serde_json reads it, and [`crate::validate`] walks the whole document reporting
//! *every* problem with its JSON path. The self-assessment checks its own part
//! ([`crate::assessment::validate`]).

use crate::assessment::{self, Assessment};
pub use crate::i18n::Text;
use crate::validate::{field, is_safe_url, Problem, ProblemKind, Shape, StandIn, Validator};
use serde_json::Value;

/// The content format this build reads. A file declaring another format is rejected whole.
pub const FORMAT: u64 = 1;
/// The largest content file a widget reads: real content is a few tens of kilobytes.
pub const MAX_BYTES: usize = 1 << 20;
/// How long a widget waits for a content file before it shows the built-in content.
pub const TIMEOUT_SECONDS: u64 = 6;

/// The objects of the content format (the assessment's are in [`crate::assessment`]). A native
/// test holds `public/alliance87-content.schema.json` to these.
pub const CONTENT: Shape = Shape {
    fields: &[
        "$schema",
        "format",
        "version",
        "intro",
        "themes",
        "groups",
        "assessment",
    ],
    required: &["format", "version", "intro", "themes", "groups"],
};
pub const THEME: Shape = Shape {
    fields: &["id", "label"],
    required: &["id", "label"],
};
pub const GROUP: Shape = Shape {
    fields: &[
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
    ],
    required: &["id", "name", "summary", "purpose"],
};
pub const STRUCTURE: Shape = Shape {
    fields: &["intro", "units"],
    required: &["intro", "units"],
};
pub const PRIORITIES: Shape = Shape {
    fields: &["kind", "intro", "items"],
    required: &["intro", "items"],
};
pub const LINK: Shape = Shape {
    fields: &["label", "url"],
    required: &["label", "url"],
};
/// `status` of a group, the first being the default.
pub const STATUSES: &[(&str, Status)] = &[
    ("published", Status::Published),
    ("details-pending", Status::DetailsPending),
];
/// `kind` of a group's priorities, the first being the default.
pub const PRIORITY_KINDS: &[(&str, PriorityKind)] = &[
    ("priorities", PriorityKind::Priorities),
    ("topics", PriorityKind::Topics),
];

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// Bumped by editors whenever priorities change, so saved progress can be matched to them.
    pub version: u64,
    pub intro: Text,
    pub themes: Vec<Theme>,
    pub groups: Vec<Group>,
    /// The self-assessment questionnaire and its weights; optional, for content made before it.
    pub assessment: Option<Assessment>,
    /// Translations the file lacks, each filled from another language (reported, not refused).
    pub stand_ins: Vec<StandIn>,
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

/// The content compiled into the bundle: always valid (a native test holds it to that and to
/// the published JSON Schema), so every widget can render without the network.
pub fn builtin() -> Content {
    // Not `expect`: printing the problems would bring `Debug` formatting into the bundle.
    parse(include_str!(concat!(env!("OUT_DIR"), "/action-groups.json")))
        .unwrap_or_else(|_| panic!("built-in content is invalid"))
}

/// Parses and validates a content file; on failure returns every problem found.
pub fn parse(json: &str) -> Result<Content, Vec<Problem>> {
    let root = crate::validate::read(json)?;
    let mut v = Validator::default();
    match content(&mut v, &root) {
        Some(c) if v.problems.is_empty() => Ok(Content {
            stand_ins: v.stand_ins,
            ..c
        }),
        _ => Err(v.problems),
    }
}

fn content(v: &mut Validator, root: &Value) -> Option<Content> {
    let map = v.object(root, "$", &CONTENT)?;
    match map.get("format").map(Value::as_u64) {
        Some(Some(FORMAT)) | None => {}
        Some(_) => {
            v.fail("$.format", ProblemKind::UnsupportedFormat);
            return None;
        }
    }
    let version = v.positive(map.get("version"), "$.version");
    let intro = v.text_field(map, "$", "intro");
    let themes = map.get("themes").and_then(|t| v.list(t, "$.themes", theme));
    v.unique(map.get("themes"), "$.themes");
    let theme_ids: Vec<String> = themes.iter().flatten().map(|t| t.id.clone()).collect();
    let groups = map
        .get("groups")
        .and_then(|g| v.list(g, "$.groups", |v, value, path| group(v, value, path, &theme_ids)));
    if matches!(&groups, Some(groups) if groups.is_empty()) {
        v.fail("$.groups", ProblemKind::EmptyList);
    }
    v.unique(map.get("groups"), "$.groups");
    // Ids as written, so one invalid group does not make every weight for it an error too.
    let group_ids: Vec<&str> = map
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|g| g.get("id")?.as_str())
        .collect();
    let assessment = match map.get("assessment") {
        None => Some(None),
        Some(a) => assessment::validate(v, a, "$.assessment", &group_ids).map(Some),
    };
    Some(Content {
        version: version?,
        intro: intro?,
        themes: themes?,
        groups: groups?,
        assessment: assessment?,
        stand_ins: Vec::new(),
    })
}

fn theme(v: &mut Validator, value: &Value, path: &str) -> Option<Theme> {
    let map = v.object(value, path, &THEME)?;
    let id = v.id_field(map, path);
    let label = v.text_field(map, path, "label");
    Some(Theme { id: id?, label: label? })
}

fn group(v: &mut Validator, value: &Value, path: &str, theme_ids: &[String]) -> Option<Group> {
    let map = v.object(value, path, &GROUP)?;
    let id = v.id_field(map, path);
    let status = v.one_of(
        map.get("status"),
        &field(path, "status"),
        STATUSES,
        Some(Status::Published),
    );
    let name = v.text_field(map, path, "name");
    let summary = v.text_field(map, path, "summary");
    let purpose = v.text_field(map, path, "purpose");
    let participants = v.optional_text(map, path, "participants");
    let structure = match map.get("structure") {
        None => Some(None),
        Some(s) => structure(v, s, &field(path, "structure")).map(Some),
    };
    let priorities = match map.get("priorities") {
        None => Some(None),
        Some(p) => priorities(v, p, &field(path, "priorities")).map(Some),
    };
    let facts = v.optional_list(map, path, "facts", Validator::text);
    let themes = v.optional_list(map, path, "themes", |v, value, item_path| {
        let id = v.id(value, item_path)?;
        if !theme_ids.contains(&id) {
            v.fail(item_path, ProblemKind::UnknownTheme(id));
            return None;
        }
        Some(id)
    });
    let links = v.optional_list(map, path, "links", link);
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

fn structure(v: &mut Validator, value: &Value, path: &str) -> Option<Structure> {
    let map = v.object(value, path, &STRUCTURE)?;
    let intro = v.text_field(map, path, "intro");
    let units = map
        .get("units")
        .and_then(|u| v.list(u, &field(path, "units"), Validator::text));
    Some(Structure {
        intro: intro?,
        units: units?,
    })
}

fn priorities(v: &mut Validator, value: &Value, path: &str) -> Option<Priorities> {
    let map = v.object(value, path, &PRIORITIES)?;
    let kind = v.one_of(
        map.get("kind"),
        &field(path, "kind"),
        PRIORITY_KINDS,
        Some(PriorityKind::Priorities),
    );
    let intro = v.text_field(map, path, "intro");
    let items = map
        .get("items")
        .and_then(|i| v.list(i, &field(path, "items"), Validator::text));
    if matches!(&items, Some(items) if items.is_empty()) {
        v.fail(&field(path, "items"), ProblemKind::EmptyList);
    }
    Some(Priorities {
        kind: kind?,
        intro: intro?,
        items: items?,
    })
}

fn link(v: &mut Validator, value: &Value, path: &str) -> Option<Link> {
    let map = v.object(value, path, &LINK)?;
    let label = v.text_field(map, path, "label");
    let url_path = field(path, "url");
    let url = match map.get("url").and_then(|u| v.string(u, &url_path)) {
        Some(u) if is_safe_url(&u) => Some(u),
        Some(_) => {
            v.fail(&url_path, ProblemKind::UnsafeLink);
            None
        }
        None => None,
    };
    Some(Link {
        label: label?,
        url: url?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
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
        doc["groups"][1]["summary"] = json!({"en": "", "fr": " ", "es": ""});
        doc["groups"][2]["links"][0]["url"] = json!("javascript:alert(1)");
        doc["groups"][0]["themes"][0] = json!("no-such-theme");
        doc["groups"][3]["priorites"] = json!([]);
        let found = problems(&doc);
        let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "$.groups[0].themes[0]",
                "$.groups[1].summary",
                "$.groups[2].links[0].url",
                "$.groups[3].priorites"
            ],
            "{found:?}"
        );
        assert!(found[1]
            .kind
            .words(&crate::i18n::en::PROBLEMS)
            .contains("no text in any language"));
        assert!(found[2].kind.words(&crate::i18n::en::PROBLEMS).contains("https:"));
        assert!(found[3]
            .kind
            .words(&crate::i18n::en::PROBLEMS)
            .contains("unknown field"));
    }

    #[test]
    fn rejects_invalid_json_with_its_position() {
        let err = parse("{\"format\": 1,").unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(
            err[0]
                .kind
                .words(&crate::i18n::en::PROBLEMS)
                .starts_with("not valid JSON"),
            "{}",
            err[0]
        );
        assert!(
            err[0].kind.words(&crate::i18n::en::PROBLEMS).contains("line 1"),
            "{}",
            err[0]
        );
    }

    #[test]
    fn rejects_wrong_shapes_and_formats() {
        assert_eq!(
            problems(&json!([1, 2]))[0].kind.words(&crate::i18n::en::PROBLEMS),
            "expected an object, found a list"
        );
        let mut doc = builtin_json();
        doc["format"] = json!(2);
        assert_eq!(problems(&doc)[0].path, "$.format");
        let mut doc = builtin_json();
        doc["version"] = json!("one");
        assert_eq!(problems(&doc)[0].path, "$.version");
        let mut doc = builtin_json();
        doc["groups"] = json!([]);
        assert_eq!(
            problems(&doc)[0].kind.words(&crate::i18n::en::PROBLEMS),
            "must list at least one entry"
        );
    }

    #[test]
    fn a_missing_or_empty_translation_is_filled_from_another_language_and_listed() {
        let mut doc = builtin_json();
        doc["groups"][1]["priorities"]["items"][4]["es"] = json!("");
        doc["groups"][0]["name"].as_object_mut().unwrap().remove("en");
        let text = serde_json::to_string(&doc).unwrap();
        let content =
            parse(&format!("\u{feff}{text}")).expect("a byte-order mark and missing texts are no reason to refuse it");
        let migration = &content.groups[1];
        let priority = &migration.priorities.as_ref().unwrap().items[4];
        assert_eq!(priority.get(Lang::Es), priority.get(Lang::En));
        assert_eq!(priority.lang_attribute(Lang::Es), Some("en"));
        assert_eq!(priority.lang_attribute(Lang::Fr), None);
        // English missing: French stands in first.
        let name = &content.groups[0].name;
        assert_eq!(name.get(Lang::En), name.get(Lang::Fr));
        assert_eq!(name.shown_in(Lang::En), Lang::Fr);
        let listed: Vec<String> = content.stand_ins.iter().map(ToString::to_string).collect();
        assert_eq!(
            listed,
            [
                "$.groups[0].name.en: missing, fr shown",
                "$.groups[1].priorities.items[4].es: missing, en shown"
            ]
        );
    }

    #[test]
    fn rejects_duplicate_ids_html_and_empty_strings() {
        let mut doc = builtin_json();
        doc["groups"][1]["id"] = json!("supply-chains");
        doc["groups"][0]["summary"]["fr"] = json!("<b>gras</b>");
        doc["groups"][0]["purpose"] = json!({"en": "   ", "fr": "", "es": ""});
        let found = problems(&doc);
        let messages: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(
            messages.contains(&"$.groups[1].id: the id \"supply-chains\" is used twice".to_string()),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("$.groups[0].summary.fr: looks like HTML")),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"$.groups[0].purpose: has no text in any language (en, fr, es)".to_string()),
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
                "$.assessment.questions[0].options[2].id: the id \"government\" is used twice",
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

    /// The published schema, one object at a time: `at(&["properties", "groups", "items"])`,
    /// following `$ref`s into `$defs`.
    struct Schema(serde_json::Value);

    impl Schema {
        fn load() -> Schema {
            Schema(serde_json::from_str(include_str!("../public/alliance87-content.schema.json")).unwrap())
        }

        fn at(&self, path: &[&str]) -> &serde_json::Value {
            let mut node = &self.0;
            for key in path {
                node = self
                    .resolve(node)
                    .get(key)
                    .unwrap_or_else(|| panic!("schema has no {path:?}"));
            }
            self.resolve(node)
        }

        fn resolve<'a>(&'a self, node: &'a serde_json::Value) -> &'a serde_json::Value {
            match node.get("$ref").and_then(|r| r.as_str()) {
                Some(r) => self.resolve(&self.0["$defs"][r.trim_start_matches("#/$defs/")]),
                None => node,
            }
        }

        fn strings(&self, path: &[&str]) -> Vec<String> {
            let node = self.at(path);
            let list = node.as_array().cloned().unwrap_or_default();
            let mut names: Vec<String> = list.iter().map(|v| v.as_str().unwrap().to_string()).collect();
            names.sort();
            names
        }

        /// The schema's object at `path` allows exactly the shape's fields and requires exactly
        /// its required ones, and nothing else.
        fn holds(&self, path: &[&str], shape: &Shape) {
            let node = self.at(path);
            let mut fields: Vec<String> = node["properties"].as_object().unwrap().keys().cloned().collect();
            fields.sort();
            let sorted = |names: &[&str]| {
                let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                names.sort();
                names
            };
            assert_eq!(fields, sorted(shape.fields), "fields of {path:?}");
            let mut required_path = path.to_vec();
            required_path.push("required");
            assert_eq!(
                self.strings(&required_path),
                sorted(shape.required),
                "required fields of {path:?}"
            );
            assert_eq!(
                node["additionalProperties"],
                json!(false),
                "{path:?} refuses unknown fields"
            );
        }
    }

    fn names<T>(values: &[(&str, T)]) -> Vec<String> {
        let mut names: Vec<String> = values.iter().map(|(n, _)| n.to_string()).collect();
        names.sort();
        names
    }

    #[test]
    fn the_published_schema_describes_the_format_the_validator_reads() {
        use crate::assessment::{ASSESSMENT, CHOICES, MAX_OPTIONS, MAX_WEIGHT, OPTION, QUESTION};
        use crate::validate::{MAX_LIST_LEN, MAX_TEXT_CHARS, TEXT};
        let schema = Schema::load();
        let group = ["properties", "groups", "items"];
        let assessment = ["properties", "assessment"];
        let questions = ["properties", "assessment", "properties", "questions", "items"];
        let options = [
            "properties",
            "assessment",
            "properties",
            "questions",
            "items",
            "properties",
            "options",
            "items",
        ];
        schema.holds(&[], &CONTENT);
        schema.holds(&["properties", "themes", "items"], &THEME);
        schema.holds(&group, &GROUP);
        schema.holds(&[&group[..], &["properties", "structure"]].concat(), &STRUCTURE);
        schema.holds(&[&group[..], &["properties", "priorities"]].concat(), &PRIORITIES);
        schema.holds(&[&group[..], &["properties", "links", "items"]].concat(), &LINK);
        schema.holds(&["properties", "intro"], &TEXT);
        schema.holds(&assessment, &ASSESSMENT);
        schema.holds(&questions, &QUESTION);
        schema.holds(&options, &OPTION);

        assert_eq!(
            schema.strings(&[&group[..], &["properties", "status", "enum"]].concat()),
            names(STATUSES)
        );
        assert_eq!(
            schema.at(&[&group[..], &["properties", "status", "default"]].concat()),
            STATUSES[0].0
        );
        let kind = [&group[..], &["properties", "priorities", "properties", "kind"]].concat();
        assert_eq!(schema.strings(&[&kind[..], &["enum"]].concat()), names(PRIORITY_KINDS));
        assert_eq!(schema.at(&[&kind[..], &["default"]].concat()), PRIORITY_KINDS[0].0);
        assert_eq!(
            schema.strings(&[&questions[..], &["properties", "choice", "enum"]].concat()),
            names(CHOICES)
        );

        assert_eq!(schema.at(&["properties", "format", "const"]), &json!(FORMAT));
        assert_eq!(
            schema.at(&["properties", "intro", "properties", "en", "maxLength"]),
            &json!(MAX_TEXT_CHARS)
        );
        for list in [
            &["properties", "themes"][..],
            &["properties", "groups"],
            &[&group[..], &["properties", "facts"]].concat(),
            &[&group[..], &["properties", "links"]].concat(),
            &[&group[..], &["properties", "structure", "properties", "units"]].concat(),
            &[&group[..], &["properties", "priorities", "properties", "items"]].concat(),
            &["properties", "assessment", "properties", "questions"],
        ] {
            assert_eq!(
                schema.at(&[list, &["maxItems"]].concat()),
                &json!(MAX_LIST_LEN),
                "{list:?}"
            );
        }
        let options_list = [
            "properties",
            "assessment",
            "properties",
            "questions",
            "items",
            "properties",
            "options",
        ];
        assert_eq!(
            schema.at(&[&options_list[..], &["maxItems"]].concat()),
            &json!(MAX_OPTIONS)
        );
        let weight = [&options[..], &["properties", "weights", "patternProperties", ""]].concat();
        assert_eq!(schema.at(&[&weight[..], &["maximum"]].concat()), &json!(MAX_WEIGHT));
        let text_languages: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(
            TEXT.fields,
            &text_languages[..],
            "a text holds every language the widgets speak"
        );
        // Each may be left out or empty, but one of them must have text.
        let one_of: Vec<&str> = schema
            .at(&["properties", "intro", "anyOf"])
            .as_array()
            .unwrap()
            .iter()
            .map(|alternative| alternative["required"][0].as_str().unwrap())
            .collect();
        assert_eq!(one_of, text_languages);
    }
}
