//! Writes the release's generated files into a version folder: the widgets' stylesheet
//! (`alliance87.css`, for pre-rendered first screens), the ready-made frame pages, served
//! pre-rendered (and, given `PUBLIC_URL`, their oEmbed documents), and `widgets.json`, the
//! embedding contract as data; and beside the version folder, `prerendered/`, each widget's
//! first screen as an element to paste. `release-files dist/v0.1.0`, run by
//! `scripts/release.mjs`.

#[cfg(not(target_arch = "wasm32"))]
use alliance87_core::{content, contract, frame_pages};
#[cfg(not(target_arch = "wasm32"))]
use alliance87_widgets::prerender;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;

/// A build tool: on wasm32 (where `cargo clippy --all-targets` also compiles it) it has no work.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(message) = run() {
        eprintln!("release-files: {message}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    let folder = std::env::args().nth(1).ok_or("usage: release-files <release folder>")?;
    let folder = Path::new(&folder);
    let version_folder = folder
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("the release folder has no name")?;
    let public_url = std::env::var("PUBLIC_URL").ok();
    let release_url = frame_pages::release_url(public_url.as_deref(), version_folder)?;
    let read = |name: &str| std::fs::read_to_string(folder.join(name)).map_err(|e| format!("{name}: {e}"));
    let write = |name: &str, text: &str| std::fs::write(folder.join(name), text).map_err(|e| format!("{name}: {e}"));
    let template = read("embed.html")?;
    let content = content::builtin();
    let contract = serde_json::to_string_pretty(&contract::contract(&content)).map_err(|e| e.to_string())?;
    write("widgets.json", &contract)?;
    write(
        "alliance87.css",
        &format!("{}{}", prerender::STYLES, prerender::FIRST_SCREEN_STYLES),
    )?;
    let prerendered = folder
        .parent()
        .ok_or("the release folder has no parent")?
        .join("prerendered");
    std::fs::create_dir_all(&prerendered).map_err(|e| format!("prerendered/: {e}"))?;
    let pages = frame_pages::frame_pages(&content);
    for page in &pages {
        let group = page.group.as_deref();
        let screen = prerender::first_screen(page.widget, page.lang, group);
        let first_screen =
            |stylesheet: &str| prerender::element(page.widget, page.lang, group, stylesheet, &screen, &content);
        // Pasted into a partner's page: the stylesheet by the release folder's address (relative
        // to the folder of the stable alliance87.js, or absolute given PUBLIC_URL).
        let stylesheet = match &release_url {
            Some(url) => format!("{url}alliance87.css"),
            None => format!("{version_folder}/alliance87.css"),
        };
        std::fs::write(
            prerendered.join(&page.prerendered_file),
            first_screen(&stylesheet) + "\n",
        )
        .map_err(|e| format!("prerendered/{}: {e}", page.prerendered_file))?;
        // In a frame page, beside the stylesheet.
        write(
            &page.file,
            &frame_pages::page_html(&template, page, &first_screen("alliance87.css"), release_url.as_deref())?,
        )?;
        if let Some(url) = &release_url {
            let doc = serde_json::to_string_pretty(&frame_pages::oembed(page, url)).map_err(|e| e.to_string())?;
            write(&page.oembed_file, &doc)?;
        }
    }
    match release_url {
        Some(url) => println!("{} frame pages with oEmbed at {url}", pages.len()),
        None => println!(
            "{} frame pages; no oEmbed documents (set PUBLIC_URL to the release's address)",
            pages.len()
        ),
    }
    Ok(())
}
