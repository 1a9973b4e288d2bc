//! Problems in a content file as people say them: the place named from the content itself
//! ("Migration › Priorities › 6") in the reader's language, then what is wrong. The JSON path
//! stays with each problem as a detail for developers. Used by the builder and the studio; the
//! widgets' console keeps the path and the English words ([`crate::validate::Problem`]'s
//! `Display`), so none of this is in their bundle.

use crate::i18n::{fill, Lang, PlaceWords};
use crate::validate::{Problem, StandIn};
use serde_json::Value;

/// One step of a JSON path: `.key` or `[index]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The steps of a path the validator writes (`$.groups[1].name.es`); keys are plain names
/// (the format's fields, ids, language codes), never quoted.
pub fn steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for part in path.trim_start_matches('$').split('.').filter(|p| !p.is_empty()) {
        let (key, mut indices) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            steps.push(Step::Key(key.to_string()));
        }
        while let Some((index, rest)) = indices.split_once(']') {
            if let Ok(i) = index.parse() {
                steps.push(Step::Index(i));
            }
            indices = rest.trim_start_matches('[');
        }
    }
    steps
}

/// Where `path` is, in `lang`, named from `document` (the file as read) where it can be: a
/// group by its name in that language (or another, or its id), list entries by their number.
pub fn place(document: Option<&Value>, path: &str, lang: Lang) -> String {
    let words = lang.place_words();
    let mut names: Vec<String> = Vec::new();
    let mut at = document;
    let mut parent: Option<String> = None;
    for step in steps(path) {
        let next = match &step {
            Step::Key(key) => at.and_then(|v| v.get(key)),
            Step::Index(i) => at.and_then(|v| v.get(*i)),
        };
        let name = match (&step, parent.as_deref()) {
            (Step::Index(i), Some("groups")) => Some(
                text_in(next.and_then(|g| g.get("name")), lang)
                    .or_else(|| {
                        next.and_then(|g| g.get("id"))
                            .and_then(Value::as_str)
                            .map(str::to_string)
                    })
                    .unwrap_or_else(|| fill(words.group, &[("n", &(i + 1).to_string())])),
            ),
            (Step::Index(i), Some("questions")) => Some(fill(words.question, &[("n", &(i + 1).to_string())])),
            (Step::Index(i), Some("options")) => Some(fill(words.option, &[("n", &(i + 1).to_string())])),
            (Step::Index(i), _) => Some((i + 1).to_string()),
            // A group's weight: the group by its name.
            (Step::Key(id), Some("weights")) => Some(group_name(document, id, lang).unwrap_or_else(|| id.clone())),
            (Step::Key(code), _) if Lang::from_tag(code).is_some_and(|l| l.code() == code) => {
                Lang::from_tag(code).map(|l| words.texts[l as usize].to_string())
            }
            (Step::Key(key), _) => field_name(words, key).map(str::to_string),
        };
        names.extend(name);
        parent = match step {
            Step::Key(key) => Some(key),
            Step::Index(_) => None,
        };
        at = next;
    }
    if names.is_empty() {
        words.file.to_string()
    } else {
        names.join(words.separator)
    }
}

/// "Migration › Priorities › 6: must not be empty".
pub fn say(document: Option<&Value>, problem: &Problem, lang: Lang) -> String {
    let words = lang.place_words();
    [
        place(document, &problem.path, lang),
        words.then.to_string(),
        problem.kind.words(lang.problem_words()),
    ]
    .concat()
}

/// "Migration › Priorities › 6: the Spanish text is missing; the English text is shown instead".
pub fn say_stand_in(document: Option<&Value>, stand_in: &StandIn, lang: Lang) -> String {
    let words = lang.place_words();
    let text = stand_in
        .path
        .rsplit_once('.')
        .map_or(stand_in.path.as_str(), |(text, _)| text);
    let what = fill(
        words.stand_in,
        &[
            ("missing", words.texts[stand_in.missing as usize]),
            ("shown", words.texts[stand_in.shown as usize]),
        ],
    );
    [place(document, text, lang), words.then.to_string(), what].concat()
}

fn text_in(text: Option<&Value>, lang: Lang) -> Option<String> {
    let text = text?;
    std::iter::once(lang)
        .chain(Lang::ALL)
        .find_map(|l| {
            text.get(l.code())
                .and_then(Value::as_str)
                .filter(|t| !t.trim().is_empty())
        })
        .map(str::to_string)
}

fn group_name(document: Option<&Value>, id: &str, lang: Lang) -> Option<String> {
    let groups = document?.get("groups")?.as_array()?;
    let group = groups
        .iter()
        .find(|g| g.get("id").and_then(Value::as_str) == Some(id))?;
    text_in(group.get("name"), lang)
}

/// A field's name for people; `None` for steps that name nothing of their own (a list's
/// `items`, a list's entries, the `$schema` key).
fn field_name(w: &PlaceWords, key: &str) -> Option<&'static str> {
    Some(match key {
        "intro" => w.intro,
        "themes" => w.themes,
        "status" => w.status,
        "id" => w.id,
        "name" => w.name,
        "summary" => w.summary,
        "purpose" => w.purpose,
        "participants" => w.participants,
        "structure" => w.structure,
        "units" => w.units,
        "priorities" => w.priorities,
        "kind" => w.kind,
        "facts" => w.facts,
        "links" => w.links,
        "label" => w.label,
        "url" => w.url,
        "assessment" => w.assessment,
        "threshold" => w.threshold,
        "choice" => w.choice,
        "text" => w.text,
        "why" => w.why,
        "weights" => w.weights,
        "format" => w.format,
        "version" => w.version,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ProblemKind;

    fn builtin_document() -> Value {
        serde_json::from_str(include_str!("../public/action-groups.json")).unwrap()
    }

    #[test]
    fn paths_are_read_step_by_step() {
        assert_eq!(
            steps("$.groups[1].priorities.items[5].es"),
            [
                Step::Key("groups".into()),
                Step::Index(1),
                Step::Key("priorities".into()),
                Step::Key("items".into()),
                Step::Index(5),
                Step::Key("es".into()),
            ]
        );
        assert_eq!(steps("$"), []);
    }

    #[test]
    fn places_are_named_from_the_content_in_each_language() {
        let doc = builtin_document();
        let migration = doc["groups"]
            .as_array()
            .unwrap()
            .iter()
            .position(|g| g["id"] == "migration")
            .unwrap();
        let path = format!("$.groups[{migration}].priorities.items[5]");
        let empty = Problem {
            path: path.clone(),
            kind: ProblemKind::Empty,
        };
        assert_eq!(
            say(Some(&doc), &empty, Lang::Fr),
            "Migrations › Priorités › 6 : ne doit pas être vide"
        );
        let stand_in = StandIn {
            path: format!("{path}.es"),
            missing: Lang::Es,
            shown: Lang::En,
        };
        assert_eq!(
            say_stand_in(Some(&doc), &stand_in, Lang::Fr),
            "Migrations › Priorités › 6 : le texte espagnol manque ; le texte anglais est affiché à sa place"
        );
        assert_eq!(
            place(Some(&doc), &format!("{path}.es"), Lang::En),
            "Migration › Priorities › 6 › the Spanish text"
        );
        // Weights name the group; questions and options their number.
        let weight = "$.assessment.questions[0].options[2].weights.migration";
        assert_eq!(
            place(Some(&doc), weight, Lang::Es),
            "Autoevaluación › Pregunta 1 › Opción 3 › Puntos por grupo › Migración"
        );
        // Without the document (a file that is not JSON), numbers and ids.
        assert_eq!(place(None, "$.groups[3].name", Lang::En), "Group 4 › Name");
        assert_eq!(place(None, "$", Lang::Es), "El archivo");
    }
}
