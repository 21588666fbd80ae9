//! [`Timestamp`]: a point in time read leniently from the providers' many RFC 3339 dialects.

use std::fmt;
use std::str::FromStr;

use chrono::format::ParseErrorKind;
use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// Unix seconds of Go's zero `time.Time` (`0001-01-01T00:00:00Z`), which Groups.io sends for "never".
const GO_ZERO_UNIX_SECONDS: i64 = -62_135_596_800;

/// A point in time with the UTC offset it was sent with.
///
/// Parsing (through [`FromStr`] or serde) accepts:
/// - RFC 3339 with any offset (`Z`, `z`, `+05:30`, `-07:00`) and any number of fractional-second
///   digits, including none (digits past the ninth are dropped): `2018-07-03T02:24:32.465887176-07:00`;
/// - the same without an offset, read as UTC, as SendHub sends them: `2012-05-31T18:18:23.172930`;
/// - an offset without its colon (`+0000`, `-0800`), as SendHub writes scheduled times;
/// - a space or a lowercase `t` in place of the `T` (RFC 3339 allows it, and it costs nothing);
/// - a leap second (`:60`), kept the way chrono represents one (second 59 plus a full second of nanos);
/// - Go's zero time `0001-01-01T00:00:00Z`, see [`Timestamp::is_zero`].
///
/// Years must have exactly four digits. Anything else is an error, never a panic.
///
/// Equality, ordering and hashing compare the instant only: `2018-07-03T09:24:32Z` equals
/// `2018-07-03T02:24:32-07:00`, though each keeps and prints its own offset.
///
/// Serialization writes RFC 3339 with the kept offset (`Z` for UTC, so an offset-less input comes
/// back with a `Z`) and as many fractional digits as needed (0, 3, 6 or 9).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Timestamp(DateTime<FixedOffset>);

impl Timestamp {
    /// The instant with the offset it was sent with.
    pub fn as_datetime(&self) -> &DateTime<FixedOffset> {
        &self.0
    }

    /// The same instant in UTC.
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.0.to_utc()
    }

    /// Whether this is Go's zero time (`0001-01-01T00:00:00Z`, in any offset), which Go servers
    /// such as Groups.io send for a time that was never set.
    pub fn is_zero(&self) -> bool {
        self.0.timestamp() == GO_ZERO_UNIX_SECONDS && self.0.timestamp_subsec_nanos() == 0
    }

    /// Whether this is the Unix epoch (`1970-01-01T00:00:00Z`, in any offset). Groups.io's examples
    /// show it, printed in local time (`1969-12-31T16:00:00-08:00`), for some unset times.
    pub fn is_unix_epoch(&self) -> bool {
        self.0.timestamp() == 0 && self.0.timestamp_subsec_nanos() == 0
    }
}

/// Parses one of the forms listed on [`Timestamp`].
fn parse(input: &str) -> Result<Timestamp, TimestampParseError> {
    let strict = match DateTime::parse_from_rfc3339(input) {
        Ok(dt) => return Ok(Timestamp(dt)),
        Err(e) => e,
    };
    // An offset without its colon (`+0000`, ISO 8601's basic form, as SendHub writes scheduled
    // times) is read with the colon put in.
    if let Some(extended) = with_offset_colon(input) {
        return DateTime::parse_from_rfc3339(&extended)
            .map(Timestamp)
            .map_err(|e| TimestampParseError::new(input, e));
    }
    // An offset-less time fails at its end with "too short"; reading it with a `Z` appended reuses
    // chrono's exact RFC 3339 rules instead of a second, subtly different, format string.
    if strict.kind() != ParseErrorKind::TooShort {
        return Err(TimestampParseError::new(input, strict));
    }
    DateTime::parse_from_rfc3339(&format!("{input}Z"))
        .map(Timestamp)
        .map_err(|e| TimestampParseError::new(input, e))
}

/// `input` with a colon in its trailing `+HHMM`/`-HHMM` offset, if it ends with one after a time.
fn with_offset_colon(input: &str) -> Option<String> {
    let split = input.len().checked_sub(5)?;
    let (time, offset) = (input.get(..split)?, input.get(split..)?);
    let bytes = offset.as_bytes();
    let signed = matches!(bytes[0], b'+' | b'-');
    let digits = bytes[1..].iter().all(u8::is_ascii_digit);
    // After a time of day (`...:SS` or `...:SS.fff`), so that a date's `-MMDD` is never taken.
    let after_time = time.len() >= 19 && matches!(time.as_bytes()[10], b'T' | b't' | b' ');
    (signed && digits && after_time).then(|| format!("{time}{}:{}", &offset[..3], &offset[3..]))
}

impl FromStr for Timestamp {
    type Err = TimestampParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 with the kept offset, `Z` for UTC, and 0, 3, 6 or 9 fractional digits as needed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(dt: DateTime<Utc>) -> Self {
        Timestamp(dt.fixed_offset())
    }
}

impl From<DateTime<FixedOffset>> for Timestamp {
    fn from(dt: DateTime<FixedOffset>) -> Self {
        Timestamp(dt)
    }
}

impl From<Timestamp> for DateTime<FixedOffset> {
    fn from(ts: Timestamp) -> Self {
        ts.0
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimestampVisitor)
    }
}

/// Reads a timestamp from a string; anything else is a type error.
struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 timestamp string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        parse(v).map_err(E::custom)
    }
}

/// A string that is not a timestamp in any form [`Timestamp`] accepts.
///
/// Its message quotes the whole input and says what was wrong with it. It is not cut here: a
/// cut before scrubbing could show part of a credential, so the [`crate::DecodeError`] that
/// carries it scrubs the message first and only then cuts it to length.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid timestamp {input:?} ({reason}); expected RFC 3339 such as 2018-07-03T02:24:32Z")]
pub struct TimestampParseError {
    input: String,
    reason: chrono::ParseError,
}

impl TimestampParseError {
    fn new(input: &str, reason: chrono::ParseError) -> Self {
        TimestampParseError {
            input: input.to_owned(),
            reason,
        }
    }

    /// The rejected input.
    pub fn input(&self) -> &str {
        &self.input
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse()
            .unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
    }

    #[test]
    fn nanoseconds_with_negative_offset() {
        let t = ts("2018-07-03T02:24:32.465887176-07:00");
        assert_eq!(t.as_datetime().offset().local_minus_utc(), -7 * 3600);
        assert_eq!(t.as_datetime().timestamp_subsec_nanos(), 465_887_176);
        assert_eq!(
            t.to_utc().to_rfc3339(),
            "2018-07-03T09:24:32.465887176+00:00"
        );
        assert_eq!(t.to_string(), "2018-07-03T02:24:32.465887176-07:00");
    }

    #[test]
    fn every_fraction_length_from_zero_to_nine() {
        let mut text = String::from("2020-01-02T03:04:05");
        for digits in 0..=9 {
            if digits == 1 {
                text.push('.');
            }
            if digits > 0 {
                text.push('1');
            }
            let t = ts(&format!("{text}Z"));
            // "1", "11", ... scaled to nanoseconds: 100000000, 110000000, ...
            let expected: u32 = (0..digits).map(|i| 10u32.pow(8 - i)).sum();
            assert_eq!(
                t.as_datetime().timestamp_subsec_nanos(),
                expected,
                "{digits} digits"
            );
        }
    }

    #[test]
    fn zulu_and_positive_half_hour_offset() {
        let z = ts("2018-07-03T09:24:32Z");
        let ist = ts("2018-07-03T14:54:32+05:30");
        assert_eq!(z, ist, "same instant compares equal");
        assert_eq!(
            ist.as_datetime().offset().local_minus_utc(),
            5 * 3600 + 1800
        );
        assert_eq!(ist.to_string(), "2018-07-03T14:54:32+05:30");
        assert_eq!(ts("2018-07-03T09:24:32z"), z);
    }

    #[test]
    fn an_offset_without_its_colon_is_read() {
        let t: Timestamp = "2069-04-20T04:20:59+0000"
            .parse()
            .expect("colon-less UTC offset");
        assert_eq!(t.to_utc().to_rfc3339(), "2069-04-20T04:20:59+00:00");
        let t: Timestamp = "2011-02-17T20:29:40.5-0800"
            .parse()
            .expect("colon-less negative offset");
        assert_eq!(t.as_datetime().offset().local_minus_utc(), -8 * 3600);
        assert_eq!(t.to_string(), "2011-02-17T20:29:40.500-08:00");
        assert!("2069-04-20T04:20:59+000".parse::<Timestamp>().is_err());
        assert!("2069-04-20+0000".parse::<Timestamp>().is_err());
    }

    #[test]
    fn offsetless_is_utc() {
        let t = ts("2012-05-31T18:18:23.172930");
        assert_eq!(t.as_datetime().offset().local_minus_utc(), 0);
        assert_eq!(t.to_string(), "2012-05-31T18:18:23.172930Z");
        assert_eq!(
            ts("2012-05-31T18:18:23").to_string(),
            "2012-05-31T18:18:23Z"
        );
    }

    #[test]
    fn space_separator_is_accepted() {
        assert_eq!(ts("2012-05-31 18:18:23Z"), ts("2012-05-31T18:18:23Z"));
        assert_eq!(ts("2012-05-31 18:18:23.5"), ts("2012-05-31T18:18:23.5Z"));
    }

    #[test]
    fn go_zero_time() {
        let zero = ts("0001-01-01T00:00:00Z");
        assert!(zero.is_zero());
        assert!(!zero.is_unix_epoch());
        assert_eq!(zero.to_string(), "0001-01-01T00:00:00Z");
        assert!(!ts("0001-01-01T00:00:00.000000001Z").is_zero());
        assert!(!ts("2018-07-03T09:24:32Z").is_zero());
    }

    #[test]
    fn unix_epoch_in_local_time() {
        let epoch = ts("1969-12-31T16:00:00-08:00");
        assert!(epoch.is_unix_epoch());
        assert!(!epoch.is_zero());
        assert_eq!(epoch.to_utc().timestamp(), 0);
        assert_eq!(epoch.to_string(), "1969-12-31T16:00:00-08:00");
    }

    #[test]
    fn malformed_inputs_are_errors() {
        for bad in [
            "",
            "garbage",
            "2018-13-01T00:00:00Z",
            "2018-02-30T00:00:00Z",
            "2018-07-03T24:00:00Z",
            "99999-01-01T00:00:00Z",
            "+275760-09-13T00:00:00Z",
            "2018-07-03",
            "2018-07-03T02:24:32.",
            "2018-07-03T02:24:32+25:00",
            "2018-07-03T02:24:32ZZ",
            "2018-07-03T02:24:32 garbage",
            "1530609872",
        ] {
            let err = bad.parse::<Timestamp>().expect_err(bad);
            assert_eq!(err.input(), bad);
            assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
        }
    }

    #[test]
    fn error_keeps_the_whole_input() {
        let long = "x".repeat(1000);
        let err = long.parse::<Timestamp>().expect_err("garbage");
        assert_eq!(err.input(), long);
    }

    #[test]
    fn serde_round_trip_keeps_offset_and_digits() {
        for (input, output) in [
            (
                "2018-07-03T02:24:32.465887176-07:00",
                "2018-07-03T02:24:32.465887176-07:00",
            ),
            (
                "2018-07-03T02:24:32.465-07:00",
                "2018-07-03T02:24:32.465-07:00",
            ),
            ("2018-07-03T02:24:32+00:00", "2018-07-03T02:24:32Z"),
            ("2012-05-31T18:18:23.172930", "2012-05-31T18:18:23.172930Z"),
            ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        ] {
            let t: Timestamp = serde_json::from_str(&format!("\"{input}\"")).expect("deserializes");
            let json = serde_json::to_string(&t).expect("serializes");
            assert_eq!(json, format!("\"{output}\""));
            let again: Timestamp = serde_json::from_str(&json).expect("round trip");
            assert_eq!(again, t);
            assert_eq!(again.as_datetime().offset(), t.as_datetime().offset());
        }
    }

    #[test]
    fn serde_error_names_the_bad_value() {
        let err =
            serde_json::from_str::<Timestamp>("\"2018-13-01T00:00:00Z\"").expect_err("month 13");
        assert!(
            err.to_string().contains("\"2018-13-01T00:00:00Z\""),
            "{err}"
        );
        let err = serde_json::from_str::<Timestamp>("1530609872").expect_err("a number");
        assert!(
            err.to_string().contains("RFC 3339 timestamp string"),
            "{err}"
        );
    }

    #[test]
    fn from_chrono_types() {
        let utc = DateTime::<Utc>::from_timestamp(1_530_609_872, 0).expect("in range");
        let t = Timestamp::from(utc);
        assert_eq!(t.to_utc(), utc);
        assert_eq!(t.to_string(), "2018-07-03T09:24:32Z");
        let fixed = ts("2018-07-03T02:24:32-07:00").as_datetime().to_owned();
        assert_eq!(Timestamp::from(fixed), t);
        assert_eq!(DateTime::<FixedOffset>::from(Timestamp::from(fixed)), fixed);
    }

    #[test]
    fn ordering_follows_the_instant() {
        let earlier = ts("2018-07-03T02:24:32-07:00"); // 09:24:32Z
        let later = ts("2018-07-03T10:00:00+01:00"); // 09:00:00Z is earlier still
        assert!(later < earlier);
        assert!(ts("0001-01-01T00:00:00Z") < later);
    }
}
