//! A partner's checklist for one group: where it stands on each priority (and each working
//! group or workstream), with notes; how it is saved, exported, imported and shared.
//!
//! Saved progress is matched to content by item text, not only by position, so a content
//! update that reorders, rewords or removes priorities carries over what still matches and
//! reports the rest instead of silently dropping it.

use crate::content::{Content, Group, Text};
use crate::i18n::Lang;
use crate::share;
pub use crate::share::ShareError;
use serde::Serialize;
use serde_json::Value;

/// The `format` field of saved and exported checklists.
pub const FORMAT: &str = "alliance87-checklist";
/// Longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// Longest share fragment accepted: browsers and chat apps cut longer URLs.
pub const MAX_SHARE_CHARS: usize = 6000;
const SHARE_KEY: &str = "alliance87-checklist=";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::InProgress, Status::Done];

    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Done => "done",
        }
    }

    fn digit(self) -> char {
        match self {
            Status::NotStarted => '0',
            Status::InProgress => '1',
            Status::Done => '2',
        }
    }

    fn from_digit(c: char) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.digit() == c)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Priority,
    /// A working group or workstream.
    Unit,
}

/// One line of a checklist, derived from the group's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// `priority-1`, `unit-2`: stable within one content version.
    pub id: String,
    pub kind: ItemKind,
    pub text: Text,
}

/// The checklist lines of a group: its priorities (or topics), then its working groups.
pub fn items(group: &Group) -> Vec<Item> {
    let priorities = group
        .priorities
        .iter()
        .flat_map(|p| &p.items)
        .map(|t| (ItemKind::Priority, "priority", t));
    let units = group
        .structure
        .iter()
        .flat_map(|s| &s.units)
        .map(|t| (ItemKind::Unit, "unit", t));
    let mut counts = [0usize; 2];
    priorities
        .chain(units)
        .map(|(kind, prefix, text)| {
            let n = &mut counts[kind as usize];
            *n += 1;
            Item {
                id: format!("{prefix}-{n}"),
                kind,
                text: text.clone(),
            }
        })
        .collect()
}

/// A status and note for one item, with when they last changed; items never touched have none.
/// An item set back to "not started" keeps its entry and time, so that the reset wins over an
/// older change made in another tab.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub status: Status,
    pub note: String,
    /// Milliseconds since 1970 (the browser's clock) of the last change; 0 when unknown
    /// (saved before times were kept, or read from a share link).
    pub changed: u64,
}

impl Entry {
    fn is_default(&self) -> bool {
        self.status == Status::NotStarted && self.note.is_empty()
    }

    /// Which of two versions of an item is kept: the later change, and on equal times a fixed
    /// order of the values, so that two tabs always settle on the same one.
    fn rank(&self) -> (u64, char, &str) {
        (self.changed, self.status.digit(), &self.note)
    }
}

#[derive(Clone, Debug)]
pub struct Checklist {
    pub group: String,
    pub content_version: u64,
    /// In the order they were first touched. A checklist has a few dozen items at most, so a
    /// list beats shipping a map's code in the bundle.
    pub entries: Vec<Entry>,
}

/// Equal when they record the same statuses and notes, whatever order the items were touched
/// in and whenever they changed.
impl PartialEq for Checklist {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Checklist, b: &Checklist| {
            a.entries
                .iter()
                .all(|e| b.status(&e.id) == e.status && b.note(&e.id) == e.note)
        };
        self.group == other.group
            && self.content_version == other.content_version
            && same(self, other)
            && same(other, self)
    }
}

impl Checklist {
    pub fn new(group: &str, content_version: u64) -> Self {
        Checklist {
            group: group.to_string(),
            content_version,
            entries: Vec::new(),
        }
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn entry_mut(&mut self, id: &str) -> &mut Entry {
        let index = match self.entries.iter().position(|e| e.id == id) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    id: id.to_string(),
                    ..Entry::default()
                });
                self.entries.len() - 1
            }
        };
        &mut self.entries[index]
    }

    /// Nothing recorded: every item not started, without a note.
    pub fn is_blank(&self) -> bool {
        self.entries.iter().all(Entry::is_default)
    }

    /// How many items have a status or a note.
    pub fn recorded(&self) -> usize {
        self.entries.iter().filter(|e| !e.is_default()).count()
    }

    pub fn status(&self, id: &str) -> Status {
        self.entry(id).map_or(Status::NotStarted, |e| e.status)
    }

    pub fn note(&self, id: &str) -> &str {
        self.entry(id).map_or("", |e| &e.note)
    }

    /// Sets an item's status, changed at `at` (see [`Entry::changed`]).
    pub fn set_status(&mut self, id: &str, status: Status, at: u64) {
        let entry = self.entry_mut(id);
        entry.status = status;
        entry.changed = at;
    }

    pub fn set_note(&mut self, id: &str, note: &str, at: u64) {
        let entry = self.entry_mut(id);
        entry.note = note.chars().take(MAX_NOTE_CHARS).collect();
        entry.changed = at;
    }

    /// Makes every one of `items` what it is in `with` (a share link, an imported file, or a
    /// blank checklist for a reset), changed at `at`, so that the replacement also wins in
    /// other tabs over what they hold.
    pub fn replace_with(&mut self, with: &Checklist, items: &[Item], at: u64) {
        for item in items {
            self.set_status(&item.id, with.status(&item.id), at);
            self.set_note(&item.id, with.note(&item.id), at);
        }
    }

    /// Takes, item by item, what changed later in `other` (another tab's or widget's save), so
    /// changes made to different items at nearly the same moment are all kept. True when
    /// anything was taken.
    pub fn merge(&mut self, other: &Checklist) -> bool {
        let mut taken = false;
        for theirs in &other.entries {
            let newer = match self.entry(&theirs.id) {
                Some(mine) => theirs.rank() > mine.rank(),
                None => !theirs.is_default() || theirs.changed > 0,
            };
            if newer {
                *self.entry_mut(&theirs.id) = theirs.clone();
                taken = true;
            }
        }
        taken
    }

    /// True when an item here changed later than in `other`: `other` lacks a change.
    pub fn newer_than(&self, other: &Checklist) -> bool {
        self.entries.iter().any(|mine| match other.entry(&mine.id) {
            Some(theirs) => mine.rank() > theirs.rank(),
            None => !mine.is_default() || mine.changed > 0,
        })
    }

    /// How many of `items` are done, and in progress.
    pub fn counts(&self, items: &[Item]) -> (usize, usize) {
        let count = |s| items.iter().filter(|i| self.status(&i.id) == s).count();
        (count(Status::Done), count(Status::InProgress))
    }

    /// The saved and exported form: every item with its text, so it can be matched to later
    /// content versions and read without the widget.
    pub fn to_saved(&self, items: &[Item], lang: Lang) -> Saved {
        Saved {
            format: FORMAT.to_string(),
            group: self.group.clone(),
            content_version: self.content_version,
            items: items
                .iter()
                .map(|i| SavedItem {
                    id: i.id.clone(),
                    text: i.text.get(lang).to_string(),
                    status: self.status(&i.id),
                    note: self.note(&i.id).to_string(),
                    changed: self.entry(&i.id).map_or(0, |e| e.changed),
                })
                .collect(),
        }
    }
}

/// The JSON written to storage and to exported files.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub format: String,
    pub group: String,
    pub content_version: u64,
    pub items: Vec<SavedItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SavedItem {
    pub id: String,
    pub text: String,
    pub status: Status,
    pub note: String,
    /// See [`Entry::changed`]; files written before it existed read as 0.
    pub changed: u64,
}

impl Saved {
    /// Indented, as people open exported files.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads saved or exported JSON; the error says what is wrong and where.
    ///
    /// Through a `serde_json::Value`, not a derived `Deserialize`: any typed deserializer links
    /// serde's "invalid type: floating point …" message and with it Rust's float formatting
    /// (measured on the whole bundle, with the self-assessment's saved answers read the same way:
    /// 200,490 -> 185,097 B brotli).
    pub fn from_json(json: &str) -> Result<Saved, String> {
        let root: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let text = |v: &Value, key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .map(String::from)
                .ok_or_else(|| format!("no \"{key}\" text"))
        };
        let items = root.get("items").and_then(Value::as_array).ok_or("no \"items\" list")?;
        let items = items
            .iter()
            .map(|item| {
                let status = text(item, "status")?;
                Ok(SavedItem {
                    id: text(item, "id")?,
                    text: text(item, "text")?,
                    status: Status::ALL
                        .into_iter()
                        .find(|s| s.code() == status)
                        .ok_or_else(|| format!("unknown status \"{status}\""))?,
                    note: item.get("note").and_then(Value::as_str).unwrap_or_default().to_string(),
                    changed: item.get("changed").and_then(Value::as_u64).unwrap_or(0),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Saved {
            format: text(&root, "format")?,
            group: text(&root, "group")?,
            content_version: root
                .get("contentVersion")
                .and_then(Value::as_u64)
                .ok_or("no \"contentVersion\" number")?,
            items,
        })
    }
}

/// Why saved or imported data could not be used; shown to the user as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    NotAChecklist(String),
    OtherGroup(String),
}

/// The outcome of loading saved data into the current content: the checklist, and the saved
/// items that no longer match any item (with their status and note, so nothing is lost).
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub checklist: Checklist,
    pub unmatched: Vec<SavedItem>,
}

/// Reads saved or imported JSON for `group`, matching its items to the current content.
pub fn restore(json: &str, group: &Group, content: &Content) -> Result<Restored, ReadError> {
    let saved = Saved::from_json(json).map_err(ReadError::NotAChecklist)?;
    if saved.format != FORMAT {
        return Err(ReadError::NotAChecklist(format!(
            "the format is \"{}\", not \"{FORMAT}\"",
            saved.format
        )));
    }
    if saved.group != group.id {
        return Err(ReadError::OtherGroup(saved.group));
    }
    let current = items(group);
    let mut checklist = Checklist::new(&group.id, content.version);
    let mut unmatched = Vec::new();
    for entry in saved.items {
        let same_text = |i: &&Item| Lang::ALL.iter().any(|l| i.text.get(*l) == entry.text);
        // Same id and text first; then the same text anywhere (an item that moved).
        let found = current
            .iter()
            .find(|i| i.id == entry.id && same_text(i))
            .or_else(|| current.iter().find(same_text));
        match found {
            Some(item) if checklist.entry(&item.id).is_none() => {
                checklist.set_status(&item.id, entry.status, entry.changed);
                checklist.set_note(&item.id, &entry.note, entry.changed);
            }
            _ if entry.status == Status::NotStarted && entry.note.is_empty() => {}
            _ => unmatched.push(entry),
        }
    }
    Ok(Restored { checklist, unmatched })
}

/// CSV for spreadsheets, in the reader's words (`header`, `status_label`). Cells that a
/// spreadsheet would run as a formula are prefixed with `'`.
pub fn to_csv(saved: &Saved, header: [&str; 4], status_label: impl Fn(Status) -> &'static str) -> String {
    fn cell(value: &str) -> String {
        let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{value}")
        } else {
            value.to_string()
        };
        if value.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            value
        }
    }
    let mut out = header.map(cell).join(",");
    out.push_str("\r\n");
    for item in &saved.items {
        out.push_str(
            &[
                cell(&item.id),
                cell(&item.text),
                cell(status_label(item.status)),
                cell(&item.note),
            ]
            .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// A checklist carried in a URL fragment, never sent to a server:
/// `#alliance87-checklist=1~<group>~<content version>~<one status digit per item>~<notes…>`.
pub fn to_fragment(checklist: &Checklist, items: &[Item]) -> String {
    let version = checklist.content_version.to_string();
    let statuses: String = items.iter().map(|i| checklist.status(&i.id).digit()).collect();
    let mut fields = vec![checklist.group.clone(), version, statuses];
    if items.iter().any(|i| !checklist.note(&i.id).is_empty()) {
        fields.extend(items.iter().map(|item| percent_encode(checklist.note(&item.id))));
    }
    share::envelope(SHARE_KEY, fields.iter().map(String::as_str))
}

/// Reads a share fragment, if the fragment is one. Every way a link can be cut, edited or
/// forged gives an error, never a panic or a half-applied state.
pub fn from_fragment(fragment: &str, content: &Content) -> Option<Result<Checklist, ShareError>> {
    let fields = share::open(fragment, SHARE_KEY, MAX_SHARE_CHARS)?;
    Some(fields.and_then(|fields| decode_share(fields, content)))
}

fn decode_share<'a>(mut parts: impl Iterator<Item = &'a str>, content: &Content) -> Result<Checklist, ShareError> {
    let (Some(group_id), version, Some(statuses)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ShareError::Malformed);
    };
    let group = content
        .group(group_id)
        .ok_or_else(|| ShareError::UnknownGroup(group_id.chars().take(64).collect()))?;
    let version = share::content_version(version, content.version)?;
    let items = items(group);
    let statuses: Vec<Status> = statuses
        .chars()
        .map(Status::from_digit)
        .collect::<Option<_>>()
        .ok_or(ShareError::Malformed)?;
    let notes: Vec<String> = parts
        .map(percent_decode)
        .collect::<Option<_>>()
        .ok_or(ShareError::Malformed)?;
    if statuses.len() != items.len() || !(notes.is_empty() || notes.len() == items.len()) {
        return Err(ShareError::Malformed);
    }
    let mut checklist = Checklist::new(&group.id, version);
    for (i, item) in items.iter().enumerate() {
        checklist.set_status(&item.id, statuses[i], 0);
        if let Some(note) = notes.get(i) {
            checklist.set_note(&item.id, note, 0);
        }
    }
    Ok(checklist)
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::builtin;

    fn supply() -> (Content, Group) {
        let c = builtin();
        let g = c.group("supply-chains").unwrap().clone();
        (c, g)
    }

    #[test]
    fn items_are_priorities_then_working_groups() {
        let (_, g) = supply();
        let ids: Vec<String> = items(&g).into_iter().map(|i| i.id).collect();
        assert_eq!(
            ids,
            [
                "priority-1",
                "priority-2",
                "priority-3",
                "priority-4",
                "unit-1",
                "unit-2",
                "unit-3",
                "unit-4"
            ]
        );
        let c = builtin();
        assert!(items(c.group("rule-of-law").unwrap()).is_empty());
        assert_eq!(items(c.group("conflict-humanitarian").unwrap()).len(), 5);
    }

    #[test]
    fn statuses_and_notes_change_and_an_item_set_back_counts_as_untouched() {
        let (c, g) = supply();
        let all = items(&g);
        let mut list = Checklist::new(&g.id, c.version);
        list.set_status("priority-2", Status::Done, 1);
        list.set_status("unit-1", Status::InProgress, 2);
        list.set_note("priority-3", &"x".repeat(MAX_NOTE_CHARS + 20), 3);
        assert_eq!(list.counts(&all), (1, 1));
        assert_eq!(list.note("priority-3").chars().count(), MAX_NOTE_CHARS);
        list.set_status("unit-1", Status::NotStarted, 4);
        list.set_note("priority-3", "", 5);
        assert_eq!(list.recorded(), 1);
        let mut only_one = Checklist::new(&g.id, c.version);
        only_one.set_status("priority-2", Status::Done, 9);
        assert_eq!(list, only_one);
        list.set_status("priority-2", Status::NotStarted, 6);
        assert!(list.is_blank());
        assert_eq!(list, Checklist::new(&g.id, c.version));
    }

    #[test]
    fn two_tabs_changing_different_items_at_once_keep_both_changes() {
        let (c, g) = supply();
        let mut base = Checklist::new(&g.id, c.version);
        base.set_status("priority-1", Status::InProgress, 10);
        base.set_note("unit-1", "shared note", 10);
        let (mut tab_a, mut tab_b) = (base.clone(), base.clone());
        tab_a.set_status("priority-1", Status::Done, 20);
        tab_b.set_status("priority-2", Status::InProgress, 21);
        tab_b.set_note("unit-1", "", 22);
        // Each tab receives the other's save.
        let (a_saved, b_saved) = (tab_a.clone(), tab_b.clone());
        assert!(tab_a.merge(&b_saved));
        assert!(tab_b.merge(&a_saved));
        assert_eq!(tab_a, tab_b);
        assert_eq!(tab_a.status("priority-1"), Status::Done);
        assert_eq!(tab_a.status("priority-2"), Status::InProgress);
        assert_eq!(tab_a.note("unit-1"), "", "a cleared note is a change too");
        // Each holds a change the other's save lacked, so each saves again; then nothing is
        // newer, and saving stops.
        assert!(tab_a.newer_than(&b_saved) && tab_b.newer_than(&a_saved));
        assert!(!tab_a.newer_than(&tab_b) && !tab_b.newer_than(&tab_a));
        assert!(!tab_a.clone().merge(&tab_b));
    }

    #[test]
    fn the_later_change_to_one_item_wins_and_equal_times_settle_the_same_way_in_both_tabs() {
        let (c, g) = supply();
        let (mut a, mut b) = (Checklist::new(&g.id, c.version), Checklist::new(&g.id, c.version));
        a.set_status("priority-1", Status::Done, 5);
        b.set_status("priority-1", Status::InProgress, 7);
        let older = a.clone();
        assert!(a.merge(&b));
        assert_eq!(a.status("priority-1"), Status::InProgress);
        assert!(!b.merge(&older));
        b.set_note("priority-2", "mine", 9);
        a.set_note("priority-2", "theirs", 9);
        let (a_before, b_before) = (a.clone(), b.clone());
        a.merge(&b_before);
        b.merge(&a_before);
        assert_eq!(a, b);
    }

    #[test]
    fn a_replacement_wins_over_older_changes_everywhere() {
        let (c, g) = supply();
        let all = items(&g);
        let mut here = Checklist::new(&g.id, c.version);
        here.set_status("priority-1", Status::Done, 5);
        let elsewhere = here.clone();
        here.replace_with(&Checklist::new(&g.id, c.version), &all, 6);
        assert!(here.is_blank());
        let mut other_tab = elsewhere;
        assert!(other_tab.merge(&here));
        assert!(other_tab.is_blank());
    }

    #[test]
    fn saved_json_round_trips() {
        let (c, g) = supply();
        let all = items(&g);
        let mut list = Checklist::new(&g.id, c.version);
        list.set_status("priority-1", Status::Done, 1_700_000_000_000);
        list.set_note(
            "unit-4",
            "Contact: ana@example.org, \"advocacy\" lead",
            1_700_000_000_001,
        );
        list.set_status("unit-1", Status::InProgress, 1_700_000_000_002);
        let json = list.to_saved(&all, Lang::Fr).to_json();
        let restored = restore(&json, &g, &c).unwrap();
        assert_eq!(restored.checklist, list);
        assert!(!restored.checklist.newer_than(&list) && !list.newer_than(&restored.checklist));
        assert!(restored.unmatched.is_empty());
        // Files saved before change times were kept still read, as changed at time 0.
        let old = json.replace("\"changed\": 1700000000000", "\"x\": 0");
        assert_eq!(restore(&old, &g, &c).unwrap().checklist.entries[0].changed, 0);
    }

    #[test]
    fn a_content_update_carries_over_what_matches_and_reports_the_rest() {
        let (c, g) = supply();
        let mut list = Checklist::new(&g.id, c.version);
        list.set_status("priority-1", Status::Done, 1);
        list.set_status("priority-4", Status::InProgress, 1);
        list.set_note("priority-4", "Cocoa pilot", 1);
        list.set_status("unit-2", Status::Done, 1);
        let json = list.to_saved(&items(&g), Lang::En).to_json();
        // Version 2 drops the first priority, so the others move up by one.
        let mut next = c.clone();
        next.version = 2;
        next.groups[0].priorities.as_mut().unwrap().items.remove(0);
        let next_group = next.groups[0].clone();
        let restored = restore(&json, &next_group, &next).unwrap();
        assert_eq!(restored.checklist.content_version, 2);
        assert_eq!(restored.checklist.status("priority-3"), Status::InProgress);
        assert_eq!(restored.checklist.note("priority-3"), "Cocoa pilot");
        assert_eq!(restored.checklist.status("unit-2"), Status::Done);
        assert_eq!(restored.unmatched.len(), 1);
        assert_eq!(restored.unmatched[0].status, Status::Done);
        assert!(restored.unmatched[0].text.starts_with("Advance research"));
    }

    #[test]
    fn foreign_and_corrupt_data_is_refused() {
        let (c, g) = supply();
        assert!(matches!(restore("{not json", &g, &c), Err(ReadError::NotAChecklist(_))));
        assert!(matches!(restore("[]", &g, &c), Err(ReadError::NotAChecklist(_))));
        let other = r#"{"format":"alliance87-checklist","group":"migration","contentVersion":1,"items":[]}"#;
        assert_eq!(restore(other, &g, &c), Err(ReadError::OtherGroup("migration".into())));
        let wrong_status = r#"{"format":"alliance87-checklist","group":"supply-chains","contentVersion":1,"items":[{"id":"priority-1","text":"x","status":"finished"}]}"#;
        assert!(matches!(
            restore(wrong_status, &g, &c),
            Err(ReadError::NotAChecklist(_))
        ));
        let wrong_format = r#"{"format":"something-else","group":"supply-chains","contentVersion":1,"items":[]}"#;
        assert!(matches!(
            restore(wrong_format, &g, &c),
            Err(ReadError::NotAChecklist(_))
        ));
    }

    #[test]
    fn csv_quotes_cells_and_defuses_formulas() {
        let saved = Saved {
            format: FORMAT.into(),
            group: "supply-chains".into(),
            content_version: 1,
            items: vec![SavedItem {
                id: "priority-1".into(),
                text: "Research, data".into(),
                status: Status::Done,
                note: "=HYPERLINK(\"x\")".into(),
                changed: 0,
            }],
        };
        let csv = to_csv(&saved, ["id", "item", "status", "note"], Status::code);
        assert_eq!(
            csv,
            "id,item,status,note\r\npriority-1,\"Research, data\",done,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
    }

    #[test]
    fn share_fragments_round_trip_with_notes() {
        let (c, g) = supply();
        let all = items(&g);
        let mut list = Checklist::new(&g.id, c.version);
        list.set_status("priority-2", Status::Done, 1);
        list.set_status("unit-3", Status::InProgress, 1);
        let plain = to_fragment(&list, &all);
        assert_eq!(plain, "#alliance87-checklist=1~supply-chains~1~02000010");
        assert_eq!(from_fragment(&plain, &c), Some(Ok(list.clone())));
        list.set_note("unit-3", "Café ~ 50% done & more", 2);
        let with_notes = to_fragment(&list, &all);
        assert_eq!(from_fragment(&with_notes, &c), Some(Ok(list)));
    }

    #[test]
    fn hostile_fragments_give_clear_errors() {
        let c = builtin();
        let read = |f: &str| from_fragment(f, &c);
        assert_eq!(read("#top"), None);
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains~1~0200"),
            Some(Err(ShareError::Malformed))
        );
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains~1~0200001x"),
            Some(Err(ShareError::Malformed))
        );
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains~1~02000010~%ZZ"),
            Some(Err(ShareError::Malformed))
        );
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains~1~02000010~%FF~~~~~~~"),
            Some(Err(ShareError::Malformed))
        );
        assert_eq!(
            read("#alliance87-checklist=2~supply-chains~1~02000010"),
            Some(Err(ShareError::UnsupportedVersion))
        );
        assert_eq!(
            read("#alliance87-checklist=1~atlantis~1~0"),
            Some(Err(ShareError::UnknownGroup("atlantis".into())))
        );
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains~9~02000010"),
            Some(Err(ShareError::OtherContent))
        );
        assert_eq!(
            read("#alliance87-checklist=1~supply-chains"),
            Some(Err(ShareError::Malformed))
        );
        assert_eq!(
            read("#alliance87-checklist="),
            Some(Err(ShareError::UnsupportedVersion))
        );
        let huge = format!(
            "#alliance87-checklist=1~supply-chains~1~{}",
            "0".repeat(MAX_SHARE_CHARS)
        );
        assert_eq!(read(&huge), Some(Err(ShareError::TooLong)));
    }
}
