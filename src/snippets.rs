//! The embed builder's logic, apart from its view: a partner's choices, the code for each way of
//! embedding them, what is wrong with them, and the contrast of the theme's colours. The widgets'
//! settings come from [`crate::attributes`], so a new attribute reaches the builder by itself.

use crate::attributes::{check, Setting, SettingKind, Verdict, Widget, DATA_WIDGET};
use crate::content::Content;
use crate::html::{escape, widget_title};
use crate::i18n::Lang;
use crate::release::Release;
use crate::theme::ThemeProperty;

/// Everything a partner chose. Values are as typed; [`Choices::attributes`] says what of them
/// reaches the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    pub widget: Widget,
    /// Each setting's value as typed; a flag is on when its value is not empty.
    pub values: Vec<(Setting, String)>,
    /// Theme properties that differ from the widgets' defaults.
    pub theme: Vec<(ThemeProperty, String)>,
    /// The address of the partner's page the code is for, as typed. Only the iframe code needs
    /// it: in a frame, a relative address would be read from the release's folder, so it is
    /// resolved against this one instead (see [`Choices::frame_attributes`]).
    pub page: String,
}

impl Choices {
    pub fn new(widget: Widget) -> Choices {
        Choices {
            widget,
            values: Vec::new(),
            theme: Vec::new(),
            page: String::new(),
        }
    }

    pub fn value(&self, setting: Setting) -> Option<&str> {
        self.values
            .iter()
            .find(|(s, _)| *s == setting)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The attributes the widget gets, in its own order: `None` for a flag that is on. A value
    /// with a problem is left out, as the widget would ignore it.
    pub fn attributes(&self) -> Vec<(Setting, Option<String>)> {
        self.widget
            .settings()
            .iter()
            .filter_map(|&setting| {
                let value = self.value(setting)?;
                match setting.kind() {
                    SettingKind::Flag => Some((setting, None)),
                    _ if problem(setting, value).is_some() => None,
                    _ => Some((setting, Some(value.to_string()))),
                }
            })
            .collect()
    }

    /// The partner's page as an absolute http(s) address, when [`Choices::page`] is one.
    pub fn page_url(&self) -> Option<url::Url> {
        url::Url::parse(self.page.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
    }

    /// The attributes the iframe code carries: an address relative to the partner's page is
    /// resolved against [`Choices::page`], or, without it, left out and listed second.
    pub fn frame_attributes(&self) -> (Vec<(Setting, Option<String>)>, Vec<Setting>) {
        let page = self.page_url();
        let mut left_out = Vec::new();
        let attributes = self
            .attributes()
            .into_iter()
            .filter_map(|(setting, value)| {
                let relative = setting.kind() == SettingKind::Address
                    && value.as_deref().is_some_and(|v| url::Url::parse(v).is_err());
                if !relative {
                    return Some((setting, value));
                }
                let resolved = page.as_ref().and_then(|page| page.join(value.as_deref()?).ok());
                if resolved.is_none() {
                    left_out.push(setting);
                }
                resolved.map(|url| (setting, Some(url.to_string())))
            })
            .collect();
        (attributes, left_out)
    }

    /// The theme values the code carries: each as [`crate::theme::check`] accepts it; one
    /// it refuses is left out, so the widget keeps its default (see `ThemeKind`).
    pub fn theme_values(&self) -> Vec<(ThemeProperty, String)> {
        self.theme
            .iter()
            .filter_map(|(property, value)| match crate::theme::check(*property, value) {
                crate::theme::ThemeVerdict::Accepted(value) => Some((*property, value)),
                _ => None,
            })
            .collect()
    }

    /// `--alliance87-accent: #aa0000; --alliance87-radius: 4px`, or empty.
    pub fn theme_declarations(&self) -> String {
        self.theme_values()
            .iter()
            .map(|(p, v)| format!("{}: {v}", p.custom_property()))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn lang(&self) -> Option<Lang> {
        self.value(Setting::Lang).and_then(Lang::from_tag)
    }
}

/// What is wrong with a value typed for `setting`, as the widget would see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not an http(s) address (`javascript:…`, `ftp:…`): the widget ignores it.
    NotWeb,
}

/// An address may be relative to the page (`/content.json`); one with a scheme must be http(s).
pub fn problem(setting: Setting, value: &str) -> Option<Problem> {
    (setting.kind() == SettingKind::Address && check(setting, value) == Verdict::Refused).then_some(Problem::NotWeb)
}

/// The ways of embedding a widget, in the order the builder shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    Element,
    DataForm,
    Script,
    Iframe,
    Oembed,
}

impl Way {
    pub const ALL: [Way; 5] = [Way::Element, Way::DataForm, Way::Script, Way::Iframe, Way::Oembed];

    pub fn id(self) -> &'static str {
        match self {
            Way::Element => "element",
            Way::DataForm => "data",
            Way::Script => "script",
            Way::Iframe => "iframe",
            Way::Oembed => "oembed",
        }
    }
}

/// Why there is no oEmbed link for these choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoOembed {
    /// The release was built without `PUBLIC_URL`.
    NoPublicAddress,
    /// Ready-made pages are per language.
    NeedsLanguage,
    /// The checklist's ready-made pages are per group.
    NeedsGroup,
    /// No ready-made page for this group (one without anything to check).
    NoPage,
}

/// The loader's tag, after a hint that starts downloading the module while the page is read
/// (its hash is checked by the loader, as browsers ignore `integrity` on this kind of preload).
/// `run_early` adds `async`: the loader then runs as soon as it arrives, for code that does not
/// wait for it (the element and `data-` forms, unlike the JS API's inline script).
fn script_tag(release: &Release, run_early: bool) -> String {
    let integrity = release
        .loader_integrity
        .as_ref()
        .map(|i| format!(" integrity=\"{}\"", escape(i)))
        .unwrap_or_default();
    let preload = release
        .module
        .as_ref()
        .map(|module| {
            format!(
                "<link rel=\"preload\" href=\"{}{}\" as=\"fetch\" crossorigin=\"anonymous\">\n",
                escape(&release.base),
                escape(module)
            )
        })
        .unwrap_or_default();
    format!(
        "{preload}<script type=\"module\"{} src=\"{}alliance87.js\"{integrity} crossorigin=\"anonymous\"></script>",
        if run_early { " async" } else { "" },
        escape(&release.base)
    )
}

/// A first screen inside its element as a person would lay it out: the shadow root's template
/// and the `noscript` line each on a line of its own, indented. The white space between them is
/// light DOM text that renders nothing (the first screen's and the widget's root are blocks).
fn indented(first_screen: &str) -> String {
    if first_screen.is_empty() {
        return String::new();
    }
    let lines = match first_screen.split_once("</template>") {
        Some((template, noscript)) if !noscript.is_empty() => format!("{template}</template>\n  {noscript}"),
        _ => first_screen.to_string(),
    };
    format!("\n  {lines}\n")
}

fn style_attribute(choices: &Choices) -> String {
    let declarations = choices.theme_declarations();
    if declarations.is_empty() {
        String::new()
    } else {
        format!(" style=\"{}\"", escape(&declarations))
    }
}

/// The theme as a stylesheet rule for every form of the chosen widget, for pages whose CSP
/// ignores `style` attributes. `None` without a theme.
pub fn theme_rule(choices: &Choices) -> Option<String> {
    let theme = choices.theme_values();
    if theme.is_empty() {
        return None;
    }
    let name = choices.widget.name();
    let body: String = theme
        .iter()
        .map(|(p, v)| format!("  {}: {v};\n", p.custom_property()))
        .collect();
    Some(format!(
        "{}, [{DATA_WIDGET}=\"{name}\"], #alliance87-{name} {{\n{body}}}",
        choices.widget.tag()
    ))
}

/// The query of `embed.html` for these choices: settings, then theme.
pub fn frame_query(choices: &Choices) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("widget", choices.widget.name());
    for (setting, value) in choices.frame_attributes().0 {
        query.append_pair(setting.attribute(), value.as_deref().unwrap_or(""));
    }
    for (property, value) in &choices.theme_values() {
        query.append_pair(property.name(), value);
    }
    query.finish()
}

/// The ready-made frame page for these choices, if the release has one.
pub fn oembed_page(choices: &Choices, release: &Release) -> Result<String, NoOembed> {
    if !release.oembed {
        return Err(NoOembed::NoPublicAddress);
    }
    let lang = choices.lang().ok_or(NoOembed::NeedsLanguage)?;
    let mut file = format!("embed-{}.{}", choices.widget.name(), lang.code());
    if choices.widget == Widget::Checklist {
        let group = choices.value(Setting::Group).ok_or(NoOembed::NeedsGroup)?;
        file = format!("{file}.{group}");
    }
    file.push_str(".html");
    if release.frame_pages.contains(&file) {
        Ok(format!("{}{file}", release.base))
    } else {
        Err(NoOembed::NoPage)
    }
}

/// The settings and theme an oEmbed link cannot carry (it names a ready-made page): their
/// attribute and property names.
pub fn oembed_left_out(choices: &Choices) -> Vec<&'static str> {
    let carried = [Setting::Lang, Setting::Group];
    choices
        .attributes()
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| !carried.contains(s))
        .map(Setting::attribute)
        .chain(choices.theme_values().iter().map(|(p, _)| p.name()))
        .collect()
}

/// The code for one way of embedding: `Err` only for an oEmbed link the release cannot give.
/// `lang` names the frame when the widget follows the page; `content` names the group.
/// `first_screen` is the widget's pre-rendered first screen ([`first_screen`]), written inside
/// the element and the `data-` form's `div` when given.
pub fn snippet(
    way: Way,
    choices: &Choices,
    release: &Release,
    lang: Lang,
    content: &Content,
    first_screen: Option<&str>,
) -> Result<String, NoOembed> {
    let inside = first_screen.unwrap_or_default();
    let attributes = choices.attributes();
    let style = style_attribute(choices);
    let name = choices.widget.name();
    Ok(match way {
        Way::Element => {
            let attrs: String = attributes
                .iter()
                .map(|(s, v)| match v {
                    Some(v) => format!(" {}=\"{}\"", s.attribute(), escape(v)),
                    None => format!(" {}", s.attribute()),
                })
                .collect();
            let tag = choices.widget.tag();
            format!(
                "{}\n<{tag}{attrs}{style}>{}</{tag}>",
                script_tag(release, true),
                indented(inside)
            )
        }
        Way::DataForm => {
            let attrs: String = attributes
                .iter()
                .map(|(s, v)| format!(" {}=\"{}\"", s.data_attribute(), escape(v.as_deref().unwrap_or(""))))
                .collect();
            format!(
                "{}\n<div {DATA_WIDGET}=\"{name}\"{attrs}{style}>{}</div>",
                script_tag(release, true),
                indented(inside)
            )
        }
        Way::Script => {
            let mut options = serde_json::Map::new();
            options.insert("widget".into(), name.into());
            for (setting, value) in &attributes {
                let value = match value {
                    Some(v) => serde_json::Value::from(v.as_str()),
                    None => true.into(),
                };
                options.insert(setting.option().into(), value);
            }
            // `<` written as an escape, so no value can close the script element; one option a
            // line, indented as the call it is in.
            let options = serde_json::to_string_pretty(&serde_json::Value::Object(options))
                .unwrap_or_default()
                .replace('<', "\\u003c")
                .replace('\n', "\n  ");
            format!(
                "{}\n<div id=\"alliance87-{name}\"{style}></div>\n<script type=\"module\">\n  const api = await Alliance87.ready;\n  api.mount(document.getElementById(\"alliance87-{name}\"), {options});\n</script>",
                script_tag(release, false)
            )
        }
        Way::Iframe => {
            let lang = choices.lang().unwrap_or(lang);
            let group_name = choices
                .value(Setting::Group)
                .and_then(|g| content.group(g))
                .map(|g| g.name.get(lang));
            let title = widget_title(choices.widget, lang, group_name);
            let integrity = release
                .frame_integrity
                .as_ref()
                .map(|i| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(i)))
                .unwrap_or_default();
            format!(
                "<iframe data-alliance87-frame src=\"{}embed.html?{}\" title=\"{}\" style=\"width: 100%; border: 0\" height=\"720\"></iframe>\n<script src=\"{}alliance87-frame.js\"{integrity} defer></script>",
                escape(&release.base),
                escape(&frame_query(choices)),
                escape(&title),
                escape(&release.base)
            )
        }
        Way::Oembed => oembed_page(choices, release)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;
    use crate::release::{first_screen, prerendered_file};

    fn release() -> Release {
        Release {
            version: "0.1.0".into(),
            loader: "v0.1.0/alliance87.js".into(),
            base: "https://cdn.example.org/a87/v0.1.0/".into(),
            loader_integrity: Some("sha384-LOADER".into()),
            module: Some("alliance87-widgets_bg.wasm".into()),
            module_integrity: Some("sha384-M".into()),
            frame_integrity: Some("sha384-FRAME".into()),
            frame_pages: vec![
                "embed-checklist.fr.migration.html".into(),
                "embed-explorer.es.html".into(),
            ],
            oembed: true,
            files: Vec::new(),
            prerendered: vec!["checklist.fr.migration.html".into(), "explorer.fr.html".into()],
            content_url: None,
        }
    }

    #[test]
    fn the_code_carries_the_first_screen_where_the_release_has_it() {
        let release = release();
        let mut choices = checklist();
        assert_eq!(
            prerendered_file(&choices, &release).as_deref(),
            Some("checklist.fr.migration.html")
        );
        let file = "<alliance87-checklist lang=\"fr\" group=\"migration\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"v0.1.0/alliance87.css\"><div>Liste</div></template><noscript><p>Sans JavaScript</p></noscript></alliance87-checklist>\n";
        let inside = first_screen(file, &release).unwrap();
        assert_eq!(inside, "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://cdn.example.org/a87/v0.1.0/alliance87.css\"><div>Liste</div></template><noscript><p>Sans JavaScript</p></noscript>");
        let code = snippet(Way::Element, &choices, &release, Lang::En, &builtin(), Some(&inside)).unwrap();
        // Laid out as a person would: the template and the noscript line each on its own line.
        assert!(
            code.ends_with("style=\"--alliance87-accent: #aa0000\">\n  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://cdn.example.org/a87/v0.1.0/alliance87.css\"><div>Liste</div></template>\n  <noscript><p>Sans JavaScript</p></noscript>\n</alliance87-checklist>"),
            "{code}"
        );
        let data = snippet(Way::DataForm, &choices, &release, Lang::En, &builtin(), Some(&inside)).unwrap();
        assert!(
            data.ends_with("</template>\n  <noscript><p>Sans JavaScript</p></noscript>\n</div>"),
            "{data}"
        );
        // With another content file too: it shows until that file is in. Not where the first
        // screen would differ: no language, an explorer opening a group.
        choices.values.push((Setting::Src, "https://example.org/c.json".into()));
        assert_eq!(
            prerendered_file(&choices, &release).as_deref(),
            Some("checklist.fr.migration.html")
        );
        let mut explorer = Choices::new(Widget::Explorer);
        assert_eq!(prerendered_file(&explorer, &release), None);
        explorer.values.push((Setting::Lang, "fr".into()));
        assert_eq!(
            prerendered_file(&explorer, &release).as_deref(),
            Some("explorer.fr.html")
        );
        explorer.values.push((Setting::Group, "migration".into()));
        assert_eq!(prerendered_file(&explorer, &release), None);
    }

    #[test]
    fn release_json_gives_the_addresses_and_hashes() {
        let json = r#"{"version": "0.1.0", "loader": "v0.1.0/alliance87.js", "module": "v0.1.0/alliance87-widgets_bg.wasm", "latest": "alliance87.js",
            "files": [{"path": "v0.1.0/alliance87.js", "bytes": 9, "brotli": 5, "integrity": "sha384-L"},
                      {"path": "v0.1.0/alliance87-widgets_bg.wasm", "bytes": 9, "brotli": 5, "integrity": "sha384-M"},
                      {"path": "v0.1.0/alliance87-frame.js", "bytes": 9, "brotli": 5, "integrity": "sha384-F"}],
            "framePages": ["v0.1.0/embed-explorer.fr.html"], "publicUrl": null}"#;
        let local = Release::read(json, "http://127.0.0.1:8088/a87/").unwrap();
        assert_eq!(local.base, "http://127.0.0.1:8088/a87/v0.1.0/");
        assert_eq!(local.loader_integrity.as_deref(), Some("sha384-L"));
        assert_eq!(local.frame_integrity.as_deref(), Some("sha384-F"));
        assert_eq!(local.module.as_deref(), Some("alliance87-widgets_bg.wasm"));
        assert_eq!(local.frame_pages, ["embed-explorer.fr.html"]);
        assert!(!local.oembed);
        let published = Release::read(&json.replace("null", "\"https://cdn.example.org/a87/\""), "http://x/").unwrap();
        assert_eq!(published.base, "https://cdn.example.org/a87/v0.1.0/");
        assert!(published.oembed);
        assert!(Release::read("{}", "http://x/").is_err());
    }

    #[test]
    fn release_json_that_would_give_code_that_cannot_run_or_a_hostile_address_is_refused() {
        use crate::release::ReleaseProblem;
        let json = r#"{"version": "0.1.0", "loader": "v0.1.0/alliance87.js", "module": "v0.1.0/alliance87-widgets_bg.wasm",
            "files": [{"path": "v0.1.0/alliance87.js", "bytes": 9, "brotli": 5, "integrity": "sha384-L+/="},
                      {"path": "v0.1.0/alliance87-widgets_bg.wasm", "bytes": 9, "brotli": 5, "integrity": "sha384-M"},
                      {"path": "v0.1.0/alliance87-frame.js", "bytes": 9, "brotli": 5, "integrity": "sha384-F"}],
            "framePages": ["v0.1.0/embed-explorer.fr.html"], "prerendered": ["prerendered/explorer.fr.html"], "publicUrl": null, "contentUrl": null}"#;
        let release = Release::read(json, "http://x/").unwrap();
        assert_eq!(release.content_url, None);
        let official = json.replace(
            "\"contentUrl\": null",
            "\"contentUrl\": \"https://www.alliance87.org/wp-json/alliance87/v1/content\"",
        );
        assert_eq!(
            Release::read(&official, "http://x/").unwrap().content_url.as_deref(),
            Some("https://www.alliance87.org/wp-json/alliance87/v1/content")
        );
        assert_eq!(
            release.loaded_files(),
            [
                ("v0.1.0/alliance87.js".to_string(), Some("sha384-L+/=".to_string())),
                (
                    "v0.1.0/alliance87-widgets_bg.wasm".to_string(),
                    Some("sha384-M".to_string())
                ),
                ("v0.1.0/alliance87-frame.js".to_string(), Some("sha384-F".to_string())),
            ]
        );
        let refused = |from: &str, to: &str| Release::read(&json.replacen(from, to, 1), "http://x/").unwrap_err();
        let hostile = [
            ("publicUrl", "null", "javascript:alert(1)"),
            ("publicUrl", "null", "data:text/html,x"),
            ("publicUrl", "null", "//evil.example"),
            ("publicUrl", "null", "https://cdn.example.org/\"><script>"),
            ("contentUrl", "null", "javascript:alert(1)"),
            ("contentUrl", "null", "/wp-json/alliance87/v1/content"),
            (
                "loader",
                "\"v0.1.0/alliance87.js\"",
                "https://evil.example/alliance87.js",
            ),
            ("loader", "\"v0.1.0/alliance87.js\"", "../alliance87.js"),
            ("loader", "\"v0.1.0/alliance87.js\"", "v0.1.0/../../x.js"),
            ("loader", "\"v0.1.0/alliance87.js\"", "alliance87.js"),
            ("loader", "\"v0.1.0/alliance87.js\"", "v0.1.0/a b.js"),
        ];
        for (field, given, value) in hostile {
            let problems = refused(
                &format!("\"{field}\": {given}"),
                &format!("\"{field}\": {}", serde_json::json!(value)),
            );
            let named = |p: &ReleaseProblem| matches!(p, ReleaseProblem::Address { field: f, value: v } if *f == field && v == value);
            assert!(problems.iter().any(named), "{field} = {value}: {problems:?}");
        }
        assert_eq!(
            refused("\"integrity\": \"sha384-L+/=\"", "\"integrity\": \"\""),
            [ReleaseProblem::NoHash("v0.1.0/alliance87.js".into())]
        );
        assert_eq!(
            refused("\"integrity\": \"sha384-M\"", "\"integrity\": \"md5-M\""),
            [ReleaseProblem::NoHash("v0.1.0/alliance87-widgets_bg.wasm".into())]
        );
        assert!(matches!(
            &refused("\"prerendered/explorer.fr.html\"", "\"prerendered/../x.html\"")[..],
            [ReleaseProblem::Address {
                field: "framePages",
                ..
            }]
        ));
        assert!(matches!(
            &refused("\"version\"", "\"versio\"")[..],
            [ReleaseProblem::Unreadable(_)]
        ));
        // Worded in the builder's language, naming the file.
        let altered = ReleaseProblem::Altered("v0.1.0/alliance87.js".into());
        assert!(altered
            .words(Lang::Fr.builder_ui())
            .starts_with("v0.1.0/alliance87.js n'est pas le fichier"));
    }

    fn checklist() -> Choices {
        Choices {
            widget: Widget::Checklist,
            values: vec![
                (Setting::Lang, "fr".into()),
                (Setting::Group, "migration".into()),
                // Not a checklist setting: left out of every snippet.
                (Setting::DeepLink, "on".into()),
            ],
            theme: vec![(ThemeProperty::Accent, "#aa0000".into())],
            page: String::new(),
        }
    }

    #[test]
    fn every_way_carries_the_settings_the_widget_reads_with_the_release_hash() {
        let (choices, release) = (checklist(), release());
        let element = snippet(Way::Element, &choices, &release, Lang::En, &builtin(), None).unwrap();
        assert_eq!(
            element,
            "<link rel=\"preload\" href=\"https://cdn.example.org/a87/v0.1.0/alliance87-widgets_bg.wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n<script type=\"module\" async src=\"https://cdn.example.org/a87/v0.1.0/alliance87.js\" integrity=\"sha384-LOADER\" crossorigin=\"anonymous\"></script>\n<alliance87-checklist lang=\"fr\" group=\"migration\" style=\"--alliance87-accent: #aa0000\"></alliance87-checklist>"
        );
        let data = snippet(Way::DataForm, &choices, &release, Lang::En, &builtin(), None).unwrap();
        assert!(data.ends_with(
            "<div data-alliance87=\"checklist\" data-lang=\"fr\" data-group=\"migration\" style=\"--alliance87-accent: #aa0000\"></div>"
        ));
        let script = snippet(Way::Script, &choices, &release, Lang::En, &builtin(), None).unwrap();
        // Not `async`: the inline script that follows needs the global the loader defines.
        assert!(script.contains("<script type=\"module\" src=\"https://cdn.example.org/a87/v0.1.0/alliance87.js\""));
        assert!(
            script.contains(
                "  api.mount(document.getElementById(\"alliance87-checklist\"), {\n    \"group\": \"migration\",\n    \"lang\": \"fr\",\n    \"widget\": \"checklist\"\n  });\n</script>"
            ),
            "{script}"
        );
        let iframe = snippet(Way::Iframe, &choices, &release, Lang::En, &builtin(), None).unwrap();
        // Named in the widget's language, not the builder's.
        assert!(iframe.starts_with("<iframe data-alliance87-frame src=\"https://cdn.example.org/a87/v0.1.0/embed.html?widget=checklist&amp;lang=fr&amp;group=migration&amp;accent=%23aa0000\" title=\"Liste de suivi : Migrations\""), "{iframe}");
        assert!(iframe.contains("alliance87-frame.js\" integrity=\"sha384-FRAME\" crossorigin=\"anonymous\" defer"));
        for way in [Way::Element, Way::DataForm, Way::Script, Way::Iframe] {
            assert!(
                !snippet(way, &choices, &release, Lang::En, &builtin(), None)
                    .unwrap()
                    .contains("deep"),
                "{way:?}"
            );
        }
        assert_eq!(
            snippet(Way::Oembed, &choices, &release, Lang::En, &builtin(), None),
            Ok("https://cdn.example.org/a87/v0.1.0/embed-checklist.fr.migration.html".into())
        );
        assert_eq!(oembed_left_out(&choices), ["accent"]);
    }

    #[test]
    fn flags_are_bare_attributes_and_true_options() {
        let mut choices = Choices::new(Widget::Explorer);
        choices.values = vec![
            (Setting::LanguageSwitch, "on".into()),
            (Setting::DeepLink, String::new()),
        ];
        let release = Release {
            loader_integrity: None,
            ..release()
        };
        let element = snippet(Way::Element, &choices, &release, Lang::En, &builtin(), None).unwrap();
        assert!(
            element.ends_with("<alliance87-explorer language-switch></alliance87-explorer>"),
            "{element}"
        );
        assert!(!element.contains("integrity"));
        assert!(snippet(Way::DataForm, &choices, &release, Lang::En, &builtin(), None)
            .unwrap()
            .contains("data-language-switch=\"\""));
        assert!(snippet(Way::Script, &choices, &release, Lang::En, &builtin(), None)
            .unwrap()
            .contains("\"languageSwitch\": true"));
        assert!(frame_query(&choices).ends_with("&language-switch="));
    }

    #[test]
    fn no_value_can_break_out_of_its_snippet() {
        let mut choices = Choices::new(Widget::Assessment);
        let hostile = "/a\"><script>alert(1)</script>&x='";
        choices.values = vec![
            (Setting::Src, hostile.into()),
            (Setting::SubmitUrl, "javascript:alert(1)".into()),
        ];
        let release = release();
        for way in [Way::Element, Way::DataForm, Way::Script, Way::Iframe] {
            let code = snippet(way, &choices, &release, Lang::En, &builtin(), None).unwrap();
            assert_eq!(
                code.matches("<script").count(),
                code.matches("</script>").count(),
                "{code}"
            );
            assert!(!code.contains("<script>alert"), "{way:?}: {code}");
            assert!(!code.contains("javascript:"), "{way:?}: {code}");
        }
    }

    #[test]
    fn the_iframe_code_resolves_relative_addresses_against_the_partners_page_or_leaves_them_out() {
        let mut choices = Choices::new(Widget::Assessment);
        choices.values = vec![
            (Setting::Src, "content.json".into()),
            (Setting::SubmitUrl, "/submit".into()),
            (Setting::ExplorerUrl, "https://partner.example/groups".into()),
        ];
        let release = release();
        let frame = |choices: &Choices| snippet(Way::Iframe, choices, &release, Lang::En, &builtin(), None).unwrap();
        // Without the page's address: only the absolute address is in the iframe code.
        let (_, left_out) = choices.frame_attributes();
        assert_eq!(left_out, [Setting::Src, Setting::SubmitUrl]);
        let code = frame(&choices);
        assert!(
            code.contains("explorer-url=https%3A%2F%2Fpartner.example%2Fgroups"),
            "{code}"
        );
        assert!(!code.contains("content.json"), "{code}");
        assert!(!code.contains("submit"), "{code}");
        // The element's code is read on the partner's page: the relative addresses stay as typed.
        let element = snippet(Way::Element, &choices, &release, Lang::En, &builtin(), None).unwrap();
        assert!(
            element.contains("src=\"content.json\"") && element.contains("submit-url=\"/submit\""),
            "{element}"
        );
        for not_a_page in [
            "partner.example/about/",
            "javascript:alert(1)",
            "file:///home/me/page.html",
            "/about/",
        ] {
            choices.page = not_a_page.into();
            assert_eq!(choices.page_url(), None, "{not_a_page}");
            assert_eq!(choices.frame_attributes().1.len(), 2, "{not_a_page}");
        }
        // With it: resolved as the partner's page would.
        choices.page = " https://partner.example/about/page.html?x=1 ".into();
        assert_eq!(choices.frame_attributes().1, []);
        let code = frame(&choices);
        assert!(
            code.contains("src=https%3A%2F%2Fpartner.example%2Fabout%2Fcontent.json"),
            "{code}"
        );
        assert!(
            code.contains("submit-url=https%3A%2F%2Fpartner.example%2Fsubmit"),
            "{code}"
        );
    }

    #[test]
    fn a_theme_value_the_check_refuses_is_left_out_of_every_way() {
        let mut choices = Choices::new(Widget::Explorer);
        choices.theme = vec![
            (ThemeProperty::Accent, "0b5cab".into()),
            (ThemeProperty::Radius, "4".into()),
            (ThemeProperty::Text, "red;background:url(https://evil.example/x)".into()),
            (ThemeProperty::Surface, "#fafafa".into()),
        ];
        let release = release();
        for way in [Way::Element, Way::DataForm, Way::Script, Way::Iframe] {
            let code = snippet(way, &choices, &release, Lang::En, &builtin(), None).unwrap();
            assert!(code.contains("fafafa"), "{way:?}: {code}");
            for refused in ["0b5cab", "radius", "evil.example"] {
                assert!(!code.contains(refused), "{way:?} carries {refused}: {code}");
            }
        }
        let rule = theme_rule(&choices).unwrap();
        assert!(
            rule.contains("--alliance87-surface: #fafafa;") && !rule.contains("accent:"),
            "{rule}"
        );
    }

    #[test]
    fn addresses_must_be_web_addresses_or_relative() {
        for good in [
            "https://example.org/c.json",
            "HTTP://example.org",
            "/content.json",
            "c.json",
            "../a:b",
            "?x=1",
        ] {
            assert_eq!(problem(Setting::Src, good), None, "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://example.org/",
            "mailto:a@b.c",
            "https://a\nb",
        ] {
            assert_eq!(problem(Setting::SubmitUrl, bad), Some(Problem::NotWeb), "{bad}");
        }
        assert_eq!(problem(Setting::Lang, "javascript:"), None);
    }

    #[test]
    fn oembed_needs_a_public_address_a_language_and_a_checklist_group() {
        let release = release();
        let mut choices = Choices::new(Widget::Explorer);
        assert_eq!(oembed_page(&choices, &release), Err(NoOembed::NeedsLanguage));
        choices.values.push((Setting::Lang, "es".into()));
        assert_eq!(
            oembed_page(&choices, &release),
            Ok("https://cdn.example.org/a87/v0.1.0/embed-explorer.es.html".into())
        );
        let local = Release {
            oembed: false,
            ..release.clone()
        };
        assert_eq!(oembed_page(&choices, &local), Err(NoOembed::NoPublicAddress));
        let mut checklist = Choices::new(Widget::Checklist);
        checklist.values.push((Setting::Lang, "fr".into()));
        assert_eq!(oembed_page(&checklist, &release), Err(NoOembed::NeedsGroup));
        checklist.values.push((Setting::Group, "rule-of-law".into()));
        assert_eq!(oembed_page(&checklist, &release), Err(NoOembed::NoPage));
    }
}
