//! The browser's localStorage, which can be missing or throw at any call (private modes,
//! third-party frames, a full quota): every access reports failure instead of panicking.

use alliance87_core::saved;
use js_sys::JsString;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// `Storage` with `getItem`/`setItem` on JS strings, without web-sys's conversion to a
    /// Rust `String`, which replaces lone surrogates with U+FFFD and so would alter a copy.
    type ExactStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_exact(this: &ExactStorage, key: &str) -> Result<Option<JsString>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_exact(this: &ExactStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

fn exact(storage: &Storage) -> &ExactStorage {
    storage.unchecked_ref()
}

/// A value as the browser holds it.
#[derive(Clone)]
pub struct Stored {
    exact: JsString,
}

impl Stored {
    /// The value as text; `None` when it is not well-formed UTF-16 (a lone surrogate), which
    /// the widgets cannot have written and cannot read without altering it.
    pub fn text(&self) -> Option<String> {
        self.exact.is_valid_utf16().then(|| String::from(&self.exact))
    }

    /// The exact value, lone surrogates and all, for a download.
    pub fn exact(&self) -> &JsString {
        &self.exact
    }
}

/// The browser's localStorage; none when the view is rendered to HTML at build time.
pub fn local() -> Option<Storage> {
    if !super::IN_BROWSER {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(storage: &Storage, key: &str) -> Result<Option<Stored>, ()> {
    exact(storage)
        .get_exact(key)
        .map(|value| value.map(|exact| Stored { exact }))
        .map_err(drop)
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

/// Sets an exact copy of `data` aside under `key` (then `key:2`, `key:3`… when an earlier copy
/// with other data is there), so nothing saved is ever overwritten unseen. The key of the copy,
/// read back and found identical, for the message that tells the reader where it is; `None`
/// when the browser refused it (a full store): then the original is the only copy, and the
/// widget must not save over it (see [`Shared::protect`]).
pub fn keep(storage: &Storage, key: &str, data: &Stored) -> Option<String> {
    let mut copy = key.to_string();
    for n in 2.. {
        match read(storage, &copy) {
            Ok(Some(kept)) if kept.exact != data.exact => copy = format!("{key}:{n}"),
            Ok(Some(_)) => return Some(copy),
            Ok(None) => break,
            Err(()) => return None,
        }
    }
    exact(storage).set_exact(&copy, &data.exact).ok()?;
    match read(storage, &copy) {
        Ok(Some(kept)) if kept.exact == data.exact => Some(copy),
        _ => None,
    }
}

/// The newest version saved under `<prefix><version>` for a version before `current` (what a
/// widget carries over after a content update), or after it (saved by a page with newer
/// content, which this one cannot read), with its key.
pub fn newest_other(storage: &Storage, prefix: &str, current: u64, newer: bool) -> Option<(String, Stored)> {
    let version = keys(storage, prefix)
        .iter()
        .filter_map(|k| saved::version_of(k, prefix))
        .filter(|v| if newer { *v > current } else { *v < current })
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
    /// The only copy of data the widget could not read and could not set aside: nothing is
    /// written over it until the reader has downloaded it.
    protected: RwSignal<Option<Stored>, LocalStorage>,
}

/// Follows the data saved under `key`: the `on_change` that `handler` makes for the key's
/// [`Shared`] receives what any other widget on this page saves there through
/// [`Shared::save`], and what another tab writes there (the `storage` event), so a widget shows
/// the others' changes and builds on them instead of saving over them. Never its own saves.
/// Stops when the calling component is disposed.
pub fn follow<F: Fn(&str) + 'static>(key: String, handler: impl FnOnce(Shared) -> F) -> Shared {
    let id = NEXT_FOLLOWER.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let shared = Shared {
        id,
        key: StoredValue::new(key.clone()),
        protected: RwSignal::new_local(None),
    };
    let on_change: OnChange = Rc::new(handler(shared));
    FOLLOWERS.with_borrow_mut(|f| {
        f.push(Follower {
            id,
            key: key.clone(),
            on_change: on_change.clone(),
        })
    });
    let watched = key;
    let other_tab = super::IN_BROWSER.then(|| {
        window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(watched.as_str()) {
                if let Some(data) = ev.new_value() {
                    on_change(&data);
                }
            }
        })
    });
    on_cleanup(move || {
        other_tab.into_iter().for_each(|listener| listener.remove());
        FOLLOWERS.with_borrow_mut(|f| f.retain(|f| f.id != id));
    });
    shared
}

impl Shared {
    pub fn key(&self) -> String {
        self.key.get_value()
    }

    /// Holds saving back: `data`, under this key, is the only copy of something the reader
    /// saved, so it is not written over until [`Shared::release`].
    pub fn protect(&self, data: Stored) {
        self.protected.set(Some(data));
    }

    /// What saving is held back for, if anything.
    pub fn protected(&self) -> Option<Stored> {
        self.protected.get()
    }

    /// The reader has a copy of the protected data (downloaded): saving resumes.
    pub fn release(&self) {
        self.protected.set(None);
    }

    /// Writes `data` and shows it in every other widget on the page that follows the key (even
    /// when the browser refused the write, so the page stays consistent). `Err` when the
    /// browser has no storage or refused the write, and while saving is held back
    /// ([`Shared::protect`]).
    pub fn save(&self, storage: Option<&Storage>, data: &str) -> Result<(), ()> {
        let key = self.key();
        let held = self.protected.with_untracked(Option::is_some);
        let written = storage.filter(|_| !held).ok_or(()).and_then(|s| write(s, &key, data));
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
