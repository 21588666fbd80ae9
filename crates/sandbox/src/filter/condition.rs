//! One filter of a listing, built from a parameter's `x-groupkit-sandbox: {filter: <kind>, ...}`
//! and the texts the request gave it.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

use super::value::{Field, Moment, boolean, local_day, same, text};

/// A test an item must pass.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// The field is one of these texts (`equals`, `in`, `flag`, `select`).
    OneOf(Field, Vec<String>),
    /// The field's text holds this lowercase text.
    Contains(Field, String),
    /// Every term is held, case-insensitively, by one of the fields at least.
    Search(Vec<Field>, Vec<String>),
    /// The field's moment compares with the bound as one of these orderings.
    Range(Field, Moment, Vec<Ordering>),
    /// The field's calendar day passes the test.
    Day(Field, DayTest),
    /// The boolean field is not true (`include` answered false).
    NotSet(Field),
    /// Every field is one of its texts (a `select` case).
    All(Vec<Condition>),
}

/// A test of a calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayTest {
    /// In this month (1 to 12) of any year.
    Month(u32),
    /// In this year.
    Year(i32),
    /// This very day.
    Date(NaiveDate),
}

impl Condition {
    /// Whether `item` passes; an item without the field does not (except `NotSet`).
    pub fn matches(&self, item: &Value) -> bool {
        match self {
            Condition::OneOf(field, wanted) => field
                .get(item)
                .is_some_and(|v| wanted.iter().any(|w| same(&v, w))),
            Condition::Contains(field, needle) => field
                .get(item)
                .is_some_and(|v| text(&v).to_lowercase().contains(needle)),
            Condition::Search(fields, terms) => {
                let texts: Vec<String> = fields
                    .iter()
                    .filter_map(|f| f.get(item))
                    .map(|v| text(&v).to_lowercase())
                    .collect();
                terms.iter().all(|t| texts.iter().any(|x| x.contains(t)))
            }
            Condition::Range(field, bound, allowed) => field
                .get(item)
                .and_then(|v| bound.compare(&v))
                .is_some_and(|o| allowed.contains(&o)),
            Condition::Day(field, test) => {
                let day = field.get(item).and_then(|v| local_day(v.as_str()?));
                day.is_some_and(|day| match test {
                    DayTest::Month(m) => day.month() == *m,
                    DayTest::Year(y) => day.year() == *y,
                    DayTest::Date(d) => day == *d,
                })
            }
            Condition::NotSet(field) => field.get(item) != Some(Value::Bool(true)),
            Condition::All(parts) => parts.iter().all(|c| c.matches(item)),
        }
    }
}

/// The condition a parameter annotated `ext` sets with the request's `texts` (already split
/// into list items for `in`); `None` when the value keeps every item (`include=true`, an empty
/// search). `Err` is a message for the provider's 400.
pub fn build(name: &str, ext: &Value, texts: &[String]) -> Result<Option<Condition>, String> {
    let kind = ext.get("filter").and_then(Value::as_str).unwrap_or("");
    let field = || {
        Field::read(ext.get("field"))
            .ok_or_else(|| format!("`{name}`'s annotation names no `field`"))
    };
    let last = texts.last().map(String::as_str).unwrap_or("");
    let condition = match kind {
        "equals" | "in" => Condition::OneOf(field()?, texts.to_vec()),
        "contains" => Condition::Contains(field()?, last.to_lowercase()),
        "search" => {
            let terms: Vec<String> = last.split_whitespace().map(str::to_lowercase).collect();
            if terms.is_empty() {
                return Ok(None);
            }
            let fields = ext
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|f| Field::read(Some(f)))
                .collect();
            Condition::Search(fields, terms)
        }
        "after" | "before" => {
            let bound = Moment::parse(last).ok_or_else(|| {
                format!("`{name}`: `{last}` is not a date (YYYY-MM-DD) or an ISO 8601 date-time")
            })?;
            let side = if kind == "after" {
                Ordering::Greater
            } else {
                Ordering::Less
            };
            let mut allowed = vec![side];
            if ext.get("inclusive").and_then(Value::as_bool) == Some(true) {
                allowed.push(Ordering::Equal);
            }
            Condition::Range(field()?, bound, allowed)
        }
        "month" | "year" | "date" => Condition::Day(field()?, day_test(name, kind, last)?),
        "flag" => {
            let wanted = boolean(last).ok_or_else(|| not_boolean(name, last))?;
            Condition::OneOf(field()?, vec![wanted.to_string()])
        }
        "include" => match boolean(last).ok_or_else(|| not_boolean(name, last))? {
            true => return Ok(None),
            false => Condition::NotSet(field()?),
        },
        "select" => {
            let cases = ext.get("cases").and_then(Value::as_object);
            let case = cases.and_then(|c| c.get(last)).ok_or_else(|| {
                let known: Vec<&str> = cases
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k.as_str())
                    .collect();
                format!("`{name}`: `{last}` is not one of {}", known.join(", "))
            })?;
            Condition::All(select(case))
        }
        other => return Err(format!("`{name}`: unknown filter kind `{other}`")),
    };
    Ok(Some(condition))
}

fn not_boolean(name: &str, text: &str) -> String {
    format!("`{name}`: `{text}` is not a boolean (true or false)")
}

fn day_test(name: &str, kind: &str, text: &str) -> Result<DayTest, String> {
    let bad = || format!("`{name}`: `{text}` is not a {kind}");
    match kind {
        "month" => text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(DayTest::Month)
            .ok_or_else(bad),
        "year" => text.trim().parse().map(DayTest::Year).map_err(|_| bad()),
        _ => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(DayTest::Date)
            .map_err(|_| bad()),
    }
}

/// A `select` case: `{field: [allowed values]}`, every field must hold one of its values.
fn select(case: &Value) -> Vec<Condition> {
    let empty = Map::new();
    case.as_object()
        .unwrap_or(&empty)
        .iter()
        .map(|(field, allowed)| {
            let allowed = match allowed {
                Value::Array(list) => list.iter().map(text).collect(),
                one => vec![text(one)],
            };
            Condition::OneOf(Field(vec![field.clone()]), allowed)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keeps(ext: Value, texts: &[&str], item: Value) -> bool {
        let texts: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
        match build("p", &ext, &texts).expect("a valid value") {
            Some(condition) => condition.matches(&item),
            None => true,
        }
    }

    #[test]
    fn equals_and_in_match_any_given_value() {
        let ext = json!({"filter": "in", "field": "tag_id"});
        assert!(keeps(ext.clone(), &["1", "13"], json!({"tag_id": 13})));
        assert!(!keeps(ext.clone(), &["1", "13"], json!({"tag_id": 3})));
        assert!(!keeps(ext, &["1"], json!({})));
        let full = json!({"filter": "equals", "field": ["first_name", "last_name"]});
        let ann = json!({"first_name": "Ann", "last_name": "Lee"});
        assert!(keeps(full.clone(), &["Ann Lee"], ann.clone()));
        assert!(!keeps(full, &["Ann"], ann));
    }

    #[test]
    fn contains_and_search_ignore_case() {
        let contains = json!({"filter": "contains", "field": "name"});
        assert!(keeps(
            contains.clone(),
            &["RUST"],
            json!({"name": "Rustaceans"})
        ));
        assert!(!keeps(contains, &["go"], json!({"name": "Rustaceans"})));
        let search = json!({"filter": "search", "fields": ["email", "full_name"]});
        let member = json!({"email": "ann@example.com", "full_name": "Ann Lee"});
        assert!(keeps(search.clone(), &["lee ANN@"], member.clone()));
        assert!(!keeps(search.clone(), &["bob"], member.clone()));
        assert!(keeps(search, &["  "], member));
    }

    #[test]
    fn after_and_before_honour_inclusiveness() {
        let item = json!({"created_at": "2020-05-01T10:00:00Z"});
        let after = json!({"filter": "after", "field": "created_at"});
        assert!(keeps(after.clone(), &["2020-04-30"], item.clone()));
        assert!(!keeps(after.clone(), &["2020-05-01"], item.clone()));
        assert!(keeps(after, &["2020-05-01T09:59:59Z"], item.clone()));
        let before = json!({"filter": "before", "field": "created_at", "inclusive": true});
        assert!(keeps(before.clone(), &["2020-05-01"], item.clone()));
        assert!(!keeps(before.clone(), &["2020-04-30"], item.clone()));
        let error = build("created_before", &before, &["soon".into()]).expect_err("a bad date");
        assert!(
            error.contains("created_before") && error.contains("soon"),
            "{error}"
        );
    }

    #[test]
    fn calendar_parts_read_the_day_as_written() {
        let item = json!({"created_at": "2021-03-31T23:00:00-05:00"});
        let month = json!({"filter": "month", "field": "created_at"});
        assert!(keeps(month.clone(), &["3"], item.clone()));
        assert!(!keeps(month.clone(), &["4"], item.clone()));
        assert!(build("m", &month, &["13".into()]).is_err());
        let year = json!({"filter": "year", "field": "created_at"});
        assert!(keeps(year.clone(), &["2021"], item.clone()));
        assert!(build("y", &year, &["MMXXI".into()]).is_err());
        let date = json!({"filter": "date", "field": "created_at"});
        assert!(keeps(date.clone(), &["2021-03-31"], item.clone()));
        assert!(!keeps(date, &["2021-04-01"], item));
    }

    #[test]
    fn flags_match_and_include_hides_unless_asked() {
        let flag = json!({"filter": "flag", "field": "blocked"});
        assert!(keeps(flag.clone(), &["true"], json!({"blocked": true})));
        assert!(!keeps(flag.clone(), &["false"], json!({"blocked": true})));
        assert!(build("blocked", &flag, &["maybe".into()]).is_err());
        let include = json!({"filter": "include", "field": "is_closed"});
        assert!(!keeps(
            include.clone(),
            &["false"],
            json!({"is_closed": true})
        ));
        assert!(keeps(
            include.clone(),
            &["false"],
            json!({"is_closed": false})
        ));
        assert!(keeps(include, &["true"], json!({"is_closed": true})));
    }

    #[test]
    fn select_applies_the_named_case() {
        let ext = json!({"filter": "select", "cases": {
            "mods": {"mod_status": ["sub_modstatus_moderator", "sub_modstatus_owner"]},
            "members": {"status": "sub_status_normal"}
        }});
        let owner = json!({"mod_status": "sub_modstatus_owner", "status": "sub_status_normal"});
        assert!(keeps(ext.clone(), &["mods"], owner.clone()));
        assert!(keeps(ext.clone(), &["members"], owner));
        let plain = json!({"mod_status": "sub_modstatus_none"});
        assert!(!keeps(ext.clone(), &["mods"], plain));
        let error = build("type", &ext, &["admins".into()]).expect_err("an unknown case");
        assert!(
            error.contains("members") && error.contains("mods"),
            "{error}"
        );
    }
}
