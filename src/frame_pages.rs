//! The release's ready-made frame pages, one per widget, language and (for the checklist) group,
//! each a copy of `embed.html` with its settings written in: an address a partner can paste into
//! WordPress or Drupal (oEmbed discovery) or use as an `<iframe>`. With a public address for the
//! release (`PUBLIC_URL`), each page links its oEmbed document, which must hold absolute URLs.
//! Written by `src/bin/release-files.rs` at build time; pure, so tested natively.

use crate::attributes::{Setting, Widget};
use crate::content::Content;
use crate::html::{escape, widget_title};
use crate::i18n::Lang;
use serde::Serialize;

/// One ready-made frame page.
#[derive(Clone, Debug, PartialEq)]
pub struct FramePage {
    /// `embed-checklist.fr.migration.html`, in the release folder.
    pub file: String,
    /// Its oEmbed document, beside it.
    pub oembed_file: String,
    /// The settings, as `embed.html`'s query: `widget=checklist&lang=fr&group=migration`.
    pub query: String,
    /// The widget's title in that language, for the page and the oEmbed `title`.
    pub title: String,
    pub lang: Lang,
    pub widget: Widget,
    /// The checklist's group.
    pub group: Option<String>,
    /// Its first screen, pre-rendered, in `prerendered/` beside the version folders:
    /// `checklist.fr.migration.html`.
    pub prerendered_file: String,
}

/// Every page the release holds: each widget in each language, and the checklist of each group
/// that has something to check.
pub fn frame_pages(content: &Content) -> Vec<FramePage> {
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        for widget in Widget::ALL {
            let groups: Vec<Option<&crate::content::Group>> = match widget {
                Widget::Checklist => content
                    .groups
                    .iter()
                    .filter(|g| g.priorities.is_some() || g.structure.is_some())
                    .map(Some)
                    .collect(),
                _ => vec![None],
            };
            for group in groups {
                let title = widget_title(*widget, lang, group.map(|g| g.name.get(lang)));
                let mut stem = format!("{}.{}", widget.name(), lang.code());
                let mut query = format!("widget={}&{}={}", widget.name(), Setting::Lang.attribute(), lang.code());
                if let Some(g) = group {
                    stem = format!("{stem}.{}", g.id);
                    query = format!("{query}&{}={}", Setting::Group.attribute(), g.id);
                }
                pages.push(FramePage {
                    file: format!("embed-{stem}.html"),
                    oembed_file: format!("oembed-{stem}.json"),
                    prerendered_file: format!("{stem}.html"),
                    query,
                    title,
                    lang,
                    widget: *widget,
                    group: group.map(|g| g.id.clone()),
                });
            }
        }
    }
    pages
}

/// An oEmbed 1.0 "rich" response: the iframe WordPress and Drupal put in the post.
#[derive(Serialize)]
pub struct Oembed {
    pub version: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub provider_name: &'static str,
    pub provider_url: &'static str,
    pub width: u32,
    pub height: u32,
    pub html: String,
}

/// The frame's size before its first height message resizes it.
const WIDTH: u32 = 640;
const HEIGHT: u32 = 720;

/// The oEmbed document of `page`, for a release published at `release_url` (absolute, ending
/// with `/`: the folder holding `alliance87.js`).
pub fn oembed(page: &FramePage, release_url: &str) -> Oembed {
    let src = format!("{release_url}{}", page.file);
    Oembed {
        version: "1.0",
        kind: "rich",
        title: page.title.clone(),
        provider_name: "Alliance 8.7",
        provider_url: "https://www.alliance87.org/",
        width: WIDTH,
        height: HEIGHT,
        html: format!(
            "<iframe src=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" title=\"{}\" frameborder=\"0\" data-alliance87-frame></iframe>",
            escape(&src),
            escape(&page.title)
        ),
    }
}

/// `embed.html` with the page's settings, title and language written in, its widget's first
/// screen pre-rendered (`element`, which `embed.js` takes over), and, given the release's public
/// address, the link that lets WordPress and Drupal discover its oEmbed.
pub fn page_html(template: &str, page: &FramePage, element: &str, release_url: Option<&str>) -> Result<String, String> {
    let mut head = format!("<meta name=\"alliance87-embed\" content=\"{}\" />", escape(&page.query));
    if let Some(url) = release_url {
        head.push_str(&format!(
            "\n    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />",
            escape(&format!("{url}{}", page.oembed_file)),
            escape(&page.title)
        ));
    }
    let replace_once = |text: &str, from: &str, to: &str| -> Result<String, String> {
        match text.matches(from).count() {
            1 => Ok(text.replacen(from, to, 1)),
            n => Err(format!("embed.html: `{from}` found {n} times, expected once")),
        }
    };
    let html = replace_once(
        template,
        "<title>Alliance 8.7</title>",
        &format!("<title>{}</title>\n    {head}", escape(&page.title)),
    )?;
    let html = replace_once(
        &html,
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\">", page.lang.code()),
    )?;
    replace_once(&html, "</h1></main>", &format!("</h1>{element}</main>"))
}

/// The release's public address as given to the build (`PUBLIC_URL`) plus the version folder;
/// `None` without one, an error for anything but an absolute http(s) address.
pub fn release_url(public_url: Option<&str>, version_folder: &str) -> Result<Option<String>, String> {
    let Some(url) = public_url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(['"', '<', '>', ' ']) {
        return Err(format!("PUBLIC_URL must be an absolute http(s) address, not \"{url}\""));
    }
    let base = if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    };
    Ok(Some(format!("{base}{version_folder}/")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    const TEMPLATE: &str =
        "<html lang=\"en\"><head><title>Alliance 8.7</title></head><main><h1>Alliance 8.7</h1></main></html>";

    #[test]
    fn every_widget_language_and_checklist_group_has_a_page() {
        let content = builtin();
        let pages = frame_pages(&content);
        let checklist_groups = content
            .groups
            .iter()
            .filter(|g| g.priorities.is_some() || g.structure.is_some())
            .count();
        assert_eq!(pages.len(), 3 * (2 + checklist_groups));
        let page = pages
            .iter()
            .find(|p| p.file == "embed-checklist.fr.migration.html")
            .expect("the French Migration checklist");
        assert_eq!(page.query, "widget=checklist&lang=fr&group=migration");
        assert_eq!(page.oembed_file, "oembed-checklist.fr.migration.json");
        assert!(page
            .title
            .contains(content.group("migration").unwrap().name.get(Lang::Fr)));
        let assessment = pages
            .iter()
            .find(|p| p.file == "embed-self-assessment.es.html")
            .unwrap();
        assert_eq!(assessment.title, Lang::Es.assessment_ui().title);
    }

    #[test]
    fn pages_carry_their_settings_language_and_oembed_link_only_with_a_public_address() {
        let page = frame_pages(&builtin())
            .into_iter()
            .find(|p| p.file == "embed-explorer.es.html")
            .unwrap();
        let local = page_html(TEMPLATE, &page, "<x-widget></x-widget>", None).unwrap();
        assert!(local.starts_with("<html lang=\"es\">"));
        assert!(local.contains("<meta name=\"alliance87-embed\" content=\"widget=explorer&amp;lang=es\" />"));
        assert!(!local.contains("oembed"));
        let public = page_html(TEMPLATE, &page, "", Some("https://cdn.example.org/a87/v1.0.0/")).unwrap();
        assert!(public.contains("href=\"https://cdn.example.org/a87/v1.0.0/oembed-explorer.es.json\""));
        assert!(page_html("<html>", &page, "", None).is_err());
        assert!(local.contains("<h1>Alliance 8.7</h1><x-widget></x-widget></main>"));
    }

    #[test]
    fn oembed_documents_are_rich_iframes_at_absolute_addresses() {
        let page = frame_pages(&builtin())
            .into_iter()
            .find(|p| p.file == "embed-checklist.en.supply-chains.html")
            .unwrap();
        let doc = serde_json::to_value(oembed(&page, "https://cdn.example.org/a87/v1.0.0/")).unwrap();
        assert_eq!(doc["type"], "rich");
        assert_eq!(doc["version"], "1.0");
        assert_eq!(doc["title"], page.title);
        let html = doc["html"].as_str().unwrap();
        assert!(html
            .starts_with("<iframe src=\"https://cdn.example.org/a87/v1.0.0/embed-checklist.en.supply-chains.html\""));
        assert!(html.contains("data-alliance87-frame"));
    }

    #[test]
    fn the_public_address_must_be_absolute_http() {
        assert_eq!(release_url(None, "v1"), Ok(None));
        assert_eq!(release_url(Some(" "), "v1"), Ok(None));
        assert_eq!(
            release_url(Some("https://cdn.example.org/a87"), "v1")
                .unwrap()
                .as_deref(),
            Some("https://cdn.example.org/a87/v1/")
        );
        for bad in ["/a87/", "javascript:alert(1)", "https://x\"><script>"] {
            assert!(release_url(Some(bad), "v1").is_err(), "{bad}");
        }
    }
}
