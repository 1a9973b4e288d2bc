//! Checking a JSON document read by serde_json, reporting *every* problem with its JSON path
//! instead of stopping at the first: an editor fixes a content file in one pass, not ten.
//!
//! serde_json reads the text (syntax, positions, its recursion limit against hostile nesting);
//! this walks the resulting [`Value`] once, checking shape and meaning together. A derived
//! `Deserialize` would stop at the first wrong field, which is why the content model is built
//! here instead; it would also cost the bundle Rust's float formatting, which serde's
//! "invalid type: floating point" message links (15 KB brotli, measured: see
//! `checklist::Saved::from_json`). Each object of the format is described once, as a [`Shape`]: the validator
//! reads it, and a native test holds the published JSON Schema to it.

use crate::i18n::{Lang, Text};
use serde_json::{Map, Value};

/// Longest accepted string, in characters: generous for prose, small enough to stop abuse.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Most entries accepted in any list (groups, themes, priorities, links, questions).
pub const MAX_LIST_LEN: usize = 100;

/// An object of the content format: the fields it may have, and those it must have.
pub struct Shape {
    pub fields: &'static [&'static str],
    pub required: &'static [&'static str],
}

/// A translated text: `{"en": …, "fr": …, "es": …}`. Each translation may be missing or empty
/// (another language's text stands in), but not all three.
pub const TEXT: Shape = Shape {
    fields: &["en", "fr", "es"],
    required: &[],
};

/// One thing wrong with a document: what ([`ProblemKind`]) and where, as a JSON path such as
/// `$.groups[1].name`. People read it worded in their language with [`ProblemKind::words`] and
/// the place named from the content ([`crate::problems::place`]); the widgets' console and
/// `checkContent` give it in English with its path ([`Display`](std::fmt::Display)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong, without where. Every rule of the validator has its kind, and every kind its
/// words in each language's [`crate::i18n::ProblemWords`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON at all: serde_json's words, with the line and column.
    NotJson(String),
    WrongType {
        expected: JsonType,
        found: JsonType,
    },
    MissingField(&'static str),
    /// A field the format does not have here; the ones it has.
    UnknownField(&'static [&'static str]),
    Empty,
    /// Longer than [`MAX_TEXT_CHARS`].
    TooLong,
    Markup,
    NotPositive,
    /// Not one of these words.
    NotOneOf(Vec<&'static str>),
    /// A text with no words in any language.
    NoText,
    /// More than [`MAX_LIST_LEN`] entries.
    TooManyEntries,
    /// A string that is not an id: what was found.
    BadId(String),
    DuplicateId(String),
    UnsupportedFormat,
    /// A list that must hold at least one entry.
    EmptyList,
    UnknownTheme(String),
    UnsafeLink,
    /// A question without 2 to [`crate::assessment::MAX_OPTIONS`] options.
    OptionCount,
    UnknownGroup(String),
    /// A weight that is not a whole number from 0 to [`crate::assessment::MAX_WEIGHT`].
    BadWeight,
}

/// The JSON types a problem names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    String,
    List,
    Object,
}

impl JsonType {
    pub fn of(value: &Value) -> JsonType {
        match value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::List,
            Value::Object(_) => JsonType::Object,
        }
    }
}

impl ProblemKind {
    /// The problem in the words of one language's table (without its place).
    pub fn words(&self, w: &crate::i18n::ProblemWords) -> String {
        use crate::i18n::fill;
        let quoted = |names: &[&str]| -> String {
            let names: Vec<String> = names.iter().map(|n| ["\"", n, "\""].concat()).collect();
            names.join(w.or)
        };
        match self {
            ProblemKind::NotJson(detail) => fill(w.not_json, &[("detail", detail)]),
            ProblemKind::WrongType { expected, found } => fill(
                w.wrong_type,
                &[
                    ("expected", w.types[*expected as usize]),
                    ("found", w.types[*found as usize]),
                ],
            ),
            ProblemKind::MissingField(name) => fill(w.missing_field, &[("field", name)]),
            ProblemKind::UnknownField(allowed) => fill(w.unknown_field, &[("allowed", &allowed.join(", "))]),
            ProblemKind::Empty => w.empty.to_string(),
            ProblemKind::TooLong => fill(w.too_long, &[("max", &MAX_TEXT_CHARS.to_string())]),
            ProblemKind::Markup => w.markup.to_string(),
            ProblemKind::NotPositive => w.not_positive.to_string(),
            ProblemKind::NotOneOf(values) => fill(w.not_one_of, &[("values", &quoted(values))]),
            ProblemKind::NoText => w.no_text.to_string(),
            ProblemKind::TooManyEntries => fill(w.too_many, &[("max", &MAX_LIST_LEN.to_string())]),
            ProblemKind::BadId(found) => fill(w.bad_id, &[("found", found)]),
            ProblemKind::DuplicateId(id) => fill(w.duplicate_id, &[("id", id)]),
            ProblemKind::UnsupportedFormat => {
                fill(w.unsupported_format, &[("format", &crate::content::FORMAT.to_string())])
            }
            ProblemKind::EmptyList => w.empty_list.to_string(),
            ProblemKind::UnknownTheme(id) => fill(w.unknown_theme, &[("id", id)]),
            ProblemKind::UnsafeLink => w.unsafe_link.to_string(),
            ProblemKind::OptionCount => fill(w.option_count, &[("max", &crate::assessment::MAX_OPTIONS.to_string())]),
            ProblemKind::UnknownGroup(id) => fill(w.unknown_group, &[("id", id)]),
            ProblemKind::BadWeight => fill(w.bad_weight, &[("max", &crate::assessment::MAX_WEIGHT.to_string())]),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.kind.words(&crate::i18n::en::PROBLEMS))
    }
}

/// A translation missing or empty in a content file, and the language shown in its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandIn {
    /// `$.groups[1].priorities.items[5].es`
    pub path: String,
    pub missing: Lang,
    pub shown: Lang,
}

impl std::fmt::Display for StandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: missing, {} shown", self.path, self.shown.code())
    }
}

/// Reads JSON text; a syntax error is one problem at `$`, with serde_json's line and column. A
/// byte-order mark, which Windows editors write, is not part of the document.
pub fn read(json: &str) -> Result<Value, Vec<Problem>> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            path: "$".into(),
            kind: ProblemKind::NotJson(e.to_string()),
        }]
    })
}

/// True for the only link schemes content may use: no `javascript:`, `data:` or relative URLs.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = ["https://", "http://", "mailto:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p));
    matches!(rest, Some(r) if !r.is_empty() && !r.chars().any(|c| c.is_whitespace() || c.is_control()))
}

pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Text that looks like markup: content is rendered as text, so a tag would show literally.
pub fn looks_like_html(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// `path.key`: the JSON path of a field, for messages.
pub fn field(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

/// Collects problems while the model is built; each check returns `None` when its part is
/// invalid, so a parent is built only when all of its parts are.
#[derive(Default)]
pub struct Validator {
    pub problems: Vec<Problem>,
    /// Translations filled from another language: the file is still used.
    pub stand_ins: Vec<StandIn>,
}

impl Validator {
    pub fn fail(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
        });
    }

    fn wrong_type(&mut self, path: &str, expected: JsonType, value: &Value) {
        self.fail(
            path,
            ProblemKind::WrongType {
                expected,
                found: JsonType::of(value),
            },
        );
    }

    /// The object at `path`, after reporting fields its shape does not allow and required
    /// fields it lacks. Callers then read required fields with `map.get`, already reported.
    pub fn object<'a>(&mut self, value: &'a Value, path: &str, shape: &Shape) -> Option<&'a Map<String, Value>> {
        let map = self.known_fields(value, path, shape)?;
        for key in shape.required.iter().filter(|k| !map.contains_key(**k)) {
            self.fail(path, ProblemKind::MissingField(key));
        }
        Some(map)
    }

    fn known_fields<'a>(&mut self, value: &'a Value, path: &str, shape: &Shape) -> Option<&'a Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.wrong_type(path, JsonType::Object, value);
            return None;
        };
        for key in map.keys().filter(|k| !shape.fields.contains(&k.as_str())) {
            self.fail(&field(path, key), ProblemKind::UnknownField(shape.fields));
        }
        Some(map)
    }

    pub fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        let Some(s) = value.as_str() else {
            self.wrong_type(path, JsonType::String, value);
            return None;
        };
        if s.trim().is_empty() {
            self.fail(path, ProblemKind::Empty);
            None
        } else if s.chars().count() > MAX_TEXT_CHARS {
            self.fail(path, ProblemKind::TooLong);
            None
        } else if looks_like_html(s) {
            self.fail(path, ProblemKind::Markup);
            None
        } else {
            Some(s.to_string())
        }
    }

    /// A whole number greater than 0; `None` (already reported) when the field is missing.
    pub fn positive(&mut self, value: Option<&Value>, path: &str) -> Option<u64> {
        let number = value?.as_u64().filter(|n| *n > 0);
        if number.is_none() {
            self.fail(path, ProblemKind::NotPositive);
        }
        number
    }

    /// One of `values`, or `default` when the field is left out.
    pub fn one_of<T: Copy>(
        &mut self,
        value: Option<&Value>,
        path: &str,
        values: &[(&'static str, T)],
        default: Option<T>,
    ) -> Option<T> {
        let Some(value) = value else { return default };
        let found = value
            .as_str()
            .and_then(|s| values.iter().find(|(name, _)| *name == s))
            .map(|(_, v)| *v);
        if found.is_none() {
            self.fail(
                path,
                ProblemKind::NotOneOf(values.iter().map(|(name, _)| *name).collect()),
            );
        }
        found
    }

    /// A translated text. A translation that is missing or empty is no reason to refuse the
    /// file: it is filled from another language (English first, then French, then Spanish) and
    /// listed in [`Validator::stand_ins`]. A text with no words in any language, or a translation
    /// that is not plain text, is a problem.
    pub fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
        let map = self.known_fields(value, path, &TEXT)?;
        let mut written: [Option<String>; 3] = [None, None, None];
        let mut broken = false;
        for lang in Lang::ALL {
            match map.get(lang.code()) {
                None => {}
                Some(Value::String(s)) if s.trim().is_empty() => {}
                Some(translation) => match self.string(translation, &field(path, lang.code())) {
                    Some(text) => written[lang as usize] = Some(text),
                    None => broken = true,
                },
            }
        }
        if broken {
            return None;
        }
        let Some(stand_in) = Lang::ALL.into_iter().find(|l| written[*l as usize].is_some()) else {
            self.fail(path, ProblemKind::NoText);
            return None;
        };
        let mut shown = Lang::ALL;
        let missing: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| written[*l as usize].is_none())
            .collect();
        for lang in missing {
            shown[lang as usize] = stand_in;
            written[lang as usize] = written[stand_in as usize].clone();
            self.stand_ins.push(StandIn {
                path: field(path, lang.code()),
                missing: lang,
                shown: stand_in,
            });
        }
        let [en, fr, es] = written.map(Option::unwrap_or_default);
        Some(Text { en, fr, es, shown })
    }

    /// The text in `map[key]`: `None` when it is invalid or (a required field) missing.
    pub fn text_field(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<Text> {
        self.text(map.get(key)?, &field(path, key))
    }

    /// `Some(None)` when an optional text is left out, `None` when it is invalid.
    pub fn optional_text(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<Option<Text>> {
        match map.get(key) {
            None => Some(None),
            Some(v) => self.text(v, &field(path, key)).map(Some),
        }
    }

    /// Validates every element of a list, returning `None` if any of them failed.
    pub fn list<T>(
        &mut self,
        value: &Value,
        path: &str,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Some(values) = value.as_array() else {
            self.wrong_type(path, JsonType::List, value);
            return None;
        };
        if values.len() > MAX_LIST_LEN {
            self.fail(path, ProblemKind::TooManyEntries);
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

    /// The list in `map[key]`, empty when it is left out.
    pub fn optional_list<T>(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        match map.get(key) {
            None => Some(Vec::new()),
            Some(v) => self.list(v, &field(path, key), item),
        }
    }

    pub fn id(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str() {
            Some(s) if is_id(s) => Some(s.to_string()),
            Some(s) => {
                self.fail(path, ProblemKind::BadId(s.to_string()));
                None
            }
            None => {
                self.wrong_type(path, JsonType::String, value);
                None
            }
        }
    }

    /// The id in `map["id"]`.
    pub fn id_field(&mut self, map: &Map<String, Value>, path: &str) -> Option<String> {
        self.id(map.get("id")?, &field(path, "id"))
    }

    /// Flags repeated ids in a list, even when other entries of the list are invalid.
    pub fn unique(&mut self, list: Option<&Value>, path: &str) {
        let mut seen: Vec<&str> = Vec::new();
        let entries = list.and_then(Value::as_array).into_iter().flatten();
        for (i, id) in entries
            .enumerate()
            .filter_map(|(i, v)| Some((i, v.get("id")?.as_str()?)))
        {
            if seen.contains(&id) {
                self.fail(&format!("{path}[{i}].id"), ProblemKind::DuplicateId(id.to_string()));
            }
            seen.push(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each kind: a new rule without words, or with a placeholder left unfilled in any
    /// language, fails here.
    fn every_kind() -> Vec<ProblemKind> {
        vec![
            ProblemKind::NotJson("expected value at line 1 column 2".into()),
            ProblemKind::WrongType {
                expected: JsonType::Object,
                found: JsonType::List,
            },
            ProblemKind::MissingField("name"),
            ProblemKind::UnknownField(&["label", "url"]),
            ProblemKind::Empty,
            ProblemKind::TooLong,
            ProblemKind::Markup,
            ProblemKind::NotPositive,
            ProblemKind::NotOneOf(vec!["single", "multiple"]),
            ProblemKind::NoText,
            ProblemKind::TooManyEntries,
            ProblemKind::BadId("Migration".into()),
            ProblemKind::DuplicateId("migration".into()),
            ProblemKind::UnsupportedFormat,
            ProblemKind::EmptyList,
            ProblemKind::UnknownTheme("oceans".into()),
            ProblemKind::UnsafeLink,
            ProblemKind::OptionCount,
            ProblemKind::UnknownGroup("oceans".into()),
            ProblemKind::BadWeight,
        ]
    }

    #[test]
    fn every_kind_of_problem_is_worded_in_every_language() {
        for kind in every_kind() {
            let words: Vec<String> = Lang::ALL.iter().map(|l| kind.words(l.problem_words())).collect();
            for (lang, text) in Lang::ALL.iter().zip(&words) {
                assert!(
                    !text.trim().is_empty() && !text.contains('{'),
                    "{kind:?} in {}: {text}",
                    lang.code()
                );
            }
            assert_ne!(words[0], words[1], "{kind:?}: French is English");
            assert_ne!(words[0], words[2], "{kind:?}: Spanish is English");
        }
        let sample = ProblemKind::NotOneOf(vec!["single", "multiple"]);
        assert_eq!(
            sample.words(Lang::Fr.problem_words()),
            "\"single\" ou \"multiple\" attendu"
        );
        let typed = ProblemKind::WrongType {
            expected: JsonType::String,
            found: JsonType::Number,
        };
        assert_eq!(
            typed.words(Lang::Es.problem_words()),
            "se esperaba un texto y hay un número"
        );
        // The widgets' console: English, with the path.
        let problem = Problem {
            path: "$.groups[1].name".into(),
            kind: ProblemKind::NoText,
        };
        assert_eq!(
            problem.to_string(),
            "$.groups[1].name: has no text in any language (en, fr, es)"
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

    #[test]
    fn hostile_nesting_is_refused_by_the_reader_not_the_stack() {
        let deep = "[".repeat(100_000);
        let problems = read(&deep).unwrap_err();
        assert!(
            problems[0]
                .kind
                .words(&crate::i18n::en::PROBLEMS)
                .contains("recursion limit"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn a_missing_translation_stands_in_and_no_text_at_all_is_a_problem() {
        let mut v = Validator::default();
        let value: Value = serde_json::from_str(r#"{"en": "Yes", "fr": "Oui"}"#).unwrap();
        let text = v.text(&value, "$.t").unwrap();
        assert_eq!(text.get(Lang::Es), "Yes");
        assert!(v.problems.is_empty());
        let listed: Vec<String> = v.stand_ins.iter().map(ToString::to_string).collect();
        assert_eq!(listed, ["$.t.es: missing, en shown"]);
        let empty: Value = serde_json::from_str(r#"{"en": " ", "es": ""}"#).unwrap();
        assert_eq!(v.text(&empty, "$.u"), None);
        let messages: Vec<String> = v.problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages, ["$.u: has no text in any language (en, fr, es)"]);
        // A translation that is not plain text still refuses the file.
        let markup: Value = serde_json::from_str(r#"{"en": "<b>x</b>", "fr": "x", "es": "x"}"#).unwrap();
        assert_eq!(v.text(&markup, "$.v"), None);
    }
}
