//! The partner self-assessment: a short questionnaire whose answers are matched to the action
//! groups an organisation should join, with the answers behind each match as its reasons.
//!
//! Questions, options and per-group weights come from the content (`assessment` in the content
//! JSON), so the Alliance tunes the matching without a rebuild.
//!
//! Scoring, the whole of it:
//! - each chosen option adds its weight for a group (0 to [`MAX_WEIGHT`]) to that group's score;
//! - groups are ranked by score, highest first; equal scores share a rank and are shown as ties
//!   (in content order);
//! - a group fits when its score reaches the content's `threshold`, and fits strongly at twice
//!   the threshold; when no group reaches it, the result says so instead of forcing a match;
//! - a group's reasons are the chosen options that added the most to its score (at most
//!   [`MAX_REASONS`]), each naming its question and option, so every reason is an answer.

use crate::i18n::Text;
use crate::share;
pub use crate::share::ShareError;
use crate::validate::{field, JsonType, ProblemKind, Shape, Validator};
use serde::Serialize;
use serde_json::Value;

/// Highest weight an option can give a group: keeps one answer from outweighing the rest.
pub const MAX_WEIGHT: u64 = 5;
/// Reasons shown per group.
pub const MAX_REASONS: usize = 3;
/// Longest share fragment accepted.
pub const MAX_SHARE_CHARS: usize = 400;
const SHARE_KEY: &str = "alliance87-assessment=";
/// Option positions in a share link are single base-36 digits.
pub const MAX_OPTIONS: usize = 36;

/// The questionnaire's objects in the content format; see [`crate::content::CONTENT`].
pub const ASSESSMENT: Shape = Shape {
    fields: &["threshold", "questions"],
    required: &["threshold", "questions"],
};
pub const QUESTION: Shape = Shape {
    fields: &["id", "choice", "text", "why", "options"],
    required: &["id", "choice", "text", "why", "options"],
};
pub const OPTION: Shape = Shape {
    fields: &["id", "label", "weights"],
    required: &["id", "label"],
};
pub const CHOICES: &[(&str, Choice)] = &[("single", Choice::Single), ("multiple", Choice::Multiple)];

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub questions: Vec<Question>,
    /// The score a group needs to count as a fit.
    pub threshold: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Single,
    Multiple,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    pub choice: Choice,
    pub text: Text,
    /// "Why we ask", shown with the question.
    pub why: Text,
    pub options: Vec<Answer>,
}

/// One option of a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub id: String,
    pub label: Text,
    /// Points this option gives each group, by group id; groups left out get 0.
    pub weights: Vec<(String, u64)>,
}

impl Answer {
    pub fn weight(&self, group: &str) -> u64 {
        self.weights.iter().find(|(g, _)| g == group).map_or(0, |(_, w)| *w)
    }
}

/// The options chosen, as positions: `chosen[q]` lists the options picked for question `q`.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub chosen: Vec<Vec<usize>>,
    /// When each answer last changed, in milliseconds since 1970 (0: unknown), so that two tabs
    /// answering different questions at once merge question by question.
    pub changed: Vec<u64>,
}

/// Equal when the same options are chosen, whenever they were.
impl PartialEq for Answers {
    fn eq(&self, other: &Self) -> bool {
        self.chosen == other.chosen
    }
}

impl Eq for Answers {}

impl Answers {
    pub fn new(assessment: &Assessment) -> Answers {
        Answers {
            chosen: vec![Vec::new(); assessment.questions.len()],
            changed: vec![0; assessment.questions.len()],
        }
    }

    /// Which of two versions of an answer is kept: the later one, and on equal times a fixed
    /// order, so that two tabs settle on the same one.
    fn rank(&self, question: usize) -> (u64, Option<&Vec<usize>>) {
        (
            self.changed.get(question).copied().unwrap_or(0),
            self.chosen.get(question),
        )
    }

    /// Takes, question by question, the answers that changed later in `other` (another tab's
    /// or widget's save). True when anything was taken.
    pub fn merge(&mut self, other: &Answers) -> bool {
        let mut taken = false;
        for question in 0..other.chosen.len().min(self.chosen.len()) {
            if other.rank(question) > self.rank(question) {
                self.chosen[question] = other.chosen[question].clone();
                self.changed.resize(self.chosen.len(), 0);
                self.changed[question] = other.changed.get(question).copied().unwrap_or(0);
                taken = true;
            }
        }
        taken
    }

    /// True when an answer here changed later than in `other`: `other` lacks a change.
    pub fn newer_than(&self, other: &Answers) -> bool {
        (0..self.chosen.len()).any(|question| self.rank(question) > other.rank(question))
    }

    /// Clears every answer, at `at`, so that starting again also wins in other tabs.
    pub fn clear(&mut self, at: u64) {
        self.chosen.iter_mut().for_each(Vec::clear);
        self.changed = vec![at; self.chosen.len()];
    }

    pub fn is_answered(&self, question: usize) -> bool {
        self.chosen.get(question).is_some_and(|c| !c.is_empty())
    }

    pub fn is_chosen(&self, question: usize, option: usize) -> bool {
        self.chosen.get(question).is_some_and(|c| c.contains(&option))
    }

    /// Picks an option: replaces the answer of a single-choice question, adds to or removes
    /// from a multiple-choice one (`on`), keeping options in their listed order.
    /// `at` is when, as in [`Answers::changed`].
    pub fn choose(&mut self, assessment: &Assessment, question: usize, option: usize, on: bool, at: u64) {
        let Some(q) = assessment.questions.get(question) else {
            return;
        };
        if option >= q.options.len() {
            return;
        }
        self.chosen.resize(assessment.questions.len(), Vec::new());
        self.changed.resize(assessment.questions.len(), 0);
        self.changed[question] = at;
        let chosen = &mut self.chosen[question];
        match (q.choice, on) {
            (Choice::Single, true) => *chosen = vec![option],
            (_, false) => chosen.retain(|o| *o != option),
            (Choice::Multiple, true) if !chosen.contains(&option) => {
                let at = chosen.iter().position(|o| *o > option).unwrap_or(chosen.len());
                chosen.insert(at, option);
            }
            (Choice::Multiple, true) => {}
        }
    }

    /// The first question without an answer: every question must be answered.
    pub fn first_unanswered(&self, assessment: &Assessment) -> Option<usize> {
        (0..assessment.questions.len()).find(|q| !self.is_answered(*q))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Good,
    Strong,
}

impl Strength {
    /// Strongest first, as results are shown.
    pub const ALL: [Strength; 3] = [Strength::Strong, Strength::Good, Strength::Weak];

    /// Its name in the `alliance87:match` event.
    pub fn code(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Good => "good",
            Strength::Weak => "weak",
        }
    }
}

/// An answer that raised a group's score: question and option positions, and the points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: usize,
    pub option: usize,
    pub points: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub group: String,
    pub score: u64,
    /// 1 for the best score; tied groups share a rank.
    pub rank: usize,
    pub strength: Strength,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Every group, best first.
    pub matches: Vec<Match>,
    /// True when no group reaches the threshold.
    pub no_fit: bool,
}

/// Scores every group in `groups` (content order) against the answers; see the module docs.
pub fn score(assessment: &Assessment, groups: &[&str], answers: &Answers) -> Outcome {
    let mut matches: Vec<Match> = groups
        .iter()
        .map(|group| {
            let mut reasons = Vec::new();
            let mut score = 0;
            for (question, q) in assessment.questions.iter().enumerate() {
                for &option in answers.chosen.get(question).into_iter().flatten() {
                    let points = q.options.get(option).map_or(0, |a| a.weight(group));
                    if points > 0 {
                        score += points;
                        insert_ranked(
                            &mut reasons,
                            Reason {
                                question,
                                option,
                                points,
                            },
                            |r| r.points,
                        );
                    }
                }
            }
            reasons.truncate(MAX_REASONS);
            let strength = match score {
                s if s >= 2 * assessment.threshold => Strength::Strong,
                s if s >= assessment.threshold => Strength::Good,
                _ => Strength::Weak,
            };
            Match {
                group: group.to_string(),
                score,
                rank: 0,
                strength,
                reasons,
            }
        })
        .fold(Vec::new(), |mut ranked, m| {
            insert_ranked(&mut ranked, m, |m| m.score);
            ranked
        });
    for i in 0..matches.len() {
        matches[i].rank = if i > 0 && matches[i].score == matches[i - 1].score {
            matches[i - 1].rank
        } else {
            i + 1
        };
    }
    let no_fit = matches.first().is_none_or(|m| m.strength == Strength::Weak);
    Outcome { matches, no_fit }
}

/// Inserts `item` after every entry whose key is at least its own: a stable sort, highest
/// first, of lists of a few dozen entries at most. It replaces `sort_by`, whose generic merge
/// sort costs several KB of wasm per use.
fn insert_ranked<T>(list: &mut Vec<T>, item: T, key: impl Fn(&T) -> u64) {
    let at = list.iter().position(|e| key(e) < key(&item)).unwrap_or(list.len());
    list.insert(at, item);
}

/// Answers in a URL fragment, never sent to a server:
/// `#alliance87-assessment=1~<content version>~<answer>~<answer>…`, one answer per question,
/// each the chosen option positions as base-36 digits (empty when unanswered).
pub fn to_fragment(answers: &Answers, content_version: u64) -> String {
    let version = content_version.to_string();
    let answered: Vec<String> = answers
        .chosen
        .iter()
        .map(|chosen| chosen.iter().filter_map(|o| char::from_digit(*o as u32, 36)).collect())
        .collect();
    share::envelope(
        SHARE_KEY,
        std::iter::once(version.as_str()).chain(answered.iter().map(String::as_str)),
    )
}

/// Reads a share fragment, if the fragment is one. A cut, edited or forged link gives an
/// error, never a panic or answers the questionnaire could not have produced.
pub fn from_fragment(
    fragment: &str,
    assessment: &Assessment,
    content_version: u64,
) -> Option<Result<Answers, ShareError>> {
    let fields = share::open(fragment, SHARE_KEY, MAX_SHARE_CHARS)?;
    Some(fields.and_then(|fields| decode(fields, assessment, content_version)))
}

fn decode<'a>(
    mut fields: impl Iterator<Item = &'a str>,
    assessment: &Assessment,
    content_version: u64,
) -> Result<Answers, ShareError> {
    // Answers name options by position: a version this page cannot match, even an unreadable
    // one, is told as other content (the reader asks for a new link), not as a damaged link.
    share::content_version(fields.next(), content_version).map_err(|_| ShareError::OtherContent)?;
    let parts: Vec<&str> = fields.collect();
    if parts.len() != assessment.questions.len() {
        return Err(ShareError::Malformed);
    }
    let mut answers = Answers::new(assessment);
    for (question, (part, q)) in parts.iter().zip(&assessment.questions).enumerate() {
        for digit in part.chars() {
            let option = digit
                .to_digit(36)
                .map(|d| d as usize)
                .filter(|o| *o < q.options.len())
                .ok_or(ShareError::Malformed)?;
            if answers.is_chosen(question, option) || (q.choice == Choice::Single && answers.is_answered(question)) {
                return Err(ShareError::Malformed);
            }
            answers.choose(assessment, question, option, true, 0);
        }
    }
    Ok(answers)
}

/// Where the reader is in the questionnaire, saved with the answers so a reload returns there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Question(usize),
    Review,
    Results,
}

impl Page {
    /// How the page is saved: `start`, `q<n>`, `review`, `results`.
    pub fn code(self) -> String {
        match self {
            Page::Start => "start".into(),
            Page::Question(n) => format!("q{n}"),
            Page::Review => "review".into(),
            Page::Results => "results".into(),
        }
    }

    pub fn from_code(code: &str, questions: usize) -> Option<Page> {
        match code {
            "start" => Some(Page::Start),
            "review" => Some(Page::Review),
            "results" => Some(Page::Results),
            _ => code
                .strip_prefix('q')?
                .parse()
                .ok()
                .filter(|n| *n < questions)
                .map(Page::Question),
        }
    }
}

/// Answers and page as saved in the browser:
/// `{"page": "q2", "answers": "<share fragment>", "changed": [<ms per question>]}`.
#[derive(Serialize)]
struct Saved<'a> {
    page: String,
    answers: String,
    changed: &'a [u64],
}

pub fn read_saved(json: &str, assessment: &Assessment, version: u64) -> Option<(Answers, Page)> {
    // A Value, not a derived `Deserialize`: see `crate::checklist::Saved::from_json`.
    let saved: serde_json::Value = serde_json::from_str(json).ok()?;
    let mut answers = from_fragment(saved.get("answers")?.as_str()?, assessment, version)?.ok()?;
    // Saved before change times were kept: every answer reads as changed at time 0.
    if let Some(times) = saved.get("changed").and_then(|c| c.as_array()) {
        for (changed, time) in answers.changed.iter_mut().zip(times) {
            *changed = time.as_u64().unwrap_or(0);
        }
    }
    let page = Page::from_code(saved.get("page")?.as_str()?, assessment.questions.len())?;
    Some((answers, page))
}

pub fn saved_json(page: Page, answers: &Answers, version: u64) -> String {
    let saved = Saved {
        page: page.code(),
        answers: to_fragment(answers, version),
        changed: &answers.changed,
    };
    // Indented like every JSON the widgets write: one formatter in the bundle.
    serde_json::to_string_pretty(&saved).unwrap_or_default()
}

/// Checks the `assessment` part of a content file; `group_ids` are the file's groups, which
/// every weight must name.
pub fn validate(v: &mut Validator, value: &Value, path: &str, group_ids: &[&str]) -> Option<Assessment> {
    let map = v.object(value, path, &ASSESSMENT)?;
    let threshold = v.positive(map.get("threshold"), &field(path, "threshold"));
    let questions_path = field(path, "questions");
    let questions = map
        .get("questions")
        .and_then(|q| v.list(q, &questions_path, |v, value, path| question(v, value, path, group_ids)));
    if matches!(&questions, Some(q) if q.is_empty()) {
        v.fail(&questions_path, ProblemKind::EmptyList);
    }
    v.unique(map.get("questions"), &questions_path);
    Some(Assessment {
        questions: questions?,
        threshold: threshold?,
    })
}

fn question(v: &mut Validator, value: &Value, path: &str, group_ids: &[&str]) -> Option<Question> {
    let map = v.object(value, path, &QUESTION)?;
    let id = v.id_field(map, path);
    let choice = v.one_of(map.get("choice"), &field(path, "choice"), CHOICES, None);
    let text = v.text_field(map, path, "text");
    let why = v.text_field(map, path, "why");
    let options_path = field(path, "options");
    let options = map
        .get("options")
        .and_then(|o| v.list(o, &options_path, |v, value, path| answer(v, value, path, group_ids)));
    if matches!(&options, Some(o) if o.len() < 2 || o.len() > MAX_OPTIONS) {
        v.fail(&options_path, ProblemKind::OptionCount);
    }
    v.unique(map.get("options"), &options_path);
    Some(Question {
        id: id?,
        choice: choice?,
        text: text?,
        why: why?,
        options: options?,
    })
}

fn answer(v: &mut Validator, value: &Value, path: &str, group_ids: &[&str]) -> Option<Answer> {
    let map = v.object(value, path, &OPTION)?;
    let id = v.id_field(map, path);
    let label = v.text_field(map, path, "label");
    let weights = match map.get("weights") {
        None => Some(Vec::new()),
        Some(w) => weights(v, w, &field(path, "weights"), group_ids),
    };
    Some(Answer {
        id: id?,
        label: label?,
        weights: weights?,
    })
}

/// `{ "<group id>": <0 to MAX_WEIGHT>, … }`; unknown groups are errors, not ignored.
fn weights(v: &mut Validator, value: &Value, path: &str, group_ids: &[&str]) -> Option<Vec<(String, u64)>> {
    let Some(map) = value.as_object() else {
        v.fail(
            path,
            ProblemKind::WrongType {
                expected: JsonType::Object,
                found: JsonType::of(value),
            },
        );
        return None;
    };
    let mut weights = Vec::new();
    let mut valid = true;
    for (group, weight) in map {
        let weight = weight.as_u64().filter(|w| *w <= MAX_WEIGHT);
        match weight {
            _ if !group_ids.contains(&group.as_str()) => {
                v.fail(&field(path, group), ProblemKind::UnknownGroup(group.to_string()))
            }
            Some(w) => {
                weights.push((group.to_string(), w));
                continue;
            }
            None => v.fail(&field(path, group), ProblemKind::BadWeight),
        }
        valid = false;
    }
    valid.then_some(weights)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    fn assessment() -> (Assessment, Vec<String>, u64) {
        let c = builtin();
        let groups = c.groups.iter().map(|g| g.id.clone()).collect();
        (
            c.assessment.expect("built-in content has an assessment"),
            groups,
            c.version,
        )
    }

    /// Answers given as `question id -> option ids`, as a persona would fill the form.
    fn answer(a: &Assessment, picks: &[(&str, &[&str])]) -> Answers {
        let mut answers = Answers::new(a);
        for (question, options) in picks {
            let q = a
                .questions
                .iter()
                .position(|q| q.id == *question)
                .unwrap_or_else(|| panic!("no question {question}"));
            for option in *options {
                let o = a.questions[q]
                    .options
                    .iter()
                    .position(|o| o.id == *option)
                    .unwrap_or_else(|| panic!("no option {option} in {question}"));
                answers.choose(a, q, o, true, 0);
            }
        }
        assert_eq!(
            answers.first_unanswered(a),
            None,
            "persona leaves a question unanswered"
        );
        answers
    }

    #[test]
    fn every_reason_is_a_chosen_answer_and_scores_add_up() {
        let (a, groups, _) = assessment();
        let ids: Vec<&str> = groups.iter().map(String::as_str).collect();
        let answers = answer(
            &a,
            &[
                ("organisation", &["government"]),
                ("issues", &["child-labour", "human-trafficking"]),
                ("contexts", &["supply-chains", "law-justice"]),
                ("contributions", &["research", "resources"]),
                ("pathfinder", &["yes"]),
            ],
        );
        for m in score(&a, &ids, &answers).matches {
            let all: u64 = (0..a.questions.len())
                .flat_map(|q| answers.chosen[q].iter().map(move |o| (q, *o)))
                .map(|(q, o)| a.questions[q].options[o].weight(&m.group))
                .sum();
            assert_eq!(m.score, all, "{}", m.group);
            assert!(m.reasons.len() <= MAX_REASONS);
            assert!(m.reasons.windows(2).all(|w| w[0].points >= w[1].points));
            for r in &m.reasons {
                assert!(answers.is_chosen(r.question, r.option));
                assert_eq!(r.points, a.questions[r.question].options[r.option].weight(&m.group));
            }
        }
    }

    fn tiny(threshold: u64, weights: &[(&str, u64)]) -> Assessment {
        let text = Text::new("x", "x", "x");
        let option = |id: &str, weights: &[(&str, u64)]| Answer {
            id: id.into(),
            label: text.clone(),
            weights: weights.iter().map(|(g, w)| (g.to_string(), *w)).collect(),
        };
        Assessment {
            threshold,
            questions: vec![Question {
                id: "q".into(),
                choice: Choice::Multiple,
                text: text.clone(),
                why: text.clone(),
                options: vec![option("a", weights), option("b", &[("c", 1)])],
            }],
        }
    }

    #[test]
    fn ties_share_a_rank_and_keep_content_order() {
        let a = tiny(2, &[("a", 3), ("b", 3), ("c", 1)]);
        let mut answers = Answers::new(&a);
        answers.choose(&a, 0, 0, true, 0);
        let outcome = score(&a, &["c", "b", "a"], &answers);
        let ranked: Vec<(&str, usize, u64)> = outcome
            .matches
            .iter()
            .map(|m| (m.group.as_str(), m.rank, m.score))
            .collect();
        assert_eq!(ranked, [("b", 1, 3), ("a", 1, 3), ("c", 3, 1)]);
        assert_eq!(outcome.matches[0].strength, Strength::Good);
        assert!(!outcome.no_fit);
    }

    #[test]
    fn weights_come_from_the_content_and_a_low_score_is_no_fit() {
        let a = tiny(4, &[("a", 3)]);
        let mut answers = Answers::new(&a);
        answers.choose(&a, 0, 0, true, 0);
        assert!(score(&a, &["a"], &answers).no_fit);
        let a = tiny(4, &[("a", 5)]);
        let outcome = score(&a, &["a"], &answers);
        assert!(!outcome.no_fit);
        assert_eq!(
            outcome.matches[0].reasons,
            [Reason {
                question: 0,
                option: 0,
                points: 5
            }]
        );
        answers.choose(&a, 0, 1, true, 0);
        let a = tiny(2, &[("a", 5)]);
        assert_eq!(score(&a, &["a", "c"], &answers).matches[0].strength, Strength::Strong);
    }

    #[test]
    fn single_choice_replaces_and_multiple_toggles() {
        let (a, _, _) = assessment();
        let mut answers = Answers::new(&a);
        answers.choose(&a, 0, 1, true, 0);
        answers.choose(&a, 0, 2, true, 0);
        assert_eq!(answers.chosen[0], [2]);
        answers.choose(&a, 1, 3, true, 0);
        answers.choose(&a, 1, 0, true, 0);
        answers.choose(&a, 1, 0, true, 0);
        assert_eq!(answers.chosen[1], [0, 3]);
        answers.choose(&a, 1, 3, false, 0);
        assert_eq!(answers.chosen[1], [0]);
        answers.choose(&a, 1, 99, true, 0);
        answers.choose(&a, 99, 0, true, 0);
        assert_eq!(answers.chosen[1], [0]);
        assert_eq!(answers.first_unanswered(&a), Some(2));
    }

    #[test]
    fn share_links_round_trip() {
        let (a, _, version) = assessment();
        let answers = answer(
            &a,
            &[
                ("organisation", &["company"]),
                ("issues", &["child-labour", "modern-slavery"]),
                ("contexts", &["supply-chains"]),
                ("contributions", &["research", "resources"]),
                ("pathfinder", &["yes"]),
            ],
        );
        let fragment = to_fragment(&answers, version);
        assert!(fragment.starts_with("#alliance87-assessment=1~"), "{fragment}");
        assert_eq!(from_fragment(&fragment, &a, version), Some(Ok(answers)));
        let partial = Answers {
            chosen: vec![vec![1], vec![], vec![], vec![], vec![]],
            changed: vec![0; 5],
        };
        assert_eq!(
            from_fragment(&to_fragment(&partial, version), &a, version),
            Some(Ok(partial))
        );
        assert_eq!(from_fragment("#alliance87-group=migration", &a, version), None);
    }

    #[test]
    fn hostile_share_links_give_errors_not_panics() {
        let (a, _, version) = assessment();
        let link = |rest: &str| format!("#alliance87-assessment={rest}");
        let cases = [
            (link(&format!("1~{version}~4~0~0~0~0").repeat(100)), ShareError::TooLong),
            (link(&format!("2~{version}~4~0~0~0~0")), ShareError::UnsupportedVersion),
            (link(""), ShareError::UnsupportedVersion),
            (link("1~999~4~0~0~0~0"), ShareError::OtherContent),
            (link("1~x"), ShareError::OtherContent),
            (link(&format!("1~{version}~4~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~4~0~0~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~45~0~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~4~00~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~z~0~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~4~é~0~0~0")), ShareError::Malformed),
            (link(&format!("1~{version}~4~%~0~0~0")), ShareError::Malformed),
        ];
        for (fragment, error) in cases {
            assert_eq!(from_fragment(&fragment, &a, version), Some(Err(error)), "{fragment}");
        }
    }

    #[test]
    fn two_tabs_answering_different_questions_at_once_keep_both_answers() {
        let (a, _, _) = assessment();
        let base = Answers::new(&a);
        let (mut tab_a, mut tab_b) = (base.clone(), base.clone());
        tab_a.choose(&a, 0, 1, true, 10);
        tab_b.choose(&a, 1, 2, true, 11);
        let (a_saved, b_saved) = (tab_a.clone(), tab_b.clone());
        assert!(tab_a.merge(&b_saved) && tab_b.merge(&a_saved));
        assert_eq!(tab_a, tab_b);
        assert!(tab_a.is_chosen(0, 1) && tab_a.is_chosen(1, 2));
        assert!(tab_a.newer_than(&b_saved) && !tab_a.newer_than(&tab_b));
        // Starting again wins over older answers; equal times settle the same way in both.
        let mut restarted = tab_a.clone();
        restarted.clear(20);
        assert!(tab_b.merge(&restarted) && tab_b.first_unanswered(&a) == Some(0));
        let (mut x, mut y) = (Answers::new(&a), Answers::new(&a));
        x.choose(&a, 0, 0, true, 30);
        y.choose(&a, 0, 1, true, 30);
        let (x0, y0) = (x.clone(), y.clone());
        x.merge(&y0);
        y.merge(&x0);
        assert_eq!(x, y);
    }
}
