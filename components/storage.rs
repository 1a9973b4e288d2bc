//! The browser's localStorage, which can be missing or throw at any call (private modes,
//! third-party frames, a full quota): every access reports failure instead of panicking.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::Storage;

pub fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(storage: &Storage, key: &str) -> Result<Option<String>, ()> {
    storage.get_item(key).map_err(drop)
}

pub fn write(storage: &Storage, key: &str, value: &str) -> Result<(), ()> {
    storage.set_item(key, value).map_err(drop)
}

/// Every key that starts with `prefix`.
pub fn keys(storage: &Storage, prefix: &str) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Keeps a copy of `data` under `key` (then `key:2`, `key:3`… when an earlier copy with other
/// data is there), so nothing saved is ever overwritten unseen, and returns the key used for the
/// message that tells the reader where it is.
pub fn keep(storage: &Storage, key: &str, data: &str) -> String {
    let mut copy = key.to_string();
    for n in 2.. {
        match read(storage, &copy) {
            Ok(Some(kept)) if kept != data => copy = format!("{key}:{n}"),
            Ok(Some(_)) => return copy,
            _ => break,
        }
    }
    let _ = write(storage, &copy, data);
    copy
}

/// The newest data saved under `<prefix><version>` for a version before `current`, with its key:
/// what a widget offers to carry over after a content update.
pub fn newest_older(storage: &Storage, prefix: &str, current: u64) -> Option<(String, String)> {
    let version = keys(storage, prefix)
        .iter()
        .filter_map(|k| k[prefix.len()..].parse::<u64>().ok())
        .filter(|v| *v < current)
        .max()?;
    let key = format!("{prefix}{version}");
    read(storage, &key).ok().flatten().map(|data| (key, data))
}

thread_local! {
    /// Every widget on the page that saves under a key, with what it does with a save made by
    /// another: see [`follow`].
    static FOLLOWERS: RefCell<Vec<Follower>> = const { RefCell::new(Vec::new()) };
    static NEXT_FOLLOWER: Cell<u32> = const { Cell::new(0) };
}

/// What a follower does with data another widget saved.
type OnChange = Rc<dyn Fn(&str)>;

struct Follower {
    id: u32,
    key: String,
    on_change: OnChange,
}

/// A widget's hold on the data it saves under one key, which other widgets on the page (two
/// checklists of one group, two self-assessments) and the same page in other tabs may save too.
#[derive(Clone, Copy)]
pub struct Shared {
    id: u32,
    key: StoredValue<String>,
}

/// Follows the data saved under `key`: `on_change` receives what any other widget on this page
/// saves there through [`Shared::save`], and what another tab writes there (the `storage`
/// event), so a widget shows the others' changes and builds on them instead of saving over
/// them. Never its own saves. Stops when the calling component is disposed.
pub fn follow(key: String, on_change: impl Fn(&str) + 'static) -> Shared {
    let on_change: OnChange = Rc::new(on_change);
    let id = NEXT_FOLLOWER.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    FOLLOWERS.with_borrow_mut(|f| {
        f.push(Follower {
            id,
            key: key.clone(),
            on_change: on_change.clone(),
        })
    });
    let watched = key.clone();
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(watched.as_str()) {
            if let Some(data) = ev.new_value() {
                on_change(&data);
            }
        }
    });
    on_cleanup(move || {
        other_tab.remove();
        FOLLOWERS.with_borrow_mut(|f| f.retain(|f| f.id != id));
    });
    Shared {
        id,
        key: StoredValue::new(key),
    }
}

impl Shared {
    pub fn key(&self) -> String {
        self.key.get_value()
    }

    /// Writes `data` and shows it in every other widget on the page that follows the key (even
    /// when the browser refused the write, so the page stays consistent). `Err` when the
    /// browser has no storage or refused the write.
    pub fn save(&self, storage: Option<&Storage>, data: &str) -> Result<(), ()> {
        let key = self.key();
        let written = storage.ok_or(()).and_then(|s| write(s, &key, data));
        // Called outside the borrow: a follower may save in turn.
        let others: Vec<OnChange> = FOLLOWERS.with_borrow(|f| {
            f.iter()
                .filter(|f| f.key == key && f.id != self.id)
                .map(|f| f.on_change.clone())
                .collect()
        });
        for on_change in others {
            on_change(data);
        }
        written
    }
}
