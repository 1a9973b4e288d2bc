//! Search and theme filtering over the groups, in the reader's language.
//!
//! Visitors type without accents on foreign keyboards ("chaine" for "chaîne"), so both the query
//! and the text are folded: lowercase, accents removed, ligatures spelled out.

use crate::content::{Content, Group};
use crate::i18n::Lang;

/// Lowercases and strips the accents of the Latin letters used in English, French and Spanish.
/// (Unicode's case tables and a normaliser would cost the bundle tens of kilobytes for letters
/// the content never uses; other scripts are compared as they are.)
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(latin_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '\u{2019}' | '\u{2018}' => out.push('\''),
            // Combining marks, from text typed in decomposed form.
            '\u{0300}'..='\u{036f}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Lowercase for ASCII and the Latin-1 and Latin Extended-A letters, whose lowercase forms sit
/// at a fixed offset (+32 for À–Þ, +1 for the even code points of Ā–ž, with the exceptions below).
fn latin_lowercase(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 32,
        0x178 => 0xff,
        0x100..=0x137 | 0x14a..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 | 0x179..=0x17e if !code.is_multiple_of(2) => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Everything a query is matched against: name, summary, purpose, participants, structure,
/// priorities, facts and theme labels.
fn haystack(content: &Content, group: &Group, lang: Lang) -> String {
    let mut parts: Vec<&str> = vec![group.name.get(lang), group.summary.get(lang), group.purpose.get(lang)];
    parts.extend(group.participants.iter().map(|t| t.get(lang)));
    if let Some(s) = &group.structure {
        parts.extend(s.units.iter().map(|t| t.get(lang)));
    }
    if let Some(p) = &group.priorities {
        parts.extend(p.items.iter().map(|t| t.get(lang)));
    }
    parts.extend(group.facts.iter().map(|t| t.get(lang)));
    parts.extend(
        group
            .themes
            .iter()
            .filter_map(|id| content.theme(id))
            .map(|t| t.label.get(lang)),
    );
    fold(&parts.join("\n"))
}

/// The groups that contain every word of `query` and carry at least one of `themes` (any theme
/// when none is selected), in content order.
pub fn filter<'a>(content: &'a Content, lang: Lang, query: &str, themes: &[String]) -> Vec<&'a Group> {
    let query = fold(query);
    let words: Vec<&str> = query
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    content
        .groups
        .iter()
        .filter(|g| themes.is_empty() || g.themes.iter().any(|t| themes.contains(t)))
        .filter(|g| {
            if words.is_empty() {
                return true;
            }
            let text = haystack(content, g, lang);
            words.iter().all(|w| text.contains(w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    fn ids(content: &Content, lang: Lang, query: &str, themes: &[&str]) -> Vec<String> {
        let themes: Vec<String> = themes.iter().map(|t| t.to_string()).collect();
        filter(content, lang, query, &themes)
            .into_iter()
            .map(|g| g.id.clone())
            .collect()
    }

    #[test]
    fn folding_ignores_case_accents_and_ligatures() {
        assert_eq!(fold("Chaîne d’APPROVISIONNEMENT"), "chaine d'approvisionnement");
        assert_eq!(fold("Œuvre Niño Über"), "oeuvre nino uber");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
    }

    #[test]
    fn latin_lowercase_matches_unicode_for_the_latin_letters() {
        for c in ('\u{0}'..='\u{17f}').filter(|c| c.is_uppercase()) {
            let expected: String = c.to_lowercase().collect();
            // İ lowercases to two characters in Unicode; searching keeps it as one letter.
            if expected.chars().count() == 1 {
                assert_eq!(latin_lowercase(c).to_string(), expected, "{c}");
            }
        }
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let c = builtin();
        assert_eq!(
            ids(&c, Lang::Fr, "chaine", &[]),
            ["supply-chains", "conflict-humanitarian"]
        );
        assert_eq!(ids(&c, Lang::Fr, "CHAÎNE", &[]), ids(&c, Lang::Fr, "chaine", &[]));
        assert_eq!(ids(&c, Lang::Es, "migracion", &[]), ["migration"]);
    }

    #[test]
    fn search_covers_priorities_and_needs_every_word() {
        let c = builtin();
        // "corridors" appears only in the Migration group's fourth theme.
        assert_eq!(ids(&c, Lang::En, "corridors", &[]), ["migration"]);
        assert_eq!(ids(&c, Lang::En, "cocoa", &[]), ["supply-chains"]);
        assert_eq!(ids(&c, Lang::En, "cocoa corridors", &[]), Vec::<String>::new());
        assert_eq!(ids(&c, Lang::En, "   ", &[]).len(), 4);
    }

    #[test]
    fn search_uses_the_reader_language_only() {
        let c = builtin();
        assert_eq!(ids(&c, Lang::En, "chaîne", &[]), Vec::<String>::new());
    }

    #[test]
    fn themes_filter_with_any_selected_theme() {
        let c = builtin();
        assert_eq!(ids(&c, Lang::En, "", &["child-labour"]), ["supply-chains"]);
        assert_eq!(
            ids(&c, Lang::En, "", &["justice", "crisis"]),
            ["rule-of-law", "conflict-humanitarian"]
        );
        assert_eq!(ids(&c, Lang::En, "trafficking", &["migration"]), ["migration"]);
    }
}
