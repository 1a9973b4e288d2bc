//! Minifies the built-in content compiled into the crate: the readable file stays the source,
//! the bundle carries none of its whitespace.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let content = fs::read_to_string("public/action-groups.json").expect("public/action-groups.json");
    // Malformed JSON is kept as is: the content tests then report it with its position.
    let compact = match serde_json::from_str::<serde_json::Value>(&content) {
        Ok(document) => document.to_string(),
        Err(_) => content,
    };
    fs::write(Path::new(&out).join("action-groups.json"), compact).expect("write minified content");
    println!("cargo:rerun-if-changed=public/action-groups.json");
    println!("cargo:rerun-if-changed=build.rs");
}
