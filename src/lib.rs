//! Alliance 8.7 widgets: Leptos components compiled to WebAssembly that partner websites embed
//! with one script tag.
//!
//! The pure logic (content model and validation, search, languages) builds on every target and
//! is tested natively; the view (`components/`) and the embedding runtime (`embed`) exist only
//! for `wasm32`, so nothing in the logic can reach for the DOM.

pub mod assessment;
pub mod attributes;
pub mod checklist;
pub mod content;
/// Build time only (the release's `widgets.json`), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
pub mod embed_code;
/// Build time only (the release's frame pages), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod frame_pages;
pub mod i18n;
/// Build time only (the widgets' first screens as HTML), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod search;
pub mod validate;

#[path = "../components/mod.rs"]
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "widgets"))]
mod embed;
