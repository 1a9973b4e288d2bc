//! Writes the release's generated files into a version folder: the ready-made frame pages (and,
//! given `PUBLIC_URL`, their oEmbed documents) and `widgets.json`, the embedding contract as
//! data. `release-files dist/v0.1.0`, run by `scripts/release.mjs`.

#[cfg(not(target_arch = "wasm32"))]
use alliance87_widgets::{content, contract, frame_pages};
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
    let pages = frame_pages::frame_pages(&content);
    for page in &pages {
        write(
            &page.file,
            &frame_pages::page_html(&template, page, release_url.as_deref())?,
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
