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
