//! The embedding contract's names: which widgets exist and which attributes configure them, in
//! both the custom-element form (`<alliance87-explorer lang="fr">`) and the data-attribute form
//! for CMSs that strip unknown tags (`<div data-alliance87="explorer" data-lang="fr">`).

/// The widgets a page can embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    Explorer,
    Checklist,
    Assessment,
}

impl Widget {
    pub const ALL: &[Widget] = &[Widget::Explorer, Widget::Checklist, Widget::Assessment];

    /// The name used in `data-alliance87="…"`, in `Alliance87.mount(el, {widget})` and in events.
    pub fn name(self) -> &'static str {
        match self {
            Widget::Explorer => "explorer",
            Widget::Checklist => "checklist",
            Widget::Assessment => "self-assessment",
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Widget::Explorer => "alliance87-explorer",
            Widget::Checklist => "alliance87-checklist",
            Widget::Assessment => "alliance87-self-assessment",
        }
    }

    pub fn from_name(name: &str) -> Option<Widget> {
        Widget::ALL.iter().copied().find(|w| w.name() == name.trim())
    }

    /// The settings this widget reads; the others are accepted and do nothing.
    pub fn settings(self) -> &'static [Setting] {
        match self {
            Widget::Explorer => &[
                Setting::Lang,
                Setting::Group,
                Setting::LanguageSwitch,
                Setting::DeepLink,
                Setting::Src,
            ],
            Widget::Checklist => &[Setting::Lang, Setting::Group, Setting::Src],
            Widget::Assessment => &[
                Setting::Lang,
                Setting::Src,
                Setting::SubmitUrl,
                Setting::ExplorerUrl,
                Setting::ChecklistUrl,
            ],
        }
    }
}

/// What kind of value a setting takes, which decides how it is written and asked for.
/// Serialized (`language`, `flag`, …) in the release's `widgets.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SettingKind {
    /// `en`, `fr` or `es`.
    Language,
    /// A group's id.
    Group,
    /// On when present (`language-switch`), off when absent.
    Flag,
    /// An http(s) address, absolute or relative to the page.
    Address,
}

/// A widget setting that an attribute can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Lang,
    Group,
    Src,
    LanguageSwitch,
    DeepLink,
    /// Where the self-assessment may post a result, after the reader confirms.
    SubmitUrl,
    /// Pages holding an explorer (with `deep-link`) and a checklist, which the self-assessment
    /// links each result to.
    ExplorerUrl,
    ChecklistUrl,
}

impl Setting {
    pub const ALL: [Setting; 8] = [
        Setting::Lang,
        Setting::Group,
        Setting::Src,
        Setting::LanguageSwitch,
        Setting::DeepLink,
        Setting::SubmitUrl,
        Setting::ExplorerUrl,
        Setting::ChecklistUrl,
    ];

    /// The attribute name on a custom element.
    pub fn attribute(self) -> &'static str {
        match self {
            Setting::Lang => "lang",
            Setting::Group => "group",
            Setting::Src => "src",
            Setting::LanguageSwitch => "language-switch",
            Setting::DeepLink => "deep-link",
            Setting::SubmitUrl => "submit-url",
            Setting::ExplorerUrl => "explorer-url",
            Setting::ChecklistUrl => "checklist-url",
        }
    }

    pub fn kind(self) -> SettingKind {
        match self {
            Setting::Lang => SettingKind::Language,
            Setting::Group => SettingKind::Group,
            Setting::LanguageSwitch | Setting::DeepLink => SettingKind::Flag,
            Setting::Src | Setting::SubmitUrl | Setting::ExplorerUrl | Setting::ChecklistUrl => SettingKind::Address,
        }
    }

    /// The option's name in `Alliance87.mount(element, {…})`.
    pub fn option(self) -> &'static str {
        match self {
            Setting::Lang => "lang",
            Setting::Group => "group",
            Setting::Src => "src",
            Setting::LanguageSwitch => "languageSwitch",
            Setting::DeepLink => "deepLink",
            Setting::SubmitUrl => "submitUrl",
            Setting::ExplorerUrl => "explorerUrl",
            Setting::ChecklistUrl => "checklistUrl",
        }
    }

    /// The attribute name in the data-attribute form.
    pub fn data_attribute(self) -> &'static str {
        match self {
            Setting::Lang => "data-lang",
            Setting::Group => "data-group",
            Setting::Src => "data-src",
            Setting::LanguageSwitch => "data-language-switch",
            Setting::DeepLink => "data-deep-link",
            Setting::SubmitUrl => "data-submit-url",
            Setting::ExplorerUrl => "data-explorer-url",
            Setting::ChecklistUrl => "data-checklist-url",
        }
    }

    pub fn from_attribute(name: &str, data_form: bool) -> Option<Setting> {
        Setting::ALL
            .into_iter()
            .find(|s| if data_form { s.data_attribute() } else { s.attribute() } == name)
    }
}

/// The attribute marking an element of the data-attribute form, naming its widget.
pub const DATA_WIDGET: &str = "data-alliance87";

/// Attributes any HTML element may carry, which a widget leaves to the host page.
fn is_global(name: &str) -> bool {
    const GLOBAL: &[&str] = &[
        "id",
        "class",
        "style",
        "title",
        "hidden",
        "dir",
        "tabindex",
        "slot",
        "part",
        "role",
        "translate",
        "inert",
        "nonce",
    ];
    GLOBAL.contains(&name) || name.starts_with("aria-") || name.starts_with("data-")
}

/// Attributes of a custom element that configure nothing: most likely typos (`grup="…"`), so
/// the runtime reports them in the console. The data-attribute form sits on the host's own
/// elements, whose other attributes are none of our business.
pub fn unknown_attributes<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    names
        .into_iter()
        .filter(|n| !is_global(n) && Setting::from_attribute(n, false).is_none())
        .collect()
}

/// A boolean attribute is on when present, unless its value says otherwise.
pub fn is_on(value: Option<&str>) -> bool {
    matches!(value.map(|v| v.trim().to_ascii_lowercase()), Some(v) if v != "false" && v != "off" && v != "no")
}

/// The URL fragment key under which a deep-linked explorer keeps its open group:
/// `https://partner.example/page#alliance87-group=migration`.
const FRAGMENT_KEY: &str = "alliance87-group=";

/// The group named by a URL fragment (`#alliance87-group=migration`), if it names one. Other
/// fragments belong to the host page and are left alone.
pub fn group_from_fragment(fragment: &str) -> Option<&str> {
    let id = fragment.trim_start_matches('#').strip_prefix(FRAGMENT_KEY)?;
    (!id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    .then_some(id)
}

/// The fragment that deep-links to a group.
pub fn fragment_for(group: &str) -> String {
    format!("#{FRAGMENT_KEY}{group}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_name_the_same_settings() {
        for s in Setting::ALL {
            assert_eq!(Setting::from_attribute(s.attribute(), false), Some(s));
            assert_eq!(Setting::from_attribute(s.data_attribute(), true), Some(s));
            assert_eq!(Setting::from_attribute(s.attribute(), true), None);
            // The script form's option is the attribute in camelCase.
            let mut words = s.attribute().split('-');
            let camel =
                words.next().unwrap().to_string() + &words.map(|w| w[..1].to_uppercase() + &w[1..]).collect::<String>();
            assert_eq!(s.option(), camel);
            assert!(
                Widget::ALL.iter().any(|w| w.settings().contains(&s)),
                "{s:?} is read by no widget"
            );
        }
    }

    #[test]
    fn widgets_are_found_by_name_only() {
        assert_eq!(Widget::from_name("explorer"), Some(Widget::Explorer));
        assert_eq!(Widget::from_name(" explorer "), Some(Widget::Explorer));
        assert_eq!(Widget::from_name("Explorer"), None);
        assert_eq!(Widget::Explorer.tag(), "alliance87-explorer");
        assert_eq!(
            Widget::from_name("checklist").map(Widget::tag),
            Some("alliance87-checklist")
        );
    }

    #[test]
    fn typos_are_reported_and_globals_are_not() {
        let names = [
            "lang",
            "grup",
            "class",
            "aria-label",
            "data-x",
            "src",
            "colour",
            "language-switch",
            "deep-link",
        ];
        assert_eq!(unknown_attributes(names), ["grup", "colour"]);
    }

    #[test]
    fn deep_links_round_trip_and_ignore_the_host_fragments() {
        assert_eq!(group_from_fragment(&fragment_for("rule-of-law")), Some("rule-of-law"));
        assert_eq!(group_from_fragment("alliance87-group=migration"), Some("migration"));
        for other in [
            "",
            "#",
            "#top",
            "#alliance87-group=",
            "#alliance87-group=<script>",
            "#alliance87-group=Migration",
        ] {
            assert_eq!(group_from_fragment(other), None, "{other}");
        }
    }

    #[test]
    fn boolean_attributes_read_like_html() {
        assert!(is_on(Some("")));
        assert!(is_on(Some("true")));
        assert!(!is_on(Some("false")));
        assert!(!is_on(Some(" OFF ")));
        assert!(!is_on(None));
    }
}
