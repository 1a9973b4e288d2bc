//! The theme partners give the widgets: its custom properties and their defaults, the fonts
//! the builder offers, and WCAG contrast ratios of its colours.

use crate::snippets::Choices;

/// A theme custom property (`--alliance87-<name>`): the one list the widgets' stylesheet, the
/// builder, the frame page (through the runtime's `Alliance87.theme`) and the release's
/// `widgets.json` follow; a native test holds `components/widget.css` to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeProperty {
    Accent,
    AccentText,
    Text,
    Muted,
    Surface,
    SurfaceAlt,
    Border,
    Focus,
    Radius,
    Font,
    FontSize,
}

impl ThemeProperty {
    pub const ALL: [ThemeProperty; 11] = [
        ThemeProperty::Accent,
        ThemeProperty::AccentText,
        ThemeProperty::Text,
        ThemeProperty::Muted,
        ThemeProperty::Surface,
        ThemeProperty::SurfaceAlt,
        ThemeProperty::Border,
        ThemeProperty::Focus,
        ThemeProperty::Radius,
        ThemeProperty::Font,
        ThemeProperty::FontSize,
    ];
    /// The ones the embed builder asks for: a brand's colours, corners and font.
    pub const OFFERED: [ThemeProperty; 6] = [
        ThemeProperty::Accent,
        ThemeProperty::AccentText,
        ThemeProperty::Text,
        ThemeProperty::Surface,
        ThemeProperty::Radius,
        ThemeProperty::Font,
    ];
    pub const COLOURS: [ThemeProperty; 4] = [
        ThemeProperty::Accent,
        ThemeProperty::AccentText,
        ThemeProperty::Text,
        ThemeProperty::Surface,
    ];

    /// The name after `--alliance87-`, also `embed.html`'s query parameter.
    pub fn name(self) -> &'static str {
        match self {
            ThemeProperty::Accent => "accent",
            ThemeProperty::AccentText => "accent-text",
            ThemeProperty::Text => "text",
            ThemeProperty::Muted => "muted",
            ThemeProperty::Surface => "surface",
            ThemeProperty::SurfaceAlt => "surface-alt",
            ThemeProperty::Border => "border",
            ThemeProperty::Focus => "focus",
            ThemeProperty::Radius => "radius",
            ThemeProperty::Font => "font",
            ThemeProperty::FontSize => "font-size",
        }
    }

    pub fn custom_property(self) -> String {
        format!("--alliance87-{}", self.name())
    }

    /// The widgets' own value (`components/widget.css`); empty for the font, whose default is
    /// the widgets' system font stack.
    pub fn default_value(self) -> &'static str {
        match self {
            ThemeProperty::Accent => "#0b5cab",
            ThemeProperty::AccentText => "#ffffff",
            ThemeProperty::Text => "#1b1f24",
            ThemeProperty::Muted => "#4a5560",
            ThemeProperty::Surface => "#ffffff",
            ThemeProperty::SurfaceAlt => "#f2f5f8",
            ThemeProperty::Border => "#8a96a3",
            ThemeProperty::Focus => "#c2410c",
            ThemeProperty::Radius => "8px",
            ThemeProperty::Font => "",
            ThemeProperty::FontSize => "medium",
        }
    }
}

/// The fonts the builder offers, by id: the widgets' system font stack is the default.
pub const FONTS: [(&str, &str); 4] = [
    ("system", ""),
    ("page", "inherit"),
    ("serif", "Georgia, \"Times New Roman\", serif"),
    ("sans", "Arial, Helvetica, sans-serif"),
];

/// `#rrggbb` (or `#rgb`) as red, green and blue.
pub fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.trim().strip_prefix('#')?;
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

/// WCAG 2.2's relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2.2's contrast ratio of two colours, from 1 to 21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG AA's minimum for text.
pub const AA_TEXT: f64 = 4.5;

/// A ratio as shown: cut, never rounded, to one decimal, so 4.49 reads 4.4 and never passes.
pub fn ratio_text(ratio: f64) -> String {
    format!("{:.1}", (ratio * 10.0).floor() / 10.0)
}

/// The colour pairs the builder checks, each as (foreground, background).
pub const CONTRAST_PAIRS: [(ThemeProperty, ThemeProperty); 3] = [
    (ThemeProperty::Text, ThemeProperty::Surface),
    (ThemeProperty::Accent, ThemeProperty::Surface),
    (ThemeProperty::AccentText, ThemeProperty::Accent),
];

/// The colour a theme gives `property`, or the widgets' default.
pub fn colour(choices: &Choices, property: ThemeProperty) -> [u8; 3] {
    choices
        .theme
        .iter()
        .find(|(p, _)| *p == property)
        .and_then(|(_, v)| parse_hex(v))
        .or_else(|| parse_hex(property.default_value()))
        .unwrap_or([0, 0, 0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_declares_every_theme_property_with_its_default() {
        let css = include_str!("../components/widget.css");
        for property in ThemeProperty::ALL {
            let declared = format!("var({}, {}", property.custom_property(), property.default_value());
            assert!(css.contains(&declared), "widget.css lacks {declared}");
        }
        let used = css.matches("var(--alliance87-").count();
        assert_eq!(
            used,
            ThemeProperty::ALL.len(),
            "a --alliance87-* property the list does not hold"
        );
    }
    use crate::attributes::Widget;

    #[test]
    fn contrast_follows_wcag() {
        assert_eq!(ratio_text(contrast_ratio([0, 0, 0], [255, 255, 255])), "21.0");
        assert_eq!(ratio_text(contrast_ratio([255, 255, 255], [255, 255, 255])), "1.0");
        // #767676 on white is the classic 4.54:1; #777777 is 4.47:1 and must not read 4.5.
        let grey = contrast_ratio(parse_hex("#767676").unwrap(), [255; 3]);
        assert!(grey >= AA_TEXT && ratio_text(grey) == "4.5");
        let lighter = contrast_ratio(parse_hex("#777").unwrap(), [255; 3]);
        assert!(lighter < AA_TEXT && ratio_text(lighter) == "4.4");
        assert_eq!(parse_hex("#0B5CAB"), Some([11, 92, 171]));
        assert_eq!(parse_hex("0b5cab"), None);
        assert_eq!(parse_hex("#0b5ca"), None);
        // The widgets' own defaults pass.
        let defaults = Choices::new(Widget::Explorer);
        for (fg, bg) in CONTRAST_PAIRS {
            assert!(
                contrast_ratio(colour(&defaults, fg), colour(&defaults, bg)) >= AA_TEXT,
                "{fg:?} on {bg:?}"
            );
        }
    }
}
