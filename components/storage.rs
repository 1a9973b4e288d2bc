//! The browser's localStorage, which can be missing or throw at any call (private modes,
//! third-party frames, a full quota): every access reports failure instead of panicking.

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
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}
