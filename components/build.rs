//! Joins and minifies the widgets' stylesheets compiled into the bundle: the readable files stay
//! the source, the bundle carries none of their whitespace and comments.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // One stylesheet for every widget, in cascade order: the shared base and controls, then
    // each widget's own.
    let sheets = [
        "widget.css",
        "controls.css",
        "explorer/explorer.css",
        "checklist/checklist.css",
        "self_assessment/self_assessment.css",
    ];
    let mut styles = String::new();
    for css in sheets {
        let source = fs::read_to_string(css).expect("read stylesheet");
        styles.push_str(&minify_css(&source));
        println!("cargo:rerun-if-changed={css}");
    }
    fs::write(Path::new(&out).join("styles.css"), styles).expect("write minified stylesheet");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Drops comments and the whitespace CSS does not need: around braces and semicolons, and after
/// commas and colons. Spaces before a colon stay, as they can be descendant combinators
/// (`.a :focus`).
fn minify_css(source: &str) -> String {
    let mut text = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if c == ' ' && ("{};,:".contains(prev) || "{};".contains(next)) {
            continue;
        }
        out.push(c);
    }
    out
}
