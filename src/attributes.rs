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

    /// The parts of its shadow tree a page may style with `::part()`. Those of the shared views
    /// (`notice`) come first; a native test in `components/` holds this list to the views' `part`
    /// attributes.
    pub fn parts(self) -> &'static [&'static str] {
        match self {
            Widget::Explorer => &[
                "notice",
                "explorer",
                "title",
                "language",
                "filters",
                "search",
                "cards",
                "card",
                "empty",
                "group",
                "back",
                "tab",
                "panel",
                "priorities",
                "link",
            ],
            Widget::Checklist => &[
                "notice",
                "checklist",
                "title",
                "picker",
                "progress",
                "items",
                "item",
                "actions",
            ],
            Widget::Assessment => &[
                "notice",
                "self-assessment",
                "title",
                "step",
                "error-summary",
                "review",
                "results",
                "result",
            ],
        }
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

/// The words a flag setting takes, case-insensitively. Its own name counts as on too
/// (`deep-link="deep-link"`, as XHTML writes boolean attributes). Any other word is reported
/// and leaves the flag off: `"0"` is off everywhere, as people write it in shortcodes, block
/// attributes and query strings, while a bare attribute (`<… deep-link>`) stays on.
pub const FLAG_ON: &[&str] = &["", "true", "1", "yes", "on"];
pub const FLAG_OFF: &[&str] = &["false", "0", "no", "off"];
/// The schemes an address setting may name; an address without a scheme is relative to the page.
pub const ADDRESS_SCHEMES: &[&str] = &["http", "https"];
/// Characters a typed address never holds (real ones carry them percent-encoded): a space or a
/// control character is a pasting mistake, and `"`, `<`, `>` can only be an attack on markup.
pub fn is_forbidden_in_address(c: char) -> bool {
    c <= ' ' || c == '\u{7f}' || matches!(c, '"' | '<' | '>')
}
/// The longest group id; ids are lowercase words of letters and digits joined by single hyphens
/// (the content's own rule, [`crate::validate::is_id`]), so `a--b` names no group anywhere.
pub const GROUP_MAX_CHARS: usize = 64;

/// What a setting's value means, by the one contract the runtime, the builder, the WordPress
/// plugin and its block editor all apply (`widgets.json` carries the rules as data, and
/// `tests/contract-cases.json` holds every language to the same verdicts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A flag that is on, or off.
    On,
    Off,
    /// The value the widget reads (a language's code, a group's id, an address as given).
    Accepted(String),
    /// Empty: the setting keeps its default, and nothing is reported.
    Unset,
    /// Reported and ignored: the setting keeps its default.
    Refused,
}

/// The verdict on `value` for `setting` (surrounding white space aside).
pub fn check(setting: Setting, value: &str) -> Verdict {
    let value = value.trim();
    if setting.kind() == SettingKind::Flag {
        let word = value.to_ascii_lowercase();
        return if FLAG_ON.contains(&word.as_str()) || word == setting.attribute() {
            Verdict::On
        } else if FLAG_OFF.contains(&word.as_str()) {
            Verdict::Off
        } else {
            Verdict::Refused
        };
    }
    if value.is_empty() {
        return Verdict::Unset;
    }
    let accepted = match setting.kind() {
        SettingKind::Language => crate::i18n::Lang::from_tag(value).map(|lang| lang.code().to_string()),
        SettingKind::Group => {
            (value.len() <= GROUP_MAX_CHARS && crate::validate::is_id(value)).then(|| value.to_string())
        }
        SettingKind::Address => is_web_address(value).then(|| value.to_string()),
        SettingKind::Flag => None,
    };
    accepted.map_or(Verdict::Refused, Verdict::Accepted)
}

/// An address the widgets may fetch, post to or link: `http(s)`, or relative to the page, with
/// no character a typed address never holds. A scheme is RFC 3986's: a letter, then letters,
/// digits, `+`, `-` or `.`, then `:`.
pub fn is_web_address(value: &str) -> bool {
    if value.chars().any(is_forbidden_in_address) {
        return false;
    }
    let scheme = value.split_once(':').map(|(scheme, _)| scheme).filter(|scheme| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    scheme.is_none_or(|scheme| ADDRESS_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme)))
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

    /// The table every implementation of the contract is held to (the PHP and JS tiers read it
    /// too).
    #[test]
    fn every_value_gets_the_contract_cases_verdict() {
        let table: serde_json::Value = serde_json::from_str(include_str!("../tests/contract-cases.json")).unwrap();
        let cases = table["cases"].as_array().unwrap();
        assert!(cases.len() > 40);
        for case in cases.iter().filter(|c| c.get("setting").is_some()) {
            let setting = Setting::from_attribute(case["setting"].as_str().unwrap(), false).unwrap();
            let value = case["value"].as_str().unwrap();
            let expected = match case["verdict"].as_str().unwrap() {
                "on" => Verdict::On,
                "off" => Verdict::Off,
                "unset" => Verdict::Unset,
                "refused" => Verdict::Refused,
                "accepted" => Verdict::Accepted(case["as"].as_str().unwrap().to_string()),
                other => panic!("unknown verdict {other}"),
            };
            assert_eq!(check(setting, value), expected, "{} = {value:?}", setting.attribute());
        }
    }
}
