//! The items the server sends: each style's spec example (in `fixtures/`, copied from
//! `specs/*.yaml`) with its ids, names and dates varied, passed through the provider's generated
//! model type so that the bytes are exactly what that type serializes to.

use bytes::{Bytes, BytesMut};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::style::Style;

/// Distinct items per style. Listing item `i` is pool item `i % POOL`, so that 3 million items
/// cost the server no more memory than a thousand. A multiple of every page size, so a page is
/// one contiguous slice of the pool.
pub const POOL: u64 = 1000;

const FIRST: [&str; 8] = [
    "Robin",
    "Alex",
    "Abir",
    "Dovie",
    "Esperanza",
    "Lawson",
    "Bob",
    "Jesse",
];
const LAST: [&str; 8] = [
    "Williams",
    "Hunter",
    "Junior",
    "Frami",
    "Kreiger",
    "Parker",
    "Doe",
    "Hungerman",
];

fn names(i: u64) -> (&'static str, &'static str) {
    (FIRST[(i % 8) as usize], LAST[((i / 8) % 8) as usize])
}

/// A style's items, serialized once and joined by commas: the inside of a JSON array.
#[derive(Clone, Debug)]
pub struct Pool {
    bytes: Bytes,
    /// Where each item starts and ends in `bytes`.
    spans: Vec<(usize, usize)>,
}

impl Pool {
    /// Builds the pool of `style`'s items.
    pub fn new(style: Style) -> Pool {
        let mut bytes = Vec::new();
        let mut spans = Vec::new();
        for i in 0..POOL {
            if i > 0 {
                bytes.push(b',');
            }
            let start = bytes.len();
            bytes.extend_from_slice(&item(style, i));
            spans.push((start, bytes.len()));
        }
        Pool {
            bytes: bytes.into(),
            spans,
        }
    }

    /// Items `start..end` of a listing, comma-separated. A page inside the pool is a slice of
    /// the shared bytes (no copy); one that wraps around its end (an unaligned offset) is built.
    pub fn items(&self, start: u64, end: u64) -> Bytes {
        if start >= end {
            return Bytes::new();
        }
        let (first, last) = ((start % POOL) as usize, ((end - 1) % POOL) as usize);
        if end - start <= POOL && first <= last {
            return self.bytes.slice(self.spans[first].0..self.spans[last].1);
        }
        let mut out = BytesMut::new();
        for i in start..end {
            if i > start {
                out.extend_from_slice(b",");
            }
            let (a, b) = self.spans[(i % POOL) as usize];
            out.extend_from_slice(&self.bytes[a..b]);
        }
        out.freeze()
    }

    /// Average bytes an item.
    pub fn item_bytes(&self) -> usize {
        self.bytes.len() / self.spans.len()
    }
}

/// One item of `style`'s listing, as its generated model serializes it.
fn item(style: Style, i: u64) -> Vec<u8> {
    let (first, last) = names(i);
    let lower = format!("{}.{}{i}", first.to_lowercase(), last.to_lowercase());
    match style {
        Style::Offset => {
            let mut v = example(include_str!("../fixtures/sendhub_contact.json"));
            let id = (116_006_957_938_017_590 + i * 977).to_string();
            v["id"] = json!(id);
            v["id_str"] = json!(id);
            v["name"] = json!(format!("{first} {last}"));
            v["keyword"] = json!(lower);
            v["number"] = json!(format!("+1201{:07}", 5_716_227 + i));
            v["groups"] = json!([format!("/v1/groups/{}/", crate::style::SENDHUB_GROUP)]);
            v["resource_uri"] = json!(format!("/v1/contacts/{id}"));
            v["date_created"] = json!(format!(
                "2021-08-{:02}T19:44:{:02}.266590",
                1 + i % 28,
                i % 60
            ));
            v["date_modified"] = v["date_created"].clone();
            typed::<groupkit_sendhub::models::Contact>(v)
        }
        Style::Cursor => {
            let mut v = example(include_str!("../fixtures/groupsio_member.json"));
            v["id"] = json!(93_518_468 + i);
            v["user_id"] = json!(147_779_411 + i * 7);
            v["group_id"] = json!(crate::style::GROUPSIO_GROUP);
            v["email"] = json!(format!("{lower}@example.org"));
            v["user_name"] = json!(format!("{first}{last}{i}"));
            v["full_name"] = json!(format!("{first} {last}"));
            v["created"] = json!(format!(
                "2020-09-{:02}T13:57:{:02}-07:00",
                1 + i % 28,
                i % 60
            ));
            typed::<groupkit_groupsio::models::MemberInfo>(v)
        }
        Style::PageNumber => {
            let mut v = example(include_str!("../fixtures/habitate_user.json"));
            let sid = format!("TwM0e5z2gGE7VyDcY5c6Ze{i:05}");
            v["user_id"] = json!(177 + i);
            v["msid"] = json!(format!("{}.{sid}", 177 + i));
            v["sid"] = json!(sid);
            v["username"] = json!(format!("{first}_{last}{i}"));
            v["first_name"] = json!(first);
            v["role_id"] = json!(1 + i % 4);
            v["created_at"] = json!(format!("2022-04-{:02}T01:15:{:02}Z", 1 + i % 28, i % 60));
            typed::<groupkit_habitate::models::User>(v)
        }
        Style::NextLink => {
            let mut v = example(include_str!("../fixtures/groupboss_email.json"));
            v["id"] = json!(format!(
                "2a71e2fa-fa6c-408d-afa3-{:012x}",
                0x64f0_bbce_0957 + i
            ));
            v["email"] = json!(format!("{lower}@somedomain.com"));
            v["first_name"] = json!(first);
            v["last_name"] = json!(last);
            v["created_at"] = json!(format!(
                "2020-05-{:02}T04:02:{:02}.868084Z",
                1 + i % 28,
                i % 60
            ));
            typed::<groupkit_groupboss::models::MemberEmail>(v)
        }
    }
}

/// The object of the single-GET benchmark: the spec's example Groups.io group.
pub fn group() -> Bytes {
    let mut v = example(include_str!("../fixtures/groupsio_group.json"));
    v["id"] = json!(crate::style::GROUPSIO_GROUP);
    typed::<groupkit_groupsio::models::Group>(v).into()
}

fn example(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// Decodes `value` as the model `T` (so a field the model rejects fails here, at start) and
/// serializes the model.
fn typed<T: DeserializeOwned + Serialize>(value: Value) -> Vec<u8> {
    let model: T = serde_json::from_value(value).unwrap();
    serde_json::to_vec(&model).unwrap()
}
