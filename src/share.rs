//! Share links: state carried in a page address's fragment, never sent to a server. Both the
//! checklist and the self-assessment use one envelope, `#<kind>=1~<field>~<field>…`, and one
//! error type; each reads and writes only its own fields.

/// The envelope's own version, the first field: a link from a newer release says so.
const ENVELOPE_VERSION: &str = "1";

/// Why a share link could not be opened. Every way a link can be cut, edited or forged ends
/// here, never in a panic or a half-applied state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    TooLong,
    /// Made by a newer release, whose format this one cannot read.
    UnsupportedVersion,
    Malformed,
    /// The group it names is not in this content.
    UnknownGroup(String),
    /// Made for other content (another version): positions and ids could point elsewhere.
    OtherContent,
}

/// `#<kind>1~<fields joined by ~>`; `kind` ends with `=` (`alliance87-checklist=`).
pub fn envelope<'a>(kind: &str, fields: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = format!("#{kind}{ENVELOPE_VERSION}");
    for field in fields {
        out.push('~');
        out.push_str(field);
    }
    out
}

/// The fields of `fragment` when it is a share link of `kind`: `None` when it is not one at
/// all, an error when it is one this release cannot read (longer than `max_chars`, or from a
/// newer envelope).
pub fn open<'a>(
    fragment: &'a str,
    kind: &str,
    max_chars: usize,
) -> Option<Result<std::str::Split<'a, char>, ShareError>> {
    let payload = fragment.trim_start_matches('#').strip_prefix(kind)?;
    if payload.len() > max_chars {
        return Some(Err(ShareError::TooLong));
    }
    let mut fields = payload.split('~');
    if fields.next() != Some(ENVELOPE_VERSION) {
        return Some(Err(ShareError::UnsupportedVersion));
    }
    Some(Ok(fields))
}

/// A share link's content version, which must be `current`.
pub fn content_version(field: Option<&str>, current: u64) -> Result<u64, ShareError> {
    let version: u64 = field.and_then(|v| v.parse().ok()).ok_or(ShareError::Malformed)?;
    if version != current {
        return Err(ShareError::OtherContent);
    }
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_round_trips_and_refuses_what_it_cannot_read() {
        let link = envelope("k=", ["a", "", "c"]);
        assert_eq!(link, "#k=1~a~~c");
        let fields: Vec<&str> = open(&link, "k=", 100).unwrap().unwrap().collect();
        assert_eq!(fields, ["a", "", "c"]);
        assert!(open("#other=1~a", "k=", 100).is_none());
        assert_eq!(open(&link, "k=", 3).unwrap().err(), Some(ShareError::TooLong));
        assert_eq!(
            open("#k=2~a", "k=", 100).unwrap().err(),
            Some(ShareError::UnsupportedVersion)
        );
        assert_eq!(content_version(Some("7"), 7), Ok(7));
        assert_eq!(content_version(Some("6"), 7), Err(ShareError::OtherContent));
        assert_eq!(content_version(Some("x"), 7), Err(ShareError::Malformed));
        assert_eq!(content_version(None, 7), Err(ShareError::Malformed));
    }
}
