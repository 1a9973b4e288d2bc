//! The release as `scripts/release.mjs` describes it in `release.json`: its version folder,
//! files and hashes, frame pages and pre-rendered first screens.

use crate::attributes::{self, Setting, Widget};
use crate::html::escape;
use crate::i18n::{fill, BuilderUi};
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
    pub module_integrity: Option<String>,
    pub frame_integrity: Option<String>,
    /// The ready-made frame pages' file names (`embed-explorer.fr.html`).
    pub frame_pages: Vec<String>,
    /// Built with `PUBLIC_URL`: the frame pages have oEmbed documents.
    pub oembed: bool,
    /// Every file of the release, for the table of hashes.
    pub files: Vec<ReleaseFile>,
    /// The pre-rendered first screens' file names, in `prerendered/`.
    pub prerendered: Vec<String>,
    /// Built with `CONTENT_URL`: the address of the Alliance's official content (its WordPress
    /// site's published file), which the builder offers as the content file.
    pub content_url: Option<String>,
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
    #[serde(default)]
    content_url: Option<String>,
}

impl Release {
    /// Reads `release.json`, found in `folder` (an absolute address ending with `/`). The code
    /// points at the release's public address when it was built with one, else at `folder`.
    /// Everything the code would carry is checked: the public address is http(s), every path
    /// is a file of the release's folders, and the files the code loads have hashes.
    pub fn read(json: &str, folder: &str) -> Result<Release, Vec<ReleaseProblem>> {
        let doc: ReleaseJson =
            serde_json::from_str(json).map_err(|e| vec![ReleaseProblem::Unreadable(e.to_string())])?;
        let mut problems = Vec::new();
        let mut address = |field: &'static str, value: &str, fits: bool| {
            if !fits {
                problems.push(ReleaseProblem::Address {
                    field,
                    value: value.to_string(),
                });
            }
        };
        let in_folder = doc.loader.rsplit_once('/').map(|(folder, _)| folder);
        address(
            "loader",
            &doc.loader,
            is_release_path(&doc.loader) && in_folder.is_some(),
        );
        if let Some(module) = &doc.module {
            address("module", module, is_release_path(module));
        }
        let public = doc
            .public_url
            .as_deref()
            .map(|u| u.trim_end_matches('/'))
            .filter(|u| !u.is_empty());
        if let Some(url) = public {
            address("publicUrl", url, is_absolute_web_address(url));
        }
        let content_url = doc.content_url.as_deref().map(str::trim).filter(|u| !u.is_empty());
        if let Some(url) = content_url {
            address("contentUrl", url, is_absolute_web_address(url));
        }
        let content_url = content_url.map(str::to_string);
        for file in &doc.files {
            address("files", &file.path, is_release_path(&file.path));
        }
        for page in doc.frame_pages.iter().chain(&doc.prerendered) {
            address("framePages", page, is_release_path(page));
        }
        let version_folder = in_folder.unwrap_or_default();
        let integrity = |path: &str| {
            doc.files
                .iter()
                .find(|f| f.path == path)
                .map(|f| f.integrity.clone())
                .filter(|i| is_integrity(i))
        };
        let prefix = format!("{version_folder}/");
        let frame_script = format!("{prefix}alliance87-frame.js");
        let release = Release {
            version: doc.version.clone(),
            loader: doc.loader.clone(),
            loader_integrity: integrity(&doc.loader),
            module: doc
                .module
                .as_deref()
                .and_then(|m| m.strip_prefix(&prefix))
                .map(str::to_string),
            module_integrity: doc.module.as_deref().and_then(integrity),
            frame_integrity: integrity(&frame_script),
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
            base: match public {
                Some(url) => format!("{url}/{version_folder}/"),
                None => format!("{folder}{version_folder}/"),
            },
            files: doc.files,
            content_url,
        };
        for (path, _) in release
            .loaded_files()
            .iter()
            .filter(|(_, integrity)| integrity.is_none())
        {
            problems.push(ReleaseProblem::NoHash(path.clone()));
        }
        if problems.is_empty() {
            Ok(release)
        } else {
            Err(problems)
        }
    }

    /// The files the code makes a partner's page load (the loader, its module, the frame
    /// script), by their paths from the folder of `release.json`, each with its hash.
    pub fn loaded_files(&self) -> Vec<(String, Option<String>)> {
        let folder = self.loader.rsplit_once('/').map_or("", |(folder, _)| folder);
        let mut files = vec![(self.loader.clone(), self.loader_integrity.clone())];
        if let Some(module) = &self.module {
            files.push((format!("{folder}/{module}"), self.module_integrity.clone()));
        }
        files.push((format!("{folder}/alliance87-frame.js"), self.frame_integrity.clone()));
        files
    }
}

/// Why the builder gives no code for a release: the code would not run on a partner's page,
/// or would carry an address it must not.
#[derive(Clone, Debug, PartialEq)]
pub enum ReleaseProblem {
    /// `release.json` could not be fetched or is not what the build writes; the reason.
    Unreadable(String),
    /// A value the code would carry that is neither an http(s) address (`publicUrl`) nor a
    /// file of the release's folders.
    Address { field: &'static str, value: String },
    /// A file the code loads, without a usable hash to check it by.
    NoHash(String),
    /// A file the code loads that the server does not give, and why.
    Missing { file: String, reason: String },
    /// A file whose bytes are not those its hash describes.
    Altered(String),
}

impl ReleaseProblem {
    /// The problem in the builder's language.
    pub fn words(&self, ui: &BuilderUi) -> String {
        match self {
            ReleaseProblem::Unreadable(reason) => fill(ui.release_unread, &[("reason", reason)]),
            ReleaseProblem::Address { field, value } => {
                fill(ui.release_bad_address, &[("field", field), ("value", value)])
            }
            ReleaseProblem::NoHash(file) => fill(ui.release_no_hash, &[("file", file)]),
            ReleaseProblem::Missing { file, reason } => fill(ui.release_missing, &[("file", file), ("reason", reason)]),
            ReleaseProblem::Altered(file) => fill(ui.release_altered, &[("file", file)]),
        }
    }
}

/// A path of the release from the folder of `release.json`: names of letters, digits, `.`,
/// `-` and `_`, joined by `/`, none of them `.` or `..`.
fn is_release_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|name| {
            !name.is_empty()
                && name != "."
                && name != ".."
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        })
}

fn is_absolute_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && attributes::is_web_address(url)
}

/// A Subresource Integrity value: `sha256-`, `sha384-` or `sha512-` and base64.
fn is_integrity(value: &str) -> bool {
    ["sha256-", "sha384-", "sha512-"].iter().any(|algorithm| {
        value.strip_prefix(algorithm).is_some_and(|hash| {
            !hash.is_empty()
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        })
    })
}

/// The release's pre-rendered first screen for these choices (`checklist.fr.migration.html` in
/// `prerendered/`), where it holds that exact screen: a chosen language, the checklist's group,
/// an explorer that opens on the list. With a `src`, the first screen (the built-in content)
/// stays on screen until that file is in, and what differs is then replaced in place.
pub fn prerendered_file(choices: &Choices, release: &Release) -> Option<String> {
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
