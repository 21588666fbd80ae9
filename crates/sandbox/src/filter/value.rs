//! Reading items' field values and query texts the way filters and sorts compare them.

use std::cmp::Ordering;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde_json::Value;

/// A field of an item: one property, or several whose texts are joined with a space (a
/// person's name from `first_name` and `last_name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field(pub Vec<String>);

impl Field {
    /// Reads `field` of an annotation: a property name or a list of them.
    pub fn read(value: Option<&Value>) -> Option<Field> {
        match value? {
            Value::String(name) => Some(Field(vec![name.clone()])),
            Value::Array(names) => {
                let names: Option<Vec<String>> = names
                    .iter()
                    .map(|n| n.as_str().map(str::to_owned))
                    .collect();
                names.filter(|n| !n.is_empty()).map(Field)
            }
            _ => None,
        }
    }

    /// The field's value in `item`: the property itself, or the joined text of several
    /// (`None` when every one is missing or null).
    pub fn get(&self, item: &Value) -> Option<Value> {
        let present = |name: &String| item.get(name).filter(|v| !v.is_null());
        if let [single] = self.0.as_slice() {
            return present(single).cloned();
        }
        let parts: Vec<String> = self.0.iter().filter_map(present).map(text).collect();
        (!parts.is_empty()).then(|| Value::String(parts.join(" ")))
    }
}

/// A value as the text a query would carry (`10`, `true`, `Ann`).
pub fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether an item's value is what the query text names: numbers as numbers, booleans in any
/// of the spellings query strings use, everything else as exact text.
pub fn same(value: &Value, wanted: &str) -> bool {
    match value {
        Value::Bool(b) => boolean(wanted) == Some(*b),
        Value::Number(n) => match (n.as_i64(), wanted.trim().parse::<i64>()) {
            (Some(a), Ok(b)) => a == b,
            _ => match (n.as_f64(), wanted.trim().parse::<f64>()) {
                (Some(a), Ok(b)) if n.is_f64() => a == b,
                _ => text(value) == wanted.trim(),
            },
        },
        Value::Array(items) => items.iter().any(|v| same(v, wanted)),
        other => text(other) == wanted,
    }
}

/// A boolean query text (`true`, `1`, `True` ...).
pub fn boolean(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// A moment a range filter compares against: a calendar day, or an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// `YYYY-MM-DD`: compared with the item's own calendar day, as written in the item.
    Day(NaiveDate),
    /// An ISO 8601 date-time; one without an offset is UTC (SendHub's timestamps).
    Instant(DateTime<Utc>),
}

impl Moment {
    /// Reads a query text; `None` when it is neither a date nor a date-time.
    pub fn parse(text: &str) -> Option<Moment> {
        let text = text.trim();
        if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(Moment::Day(day));
        }
        instant(text).map(Moment::Instant)
    }

    /// How an item's timestamp (or date) compares with this moment; `None` when it cannot be
    /// read.
    pub fn compare(&self, item: &Value) -> Option<Ordering> {
        let written = item.as_str()?.trim();
        match self {
            Moment::Day(day) => Some(local_day(written)?.cmp(day)),
            Moment::Instant(at) => {
                let item = instant(written).or_else(|| {
                    local_day(written)?
                        .and_hms_opt(0, 0, 0)
                        .map(|t| t.and_utc())
                })?;
                Some(item.cmp(at))
            }
        }
    }
}

/// An ISO 8601 date-time, with or without an offset (none means UTC).
fn instant(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.with_timezone(&Utc));
    }
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    .map(|t| t.and_utc())
}

/// The calendar day a timestamp or date was written on (its first ten characters).
pub fn local_day(written: &str) -> Option<NaiveDate> {
    let day = written.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// The order of two field values: numbers as numbers, strings as strings (ISO timestamps
/// therefore by their text), booleans false first; values of different kinds by kind.
pub fn order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        // Integers exactly (18-digit ids lose their last digits as floats), others as floats.
        (Value::Number(x), Value::Number(y)) => {
            match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
                (Some(x), Some(y), _, _) => x.cmp(&y),
                (_, _, Some(x), Some(y)) => x.cmp(&y),
                _ => {
                    let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
                    x.partial_cmp(&y).unwrap_or(Ordering::Equal)
                }
            }
        }
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

fn rank(value: &Value) -> u8 {
    match value {
        Value::Bool(_) => 0,
        Value::Number(_) => 1,
        Value::String(_) => 2,
        Value::Array(_) => 3,
        Value::Object(_) => 4,
        Value::Null => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_match_query_texts_by_kind() {
        assert!(same(&json!(10), "10"));
        assert!(same(&json!(-3), "-3"));
        assert!(!same(&json!(10), "1"));
        assert!(same(&json!(true), "True"));
        assert!(!same(&json!(false), "1"));
        assert!(same(&json!("Ann"), "Ann"));
        assert!(!same(&json!("Ann"), "ann"));
        assert!(same(&json!("123456789012345678"), "123456789012345678"));
        assert!(!same(&json!(123456789012345678_u64), "123456789012345679"));
        assert!(same(&json!(1.5), "1.50"));
    }

    #[test]
    fn joined_fields_read_as_one_text() {
        let item = json!({"first_name": "Ann", "last_name": "Lee", "gone": null});
        let name = Field(vec!["first_name".into(), "last_name".into()]);
        assert_eq!(name.get(&item), Some(json!("Ann Lee")));
        assert_eq!(Field(vec!["gone".into()]).get(&item), None);
        assert_eq!(
            Field::read(Some(&json!(["a", "b"]))),
            Some(Field(vec!["a".into(), "b".into()]))
        );
        assert_eq!(Field::read(Some(&json!(3))), None);
    }

    #[test]
    fn moments_compare_days_as_written_and_instants_across_offsets() {
        let day = Moment::parse("2020-05-01").expect("a day");
        let late = json!("2020-05-01T23:30:00-07:00");
        assert_eq!(day.compare(&late), Some(Ordering::Equal));
        let at = Moment::parse("2020-05-02T06:00:00Z").expect("an instant");
        assert_eq!(at.compare(&late), Some(Ordering::Greater));
        assert_eq!(
            at.compare(&json!("2020-05-02T05:59:59.5")),
            Some(Ordering::Less)
        );
        assert_eq!(at.compare(&json!("not a time")), None);
        assert!(Moment::parse("2020-05-02 06:00").is_some());
        assert_eq!(Moment::parse("yesterday"), None);
        assert_eq!(Moment::parse("2020-13-01"), None);
    }

    #[test]
    fn values_order_numbers_numerically_and_strings_by_text() {
        assert_eq!(order(&json!(9), &json!(10)), Ordering::Less);
        let (a, b) = (json!(123456789012345678_i64), json!(123456789012345679_i64));
        assert_eq!(order(&a, &b), Ordering::Less);
        assert_eq!(order(&json!("9"), &json!("10")), Ordering::Greater);
        assert_eq!(order(&json!(false), &json!(true)), Ordering::Less);
        assert_eq!(
            order(
                &json!("2020-01-02T00:00:00Z"),
                &json!("2020-01-10T00:00:00Z")
            ),
            Ordering::Less
        );
    }
}
