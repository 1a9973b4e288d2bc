//! A small JSON reader and writer for the widgets' own documents: content files, saved and
//! exported checklists, event details.
//!
//! serde_json cost the bundle about 8 KB brotli, most of it number parsing and printing and
//! generic code the widgets never need. Every number in these documents is a whole number, so
//! a number is kept as its source text and read with [`Value::as_u64`]; nothing here touches
//! floating point.

/// Deeper nesting than this is refused rather than risk the stack on hostile input.
const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number exactly as written, already checked against JSON's number grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// An object's members in document order. Keys are unique: the reader refuses a repeated key
/// instead of silently keeping one of the two values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Adds a member, or replaces the value of an existing one.
    pub fn insert(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

impl Value {
    /// An object built from members, for the documents the widgets write.
    pub fn object(members: Vec<(&str, Value)>) -> Value {
        Value::Object(Map(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number if it is a whole number that fits a `u64` (`3`, not `3.0` or `-3`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The member `key` of an object; `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// Compact JSON, as sent in event details.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// JSON indented by two spaces, as written to files people may open.
    pub fn to_json_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        let (open, close, entries): (char, char, Vec<(Option<&str>, &Value)>) = match self {
            Value::Null => return out.push_str("null"),
            Value::Bool(b) => return out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => return out.push_str(n),
            Value::String(s) => return write_string(out, s),
            Value::Array(items) => ('[', ']', items.iter().map(|v| (None, v)).collect()),
            Value::Object(map) => ('{', '}', map.0.iter().map(|(k, v)| (Some(k.as_str()), v)).collect()),
        };
        out.push(open);
        let inner = indent.map(|n| n + 1);
        for (i, (key, value)) in entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            newline(out, inner);
            if let Some(key) = key {
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
            }
            value.write(out, inner);
        }
        if !entries.is_empty() {
            newline(out, indent);
        }
        out.push(close);
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        for _ in 0..n {
            out.push_str("  ");
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[c as usize >> 4] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n.to_string())
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(n.to_string())
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
}

/// Reads one JSON document. The error says what was expected and where, as
/// `expected ':' at line 3 column 14`.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut reader = Reader { text, pos: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.pos < text.len() {
        return Err(reader.error("unexpected text after the document"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        format!("{what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        self.skip_space();
        if self.peek() != Some(byte) {
            return Err(self.error(what));
        }
        self.pos += 1;
        Ok(())
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, String> {
        if !self.text[self.pos..].starts_with(word) {
            return Err(self.error("expected a value"));
        }
        self.pos += word.len();
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("unexpected end of the document")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(Map(members)));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted key"));
            }
            let key_at = self.pos;
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                self.pos = key_at;
                return Err(self.error(&format!("the key \"{key}\" appears twice")));
            }
            self.expect(b':', "expected ':'")?;
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(Map(members)));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let digits = |pos: &mut usize| {
            let from = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos - from
        };
        let mut pos = start + usize::from(bytes[start] == b'-');
        let whole = digits(&mut pos);
        let mut valid = whole == 1 || (whole > 1 && bytes[pos - whole] != b'0');
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            valid &= digits(&mut pos) > 0;
        }
        if matches!(bytes.get(pos), Some(b'e' | b'E')) {
            pos += 1;
            if matches!(bytes.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
            valid &= digits(&mut pos) > 0;
        }
        if !valid {
            return Err(self.error("invalid number"));
        }
        self.pos = pos;
        Ok(Value::Number(self.text[start..pos].to_string()))
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | 0..=0x1f)) {
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape in a string")),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    /// Reads `uXXXX` (the position is on the `u`), and its low surrogate when it is a high
    /// one; leaves the position on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.pos + 1..].starts_with("\\u") {
                return Err(self.error("unpaired surrogate in a string"));
            }
            self.pos += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("unpaired surrogate in a string"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate in a string"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.pos + 1..self.pos + 5)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let code = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.pos += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let samples = [
            r#"{"a": [1, -2, 3.5, 1e3, 0.25E-2, true, false, null], "b": {"c": "d"}, "e": []}"#,
            r#""caf\u00e9 \"quoted\" \\ \/ \n\t \ud83d\ude00 é""#,
            "  [ {} , [ [ ] ] ]  ",
            r#"{"format":1,"version":12}"#,
        ];
        for sample in samples {
            let ours = parse(sample).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(sample).unwrap();
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&ours.to_json()).unwrap(),
                theirs,
                "{sample}"
            );
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&ours.to_json_pretty()).unwrap(),
                theirs,
                "{sample}"
            );
        }
    }

    #[test]
    fn the_builtin_content_round_trips() {
        let text = include_str!("../public/action-groups.json");
        let ours = parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&ours.to_json()).unwrap(),
            theirs
        );
    }

    #[test]
    fn writes_like_serde_json() {
        let doc = Value::object(vec![
            ("group", "supply-chains".into()),
            (
                "items",
                vec![Value::object(vec![("id", "p1".into()), ("done", true.into())])].into(),
            ),
            ("total", 4usize.into()),
            ("note", "a \"b\"\n\u{1}".into()),
            ("empty", Vec::new().into()),
        ]);
        assert_eq!(
            doc.to_json(),
            r#"{"group":"supply-chains","items":[{"id":"p1","done":true}],"total":4,"note":"a \"b\"\n\u0001","empty":[]}"#
        );
        let pretty = "{\n  \"group\": \"supply-chains\",\n  \"items\": [\n    {\n      \"id\": \"p1\",\n      \"done\": true\n    }\n  ],\n  \"total\": 4,\n  \"note\": \"a \\\"b\\\"\\n\\u0001\",\n  \"empty\": []\n}";
        assert_eq!(doc.to_json_pretty(), pretty);
        assert_eq!(parse(pretty).unwrap(), doc);
    }

    #[test]
    fn numbers_are_whole_or_not_read() {
        assert_eq!(parse("42").unwrap().as_u64(), Some(42));
        for not_whole in ["4.0", "-4", "4e2", "18446744073709551616"] {
            assert_eq!(parse(not_whole).unwrap().as_u64(), None, "{not_whole}");
        }
    }

    #[test]
    fn says_what_is_wrong_and_where() {
        let cases = [
            ("{\"format\": 1,", "expected a quoted key at line 1 column 14"),
            ("{\n  \"a\" 1}", "expected ':' at line 2 column 7"),
            ("[1, 2", "expected ',' or ']' at line 1 column 6"),
            ("[01]", "invalid number at line 1 column 2"),
            ("[-]", "invalid number at line 1 column 2"),
            ("[1.]", "invalid number at line 1 column 2"),
            ("\"abc", "unterminated string at line 1 column 5"),
            ("\"a\tb\"", "control character in a string at line 1 column 3"),
            ("\"\\x\"", "invalid escape in a string at line 1 column 3"),
            ("\"\\ud800\"", "unpaired surrogate in a string at line 1 column 7"),
            ("\"\\u12\"", "invalid \\u escape at line 1 column 3"),
            (
                "{\"a\": 1, \"a\": 2}",
                "the key \"a\" appears twice at line 1 column 10",
            ),
            ("[] x", "unexpected text after the document at line 1 column 4"),
            ("tru", "expected a value at line 1 column 1"),
            ("", "unexpected end of the document at line 1 column 1"),
            ("é", "expected a value at line 1 column 1"),
        ];
        for (text, message) in cases {
            assert_eq!(parse(text).unwrap_err(), message, "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().starts_with("nested too deeply"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }
}
