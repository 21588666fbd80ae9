// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Models: every object and enum of the spec.

/// The values of a [`Group`] that a [`GroupUpdateRequest`] sends: read, change, write back.
impl From<&Group> for GroupUpdateRequest {
    #[inline]
    fn from(read: &Group) -> Self {
        GroupUpdateRequest {
            id: read.id.clone(),
            is_shared: read.is_shared,
            mediums: read.mediums.clone(),
            name: read.name.clone(),
            permissions: read.permissions.clone(),
            slug: Some(read.slug.clone()),
            text_to_subscribe: Some(read.text_to_subscribe),
            ttj_response: read.ttj_response.clone(),
        }
    }
}

/// Messages for the contacts that could not be added or removed (empty when all succeeded).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AddRemoveGroupContactsErrors {
    /// One message per contact that could not be added (for example already in the group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    /// One message per contact that could not be removed (for example not in the group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<String>>,
}

impl AddRemoveGroupContactsErrors {
    /// A `AddRemoveGroupContactsErrors` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        AddRemoveGroupContactsErrors {
            add: None,
            remove: None,
        }
    }
}

/// Contact ids to add to and to remove from the group; give at least one of the two lists.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AddRemoveGroupContactsRequest {
    /// The contact ids to be added to the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub add: Option<Vec<crate::ids::ContactId>>,
    /// The contact ids to be removed from the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub remove: Option<Vec<crate::ids::ContactId>>,
}

impl AddRemoveGroupContactsRequest {
    /// A `AddRemoveGroupContactsRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        AddRemoveGroupContactsRequest {
            add: None,
            remove: None,
        }
    }
}

/// The contacts added and removed, and the ones that failed.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AddRemoveGroupContactsResponse {
    /// Contact ids successfully added to the group.
    pub add: Vec<crate::ids::ContactId>,
    /// `errors`.
    pub errors: crate::models::AddRemoveGroupContactsErrors,
    /// Contact ids successfully removed from the group.
    pub remove: Vec<crate::ids::ContactId>,
}

impl AddRemoveGroupContactsResponse {
    /// A `AddRemoveGroupContactsResponse` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        add: Vec<crate::ids::ContactId>,
        errors: crate::models::AddRemoveGroupContactsErrors,
        remove: Vec<crate::ids::ContactId>,
    ) -> Self {
        AddRemoveGroupContactsResponse {
            add,
            errors,
            remove,
        }
    }
}

/// SendHub's message/code error object (for example the 429 rate-limit answer). Some answers carry
/// only `message` (the vendor's send-message 400 examples), so only `message` is required.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status as a string of digits, for example `"429"`; left out in some answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A message for developers; often empty.
    #[serde(rename = "devMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_message: Option<String>,
    /// The status text, for example `Too Many Requests`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Human-readable message, for example `You have sent too many requests.`
    pub message: String,
    /// More information (a URL or text); often empty.
    #[serde(rename = "moreInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_info: Option<String>,
    /// On 429, the time until you can send again as `H:MM:SS`, for example `0:00:30`.
    #[serde(rename = "timeLeft")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_left: Option<String>,
}

impl ApiError {
    /// A `ApiError` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(message: String) -> Self {
        ApiError {
            code: None,
            dev_message: None,
            error: None,
            message,
            more_info: None,
            time_left: None,
        }
    }
}

/// A contact, as listed in a group. Keys other than the listed ones are the contact's custom fields
/// (string values).
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Contact {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    pub blocked: bool,
    /// The UTC time the contact was created (no offset).
    pub date_created: groupkit_core::model::Timestamp,
    /// The UTC time the contact was last changed (no offset); adding it to or removing it from a
    /// group updates it.
    pub date_modified: groupkit_core::model::Timestamp,
    /// Whether the contact is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The paths (resource URIs) of the groups the contact is in.
    pub groups: Vec<String>,
    /// The contact's id (digits; a string, sometimes an integer).
    pub id: crate::ids::ContactId,
    /// Same as `id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_str: Option<crate::ids::ContactId>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_owned: Option<bool>,
    /// The contact's unique keyword, generated from the name by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// Whether SendHub determined the number is a landline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub landline: Option<bool>,
    /// Whether the landline determination was overridden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub landline_override: Option<bool>,
    /// True if the contact is a SendHub line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_gateway: Option<bool>,
    /// The contact's name.
    pub name: String,
    /// The contact's phone number (E.164, for example `+12015716227`).
    pub number: String,
    /// The path of this contact (`/api/v1/contacts/22081/` or `/v1/contacts/<id>`).
    pub resource_uri: String,
    /// Whether you blocked the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screened: Option<bool>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

/// One page of a group's contacts.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ContactList {
    /// `meta`.
    pub meta: crate::models::PageMeta,
    /// The contacts on this page.
    pub objects: Vec<crate::models::Contact>,
}

impl ContactList {
    /// A `ContactList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        meta: crate::models::PageMeta,
        objects: Vec<crate::models::Contact>,
    ) -> Self {
        ContactList { meta, objects }
    }
}

groupkit_core::open_enum! {
    /// A contact field to sort by; a leading hyphen reverses the order.
    pub enum ContactOrdering {
        /// `name`
        Name = "name",
        /// `-name`
        Name2 = "-name",
        /// `date_created`
        DateCreated = "date_created",
        /// `-date_created`
        DateCreated2 = "-date_created",
        /// `date_modified`
        DateModified = "date_modified",
        /// `-date_modified`
        DateModified2 = "-date_modified",
        /// `id`
        Id = "id",
        /// `-id`
        Id2 = "-id",
        /// `blocked`
        Blocked = "blocked",
        /// `-blocked`
        Blocked2 = "-blocked",
        /// `screened`
        Screened = "screened",
        /// `-screened`
        Screened2 = "-screened",
        /// `is_owned`
        IsOwned = "is_owned",
        /// `-is_owned`
        IsOwned2 = "-is_owned",
        /// `keyword`
        Keyword = "keyword",
        /// `-keyword`
        Keyword2 = "-keyword",
        /// `number`
        Number = "number",
        /// `-number`
        Number2 = "-number",
    }
}

/// A SendHub error body, in one of three JSON shapes (tried in this order): SendHub's message/code
/// object (`ApiError`, used for rate limiting), a message with a status (`StatusError`, used for
/// not-found, plan limits and some validation errors), or Django form errors (`FieldErrors`).
/// Plain-text/HTML bodies and the empty 401 body are not JSON and are handled by the SDK.
pub type Error = serde_json::Value;

/// Django form errors: each invalid field name maps to a list of messages, for example
/// `{"name": ["This field is required."]}`.
pub type FieldErrors = std::collections::BTreeMap<String, Vec<String>>;

/// A group of contacts.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Group {
    /// The UTC time this group was created (no offset). Read only.
    pub date_created: groupkit_core::model::Timestamp,
    /// The UTC time this group was last changed (no offset). Read only.
    pub date_modified: groupkit_core::model::Timestamp,
    /// Whether the group is deleted. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The group's unique identifier (digits; a string, sometimes an integer). Read only.
    pub id: crate::ids::GroupId,
    /// Same as `id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_str: Option<crate::ids::GroupId>,
    /// Whether the group is shared between the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
    /// Used internally by SendHub (a JSON-encoded list such as `["sms"]`); may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediums: Option<String>,
    /// The group's name.
    pub name: String,
    /// Id of the parent group, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<crate::ids::GroupId>,
    /// Id of the user who owns the parent group, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_user_id: Option<crate::ids::UserId>,
    /// The caller's permission on the group (`write`), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<crate::models::GroupPermission>,
    /// The path of this group (`/api/v1/groups/12/` in older answers, `/v1/groups/<id>` in newer
    /// ones). Read only.
    pub resource_uri: String,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_invite_count: Option<i64>,
    /// Total contacts in the group. Null on group creation.
    pub size: Option<i64>,
    /// The group's keyword: contacts text it to your SendHub number to join the group when
    /// `text_to_subscribe` is true.
    pub slug: String,
    /// If true, contacts can join the group by texting the slug to your SendHub number.
    pub text_to_subscribe: bool,
    /// The reply sent when someone texts to join this group.
    #[serde(rename = "ttjResponse")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttj_response: Option<String>,
}

/// The body that creates a group.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupCreateRequest {
    /// Whether the group is shared between the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediums: Option<String>,
    /// The group's name.
    pub name: String,
    /// The permission on the group (`write`, the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<crate::models::GroupPermission>,
    /// The group's keyword (listed as "Keyword" on SendHub.com); it does not need to match the
    /// name. Defaults to the name lowercased without spaces, made unique with a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// If true, contacts can join the group by texting the slug to your SendHub number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_to_subscribe: Option<bool>,
    /// The reply sent when someone texts to join this group (at most 70 characters).
    #[serde(rename = "ttjResponse")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttj_response: Option<String>,
}

impl GroupCreateRequest {
    /// A `GroupCreateRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(name: String) -> Self {
        GroupCreateRequest {
            is_shared: None,
            mediums: None,
            name,
            permissions: None,
            slug: None,
            text_to_subscribe: None,
            ttj_response: None,
        }
    }
}

/// One page of groups.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupList {
    /// `meta`.
    pub meta: crate::models::PageMeta,
    /// The groups on this page.
    pub objects: Vec<crate::models::Group>,
}

impl GroupList {
    /// A `GroupList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        meta: crate::models::PageMeta,
        objects: Vec<crate::models::Group>,
    ) -> Self {
        GroupList { meta, objects }
    }
}

groupkit_core::open_enum! {
    /// The caller's permission on the group.
    pub enum GroupPermission {
        /// `write`
        Write = "write",
    }
}

/// The body that replaces a group. `id` and `name` are required; every property left out is set to
/// its default, so a missing `text_to_subscribe` becomes false.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupUpdateRequest {
    /// The group's id; must be the id in the path.
    pub id: crate::ids::GroupId,
    /// Whether the group is shared between the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediums: Option<String>,
    /// The group's name.
    pub name: String,
    /// The permission on the group (`write`, the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<crate::models::GroupPermission>,
    /// The group's keyword; it does not need to match the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// If true, contacts can join the group by texting the slug to your SendHub number. Left out,
    /// it is set to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_to_subscribe: Option<bool>,
    /// The reply sent when someone texts to join this group (at most 70 characters).
    #[serde(rename = "ttjResponse")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttj_response: Option<String>,
}

impl GroupUpdateRequest {
    /// A `GroupUpdateRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::GroupId, name: String) -> Self {
        GroupUpdateRequest {
            id,
            is_shared: None,
            mediums: None,
            name,
            permissions: None,
            slug: None,
            text_to_subscribe: None,
            ttj_response: None,
        }
    }
}

/// Tastypie's paging information.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PageMeta {
    /// The number of records on a page.
    pub limit: i64,
    /// The relative path (`/api/v1/...` or `/v1/...`) of the next page, or null. It repeats every
    /// query parameter of the request, the API key included: never log it. The SDK builds the next
    /// request from `limit`/`offset` instead.
    pub next: Option<String>,
    /// The index of the first record on this page.
    pub offset: i64,
    /// The relative path of the previous page, or null.
    pub previous: Option<String>,
    /// The total number of records. Newer responses may leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}

impl PageMeta {
    /// A `PageMeta` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        limit: i64,
        next: Option<String>,
        offset: i64,
        previous: Option<String>,
    ) -> Self {
        PageMeta {
            limit,
            next,
            offset,
            previous,
            total_count: None,
        }
    }
}

/// A message with the HTTP status, for example
/// `{"error": "Requested group not found", "status": 404}`.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StatusError {
    /// Human-readable message.
    pub error: String,
    /// The HTTP status; left out in some answers (for example the 420 plan limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
}

impl StatusError {
    /// A `StatusError` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(error: String) -> Self {
        StatusError { error, status: None }
    }
}
