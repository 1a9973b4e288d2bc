//! Languages and the widgets' own interface strings.
//!
//! Each language's strings sit in one file (`en.rs`, `fr.rs`, `es.rs`) as full struct literals,
//! so a missing string is a compile error, not a blank button in production; the tests check
//! the rest (no empty strings, same placeholders, no English copies), over every field.

pub(crate) mod en;
mod es;
mod fr;

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
            Lang::En => &en::UI,
            Lang::Fr => &fr::UI,
            Lang::Es => &es::UI,
        }
    }

    pub fn checklist_ui(self) -> &'static ChecklistUi {
        match self {
            Lang::En => &en::CHECKLIST,
            Lang::Fr => &fr::CHECKLIST,
            Lang::Es => &es::CHECKLIST,
        }
    }

    pub fn assessment_ui(self) -> &'static AssessmentUi {
        match self {
            Lang::En => &en::ASSESSMENT,
            Lang::Fr => &fr::ASSESSMENT,
            Lang::Es => &es::ASSESSMENT,
        }
    }

    pub fn problem_words(self) -> &'static ProblemWords {
        match self {
            Lang::En => &en::PROBLEMS,
            Lang::Fr => &fr::PROBLEMS,
            Lang::Es => &es::PROBLEMS,
        }
    }

    pub fn fetch_words(self) -> &'static FetchWords {
        match self {
            Lang::En => &en::FETCH,
            Lang::Fr => &fr::FETCH,
            Lang::Es => &es::FETCH,
        }
    }

    pub fn place_words(self) -> &'static PlaceWords {
        match self {
            Lang::En => &en::PLACES,
            Lang::Fr => &fr::PLACES,
            Lang::Es => &es::PLACES,
        }
    }

    pub fn studio_ui(self) -> &'static StudioUi {
        match self {
            Lang::En => &en::STUDIO,
            Lang::Fr => &fr::STUDIO,
            Lang::Es => &es::STUDIO,
        }
    }

    pub fn builder_ui(self) -> &'static BuilderUi {
        match self {
            Lang::En => &en::BUILDER,
            Lang::Fr => &fr::BUILDER,
            Lang::Es => &es::BUILDER,
        }
    }
}

/// Picks one of the builder's strings (which also label the settings and widgets elsewhere:
/// the release's `widgets.json` carries them for the WordPress block editor).
pub type BuilderPick = fn(&'static BuilderUi) -> &'static str;

impl BuilderUi {
    /// A widget's name and the line on what it is for.
    pub fn widget_text(widget: crate::attributes::Widget) -> (BuilderPick, BuilderPick) {
        use crate::attributes::Widget;
        match widget {
            Widget::Explorer => (|u| u.widget_explorer, |u| u.widget_explorer_hint),
            Widget::Checklist => (|u| u.widget_checklist, |u| u.widget_checklist_hint),
            Widget::Assessment => (|u| u.widget_assessment, |u| u.widget_assessment_hint),
        }
    }

    /// A setting's label and hint; the group's hint depends on the widget.
    pub fn setting_text(
        setting: crate::attributes::Setting,
        widget: crate::attributes::Widget,
    ) -> (BuilderPick, BuilderPick) {
        use crate::attributes::{Setting, Widget};
        match setting {
            Setting::Lang => (|u| u.lang_label, |u| u.lang_hint),
            Setting::Group if widget == Widget::Checklist => (|u| u.group_label, |u| u.group_hint_checklist),
            Setting::Group => (|u| u.group_label, |u| u.group_hint_explorer),
            Setting::LanguageSwitch => (|u| u.language_switch_label, |u| u.language_switch_hint),
            Setting::DeepLink => (|u| u.deep_link_label, |u| u.deep_link_hint),
            Setting::Src => (|u| u.src_label, |u| u.src_hint),
            Setting::SubmitUrl => (|u| u.submit_url_label, |u| u.submit_url_hint),
            Setting::ExplorerUrl => (|u| u.explorer_url_label, |u| u.explorer_url_hint),
            Setting::ChecklistUrl => (|u| u.checklist_url_label, |u| u.checklist_url_hint),
        }
    }
}

/// A table of interface strings, one per language: what the views' one language helper reads.
pub trait Strings: 'static {
    fn of(lang: Lang) -> &'static Self;
}

impl Strings for Ui {
    fn of(lang: Lang) -> &'static Self {
        lang.ui()
    }
}

impl Strings for ChecklistUi {
    fn of(lang: Lang) -> &'static Self {
        lang.checklist_ui()
    }
}

impl Strings for AssessmentUi {
    fn of(lang: Lang) -> &'static Self {
        lang.assessment_ui()
    }
}

impl Strings for StudioUi {
    fn of(lang: Lang) -> &'static Self {
        lang.studio_ui()
    }
}

impl Strings for BuilderUi {
    fn of(lang: Lang) -> &'static Self {
        lang.builder_ui()
    }
}

/// A string of content in every language the widgets speak. A translation missing or empty in
/// the content file is filled, for this text only, from another language (English first, then
/// French, then Spanish), which `shown` records so the view can mark that text's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub fr: String,
    pub es: String,
    /// The language of what is shown for English, French and Spanish, in that order.
    pub shown: [Lang; 3],
}

impl Text {
    /// A text written in all three languages.
    pub fn new(en: impl Into<String>, fr: impl Into<String>, es: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            fr: fr.into(),
            es: es.into(),
            shown: Lang::ALL,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
        }
    }

    /// The language `get(lang)` is written in: `lang`, or the one standing in for it.
    pub fn shown_in(&self, lang: Lang) -> Lang {
        self.shown[lang as usize]
    }

    /// `lang`'s code for an element showing this text in `lang`, when it is written in another
    /// language (so screen readers switch voice); `None` when it is `lang`'s own.
    pub fn lang_attribute(&self, lang: Lang) -> Option<&'static str> {
        let shown = self.shown_in(lang);
        (shown != lang).then(|| shown.code())
    }
}

/// Interface strings. `{n}`, `{id}` and `{name}` are placeholders filled by [`fill`].
#[cfg_attr(test, derive(serde::Serialize))]
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
    /// The overview's link to the alliance's page on the action groups.
    pub groups_page: &'static str,
    pub details_pending: &'static str,
    pub no_participants: &'static str,
    pub no_structure: &'static str,
    pub no_priorities: &'static str,
    pub widget_failed: &'static str,
    pub download_saved_data: &'static str,
    pub saved_data_downloaded: &'static str,
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
}

/// The checklist's interface strings, apart from the explorer's so each widget's strings
/// ship only with the widget.
#[cfg_attr(test, derive(serde::Serialize))]
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
    pub saved_not_kept: &'static str,
    pub saved_newer: &'static str,
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
    pub import_conflict: &'static str,
    pub import_use: &'static str,
    pub shared_unreadable: &'static str,
    pub share_too_long: &'static str,
    pub share_damaged: &'static str,
    pub share_newer: &'static str,
    pub share_other_content: &'static str,
    pub printed_on: &'static str,
}

/// The self-assessment's strings.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct AssessmentUi {
    pub title: &'static str,
    pub intro: &'static str,
    /// Said after `intro` only where the browser keeps the answers.
    pub intro_kept: &'static str,
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
    pub own_not_kept: &'static str,
    pub saved_not_kept: &'static str,
    pub saved_newer: &'static str,
    pub shared_opened: &'static str,
    pub shared_unreadable: &'static str,
    pub shared_unreadable_own: &'static str,
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
    pub send_unreachable: &'static str,
    pub send_timed_out: &'static str,
    pub send_redirected: &'static str,
}

/// The embed builder's strings (`builder.html`): only its own build links them.
/// How each [`crate::validate::ProblemKind`] is said, in one language: the one list the
/// widgets' console (English), the builder, the studio and the WordPress settings check word
/// problems from.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct ProblemWords {
    /// The JSON types, in [`crate::validate::JsonType`]'s order.
    pub types: [&'static str; 6],
    /// Between the words of a choice: `"single" or "multiple"`.
    pub or: &'static str,
    pub not_json: &'static str,
    pub wrong_type: &'static str,
    pub missing_field: &'static str,
    pub unknown_field: &'static str,
    pub empty: &'static str,
    pub too_long: &'static str,
    pub markup: &'static str,
    pub not_positive: &'static str,
    pub not_one_of: &'static str,
    pub no_text: &'static str,
    pub too_many: &'static str,
    pub bad_id: &'static str,
    pub duplicate_id: &'static str,
    pub unsupported_format: &'static str,
    pub empty_list: &'static str,
    pub unknown_theme: &'static str,
    pub unsafe_link: &'static str,
    pub option_count: &'static str,
    pub unknown_group: &'static str,
    pub bad_weight: &'static str,
}

/// The content studio's own strings (studio.html).
#[cfg_attr(test, derive(serde::Serialize))]
pub struct StudioUi {
    pub title: &'static str,
    pub intro: &'static str,
    pub page_language: &'static str,
    pub open_heading: &'static str,
    pub open_builtin: &'static str,
    pub open_file: &'static str,
    pub open_drop: &'static str,
    pub open_paste: &'static str,
    pub open_paste_button: &'static str,
    pub open_url: &'static str,
    pub open_url_button: &'static str,
    pub opening: &'static str,
    pub opened: &'static str,
    pub not_json: &'static str,
    pub unreachable: &'static str,
    pub draft_restored: &'static str,
    pub check_heading: &'static str,
    pub blocking_heading: &'static str,
    pub fallback_heading: &'static str,
    pub usable: &'static str,
    pub status_heading: &'static str,
    pub status_line: &'static str,
    pub only_untranslated: &'static str,
    pub edit_heading: &'static str,
    pub add_priority: &'static str,
    pub remove: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub priority_label: &'static str,
    pub preview_heading: &'static str,
    pub preview_widget: &'static str,
    pub preview_lang: &'static str,
    pub preview_group: &'static str,
    pub preview_unusable: &'static str,
    pub save_heading: &'static str,
    pub save_hint: &'static str,
    pub download: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub draft_kept: &'static str,
    pub draft_not_kept: &'static str,
    pub discard: &'static str,
    pub discard_confirm: &'static str,
    pub language_names_en: &'static str,
    pub language_names_fr: &'static str,
    pub language_names_es: &'static str,
    pub assessment_heading: &'static str,
    pub choice_single: &'static str,
    pub choice_multiple: &'static str,
    pub matching_heading: &'static str,
    pub matching_hint: &'static str,
    pub persona_column: &'static str,
    pub expected_column: &'static str,
    pub now_column: &'static str,
    pub no_group: &'static str,
    pub persona_changed: &'static str,
    pub persona_kept: &'static str,
    pub persona_unanswerable: &'static str,
    pub no_assessment: &'static str,
    pub translators_heading: &'static str,
    pub translators_hint: &'static str,
    pub export_lang: &'static str,
    pub import_lang: &'static str,
    pub import_file: &'static str,
    pub import_changed: &'static str,
    pub import_unknown: &'static str,
    pub import_missing: &'static str,
    pub import_not_flat: &'static str,
    pub version_raised: &'static str,
    pub version_keep: &'static str,
    pub version_kept: &'static str,
    pub version_raise: &'static str,
    pub add_unit: &'static str,
    pub unit_label: &'static str,
    pub add_fact: &'static str,
    pub fact_label: &'static str,
    pub add_link: &'static str,
    pub link_label: &'static str,
    pub add_group: &'static str,
    pub remove_group: &'static str,
    pub remove_group_confirm: &'static str,
    pub status_published: &'static str,
    pub status_pending: &'static str,
    pub id_hint: &'static str,
    pub propose_id: &'static str,
    pub kind_priorities: &'static str,
    pub kind_topics: &'static str,
    pub themes_hint: &'static str,
    pub theme_label: &'static str,
    pub add_theme: &'static str,
    pub group_themes: &'static str,
    pub question_label: &'static str,
    pub add_question: &'static str,
    pub option_label: &'static str,
    pub add_option: &'static str,
    pub entry_id_hint: &'static str,
    pub propose_id_from_text: &'static str,
    pub other_tab: &'static str,
    pub use_other_tab: &'static str,
    pub keep_this_tab: &'static str,
    pub own_personas_heading: &'static str,
    pub own_personas_hint: &'static str,
    pub persona_name: &'static str,
    pub persona_expected: &'static str,
    pub add_persona: &'static str,
    pub persona_needs_name: &'static str,
    pub persona_added: &'static str,
    pub remove_persona: &'static str,
    pub own_persona: &'static str,
    pub add_participants: &'static str,
    pub add_structure: &'static str,
    pub add_priorities: &'static str,
    /// `{date}` and `{author}` of the publication opened.
    pub site_opened: &'static str,
    pub site_nothing: &'static str,
    pub site_unreachable: &'static str,
    pub publish_heading: &'static str,
    pub publish_hint: &'static str,
    pub publish: &'static str,
    pub publishing: &'static str,
    pub published: &'static str,
    pub publish_blocked: &'static str,
    /// `{reason}`: the site's words.
    pub publish_refused: &'static str,
    pub history_heading: &'static str,
    pub history_empty: &'static str,
    pub history_entry: &'static str,
    pub history_current: &'static str,
    pub history_changes: &'static str,
    pub history_first: &'static str,
    pub history_same: &'static str,
    pub history_more: &'static str,
    pub change_added: &'static str,
    pub change_removed: &'static str,
    pub change_changed: &'static str,
    pub restore: &'static str,
    pub restore_confirm: &'static str,
    pub restored: &'static str,
    pub site_no_answer: &'static str,
    pub site_no_list: &'static str,
}

/// The names of the content's parts, for saying where a problem is ("Migration › Priorities ›
/// 6"): used by the builder and the studio, never by the widgets.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct PlaceWords {
    /// Between the parts of a place.
    pub separator: &'static str,
    /// Before what is wrong: "Migration › Name: must not be empty".
    pub then: &'static str,
    pub file: &'static str,
    pub intro: &'static str,
    pub themes: &'static str,
    /// A group without a usable name: `{n}` is its number.
    pub group: &'static str,
    pub status: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub purpose: &'static str,
    pub participants: &'static str,
    pub structure: &'static str,
    pub units: &'static str,
    pub priorities: &'static str,
    pub kind: &'static str,
    pub facts: &'static str,
    pub links: &'static str,
    pub label: &'static str,
    pub url: &'static str,
    pub assessment: &'static str,
    pub threshold: &'static str,
    /// `{n}` is the question's number.
    pub question: &'static str,
    pub choice: &'static str,
    pub text: &'static str,
    pub why: &'static str,
    /// `{n}` is the option's number.
    pub option: &'static str,
    pub weights: &'static str,
    pub format: &'static str,
    pub version: &'static str,
    /// Each language's text, in [`Lang`]'s order: "the Spanish text".
    pub texts: [&'static str; 3],
    /// A translation that stands in: `{missing}` and `{shown}` are from `texts`.
    pub stand_in: &'static str,
}

/// Why a file at an address could not be read, said so the person who gave the address can act
/// (the builder's content check, the studio's "open an address"; the WordPress settings check
/// says the same from its own translations).
#[cfg_attr(test, derive(serde::Serialize))]
pub struct FetchWords {
    /// `{origin}`: the file's server; `{page}`: this page's origin.
    pub cors: &'static str,
    pub unreachable: &'static str,
    pub insecure: &'static str,
    /// `{n}` seconds.
    pub timeout: &'static str,
    /// `{status}`: the code and its text (`404 Not Found`).
    pub http: &'static str,
    pub web_page: &'static str,
    /// `{url}`: where the address led.
    pub redirected_page: &'static str,
    /// `{n}` KiB.
    pub too_large: &'static str,
    pub interrupted: &'static str,
    pub not_text: &'static str,
}

#[cfg_attr(test, derive(serde::Serialize))]
pub struct BuilderUi {
    pub title: &'static str,
    pub intro: &'static str,
    pub page_language: &'static str,
    pub widget_legend: &'static str,
    pub widget_explorer: &'static str,
    pub widget_explorer_hint: &'static str,
    pub widget_checklist: &'static str,
    pub widget_checklist_hint: &'static str,
    pub widget_assessment: &'static str,
    pub widget_assessment_hint: &'static str,
    pub settings_legend: &'static str,
    pub lang_label: &'static str,
    pub lang_hint: &'static str,
    pub lang_follow: &'static str,
    pub group_label: &'static str,
    pub group_hint_explorer: &'static str,
    pub group_hint_checklist: &'static str,
    pub group_none_explorer: &'static str,
    pub group_none_checklist: &'static str,
    pub language_switch_label: &'static str,
    pub language_switch_hint: &'static str,
    pub deep_link_label: &'static str,
    pub deep_link_hint: &'static str,
    pub src_label: &'static str,
    pub src_hint: &'static str,
    pub official_content: &'static str,
    pub official_content_hint: &'static str,
    pub official_content_chosen: &'static str,
    pub submit_url_label: &'static str,
    pub submit_url_hint: &'static str,
    pub explorer_url_label: &'static str,
    pub explorer_url_hint: &'static str,
    pub checklist_url_label: &'static str,
    pub checklist_url_hint: &'static str,
    pub error_prefix: &'static str,
    pub not_web: &'static str,
    pub src_checking: &'static str,
    pub src_valid: &'static str,
    pub src_unusable: &'static str,
    pub src_unreachable: &'static str,
    pub src_no_group: &'static str,
    pub theme_legend: &'static str,
    pub theme_hint: &'static str,
    pub accent_label: &'static str,
    pub accent_text_label: &'static str,
    pub text_label: &'static str,
    pub surface_label: &'static str,
    pub radius_label: &'static str,
    pub font_label: &'static str,
    pub font_system: &'static str,
    pub font_page: &'static str,
    pub font_serif: &'static str,
    pub font_sans: &'static str,
    pub reset_theme: &'static str,
    pub contrast_heading: &'static str,
    pub pair_text: &'static str,
    pub pair_accent: &'static str,
    pub pair_accent_text: &'static str,
    pub contrast_ok: &'static str,
    pub contrast_low: &'static str,
    pub preview_heading: &'static str,
    pub preview_hint: &'static str,
    pub code_heading: &'static str,
    pub code_hint: &'static str,
    pub way_element: &'static str,
    pub way_element_when: &'static str,
    pub way_data: &'static str,
    pub way_data_when: &'static str,
    pub way_script: &'static str,
    pub way_script_when: &'static str,
    pub way_iframe: &'static str,
    pub way_iframe_when: &'static str,
    pub way_oembed: &'static str,
    pub way_oembed_when: &'static str,
    pub copy: &'static str,
    pub copy_label: &'static str,
    pub copied: &'static str,
    pub oembed_no_public_address: &'static str,
    pub oembed_needs_language: &'static str,
    pub oembed_needs_group: &'static str,
    pub oembed_no_page: &'static str,
    pub oembed_left_out: &'static str,
    pub page_label: &'static str,
    pub page_hint: &'static str,
    pub page_invalid: &'static str,
    pub frame_left_out: &'static str,
    pub theme_rule_heading: &'static str,
    pub theme_rule_when: &'static str,
    pub release_heading: &'static str,
    pub release_version: &'static str,
    pub release_size: &'static str,
    pub release_hash: &'static str,
    pub release_unread: &'static str,
    pub release_bad_address: &'static str,
    pub release_no_hash: &'static str,
    pub release_missing: &'static str,
    pub release_altered: &'static str,
    pub release_refused: &'static str,
    pub release_fix: &'static str,
    pub src_relative: &'static str,
    pub copy_selected: &'static str,
    pub hex_label: &'static str,
    pub hex_error: &'static str,
    pub lighter_label: &'static str,
    pub lighter_hint: &'static str,
    pub first_screen_none: &'static str,
}

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

    /// Every interface string of every widget, by field name, in the same (sorted) order for every language: read
    /// through `Serialize`, so a new field is checked without being listed anywhere.
    fn all_entries(lang: Lang) -> Vec<(String, String)> {
        let parts = [
            serde_json::to_value(lang.ui()),
            serde_json::to_value(lang.checklist_ui()),
            serde_json::to_value(lang.assessment_ui()),
            serde_json::to_value(lang.builder_ui()),
            serde_json::to_value(lang.problem_words()),
            serde_json::to_value(lang.place_words()),
            serde_json::to_value(lang.fetch_words()),
            serde_json::to_value(lang.studio_ui()),
        ];
        let mut entries = Vec::new();
        for part in parts {
            for (key, text) in part.unwrap().as_object().unwrap() {
                match text.as_array() {
                    Some(list) => entries.extend(
                        list.iter()
                            .enumerate()
                            .map(|(i, t)| (format!("{key}[{i}]"), t.as_str().unwrap().to_string())),
                    ),
                    None => entries.push((key.clone(), text.as_str().unwrap().to_string())),
                }
            }
        }
        assert!(entries.len() > 100, "every widget's strings are read");
        entries
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
                assert_eq!(placeholders(en), placeholders(&other), "{key} in {}", lang.code());
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
