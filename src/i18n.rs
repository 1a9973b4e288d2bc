//! Languages and the widgets' own interface strings.
//!
//! Every language is a full [`Ui`] struct literal, so a missing string is a compile error, not a
//! blank button in production; the tests check the rest (no empty strings, same placeholders).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as shown in a language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// Reads a BCP 47 tag by its primary subtag: `fr-CA` and `FR` are French.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The widget's language: its own `lang` attribute, else the nearest `lang` on the page,
    /// else the first supported browser language, else English.
    pub fn resolve<'a>(attribute: Option<&str>, page: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
        attribute
            .and_then(Lang::from_tag)
            .or_else(|| page.and_then(Lang::from_tag))
            .or_else(|| browser.into_iter().find_map(Lang::from_tag))
            .unwrap_or(Lang::En)
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Es => &ES,
        }
    }
}

/// Interface strings. `{n}`, `{id}` and `{name}` are placeholders filled by [`fill`].
pub struct Ui {
    pub explorer_title: &'static str,
    pub language: &'static str,
    pub loading: &'static str,
    pub content_fallback: &'static str,
    pub unknown_group: &'static str,
    pub search_label: &'static str,
    pub themes_legend: &'static str,
    pub clear_filters: &'static str,
    pub results_one: &'static str,
    pub results_many: &'static str,
    pub no_results: &'static str,
    pub no_results_hint: &'static str,
    pub open_group: &'static str,
    pub details_pending_badge: &'static str,
    pub all_groups: &'static str,
    pub sections_label: &'static str,
    pub tab_purpose: &'static str,
    pub tab_structure: &'static str,
    pub tab_priorities: &'static str,
    pub tab_topics: &'static str,
    pub participants: &'static str,
    pub themes: &'static str,
    pub learn_more: &'static str,
    pub details_pending: &'static str,
    pub no_participants: &'static str,
    pub no_structure: &'static str,
    pub no_priorities: &'static str,
    pub widget_failed: &'static str,
}

/// Replaces `{key}` placeholders; unknown keys stay visible so a mistake shows in review.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |s, (k, v)| s.replace(&format!("{{{k}}}"), v))
}

impl Ui {
    pub fn results(&self, n: usize) -> String {
        let template = if n == 1 { self.results_one } else { self.results_many };
        fill(template, &[("n", &n.to_string())])
    }

    /// Every string with its field name, for the completeness tests.
    pub fn entries(&self) -> [(&'static str, &'static str); 28] {
        [
            ("explorer_title", self.explorer_title),
            ("language", self.language),
            ("loading", self.loading),
            ("content_fallback", self.content_fallback),
            ("unknown_group", self.unknown_group),
            ("search_label", self.search_label),
            ("themes_legend", self.themes_legend),
            ("clear_filters", self.clear_filters),
            ("results_one", self.results_one),
            ("results_many", self.results_many),
            ("no_results", self.no_results),
            ("no_results_hint", self.no_results_hint),
            ("open_group", self.open_group),
            ("details_pending_badge", self.details_pending_badge),
            ("all_groups", self.all_groups),
            ("sections_label", self.sections_label),
            ("tab_purpose", self.tab_purpose),
            ("tab_structure", self.tab_structure),
            ("tab_priorities", self.tab_priorities),
            ("tab_topics", self.tab_topics),
            ("participants", self.participants),
            ("themes", self.themes),
            ("learn_more", self.learn_more),
            ("details_pending", self.details_pending),
            ("no_participants", self.no_participants),
            ("no_structure", self.no_structure),
            ("no_priorities", self.no_priorities),
            ("widget_failed", self.widget_failed),
        ]
    }
}

const EN: Ui = Ui {
    explorer_title: "Alliance 8.7 action groups",
    language: "Language",
    loading: "Loading the action groups…",
    content_fallback: "The latest content could not be loaded, so this shows the built-in version.",
    unknown_group: "There is no action group “{id}”. Here are all the groups.",
    search_label: "Search the action groups",
    themes_legend: "Filter by theme",
    clear_filters: "Clear search and filters",
    results_one: "1 action group",
    results_many: "{n} action groups",
    no_results: "No action group matches your search.",
    no_results_hint: "Check the spelling, try a broader word or clear the filters.",
    open_group: "Open {name}",
    details_pending_badge: "Details to be published",
    all_groups: "All action groups",
    sections_label: "About this group",
    tab_purpose: "What we do",
    tab_structure: "Structure",
    tab_priorities: "Priorities",
    tab_topics: "Topics",
    participants: "Who takes part",
    themes: "Themes",
    learn_more: "Learn more",
    details_pending: "The Alliance has not yet published this group's mission, structure or priorities. They will appear here once they are available.",
    no_participants: "The Alliance has not published who takes part in this group.",
    no_structure: "The Alliance has not published how this group is organised.",
    no_priorities: "The Alliance has not published priorities for this group.",
    widget_failed: "Sorry, this Alliance 8.7 widget stopped working. Reload the page to try again.",
};

const FR: Ui = Ui {
    explorer_title: "Les groupes d'action de l'Alliance 8.7",
    language: "Langue",
    loading: "Chargement des groupes d'action…",
    content_fallback: "Le contenu à jour n'a pas pu être chargé : la version intégrée est affichée.",
    unknown_group: "Il n'existe pas de groupe d'action « {id} ». Voici tous les groupes.",
    search_label: "Rechercher dans les groupes d'action",
    themes_legend: "Filtrer par thème",
    clear_filters: "Effacer la recherche et les filtres",
    results_one: "1 groupe d'action",
    results_many: "{n} groupes d'action",
    no_results: "Aucun groupe d'action ne correspond à votre recherche.",
    no_results_hint: "Vérifiez l'orthographe, essayez un mot plus général ou effacez les filtres.",
    open_group: "Ouvrir {name}",
    details_pending_badge: "Détails à venir",
    all_groups: "Tous les groupes d'action",
    sections_label: "À propos de ce groupe",
    tab_purpose: "Ce que nous faisons",
    tab_structure: "Structure",
    tab_priorities: "Priorités",
    tab_topics: "Sujets",
    participants: "Qui y participe",
    themes: "Thèmes",
    learn_more: "En savoir plus",
    details_pending: "L'Alliance n'a pas encore publié la mission, la structure ni les priorités de ce groupe. Elles apparaîtront ici dès leur publication.",
    no_participants: "L'Alliance n'a pas publié la liste des participants de ce groupe.",
    no_structure: "L'Alliance n'a pas publié l'organisation de ce groupe.",
    no_priorities: "L'Alliance n'a pas publié de priorités pour ce groupe.",
    widget_failed: "Désolé, ce module de l'Alliance 8.7 a cessé de fonctionner. Rechargez la page pour réessayer.",
};

const ES: Ui = Ui {
    explorer_title: "Los grupos de acción de la Alianza 8.7",
    language: "Idioma",
    loading: "Cargando los grupos de acción…",
    content_fallback: "No se pudo cargar el contenido actualizado: se muestra la versión integrada.",
    unknown_group: "No existe el grupo de acción «{id}». Estos son todos los grupos.",
    search_label: "Buscar en los grupos de acción",
    themes_legend: "Filtrar por tema",
    clear_filters: "Borrar la búsqueda y los filtros",
    results_one: "1 grupo de acción",
    results_many: "{n} grupos de acción",
    no_results: "Ningún grupo de acción coincide con su búsqueda.",
    no_results_hint: "Revise la ortografía, pruebe una palabra más general o borre los filtros.",
    open_group: "Abrir {name}",
    details_pending_badge: "Detalles por publicar",
    all_groups: "Todos los grupos de acción",
    sections_label: "Acerca de este grupo",
    tab_purpose: "Lo que hacemos",
    tab_structure: "Estructura",
    tab_priorities: "Prioridades",
    tab_topics: "Temas",
    participants: "Quién participa",
    themes: "Temas",
    learn_more: "Más información",
    details_pending: "La Alianza aún no ha publicado la misión, la estructura ni las prioridades de este grupo. Aparecerán aquí en cuanto estén disponibles.",
    no_participants: "La Alianza no ha publicado quién participa en este grupo.",
    no_structure: "La Alianza no ha publicado cómo se organiza este grupo.",
    no_priorities: "La Alianza no ha publicado prioridades para este grupo.",
    widget_failed: "Lo sentimos, este módulo de la Alianza 8.7 dejó de funcionar. Vuelva a cargar la página para intentarlo de nuevo.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k)).collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_string_is_present_in_every_language() {
        for lang in Lang::ALL {
            for (key, text) in lang.ui().entries() {
                assert!(!text.trim().is_empty(), "{key} is empty in {}", lang.code());
            }
        }
    }

    #[test]
    fn translations_keep_the_same_placeholders() {
        let english = Lang::En.ui().entries();
        for lang in [Lang::Fr, Lang::Es] {
            for ((key, en), (_, other)) in english.iter().zip(lang.ui().entries()) {
                assert_eq!(placeholders(en), placeholders(other), "{key} in {}", lang.code());
            }
        }
    }

    #[test]
    fn translations_are_not_english_copies() {
        // Identical words are fine ("Structure"); whole sentences copied over are not.
        for lang in [Lang::Fr, Lang::Es] {
            for ((key, en), (_, other)) in Lang::En.ui().entries().iter().zip(lang.ui().entries()) {
                assert!(en.len() < 12 || *en != other, "{key} is not translated into {}", lang.code());
            }
        }
    }

    #[test]
    fn language_tags_are_read_by_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn resolution_prefers_attribute_then_page_then_browser() {
        assert_eq!(Lang::resolve(Some("es"), Some("fr"), ["en"]), Lang::Es);
        assert_eq!(Lang::resolve(Some("de"), Some("fr"), ["en"]), Lang::Fr);
        assert_eq!(Lang::resolve(None, Some("pt-BR"), ["de-DE", "es-MX"]), Lang::Es);
        assert_eq!(Lang::resolve(None, None, ["de", "ja"]), Lang::En);
    }

    #[test]
    fn results_count_uses_singular_and_plural() {
        assert_eq!(Lang::En.ui().results(1), "1 action group");
        assert_eq!(Lang::Fr.ui().results(3), "3 groupes d'action");
        assert_eq!(Lang::Es.ui().results(0), "0 grupos de acción");
    }
}
