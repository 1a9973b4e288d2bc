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

    /// What its value must be: [`check`] applies it, and `widgets.json` carries it.
    pub fn kind(self) -> ThemeKind {
        match self {
            ThemeProperty::Radius => ThemeKind::Length,
            ThemeProperty::Font => ThemeKind::FontList,
            ThemeProperty::FontSize => ThemeKind::FontSize,
            _ => ThemeKind::Colour,
        }
    }

    pub fn from_name(name: &str) -> Option<ThemeProperty> {
        ThemeProperty::ALL.into_iter().find(|p| p.name() == name)
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

/// What a theme value must be. A value of the wrong kind would not fall back to the widgets'
/// default: CSS makes a custom property that does not fit where it is used "invalid at computed
/// value time", which leaves, say, white text on no background at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeKind {
    /// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, a CSS colour name, or a colour function
    /// (`rgb(…)`, `oklch(…)`…) of numbers, units, keywords, `,`, `/` and spaces.
    Colour,
    /// `0`, or a non-negative number with a CSS length unit or `%`.
    Length,
    /// A length, or a CSS font-size keyword (`medium`, `larger`…).
    FontSize,
    /// Font families separated by commas, each a quoted name or words of letters, digits, `-`
    /// and `_`.
    FontList,
}

/// The verdict on a theme value (surrounding white space aside), the same in every
/// implementation of the contract (`tests/contract-cases.json`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThemeVerdict {
    /// The value as written, without surrounding white space.
    Accepted(String),
    /// Empty: the widgets' default, nothing reported.
    Unset,
    /// Reported, and the widgets' default kept.
    Refused,
}

/// CSS Color 4's named colours, `transparent` and `currentcolor`.
pub const COLOUR_NAMES: [&str; 150] = [
    "aliceblue",
    "antiquewhite",
    "aqua",
    "aquamarine",
    "azure",
    "beige",
    "bisque",
    "black",
    "blanchedalmond",
    "blue",
    "blueviolet",
    "brown",
    "burlywood",
    "cadetblue",
    "chartreuse",
    "chocolate",
    "coral",
    "cornflowerblue",
    "cornsilk",
    "crimson",
    "cyan",
    "darkblue",
    "darkcyan",
    "darkgoldenrod",
    "darkgray",
    "darkgreen",
    "darkgrey",
    "darkkhaki",
    "darkmagenta",
    "darkolivegreen",
    "darkorange",
    "darkorchid",
    "darkred",
    "darksalmon",
    "darkseagreen",
    "darkslateblue",
    "darkslategray",
    "darkslategrey",
    "darkturquoise",
    "darkviolet",
    "deeppink",
    "deepskyblue",
    "dimgray",
    "dimgrey",
    "dodgerblue",
    "firebrick",
    "floralwhite",
    "forestgreen",
    "fuchsia",
    "gainsboro",
    "ghostwhite",
    "gold",
    "goldenrod",
    "gray",
    "green",
    "greenyellow",
    "grey",
    "honeydew",
    "hotpink",
    "indianred",
    "indigo",
    "ivory",
    "khaki",
    "lavender",
    "lavenderblush",
    "lawngreen",
    "lemonchiffon",
    "lightblue",
    "lightcoral",
    "lightcyan",
    "lightgoldenrodyellow",
    "lightgray",
    "lightgreen",
    "lightgrey",
    "lightpink",
    "lightsalmon",
    "lightseagreen",
    "lightskyblue",
    "lightslategray",
    "lightslategrey",
    "lightsteelblue",
    "lightyellow",
    "lime",
    "limegreen",
    "linen",
    "magenta",
    "maroon",
    "mediumaquamarine",
    "mediumblue",
    "mediumorchid",
    "mediumpurple",
    "mediumseagreen",
    "mediumslateblue",
    "mediumspringgreen",
    "mediumturquoise",
    "mediumvioletred",
    "midnightblue",
    "mintcream",
    "mistyrose",
    "moccasin",
    "navajowhite",
    "navy",
    "oldlace",
    "olive",
    "olivedrab",
    "orange",
    "orangered",
    "orchid",
    "palegoldenrod",
    "palegreen",
    "paleturquoise",
    "palevioletred",
    "papayawhip",
    "peachpuff",
    "peru",
    "pink",
    "plum",
    "powderblue",
    "purple",
    "rebeccapurple",
    "red",
    "rosybrown",
    "royalblue",
    "saddlebrown",
    "salmon",
    "sandybrown",
    "seagreen",
    "seashell",
    "sienna",
    "silver",
    "skyblue",
    "slateblue",
    "slategray",
    "slategrey",
    "snow",
    "springgreen",
    "steelblue",
    "tan",
    "teal",
    "thistle",
    "tomato",
    "turquoise",
    "violet",
    "wheat",
    "white",
    "whitesmoke",
    "yellow",
    "yellowgreen",
    "transparent",
    "currentcolor",
];

/// The colour functions a [`ThemeKind::Colour`] may use.
pub const COLOUR_FUNCTIONS: [&str; 10] = [
    "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color",
];
/// The units a [`ThemeKind::Length`] may use.
pub const LENGTH_UNITS: [&str; 18] = [
    "px", "em", "rem", "%", "ch", "ex", "lh", "rlh", "vw", "vh", "vmin", "vmax", "pt", "pc", "cm", "mm", "in", "q",
];
/// The keywords a [`ThemeKind::FontSize`] may be.
pub const FONT_SIZE_KEYWORDS: [&str; 10] = [
    "xx-small",
    "x-small",
    "small",
    "medium",
    "large",
    "x-large",
    "xx-large",
    "xxx-large",
    "smaller",
    "larger",
];

/// The verdict on `value` for `property`: what the builder writes, the frame page applies and
/// integrations check (`widgets.json` carries the same rules as patterns).
pub fn check(property: ThemeProperty, value: &str) -> ThemeVerdict {
    let value = value.trim();
    if value.is_empty() {
        return ThemeVerdict::Unset;
    }
    let lower = value.to_ascii_lowercase();
    let fits = match property.kind() {
        ThemeKind::Colour => is_colour(&lower),
        ThemeKind::Length => is_length(&lower),
        ThemeKind::FontSize => FONT_SIZE_KEYWORDS.contains(&lower.as_str()) || is_length(&lower),
        ThemeKind::FontList => lower.split(',').all(is_font_family),
    };
    if fits {
        ThemeVerdict::Accepted(value.to_string())
    } else {
        ThemeVerdict::Refused
    }
}

fn is_colour(value: &str) -> bool {
    if let Some(hex) = value.strip_prefix('#') {
        return matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    if let Some((function, rest)) = value.split_once('(') {
        return COLOUR_FUNCTIONS.contains(&function)
            && rest.strip_suffix(')').is_some_and(|arguments| {
                !arguments.is_empty()
                    && arguments
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b" .,%/+-".contains(&b))
            });
    }
    COLOUR_NAMES.contains(&value)
}

fn is_length(value: &str) -> bool {
    if value == "0" {
        return true;
    }
    let number_end = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(number_end);
    let number_fits = match number.split_once('.') {
        None => !number.is_empty(),
        Some((whole, fraction)) => {
            !fraction.is_empty() && whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
        }
    };
    number_fits && LENGTH_UNITS.contains(&unit)
}

fn is_font_family(family: &str) -> bool {
    let family = family.trim();
    let quoted = |quote: char| {
        family.len() >= 3
            && family.starts_with(quote)
            && family.ends_with(quote)
            && !family[1..family.len() - 1].contains(|c| c == quote || "\\;{}<>".contains(c))
    };
    quoted('"')
        || quoted('\'')
        || (family.starts_with(|c: char| c.is_ascii_lowercase() || c == '_' || c == '-')
            && family
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b" _-".contains(&b)))
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

/// A colour typed as brand guides write it (`#0B5CAB`, `0b5cab`, `#07c`, with spaces around),
/// as the `#rrggbb` a colour field and the theme take; `None` when it is not one.
pub fn typed_hex(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let hex = typed.strip_prefix('#').unwrap_or(typed);
    let [r, g, b] = parse_hex(&format!("#{hex}"))?;
    Some(format!("#{r:02x}{g:02x}{b:02x}"))
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

    /// The table every implementation of the contract is held to, for theme values.
    #[test]
    fn every_theme_value_gets_the_contract_cases_verdict() {
        let table: serde_json::Value = serde_json::from_str(include_str!("../tests/contract-cases.json")).unwrap();
        let cases: Vec<_> = table["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c.get("theme").is_some())
            .collect();
        assert!(cases.len() > 40);
        for case in cases {
            let property = ThemeProperty::from_name(case["theme"].as_str().unwrap()).unwrap();
            let value = case["value"].as_str().unwrap();
            let expected = match case["verdict"].as_str().unwrap() {
                "unset" => ThemeVerdict::Unset,
                "refused" => ThemeVerdict::Refused,
                "accepted" => ThemeVerdict::Accepted(case["as"].as_str().unwrap().to_string()),
                other => panic!("unknown verdict {other}"),
            };
            assert_eq!(check(property, value), expected, "{} = {value:?}", property.name());
        }
    }

    #[test]
    fn the_defaults_and_the_builders_fonts_pass_their_own_check() {
        for property in ThemeProperty::ALL {
            assert_ne!(
                check(property, property.default_value()),
                ThemeVerdict::Refused,
                "{property:?}"
            );
        }
        for (_, css) in FONTS {
            assert_ne!(check(ThemeProperty::Font, css), ThemeVerdict::Refused, "{css}");
        }
    }

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
        assert_eq!(typed_hex(" 0B5CAB "), Some("#0b5cab".into()));
        assert_eq!(typed_hex("#07c"), Some("#0077cc".into()));
        assert_eq!(typed_hex("##0b5cab"), None);
        assert_eq!(typed_hex("0b5ca"), None);
        assert_eq!(typed_hex("blue"), None);
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
