//! Languages and the widgets' own interface strings.
//!
//! Every language is a full [`Ui`] struct literal, so a missing string is a compile error, not a
//! blank button in production; the tests check the rest (no empty strings, same placeholders).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    pub fn resolve<'a>(
        attribute: Option<&str>,
        page: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
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

    pub fn checklist_ui(self) -> &'static ChecklistUi {
        match self {
            Lang::En => &CHECKLIST_EN,
            Lang::Fr => &CHECKLIST_FR,
            Lang::Es => &CHECKLIST_ES,
        }
    }

    pub fn assessment_ui(self) -> &'static AssessmentUi {
        match self {
            Lang::En => &ASSESSMENT_EN,
            Lang::Fr => &ASSESSMENT_FR,
            Lang::Es => &ASSESSMENT_ES,
        }
    }
}

/// A string of content in every language the widgets speak. A missing translation is a
/// validation error, so the view never has to decide what to show instead.
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
    values
        .iter()
        .fold(template.to_string(), |s, (k, v)| s.replace(&format!("{{{k}}}"), v))
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

/// The checklist's interface strings, apart from the explorer's so each widget's strings
/// ship only with the widget.
pub struct ChecklistUi {
    pub checklist_title: &'static str,
    pub tab_checklist: &'static str,
    pub choose_group: &'static str,
    pub checklist_needs_group: &'static str,
    pub checklist_unknown_group: &'static str,
    pub no_items: &'static str,
    pub progress: &'static str,
    pub units_heading: &'static str,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_done: &'static str,
    pub status_label: &'static str,
    pub note_label: &'static str,
    pub item_label: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_failed: &'static str,
    pub saved_unreadable: &'static str,
    pub migrated_unmatched: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub import_json: &'static str,
    pub print: &'static str,
    pub share: &'static str,
    pub share_label: &'static str,
    pub share_copied: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    pub reset_yes: &'static str,
    pub cancel: &'static str,
    pub reset_done: &'static str,
    pub imported: &'static str,
    pub import_failed: &'static str,
    pub import_other_group: &'static str,
    pub shared_opened: &'static str,
    pub shared_conflict: &'static str,
    pub shared_use: &'static str,
    pub shared_keep: &'static str,
    pub shared_unreadable: &'static str,
    pub share_too_long: &'static str,
    pub share_damaged: &'static str,
    pub share_newer: &'static str,
    pub share_other_content: &'static str,
    pub printed_on: &'static str,
}

impl ChecklistUi {
    /// Every string with its field name, for the completeness tests.
    pub fn entries(&self) -> [(&'static str, &'static str); 43] {
        [
            ("checklist_title", self.checklist_title),
            ("tab_checklist", self.tab_checklist),
            ("choose_group", self.choose_group),
            ("checklist_needs_group", self.checklist_needs_group),
            ("checklist_unknown_group", self.checklist_unknown_group),
            ("no_items", self.no_items),
            ("progress", self.progress),
            ("units_heading", self.units_heading),
            ("status_not_started", self.status_not_started),
            ("status_in_progress", self.status_in_progress),
            ("status_done", self.status_done),
            ("status_label", self.status_label),
            ("note_label", self.note_label),
            ("item_label", self.item_label),
            ("storage_unavailable", self.storage_unavailable),
            ("storage_failed", self.storage_failed),
            ("saved_unreadable", self.saved_unreadable),
            ("migrated_unmatched", self.migrated_unmatched),
            ("download_csv", self.download_csv),
            ("download_json", self.download_json),
            ("import_json", self.import_json),
            ("print", self.print),
            ("share", self.share),
            ("share_label", self.share_label),
            ("share_copied", self.share_copied),
            ("reset", self.reset),
            ("reset_confirm", self.reset_confirm),
            ("reset_yes", self.reset_yes),
            ("cancel", self.cancel),
            ("reset_done", self.reset_done),
            ("imported", self.imported),
            ("import_failed", self.import_failed),
            ("import_other_group", self.import_other_group),
            ("shared_opened", self.shared_opened),
            ("shared_conflict", self.shared_conflict),
            ("shared_use", self.shared_use),
            ("shared_keep", self.shared_keep),
            ("shared_unreadable", self.shared_unreadable),
            ("share_too_long", self.share_too_long),
            ("share_damaged", self.share_damaged),
            ("share_newer", self.share_newer),
            ("share_other_content", self.share_other_content),
            ("printed_on", self.printed_on),
        ]
    }
}

const CHECKLIST_EN: ChecklistUi = ChecklistUi {
    checklist_title: "Checklist: {name}",
    tab_checklist: "Checklist",
    choose_group: "Choose an action group",
    checklist_needs_group: "This checklist follows one action group. Choose the group you want to work through.",
    checklist_unknown_group: "There is no action group “{id}”. Choose one of the groups below.",
    no_items: "This group has no published priorities yet, so there is nothing to check off.",
    progress: "{done} of {total} done, {doing} in progress",
    units_heading: "Working groups and workstreams",
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_done: "Done",
    status_label: "Status",
    note_label: "Note (optional)",
    item_label: "Item",
    storage_unavailable: "This browser does not let the checklist save, so your progress will be lost when you leave the page. Download it to keep it.",
    storage_failed: "Your latest change could not be saved in this browser. Download your progress to keep it.",
    saved_unreadable: "Your saved progress could not be read. It was kept unchanged in this browser under “{key}”, and the checklist starts afresh.",
    migrated_unmatched: "This group's priorities changed since you last saved. These entries no longer match an item and were not carried over:",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    import_json: "Import a JSON file",
    print: "Print",
    share: "Create a share link",
    share_label: "Share link (your progress travels in the link; nothing is sent to a server)",
    share_copied: "Link copied.",
    reset: "Reset…",
    reset_confirm: "Reset every status and note of this checklist? This cannot be undone.",
    reset_yes: "Yes, reset",
    cancel: "Cancel",
    reset_done: "The checklist was reset.",
    imported: "Imported {n} entries from the file.",
    import_failed: "This file could not be imported ({reason}). Nothing was changed.",
    import_other_group: "This file is the checklist of another action group (“{id}”). Nothing was changed.",
    shared_opened: "You opened a shared checklist.",
    shared_conflict: "This page was opened with a shared checklist, and you already have progress saved for this group.",
    shared_use: "Use the shared checklist",
    shared_keep: "Keep my progress",
    shared_unreadable: "The shared link could not be read: {reason}",
    share_too_long: "it is too long and was probably cut.",
    share_damaged: "it is incomplete or damaged.",
    share_newer: "it was made by a newer version of this checklist.",
    share_other_content: "the group's priorities have changed since it was made.",
    printed_on: "Printed on {date}",
};

const CHECKLIST_FR: ChecklistUi = ChecklistUi {
    checklist_title: "Liste de suivi : {name}",
    tab_checklist: "Liste de suivi",
    choose_group: "Choisissez un groupe d'action",
    checklist_needs_group: "Cette liste suit un seul groupe d'action. Choisissez le groupe que vous voulez suivre.",
    checklist_unknown_group: "Il n'existe pas de groupe d'action « {id} ». Choisissez l'un des groupes ci-dessous.",
    no_items: "Ce groupe n'a pas encore publié de priorités : il n'y a rien à cocher pour l'instant.",
    progress: "{done} sur {total} terminés, {doing} en cours",
    units_heading: "Groupes de travail et axes de travail",
    status_not_started: "Pas commencé",
    status_in_progress: "En cours",
    status_done: "Terminé",
    status_label: "Statut",
    note_label: "Note (facultative)",
    item_label: "Élément",
    storage_unavailable: "Ce navigateur ne permet pas d'enregistrer la liste : votre progression sera perdue en quittant la page. Téléchargez-la pour la conserver.",
    storage_failed: "Votre dernière modification n'a pas pu être enregistrée dans ce navigateur. Téléchargez votre progression pour la conserver.",
    saved_unreadable: "Votre progression enregistrée n'a pas pu être lue. Elle a été conservée telle quelle dans ce navigateur sous « {key} », et la liste repart de zéro.",
    migrated_unmatched: "Les priorités de ce groupe ont changé depuis votre dernier enregistrement. Ces entrées ne correspondent plus à aucun élément et n'ont pas été reprises :",
    download_csv: "Télécharger en CSV",
    download_json: "Télécharger en JSON",
    import_json: "Importer un fichier JSON",
    print: "Imprimer",
    share: "Créer un lien de partage",
    share_label: "Lien de partage (votre progression voyage dans le lien ; rien n'est envoyé à un serveur)",
    share_copied: "Lien copié.",
    reset: "Réinitialiser…",
    reset_confirm: "Réinitialiser tous les statuts et toutes les notes de cette liste ? Cette action est définitive.",
    reset_yes: "Oui, réinitialiser",
    cancel: "Annuler",
    reset_done: "La liste a été réinitialisée.",
    imported: "{n} entrées importées depuis le fichier.",
    import_failed: "Ce fichier n'a pas pu être importé ({reason}). Rien n'a été modifié.",
    import_other_group: "Ce fichier est la liste d'un autre groupe d'action (« {id} »). Rien n'a été modifié.",
    shared_opened: "Vous avez ouvert une liste partagée.",
    shared_conflict: "Cette page a été ouverte avec une liste partagée, et vous avez déjà une progression enregistrée pour ce groupe.",
    shared_use: "Utiliser la liste partagée",
    shared_keep: "Garder ma progression",
    shared_unreadable: "Le lien de partage n'a pas pu être lu : {reason}",
    share_too_long: "il est trop long et a sans doute été tronqué.",
    share_damaged: "il est incomplet ou endommagé.",
    share_newer: "il a été créé par une version plus récente de cette liste.",
    share_other_content: "les priorités du groupe ont changé depuis sa création.",
    printed_on: "Imprimé le {date}",
};

const CHECKLIST_ES: ChecklistUi = ChecklistUi {
    checklist_title: "Lista de seguimiento: {name}",
    tab_checklist: "Lista de seguimiento",
    choose_group: "Elija un grupo de acción",
    checklist_needs_group: "Esta lista sigue un solo grupo de acción. Elija el grupo con el que quiere trabajar.",
    checklist_unknown_group: "No existe el grupo de acción «{id}». Elija uno de los grupos siguientes.",
    no_items: "Este grupo aún no ha publicado prioridades, así que no hay nada que marcar.",
    progress: "{done} de {total} terminados, {doing} en curso",
    units_heading: "Grupos y líneas de trabajo",
    status_not_started: "Sin empezar",
    status_in_progress: "En curso",
    status_done: "Terminado",
    status_label: "Estado",
    note_label: "Nota (opcional)",
    item_label: "Elemento",
    storage_unavailable: "Este navegador no permite guardar la lista: su progreso se perderá al salir de la página. Descárguelo para conservarlo.",
    storage_failed: "Su último cambio no se pudo guardar en este navegador. Descargue su progreso para conservarlo.",
    saved_unreadable: "No se pudo leer su progreso guardado. Se conservó sin cambios en este navegador como «{key}» y la lista empieza de nuevo.",
    migrated_unmatched: "Las prioridades de este grupo cambiaron desde la última vez que guardó. Estas entradas ya no corresponden a ningún elemento y no se trasladaron:",
    download_csv: "Descargar CSV",
    download_json: "Descargar JSON",
    import_json: "Importar un archivo JSON",
    print: "Imprimir",
    share: "Crear un enlace para compartir",
    share_label: "Enlace para compartir (su progreso viaja en el enlace; no se envía nada a ningún servidor)",
    share_copied: "Enlace copiado.",
    reset: "Restablecer…",
    reset_confirm: "¿Restablecer todos los estados y notas de esta lista? No se puede deshacer.",
    reset_yes: "Sí, restablecer",
    cancel: "Cancelar",
    reset_done: "La lista se restableció.",
    imported: "Se importaron {n} entradas del archivo.",
    import_failed: "No se pudo importar este archivo ({reason}). No se cambió nada.",
    import_other_group: "Este archivo es la lista de otro grupo de acción («{id}»). No se cambió nada.",
    shared_opened: "Ha abierto una lista compartida.",
    shared_conflict: "Esta página se abrió con una lista compartida y ya tiene progreso guardado para este grupo.",
    shared_use: "Usar la lista compartida",
    shared_keep: "Conservar mi progreso",
    shared_unreadable: "No se pudo leer el enlace compartido: {reason}",
    share_too_long: "es demasiado largo y probablemente se cortó.",
    share_damaged: "está incompleto o dañado.",
    share_newer: "se creó con una versión más reciente de esta lista.",
    share_other_content: "las prioridades del grupo cambiaron desde que se creó.",
    printed_on: "Impreso el {date}",
};

/// The self-assessment's strings, apart from [`Ui`] so they ship only with that widget.
pub struct AssessmentUi {
    pub title: &'static str,
    pub intro: &'static str,
    pub start: &'static str,
    pub question_of: &'static str,
    pub why_label: &'static str,
    pub choose_one: &'static str,
    pub choose_any: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub error_title: &'static str,
    pub error_single: &'static str,
    pub error_multiple: &'static str,
    pub review_title: &'static str,
    pub change: &'static str,
    pub see_results: &'static str,
    pub results_title: &'static str,
    pub results_intro: &'static str,
    pub strength_strong: &'static str,
    pub strength_good: &'static str,
    pub strength_weak: &'static str,
    pub tie: &'static str,
    pub reasons_heading: &'static str,
    pub reason: &'static str,
    pub joining: &'static str,
    pub open_group: &'static str,
    pub open_checklist: &'static str,
    pub no_fit_title: &'static str,
    pub no_fit_text: &'static str,
    pub alliance_link: &'static str,
    pub start_again: &'static str,
    pub print: &'static str,
    pub share: &'static str,
    pub share_label: &'static str,
    pub share_copied: &'static str,
    pub storage_unavailable: &'static str,
    pub restored: &'static str,
    pub saved_unreadable: &'static str,
    pub saved_older: &'static str,
    pub own_kept: &'static str,
    pub shared_opened: &'static str,
    pub shared_unreadable: &'static str,
    pub share_damaged: &'static str,
    pub share_other_content: &'static str,
    pub no_questionnaire: &'static str,
    pub send_result: &'static str,
    pub send_confirm: &'static str,
    pub send: &'static str,
    pub cancel: &'static str,
    pub sending: &'static str,
    pub sent: &'static str,
    pub send_failed: &'static str,
}

impl AssessmentUi {
    /// Every string with its field name, for the completeness tests.
    pub fn entries(&self) -> [(&'static str, &'static str); 51] {
        [
            ("title", self.title),
            ("intro", self.intro),
            ("start", self.start),
            ("question_of", self.question_of),
            ("why_label", self.why_label),
            ("choose_one", self.choose_one),
            ("choose_any", self.choose_any),
            ("next", self.next),
            ("back", self.back),
            ("error_title", self.error_title),
            ("error_single", self.error_single),
            ("error_multiple", self.error_multiple),
            ("review_title", self.review_title),
            ("change", self.change),
            ("see_results", self.see_results),
            ("results_title", self.results_title),
            ("results_intro", self.results_intro),
            ("strength_strong", self.strength_strong),
            ("strength_good", self.strength_good),
            ("strength_weak", self.strength_weak),
            ("tie", self.tie),
            ("reasons_heading", self.reasons_heading),
            ("reason", self.reason),
            ("joining", self.joining),
            ("open_group", self.open_group),
            ("open_checklist", self.open_checklist),
            ("no_fit_title", self.no_fit_title),
            ("no_fit_text", self.no_fit_text),
            ("alliance_link", self.alliance_link),
            ("start_again", self.start_again),
            ("print", self.print),
            ("share", self.share),
            ("share_label", self.share_label),
            ("share_copied", self.share_copied),
            ("storage_unavailable", self.storage_unavailable),
            ("restored", self.restored),
            ("saved_unreadable", self.saved_unreadable),
            ("saved_older", self.saved_older),
            ("own_kept", self.own_kept),
            ("shared_opened", self.shared_opened),
            ("shared_unreadable", self.shared_unreadable),
            ("share_damaged", self.share_damaged),
            ("share_other_content", self.share_other_content),
            ("no_questionnaire", self.no_questionnaire),
            ("send_result", self.send_result),
            ("send_confirm", self.send_confirm),
            ("send", self.send),
            ("cancel", self.cancel),
            ("sending", self.sending),
            ("sent", self.sent),
            ("send_failed", self.send_failed),
        ]
    }
}

const ASSESSMENT_EN: AssessmentUi = AssessmentUi {
    title: "Which action group fits your organisation?",
    intro: "Answer {count} short questions about your organisation. Your answers stay in this browser: nothing is sent anywhere.",
    start: "Start",
    question_of: "Question {n} of {total}",
    why_label: "Why we ask:",
    choose_one: "Choose one answer.",
    choose_any: "Choose every answer that applies.",
    next: "Continue",
    back: "Back",
    error_title: "There is a problem",
    error_single: "Choose an answer to “{question}”",
    error_multiple: "Choose at least one answer to “{question}”",
    review_title: "Check your answers",
    change: "Change",
    see_results: "See the matching groups",
    results_title: "Action groups for your organisation",
    results_intro: "Groups are ranked by how many of your answers match their work. Each one lists the answers that count most.",
    strength_strong: "Strong fit",
    strength_good: "Good fit",
    strength_weak: "Less related to your answers",
    tie: "Equal to another group",
    reasons_heading: "Because you answered",
    reason: "“{answer}” to “{question}”",
    joining: "What this group does",
    open_group: "Read more about this group",
    open_checklist: "Open its checklist",
    no_fit_title: "No action group stands out",
    no_fit_text: "Your answers do not point clearly to one group. Every partner is welcome in the Alliance: contact its secretariat to find where you can contribute.",
    alliance_link: "Alliance 8.7: become a partner",
    start_again: "Start again",
    print: "Print",
    share: "Share these results",
    share_label: "Link to these answers (it holds the answers, never sent to a server)",
    share_copied: "Link copied to the clipboard.",
    storage_unavailable: "This browser does not let the questionnaire save your answers: they will be lost if you reload the page.",
    restored: "Your earlier answers have been restored.",
    saved_unreadable: "Your saved answers could not be read. They were kept unchanged in this browser under “{key}”, and the questionnaire starts afresh.",
    saved_older: "Your saved answers were for an earlier version of these questions, so they could not be carried over. They are still in this browser under “{key}”.",
    own_kept: "The answers you had saved were replaced by the shared ones; yours are kept in this browser under “{key}”.",
    shared_opened: "These answers come from a shared link.",
    shared_unreadable: "This share link could not be read ({reason}), so the questionnaire starts empty.",
    share_damaged: "it is incomplete or damaged",
    share_other_content: "it was made for another version of the questions",
    no_questionnaire: "This content has no questionnaire, so the self-assessment cannot start.",
    send_result: "Send my result",
    send_confirm: "Only after you press “Send” will the following be sent to {host}:",
    send: "Send",
    cancel: "Cancel",
    sending: "Sending…",
    sent: "Your result has been sent.",
    send_failed: "Sending failed ({reason}). Nothing is lost: you can try again.",
};

const ASSESSMENT_FR: AssessmentUi = AssessmentUi {
    title: "Quel groupe d'action correspond à votre organisation ?",
    intro: "Répondez à {count} courtes questions sur votre organisation. Vos réponses restent dans ce navigateur : rien n'est envoyé.",
    start: "Commencer",
    question_of: "Question {n} sur {total}",
    why_label: "Pourquoi cette question :",
    choose_one: "Choisissez une réponse.",
    choose_any: "Choisissez toutes les réponses qui s'appliquent.",
    next: "Continuer",
    back: "Retour",
    error_title: "Il y a un problème",
    error_single: "Choisissez une réponse à « {question} »",
    error_multiple: "Choisissez au moins une réponse à « {question} »",
    review_title: "Vérifiez vos réponses",
    change: "Modifier",
    see_results: "Voir les groupes correspondants",
    results_title: "Les groupes d'action pour votre organisation",
    results_intro: "Les groupes sont classés selon le nombre de vos réponses qui rejoignent leur travail. Chacun indique les réponses qui comptent le plus.",
    strength_strong: "Très bonne correspondance",
    strength_good: "Bonne correspondance",
    strength_weak: "Moins lié à vos réponses",
    tie: "À égalité avec un autre groupe",
    reasons_heading: "Parce que vous avez répondu",
    reason: "« {answer} » à « {question} »",
    joining: "Ce que fait ce groupe",
    open_group: "En savoir plus sur ce groupe",
    open_checklist: "Ouvrir sa liste de suivi",
    no_fit_title: "Aucun groupe d'action ne se détache",
    no_fit_text: "Vos réponses ne désignent pas clairement un groupe. Tout partenaire est le bienvenu dans l'Alliance : contactez son secrétariat pour trouver où contribuer.",
    alliance_link: "Alliance 8.7 : devenir partenaire",
    start_again: "Recommencer",
    print: "Imprimer",
    share: "Partager ces résultats",
    share_label: "Lien vers ces réponses (il contient les réponses, jamais envoyées à un serveur)",
    share_copied: "Lien copié dans le presse-papiers.",
    storage_unavailable: "Ce navigateur ne permet pas d'enregistrer vos réponses : elles seront perdues si vous rechargez la page.",
    restored: "Vos réponses précédentes ont été restaurées.",
    saved_unreadable: "Vos réponses enregistrées n'ont pas pu être lues. Elles ont été conservées telles quelles dans ce navigateur sous « {key} », et le questionnaire repart de zéro.",
    saved_older: "Vos réponses enregistrées portaient sur une version antérieure de ces questions : elles n'ont pas pu être reprises. Elles restent dans ce navigateur sous « {key} ».",
    own_kept: "Les réponses que vous aviez enregistrées ont été remplacées par celles du lien ; les vôtres sont conservées dans ce navigateur sous « {key} ».",
    shared_opened: "Ces réponses proviennent d'un lien partagé.",
    shared_unreadable: "Ce lien de partage est illisible ({reason}) : le questionnaire commence donc vide.",
    share_damaged: "il est incomplet ou abîmé",
    share_other_content: "il a été créé pour une autre version des questions",
    no_questionnaire: "Ce contenu ne comporte pas de questionnaire : l'auto-évaluation ne peut pas commencer.",
    send_result: "Envoyer mon résultat",
    send_confirm: "Ce qui suit ne sera envoyé à {host} que lorsque vous appuierez sur « Envoyer » :",
    send: "Envoyer",
    cancel: "Annuler",
    sending: "Envoi en cours…",
    sent: "Votre résultat a été envoyé.",
    send_failed: "L'envoi a échoué ({reason}). Rien n'est perdu : vous pouvez réessayer.",
};

const ASSESSMENT_ES: AssessmentUi = AssessmentUi {
    title: "¿Qué grupo de acción corresponde a su organización?",
    intro: "Responda a {count} preguntas breves sobre su organización. Sus respuestas se quedan en este navegador: no se envía nada.",
    start: "Empezar",
    question_of: "Pregunta {n} de {total}",
    why_label: "Por qué lo preguntamos:",
    choose_one: "Elija una respuesta.",
    choose_any: "Elija todas las respuestas que correspondan.",
    next: "Continuar",
    back: "Atrás",
    error_title: "Hay un problema",
    error_single: "Elija una respuesta a «{question}»",
    error_multiple: "Elija al menos una respuesta a «{question}»",
    review_title: "Revise sus respuestas",
    change: "Cambiar",
    see_results: "Ver los grupos correspondientes",
    results_title: "Grupos de acción para su organización",
    results_intro: "Los grupos se ordenan según cuántas de sus respuestas coinciden con su trabajo. Cada uno indica las respuestas que más cuentan.",
    strength_strong: "Muy buena correspondencia",
    strength_good: "Buena correspondencia",
    strength_weak: "Menos relacionado con sus respuestas",
    tie: "Empatado con otro grupo",
    reasons_heading: "Porque respondió",
    reason: "«{answer}» a «{question}»",
    joining: "Qué hace este grupo",
    open_group: "Más información sobre este grupo",
    open_checklist: "Abrir su lista de seguimiento",
    no_fit_title: "Ningún grupo de acción destaca",
    no_fit_text: "Sus respuestas no apuntan claramente a un grupo. Todo socio es bienvenido en la Alianza: contacte con su secretaría para encontrar dónde contribuir.",
    alliance_link: "Alianza 8.7: hacerse socio",
    start_again: "Empezar de nuevo",
    print: "Imprimir",
    share: "Compartir estos resultados",
    share_label: "Enlace a estas respuestas (contiene las respuestas, nunca se envían a un servidor)",
    share_copied: "Enlace copiado en el portapapeles.",
    storage_unavailable: "Este navegador no permite guardar sus respuestas: se perderán si recarga la página.",
    restored: "Se han restaurado sus respuestas anteriores.",
    saved_unreadable: "No se pudieron leer sus respuestas guardadas. Se conservaron sin cambios en este navegador como «{key}» y el cuestionario empieza de nuevo.",
    saved_older: "Sus respuestas guardadas correspondían a una versión anterior de estas preguntas, por lo que no se pudieron recuperar. Siguen en este navegador como «{key}».",
    own_kept: "Las respuestas que tenía guardadas se sustituyeron por las del enlace; las suyas se conservan en este navegador como «{key}».",
    shared_opened: "Estas respuestas provienen de un enlace compartido.",
    shared_unreadable: "No se pudo leer este enlace ({reason}), así que el cuestionario empieza vacío.",
    share_damaged: "está incompleto o dañado",
    share_other_content: "se creó para otra versión de las preguntas",
    no_questionnaire: "Este contenido no incluye cuestionario: la autoevaluación no puede empezar.",
    send_result: "Enviar mi resultado",
    send_confirm: "Lo siguiente solo se enviará a {host} cuando pulse «Enviar»:",
    send: "Enviar",
    cancel: "Cancelar",
    sending: "Enviando…",
    sent: "Su resultado se ha enviado.",
    send_failed: "El envío ha fallado ({reason}). No se ha perdido nada: puede volver a intentarlo.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(k, _)| k))
            .collect();
        found.sort_unstable();
        found
    }

    /// Every interface string of every widget, by field name.
    fn all_entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
        lang.ui()
            .entries()
            .into_iter()
            .chain(lang.checklist_ui().entries())
            .chain(lang.assessment_ui().entries())
            .collect()
    }

    #[test]
    fn every_string_is_present_in_every_language() {
        for lang in Lang::ALL {
            for (key, text) in all_entries(lang) {
                assert!(!text.trim().is_empty(), "{key} is empty in {}", lang.code());
            }
        }
    }

    #[test]
    fn translations_keep_the_same_placeholders() {
        let english = all_entries(Lang::En);
        for lang in [Lang::Fr, Lang::Es] {
            for ((key, en), (_, other)) in english.iter().zip(all_entries(lang)) {
                assert_eq!(placeholders(en), placeholders(other), "{key} in {}", lang.code());
            }
        }
    }

    #[test]
    fn translations_are_not_english_copies() {
        // Identical words are fine ("Structure"); whole sentences copied over are not.
        for lang in [Lang::Fr, Lang::Es] {
            for ((key, en), (_, other)) in all_entries(Lang::En).iter().zip(all_entries(lang)) {
                assert!(
                    en.len() < 12 || *en != other,
                    "{key} is not translated into {}",
                    lang.code()
                );
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
