//! Alliance 8.7 widgets' pure logic: the content model and its validation, search, matching,
//! checklists and answers with their saved formats and share links, languages, the embedding
//! contract and the embed builder's snippets.
//!
//! Nothing here knows the DOM: this crate has no leptos, web-sys or wasm-bindgen among its
//! dependencies, so the compiler keeps it that way, and its tests run natively in seconds. The
//! views, the embedding runtime and the pre-rendering live in `components/`, which depends on it.

pub mod assessment;
pub mod attributes;
pub mod checklist;
pub mod content;
/// Build time only (the release's `widgets.json`), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
pub mod draft;
pub mod events;
/// Build time only (the release's frame pages), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod frame_pages;
pub mod html;
pub mod i18n;
pub mod personas;
pub mod problems;
pub mod release;
pub mod saved;
pub mod search;
pub mod share;
pub mod snippets;
pub mod theme;
pub mod translation;
pub mod validate;
