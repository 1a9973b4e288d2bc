//! Realistic partners and the action group each should be pointed to first: the check that a
//! change of the self-assessment's weights keeps its meaning. A native test holds the built-in
//! content to them; the content studio shows each one's ranking with the draft's weights, and
//! turns a persona red when its first group changes.

use crate::assessment::{score, Answers, Assessment, Outcome};
use crate::content::Content;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// A partner filling in the self-assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Persona {
    pub name: Text,
    /// Options chosen per question, by ids: `("issues", ["child-labour"])`.
    pub picks: Picks,
    /// The group it must get first; `None` when no group should fit.
    pub first: Option<String>,
    /// Added by the Alliance in the studio, not one the built-in weights were tuned against.
    pub own: bool,
}

/// Options chosen per question, by ids.
pub type Picks = Vec<(String, Vec<String>)>;

/// A persona the Alliance adds in the studio, as it is kept in the browser: one name, in the
/// language it was written in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnPersona {
    pub name: String,
    pub picks: Picks,
    pub first: Option<String>,
}

impl OwnPersona {
    pub fn persona(&self) -> Persona {
        Persona {
            name: Text::new(&self.name, &self.name, &self.name),
            picks: self.picks.clone(),
            first: self.first.clone(),
            own: true,
        }
    }
}

/// The Alliance's own personas from their saved text; `None` when it is not such a list (the
/// caller keeps that text aside rather than lose it).
pub fn read_own(text: &str) -> Option<Vec<OwnPersona>> {
    serde_json::from_str(text).ok()
}

/// The text [`read_own`] reads back.
pub fn write_own(personas: &[OwnPersona]) -> String {
    serde_json::to_string(personas).unwrap_or_default()
}

/// A persona as the built-in list writes it.
struct Tuned {
    name: Text,
    picks: &'static [(&'static str, &'static [&'static str])],
    first: Option<&'static str>,
}

fn name(en: &str, fr: &str, es: &str) -> Text {
    Text::new(en, fr, es)
}

/// The personas the built-in weights were tuned against.
pub fn personas() -> Vec<Persona> {
    let tuned = [
        Tuned {
            name: name(
                "Cocoa-sourcing company",
                "Entreprise qui achète du cacao",
                "Empresa que compra cacao",
            ),
            picks: &[
                ("organisation", &["company"]),
                ("issues", &["child-labour", "forced-labour"]),
                ("contexts", &["supply-chains"]),
                ("contributions", &["capacity-building", "country-action"]),
                ("pathfinder", &["not-sure"]),
            ],
            first: Some("supply-chains"),
        },
        Tuned {
            name: name(
                "Migrant workers' union",
                "Syndicat de travailleurs migrants",
                "Sindicato de trabajadores migrantes",
            ),
            picks: &[
                ("organisation", &["workers"]),
                ("issues", &["forced-labour", "human-trafficking"]),
                ("contexts", &["migration"]),
                ("contributions", &["policy-advocacy"]),
                ("pathfinder", &["no"]),
            ],
            first: Some("migration"),
        },
        Tuned {
            name: name(
                "Ministry of justice",
                "Ministère de la Justice",
                "Ministerio de Justicia",
            ),
            picks: &[
                ("organisation", &["government"]),
                ("issues", &["human-trafficking", "forced-labour"]),
                ("contexts", &["law-justice"]),
                ("contributions", &["policy-advocacy", "country-action"]),
                ("pathfinder", &["yes"]),
            ],
            first: Some("rule-of-law"),
        },
        Tuned {
            name: name("Humanitarian NGO", "ONG humanitaire", "ONG humanitaria"),
            picks: &[
                ("organisation", &["civil-society"]),
                ("issues", &["human-trafficking", "child-labour"]),
                ("contexts", &["conflict-humanitarian"]),
                ("contributions", &["country-action", "capacity-building"]),
                ("pathfinder", &["not-sure"]),
            ],
            first: Some("conflict-humanitarian"),
        },
        Tuned {
            name: name(
                "Migration research institute",
                "Institut de recherche sur les migrations",
                "Instituto de investigación sobre migraciones",
            ),
            picks: &[
                ("organisation", &["academic"]),
                ("issues", &["human-trafficking", "forced-labour"]),
                ("contexts", &["migration"]),
                ("contributions", &["research"]),
                ("pathfinder", &["no"]),
            ],
            first: Some("migration"),
        },
        Tuned {
            name: name(
                "Garment brands' business association",
                "Association d'entreprises de l'habillement",
                "Asociación empresarial de marcas de ropa",
            ),
            picks: &[
                ("organisation", &["employers-business"]),
                ("issues", &["forced-labour", "modern-slavery"]),
                ("contexts", &["supply-chains", "migration"]),
                ("contributions", &["policy-advocacy", "capacity-building"]),
                ("pathfinder", &["no"]),
            ],
            first: Some("supply-chains"),
        },
        Tuned {
            name: name(
                "A foundation outside these contexts",
                "Une fondation hors de ces contextes",
                "Una fundación fuera de estos contextos",
            ),
            picks: &[
                ("organisation", &["other"]),
                ("issues", &["modern-slavery"]),
                ("contexts", &["none"]),
                ("contributions", &["resources"]),
                ("pathfinder", &["no"]),
            ],
            first: None,
        },
    ];
    tuned
        .into_iter()
        .map(|t| Persona {
            name: t.name,
            picks: t
                .picks
                .iter()
                .map(|(q, o)| (q.to_string(), o.iter().map(|o| o.to_string()).collect()))
                .collect(),
            first: t.first.map(str::to_string),
            own: false,
        })
        .collect()
}

/// The persona's answers to `assessment`, or the first question or option it names that the
/// assessment no longer has.
pub fn answers(assessment: &Assessment, persona: &Persona) -> Result<Answers, String> {
    let mut answers = Answers::new(assessment);
    for (question, options) in &persona.picks {
        let q = assessment
            .questions
            .iter()
            .position(|q| q.id == *question)
            .ok_or_else(|| question.clone())?;
        for option in options {
            let o = assessment.questions[q]
                .options
                .iter()
                .position(|o| o.id == *option)
                .ok_or_else(|| format!("{question} › {option}"))?;
            answers.choose(assessment, q, o, true, 0);
        }
    }
    Ok(answers)
}

/// How `content` ranks the persona's answers; `Err` names what the persona answers that the
/// content no longer asks.
pub fn ranking(content: &Content, persona: &Persona) -> Result<Outcome, String> {
    let assessment = content.assessment.as_ref().ok_or_else(String::new)?;
    let groups: Vec<&str> = content.groups.iter().map(|g| g.id.as_str()).collect();
    Ok(score(assessment, &groups, &answers(assessment, persona)?))
}

/// The group the outcome puts first, `None` when none fits.
pub fn first(outcome: &Outcome) -> Option<&str> {
    (!outcome.no_fit)
        .then(|| outcome.matches.first().map(|m| m.group.as_str()))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    /// A change of weights in the content that breaks one of these is a change of meaning, not
    /// of tuning.
    #[test]
    fn personas_get_the_group_they_belong_in() {
        let content = builtin();
        for persona in personas() {
            let outcome = ranking(&content, &persona).unwrap();
            assert_eq!(
                first(&outcome),
                persona.first.as_deref(),
                "{}: {outcome:?}",
                persona.name.en
            );
            if persona.first.is_some() {
                assert_eq!(
                    outcome.matches[1].rank, 2,
                    "{}: the first group should not be a tie: {outcome:?}",
                    persona.name.en
                );
            }
        }
    }

    #[test]
    fn the_alliances_own_personas_round_trip_and_are_ranked() {
        let own = vec![OwnPersona {
            name: "Fishing cooperative".into(),
            picks: vec![
                ("organisation".into(), vec!["workers".into()]),
                ("contexts".into(), vec!["migration".into()]),
            ],
            first: Some("migration".into()),
        }];
        let back = read_own(&write_own(&own)).unwrap();
        assert_eq!(back, own);
        let persona = back[0].persona();
        assert!(persona.own);
        assert_eq!(persona.name.fr, "Fishing cooperative");
        assert!(ranking(&builtin(), &persona).is_ok());
        assert_eq!(read_own("{\"not\": \"a list\"}"), None);
    }
}
