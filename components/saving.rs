//! One saving mechanism for what a widget keeps in the browser, in the shape of leptos-use's
//! `use_storage`: a typed value, its key and content version, a format and a merge rule in;
//! a signal out. The checklist's progress and the self-assessment's answers both go through it,
//! so a saving bug has one place to be fixed.
//!
//! What it does, in order: loads the current version's value (or, when there is none, carries
//! an older version's over or leaves it and says so; tells of a newer one); sets an unreadable
//! value aside under another key, never erasing it, and when the browser refuses the copy
//! protects the only copy (nothing is saved over it until the reader has downloaded it); follows
//! other widgets on the page and other tabs, merging their saves; and saves, building first on
//! a save from another tab whose event has not arrived yet.

use super::storage::{self, Shared, Stored};
use alliance87_core::saved::{self, Merge, Older};
use leptos::prelude::*;
use std::rc::Rc;
use web_sys::Storage;

/// Something about saving the reader is told when the widget opens; each widget words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveNotice {
    /// The browser refuses storage here (a private mode, a third-party frame): nothing is kept.
    Unavailable,
    /// Saved data could not be read; an exact copy is kept under this key.
    Unreadable(String),
    /// Saved by an older version of the content, left under this key.
    Older(String),
    /// Saved by a page with newer content, which this one cannot read, left under this key.
    Newer(String),
}

/// Why saving is held back: the only copy of something the reader saved, which the browser
/// refused to set aside, would otherwise be written over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// Saved data that could not be read.
    Unreadable,
    /// The reader's own saved value, replaced by a shared link's.
    BeforeShare,
}

/// Why a save did not reach the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// No storage at all here (already told when the widget opened).
    NoStorage,
    /// The browser refused the write (a full store).
    Refused,
    /// Held back to protect an only copy (its own notice says so).
    Held,
}

/// Reads a saved text: `None` for what cannot be read.
pub type Reader<T> = Rc<dyn Fn(&str) -> Option<T>>;
/// Writes a value as its saved text.
pub type Writer<T> = Rc<dyn Fn(&T) -> String>;

/// How one kind of value is kept: the key, the content version, what to do with an older
/// version's value, and its saved format (reading gives `None` for what cannot be read).
pub struct SaveRules<T> {
    /// Keys are `<prefix><version>`: `alliance87:checklist:migration:v`.
    pub prefix: String,
    pub version: u64,
    pub older: Older,
    /// A new reader's value, when nothing is saved.
    pub blank: T,
    pub read: Reader<T>,
    pub write: Writer<T>,
}

/// A value's saved format, kept as one value so each kind of value adds one stored type.
struct Format<T> {
    read: Reader<T>,
    write: Writer<T>,
}

/// A widget's hold on its saved value: `Copy`, so views capture it freely.
pub struct Saving<T: 'static> {
    /// The value, as loaded and merged with others' saves.
    pub value: RwSignal<T>,
    /// Bumped when the value changed from elsewhere (another widget or tab), so fields the
    /// reader may be typing in are rewritten only then.
    pub revision: RwSignal<u32>,
    /// The key's follower: the protected copy and its download (`ProtectedNotice`).
    pub shared: Shared,
    held: RwSignal<Option<Held>>,
    store: StoredValue<Option<Storage>, LocalStorage>,
    /// What the browser holds under the key as far as this widget knows, so a state already
    /// saved (a reload, another widget's save) is not written again.
    written: StoredValue<String>,
    format: StoredValue<Rc<Format<T>>, LocalStorage>,
}

impl<T: 'static> Clone for Saving<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Saving<T> {}

/// What was found when the widget opened.
pub struct Opened {
    /// What the reader is told about it.
    pub notices: Vec<SaveNotice>,
    /// The saved text the value was loaded from (the current version's, or an older one's
    /// carried over), for what a widget reads from it beyond the value.
    pub text: Option<String>,
}

/// What the browser holds under a key when a widget opens, read by the same code for every kind
/// of value (so the bundle carries it once): `accept` reads a saved text, keeping the value,
/// and gives it back as it would be saved now, or `None` when it cannot be read.
struct Found {
    notices: Vec<SaveNotice>,
    /// The text the value was read from.
    text: Option<String>,
    /// What the current key holds, as read: what the widget need not write again.
    held: Option<String>,
    /// The only copy of unreadable data, which nothing may be saved over.
    protect: Option<Stored>,
}

fn open_saved(
    store: Option<&Storage>,
    prefix: &str,
    version: u64,
    older: Older,
    accept: &mut dyn FnMut(&str) -> Option<String>,
) -> Found {
    let key = saved::key(prefix, version);
    let mut found = Found {
        notices: Vec::new(),
        text: None,
        held: None,
        protect: None,
    };
    let saved = match store.map(|s| (s, storage::read(s, &key))) {
        // Rendered ahead of time, the first screen is a new visitor's: nothing saved, no notice.
        None if !super::IN_BROWSER => None,
        None | Some((_, Err(()))) => {
            found.notices.push(SaveNotice::Unavailable);
            None
        }
        Some((_, Ok(Some(data)))) => Some((key.clone(), data)),
        Some((s, Ok(None))) => {
            let before = storage::newest_other(s, prefix, version, false);
            if let (Older::Leave, Some((older_key, _))) = (older, &before) {
                found.notices.push(SaveNotice::Older(older_key.clone()));
            }
            // A page rolled back to older content: what a newer one saved stays untouched.
            if let Some((newer, _)) = storage::newest_other(s, prefix, version, true) {
                found.notices.push(SaveNotice::Newer(newer));
            }
            before.filter(|_| older == Older::CarryOver)
        }
    };
    let (Some(s), Some((found_key, data))) = (store, saved) else {
        return found;
    };
    match data.text().and_then(|text| accept(&text).map(|now| (text, now))) {
        Some((text, now)) => {
            if found_key != key {
                // Carried over: saved under the current key, the older copy left in place.
                let _ = storage::write(s, &key, &now);
            } else {
                found.held = Some(text.clone());
            }
            found.text = Some(text);
        }
        None => match storage::keep(s, &format!("{found_key}:unreadable"), &data) {
            Some(copy) => found.notices.push(SaveNotice::Unreadable(copy)),
            // An older version's key is never saved to: the data stays where it is.
            None if found_key != key => found.notices.push(SaveNotice::Unreadable(found_key)),
            None => found.protect = Some(data),
        },
    }
    found
}

/// Loads the value kept under `rules`, follows other widgets and tabs that save it, and
/// resumes saving once a protected copy has been downloaded. Stops following when the calling
/// component is disposed.
pub fn use_saved<T>(rules: SaveRules<T>) -> (Saving<T>, Opened)
where
    T: Merge + Clone + Send + Sync + 'static,
{
    let SaveRules {
        prefix,
        version,
        older,
        blank,
        read,
        write,
    } = rules;
    let store = storage::local();
    let mut value = None::<T>;
    let found = open_saved(store.as_ref(), &prefix, version, older, &mut |text| {
        let restored = read(text)?;
        let now = write(&restored);
        value = Some(restored);
        Some(now)
    });
    let value = RwSignal::new(value.unwrap_or(blank));
    let revision = RwSignal::new(0u32);
    let written = StoredValue::new(found.held.unwrap_or_default());
    let format = StoredValue::new_local(Rc::new(Format { read, write }));
    let held = RwSignal::new(found.protect.is_some().then_some(Held::Unreadable));
    let store = StoredValue::new_local(store);
    let mut saving = None;
    let shared = storage::follow(saved::key(&prefix, version), |shared| {
        let this = Saving {
            value,
            revision,
            shared,
            held,
            store,
            written,
            format,
        };
        saving = Some(this);
        // Another widget of this key (on this page, or in another tab) saved: take its newer
        // changes, and save again when it lacked a change made here, so no change is lost.
        move |json: &str| {
            if this.take_newer(json) {
                let _ = this.save();
            }
        }
    });
    let saving = saving.expect("follow builds the handler at once");
    if let Some(data) = found.protect {
        shared.protect(data);
    }
    // The reader downloaded the protected copy: what is shown can be saved now.
    Effect::new(move |was_held: Option<bool>| {
        let is_held = shared.protected().is_some();
        if was_held == Some(true) && !is_held {
            held.set(None);
            let _ = saving.save();
        }
        is_held
    });
    (
        saving,
        Opened {
            notices: found.notices,
            text: found.text,
        },
    )
}

impl<T> Saving<T>
where
    T: Merge + Clone + Send + Sync + 'static,
{
    /// Takes, part by part, the changes in another save of this key that are newer than what
    /// is shown; true when that save lacks a change made here.
    fn take_newer(&self, json: &str) -> bool {
        let Some(theirs) = self.format.with_value(|f| (f.read)(json)) else {
            return false;
        };
        // The browser now holds theirs, as this widget would write it.
        self.written.set_value(self.format.with_value(|f| (f.write)(&theirs)));
        // Set only when something was taken: a widget that saves from an effect on its value
        // would otherwise run again after every save of another widget, without end.
        let mut merged = self.value.get_untracked();
        if merged.merge(&theirs) {
            self.value.set(merged);
            self.revision.update(|r| *r += 1);
        }
        self.value.with_untracked(|ours| ours.newer_than(&theirs))
    }

    /// Saves the value (after building on a save from another tab whose event has not arrived
    /// yet) and shows it in every other widget of this key on the page. Nothing is written
    /// when the browser already holds it.
    pub fn save(&self) -> Result<(), NotSaved> {
        if self.shared.protected().is_some() {
            return Err(NotSaved::Held);
        }
        let key = self.shared.key();
        let stored = self
            .store
            .with_value(|s| s.as_ref().and_then(|s| storage::read(s, &key).ok().flatten()));
        if let Some(text) = stored.and_then(|data| data.text()) {
            if self.written.with_value(|w| *w != text) {
                self.take_newer(&text);
            }
        }
        let json = self.value.with_untracked(|v| self.format.with_value(|f| (f.write)(v)));
        if self.written.with_value(|w| *w == json) {
            return Ok(());
        }
        let result = self.store.with_value(|s| match s {
            None => Err(NotSaved::NoStorage),
            Some(s) => self.shared.save(Some(s), &json).map_err(|()| NotSaved::Refused),
        });
        if result.is_ok() {
            self.written.set_value(json);
        }
        result
    }

    /// Sets what the browser holds under the key aside under `<key>:<suffix>` before the value
    /// is replaced (a shared link over the reader's own): the key of the copy. When the browser
    /// refuses the copy, the original stays where it is and saving is held back for `reason`.
    pub fn set_aside(&self, suffix: &str, reason: Held) -> Option<String> {
        let key = self.shared.key();
        let data = self
            .store
            .with_value(|s| s.as_ref().and_then(|s| storage::read(s, &key).ok().flatten()))?;
        let copy = self.store.with_value(|s| {
            s.as_ref()
                .and_then(|s| storage::keep(s, &format!("{key}:{suffix}"), &data))
        });
        if copy.is_none() {
            self.held.set(Some(reason));
            self.shared.protect(data);
        }
        copy
    }

    /// Why saving is held back, if it is (for the notice that offers the download).
    pub fn held(&self) -> Option<Held> {
        self.held.get()
    }
}
