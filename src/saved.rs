//! What widgets keep in the browser, as the saving hook (`components/saving.rs`) sees it: one
//! key per content version, and a merge rule for values that several widgets and tabs save.

use crate::assessment::Answers;
use crate::checklist::Checklist;

/// How a saved value takes another widget's or tab's save of the same key, so that changes made
/// at nearly the same moment in two places are all kept instead of the last save winning.
pub trait Merge {
    /// Takes what changed later in `theirs`. True when anything was taken.
    fn merge(&mut self, theirs: &Self) -> bool;
    /// True when something here changed later than in `theirs`: `theirs` lacks a change.
    fn newer_than(&self, theirs: &Self) -> bool;
}

impl Merge for Checklist {
    fn merge(&mut self, theirs: &Self) -> bool {
        Checklist::merge(self, theirs)
    }
    fn newer_than(&self, theirs: &Self) -> bool {
        Checklist::newer_than(self, theirs)
    }
}

impl Merge for Answers {
    fn merge(&mut self, theirs: &Self) -> bool {
        Answers::merge(self, theirs)
    }
    fn newer_than(&self, theirs: &Self) -> bool {
        Answers::newer_than(self, theirs)
    }
}

/// The key of one content version's value: `<prefix><version>`, so a page with newer content
/// never reads (or writes over) what older content saved, and the reverse.
pub fn key(prefix: &str, version: u64) -> String {
    format!("{prefix}{version}")
}

/// The version a key of `prefix` is for, if it is one.
pub fn version_of(key: &str, prefix: &str) -> Option<u64> {
    key.strip_prefix(prefix)?.parse().ok()
}

/// What to do with a value saved for an older content version when the current one has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Older {
    /// Read it with the current content and save it under the current key (the older copy stays
    /// where it is): a checklist's items are matched by id.
    CarryOver,
    /// Leave it, and tell the reader where it is: answers name options by position, which
    /// another version of the questions may change.
    Leave,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_one_per_content_version() {
        assert_eq!(key("alliance87:assessment:v", 3), "alliance87:assessment:v3");
        assert_eq!(
            version_of("alliance87:assessment:v3", "alliance87:assessment:v"),
            Some(3)
        );
        assert_eq!(
            version_of("alliance87:assessment:v3:unreadable", "alliance87:assessment:v"),
            None
        );
        assert_eq!(version_of("other", "alliance87:assessment:v"), None);
    }
}
