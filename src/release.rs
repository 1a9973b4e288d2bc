//! The release as `scripts/release.mjs` describes it in `release.json`: its version folder,
//! files and hashes, frame pages and pre-rendered first screens.

use crate::attributes::{Setting, Widget};
use crate::html::escape;
use crate::snippets::Choices;

/// Where and what the release is, from `release.json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub version: String,
    /// The loader's path from the folder of `release.json`: `v0.1.0/alliance87.js`.
    pub loader: String,
    /// The version folder's address, ending with `/`: `https://cdn.example.org/a87/v0.1.0/`.
    pub base: String,
    /// `sha384-…` of the loader and of `alliance87-frame.js`, when `release.json` was read.
    pub loader_integrity: Option<String>,
    /// The WebAssembly module's file name in the version folder, when `release.json` was read:
    /// the code hints it, so it downloads while the page is still being read.
    pub module: Option<String>,
    pub frame_integrity: Option<String>,
    /// The ready-made frame pages' file names (`embed-explorer.fr.html`).
    pub frame_pages: Vec<String>,
    /// Built with `PUBLIC_URL`: the frame pages have oEmbed documents.
    pub oembed: bool,
    /// Every file of the release, for the table of hashes.
    pub files: Vec<ReleaseFile>,
    /// The pre-rendered first screens' file names, in `prerendered/`.
    pub prerendered: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ReleaseFile {
    pub path: String,
    pub brotli: u64,
    pub integrity: String,
}

/// `release.json` as `scripts/release.mjs` writes it.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReleaseJson {
    version: String,
    loader: String,
    #[serde(default)]
    module: Option<String>,
    files: Vec<ReleaseFile>,
    #[serde(default)]
    frame_pages: Vec<String>,
    #[serde(default)]
    prerendered: Vec<String>,
    public_url: Option<String>,
}

impl Release {
    /// For a builder that could not read `release.json`: this crate's version, no hashes.
    pub fn unread(folder: &str) -> Release {
        let version = env!("CARGO_PKG_VERSION").to_string();
        Release {
            base: format!("{folder}v{version}/"),
            loader: format!("v{version}/alliance87.js"),
            version,
            loader_integrity: None,
            module: None,
            frame_integrity: None,
            frame_pages: Vec::new(),
            oembed: false,
            files: Vec::new(),
            prerendered: Vec::new(),
        }
    }

    /// Reads `release.json`, found in `folder` (an absolute address ending with `/`). The code
    /// points at the release's public address when it was built with one, else at `folder`.
    pub fn read(json: &str, folder: &str) -> Result<Release, String> {
        let doc: ReleaseJson = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let (version_folder, _) = doc
            .loader
            .rsplit_once('/')
            .ok_or_else(|| format!("the loader \"{}\" is not in a version folder", doc.loader))?;
        let public = doc
            .public_url
            .as_deref()
            .map(|u| u.trim_end_matches('/'))
            .filter(|u| !u.is_empty());
        let base = match public {
            Some(url) => format!("{url}/{version_folder}/"),
            None => format!("{folder}{version_folder}/"),
        };
        let integrity = |path: &str| doc.files.iter().find(|f| f.path == path).map(|f| f.integrity.clone());
        let prefix = format!("{version_folder}/");
        Ok(Release {
            version: doc.version.clone(),
            loader: doc.loader.clone(),
            loader_integrity: integrity(&doc.loader),
            module: doc
                .module
                .as_deref()
                .and_then(|m| m.strip_prefix(&prefix))
                .map(str::to_string),
            frame_integrity: integrity(&format!("{prefix}alliance87-frame.js")),
            frame_pages: doc
                .frame_pages
                .iter()
                .filter_map(|p| p.strip_prefix(&prefix))
                .map(str::to_string)
                .collect(),
            oembed: public.is_some(),
            prerendered: doc
                .prerendered
                .iter()
                .filter_map(|p| p.strip_prefix("prerendered/"))
                .map(str::to_string)
                .collect(),
            base,
            files: doc.files,
        })
    }
}

/// The release's pre-rendered first screen for these choices (`checklist.fr.migration.html` in
/// `prerendered/`), where it holds that exact screen: a chosen language, the built-in content,
/// the checklist's group, an explorer that opens on the list.
pub fn prerendered_file(choices: &Choices, release: &Release) -> Option<String> {
    if choices.value(Setting::Src).is_some() {
        return None;
    }
    let lang = choices.lang()?;
    let group = choices.value(Setting::Group);
    let file = match (choices.widget, group) {
        (Widget::Explorer, Some(_)) | (Widget::Checklist, None) => return None,
        (Widget::Checklist, Some(group)) => format!("checklist.{}.{group}.html", lang.code()),
        (widget, _) => format!("{}.{}.html", widget.name(), lang.code()),
    };
    release.prerendered.contains(&file).then_some(file)
}

/// What goes inside the element from a pre-rendered file: its declarative shadow root and its
/// `<noscript>` line, with the stylesheet at the release's address.
pub fn first_screen(prerendered: &str, release: &Release) -> Option<String> {
    let start = prerendered.find("<template shadowrootmode=\"open\">")?;
    let end = prerendered.rfind("</noscript>")? + "</noscript>".len();
    let stylesheet = format!("href=\"{}alliance87.css\"", escape(&release.base));
    let relative = format!("href=\"{}\"", release.loader.replace("alliance87.js", "alliance87.css"));
    Some(prerendered.get(start..end)?.replacen(&relative, &stylesheet, 1))
}
