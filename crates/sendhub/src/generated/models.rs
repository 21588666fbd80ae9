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

/// The values of a [`Settings`] that a [`Settings`] sends: read, change, write back.
impl From<&Settings> for Settings {
    #[inline]
    fn from(read: &Settings) -> Self {
        Settings {
            api_key: read.api_key.clone(),
            auto_attendant_greeting_url: read.auto_attendant_greeting_url.clone(),
            auto_upgrade_plan: read.auto_upgrade_plan,
            automated_sms_response: read.automated_sms_response.clone(),
            conference_lines_enabled: read.conference_lines_enabled,
            created_ts: read.created_ts,
            customer_id: read.customer_id.clone(),
            deleted: read.deleted,
            desktop_notifications: read.desktop_notifications,
            disable_incoming_sms: read.disable_incoming_sms,
            email_calling_notifications: read.email_calling_notifications,
            ent_toll_free_enabled: read.ent_toll_free_enabled,
            enterprise_id: read.enterprise_id.clone(),
            first_payment_ts: read.first_payment_ts.clone(),
            hide_link_in_bulk_messages: read.hide_link_in_bulk_messages,
            id: read.id.clone(),
            image: read.image.clone(),
            is_verified_email: read.is_verified_email,
            mask_caller_id: read.mask_caller_id,
            mfa_enabled: read.mfa_enabled,
            mfa_enforced: read.mfa_enforced,
            mixpanelid: read.mixpanelid.clone(),
            modified_ts: read.modified_ts,
            month_start: read.month_start.clone(),
            name: read.name.clone(),
            onboarding_mobile_finished: read.onboarding_mobile_finished,
            onboarding_web_finished: read.onboarding_web_finished,
            payment_period_end: read.payment_period_end.clone(),
            payment_period_start: read.payment_period_start.clone(),
            pending_email: read.pending_email.clone(),
            pending_phone_number: read.pending_phone_number.clone(),
            phone_number: read.phone_number.clone(),
            plan_usage: read.plan_usage.clone(),
            pusher_key: read.pusher_key.clone(),
            registration_status: read.registration_status.clone(),
            resource_uri: read.resource_uri.clone(),
            send_only_via_short_code: read.send_only_via_short_code,
            send_only_via_toll_free: read.send_only_via_toll_free,
            settings_json: read.settings_json.clone(),
            sift_science_label: read.sift_science_label.clone(),
            signature: read.signature.clone(),
            sms_forwarding: read.sms_forwarding.clone(),
            sms_fwd_help: read.sms_fwd_help,
            sms_webhook_url: read.sms_webhook_url.clone(),
            sound_notifications: read.sound_notifications,
            toll_free_number: read.toll_free_number.clone(),
            toll_free_primary: read.toll_free_primary,
            transcribe_voice_mails: read.transcribe_voice_mails,
            voicemail_greeting_url: read.voicemail_greeting_url.clone(),
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

/// A file attached to a message (inbound ones carry `type`, outbound ones `mimetype` and
/// `isWriteable`).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Attachment {
    /// Where the file is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<crate::models::AttachmentContainer>,
    /// The file's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The attachment's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<crate::ids::AttachmentId>,
    /// Whether the attachment can be changed.
    #[serde(rename = "isWriteable")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_writeable: Option<bool>,
    /// The file's storage key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The MIME type (outbound attachments), for example `image/png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
    /// The size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<f64>,
    /// The MIME type (inbound attachments), for example `video/mp4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The file's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Attachment {
    /// A `Attachment` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Attachment {
            container: None,
            filename: None,
            id: None,
            is_writeable: None,
            key: None,
            mimetype: None,
            size: None,
            r#type: None,
            url: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Where the file is stored.
    pub enum AttachmentContainer {
        /// `sendhub-attachments`
        SendhubAttachments = "sendhub-attachments",
    }
}

/// A permission group of a user: 7 Account Administrators, 5 Restricted Users, 9 Billing
/// Administrators, 6 Account Users.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AuthGroup {
    /// The group's number.
    pub id: i64,
    /// The group's name.
    pub name: String,
}

impl AuthGroup {
    /// A `AuthGroup` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: i64, name: String) -> Self {
        AuthGroup { id, name }
    }
}

groupkit_core::open_enum! {
    /// How to log in: `sendhub` (a line) or `manager`.
    pub enum AuthenticationType {
        /// `sendhub`
        Sendhub = "sendhub",
        /// `manager`
        Manager = "manager",
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
    /// Same as `id`; in the answers of `upsert_contact` and `update_contact`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<crate::ids::ContactId>,
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

/// The body of a bulk contact change.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContactBulkRequest {
    /// The contacts to create (without `id`) or update (with `id`).
    pub objects: Vec<crate::models::ContactUpsertRequest>,
}

impl ContactBulkRequest {
    /// A `ContactBulkRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(objects: Vec<crate::models::ContactUpsertRequest>) -> Self {
        ContactBulkRequest { objects }
    }
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

/// The body that replaces a contact (`update_contact`): every property left out is removed. Keys
/// besides the listed ones are custom fields.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContactUpdateRequest {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// Whether the contact is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<groupkit_core::model::Id>>,
    /// The contact's id; must be the id in the path (filled from it).
    pub id: crate::ids::ContactId,
    /// The contact's unique keyword; generated from the name by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// The contact's name.
    pub name: String,
    /// The contact's phone number, E.164 (for example `+12015716227`).
    pub number: String,
    /// Whether you blocked the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screened: Option<bool>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl ContactUpdateRequest {
    /// A builder of a `ContactUpdateRequest`: set `id`, `name` and `number` by name, then `build`;
    /// optional fields are setters too.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let value = groupkit_sendhub::models::ContactUpdateRequest::builder()
    ///     .id(42)
    ///     .name("value")
    ///     .number("value")
    ///     .build();
    /// println!("{value:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn builder() -> ContactUpdateRequestBuilder<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        ContactUpdateRequestBuilder {
            id: groupkit_core::Missing,
            name: groupkit_core::Missing,
            number: groupkit_core::Missing,
            optional: Default::default(),
        }
    }
}

/// Builds a [`crate::models::ContactUpdateRequest`]; made by
/// [`crate::models::ContactUpdateRequest::builder`].
///
/// Each type parameter is a required field set by name: `groupkit_core::Missing` until its setter
/// is called, then the field's type. `build` needs them all, so a forgotten one is a compile error
/// that shows which; leaving out `number` does not compile:
///
/// ```compile_fail
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let value = groupkit_sendhub::models::ContactUpdateRequest::builder()
///     .id(42)
///     .name("value")
///     .build();
/// println!("{value:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until it is built"]
pub struct ContactUpdateRequestBuilder<Id, Name, Number> {
    id: Id,
    name: Name,
    number: Number,
    optional: ContactUpdateRequestBuilderOptional,
}

/// The optional fields a [`ContactUpdateRequestBuilder`] holds.
#[derive(Clone, Debug, Default)]
struct ContactUpdateRequestBuilderOptional {
    blocked: Option<bool>,
    deleted: Option<bool>,
    groups: Option<Vec<groupkit_core::model::Id>>,
    keyword: Option<String>,
    screened: Option<bool>,
    additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<Name, Number> ContactUpdateRequestBuilder<groupkit_core::Missing, Name, Number> {
    /// The contact's id; must be the id in the path (filled from it).
    #[inline]
    pub fn id(
        self,
        value: impl Into<crate::ids::ContactId>,
    ) -> ContactUpdateRequestBuilder<crate::ids::ContactId, Name, Number> {
        ContactUpdateRequestBuilder {
            id: value.into(),
            name: self.name,
            number: self.number,
            optional: self.optional,
        }
    }
}

impl<Id, Number> ContactUpdateRequestBuilder<Id, groupkit_core::Missing, Number> {
    /// The contact's name.
    #[inline]
    pub fn name(
        self,
        value: impl Into<String>,
    ) -> ContactUpdateRequestBuilder<Id, String, Number> {
        ContactUpdateRequestBuilder {
            id: self.id,
            name: value.into(),
            number: self.number,
            optional: self.optional,
        }
    }
}

impl<Id, Name> ContactUpdateRequestBuilder<Id, Name, groupkit_core::Missing> {
    /// The contact's phone number, E.164 (for example `+12015716227`).
    #[inline]
    pub fn number(
        self,
        value: impl Into<String>,
    ) -> ContactUpdateRequestBuilder<Id, Name, String> {
        ContactUpdateRequestBuilder {
            id: self.id,
            name: self.name,
            number: value.into(),
            optional: self.optional,
        }
    }
}

impl<Id, Name, Number> ContactUpdateRequestBuilder<Id, Name, Number> {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.optional.blocked = Some(value);
        self
    }

    /// Whether the contact is deleted.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.optional.deleted = Some(value);
        self
    }

    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.optional.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The contact's unique keyword; generated from the name by default.
    #[inline]
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.optional.keyword = Some(value.into());
        self
    }

    /// Whether you blocked the contact.
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.optional.screened = Some(value);
        self
    }

    /// Adds a property the spec does not name, sent as given; a key set twice keeps the last value.
    #[inline]
    pub fn additional(
        mut self,
        key: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        self.optional.additional.insert(key.into(), value.into());
        self
    }
}

impl ContactUpdateRequestBuilder<crate::ids::ContactId, String, String> {
    /// The `ContactUpdateRequest`, every required field set.
    #[inline]
    pub fn build(self) -> ContactUpdateRequest {
        ContactUpdateRequest {
            blocked: self.optional.blocked,
            deleted: self.optional.deleted,
            groups: self.optional.groups,
            id: self.id,
            keyword: self.optional.keyword,
            name: self.name,
            number: self.number,
            screened: self.optional.screened,
            additional: self.optional.additional,
        }
    }
}

/// The body that creates or updates a contact (`upsert_contact`). Keys besides the listed ones are
/// custom fields.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContactUpsertRequest {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// Whether the contact is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<groupkit_core::model::Id>>,
    /// The contact's id: required when `number` already belongs to one of your contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<crate::ids::ContactId>,
    /// The contact's unique keyword; generated from the name by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// The contact's name.
    pub name: String,
    /// The contact's phone number, E.164 (for example `+12015716227`).
    pub number: String,
    /// Whether you blocked the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screened: Option<bool>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl ContactUpsertRequest {
    /// A builder of a `ContactUpsertRequest`: set `name` and `number` by name, then `build`;
    /// optional fields are setters too.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let value = groupkit_sendhub::models::ContactUpsertRequest::builder()
    ///     .name("value")
    ///     .number("value")
    ///     .build();
    /// println!("{value:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn builder() -> ContactUpsertRequestBuilder<
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        ContactUpsertRequestBuilder {
            name: groupkit_core::Missing,
            number: groupkit_core::Missing,
            optional: Default::default(),
        }
    }
}

/// Builds a [`crate::models::ContactUpsertRequest`]; made by
/// [`crate::models::ContactUpsertRequest::builder`].
///
/// Each type parameter is a required field set by name: `groupkit_core::Missing` until its setter
/// is called, then the field's type. `build` needs them all, so a forgotten one is a compile error
/// that shows which; leaving out `number` does not compile:
///
/// ```compile_fail
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let value = groupkit_sendhub::models::ContactUpsertRequest::builder()
///     .name("value")
///     .build();
/// println!("{value:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until it is built"]
pub struct ContactUpsertRequestBuilder<Name, Number> {
    name: Name,
    number: Number,
    optional: ContactUpsertRequestBuilderOptional,
}

/// The optional fields a [`ContactUpsertRequestBuilder`] holds.
#[derive(Clone, Debug, Default)]
struct ContactUpsertRequestBuilderOptional {
    blocked: Option<bool>,
    deleted: Option<bool>,
    groups: Option<Vec<groupkit_core::model::Id>>,
    id: Option<crate::ids::ContactId>,
    keyword: Option<String>,
    screened: Option<bool>,
    additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<Number> ContactUpsertRequestBuilder<groupkit_core::Missing, Number> {
    /// The contact's name.
    #[inline]
    pub fn name(
        self,
        value: impl Into<String>,
    ) -> ContactUpsertRequestBuilder<String, Number> {
        ContactUpsertRequestBuilder {
            name: value.into(),
            number: self.number,
            optional: self.optional,
        }
    }
}

impl<Name> ContactUpsertRequestBuilder<Name, groupkit_core::Missing> {
    /// The contact's phone number, E.164 (for example `+12015716227`).
    #[inline]
    pub fn number(
        self,
        value: impl Into<String>,
    ) -> ContactUpsertRequestBuilder<Name, String> {
        ContactUpsertRequestBuilder {
            name: self.name,
            number: value.into(),
            optional: self.optional,
        }
    }
}

impl<Name, Number> ContactUpsertRequestBuilder<Name, Number> {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.optional.blocked = Some(value);
        self
    }

    /// Whether the contact is deleted.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.optional.deleted = Some(value);
        self
    }

    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.optional.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The contact's id: required when `number` already belongs to one of your contacts.
    #[inline]
    pub fn id(mut self, value: impl Into<crate::ids::ContactId>) -> Self {
        self.optional.id = Some(value.into());
        self
    }

    /// The contact's unique keyword; generated from the name by default.
    #[inline]
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.optional.keyword = Some(value.into());
        self
    }

    /// Whether you blocked the contact.
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.optional.screened = Some(value);
        self
    }

    /// Adds a property the spec does not name, sent as given; a key set twice keeps the last value.
    #[inline]
    pub fn additional(
        mut self,
        key: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        self.optional.additional.insert(key.into(), value.into());
        self
    }
}

impl ContactUpsertRequestBuilder<String, String> {
    /// The `ContactUpsertRequest`, every required field set.
    #[inline]
    pub fn build(self) -> ContactUpsertRequest {
        ContactUpsertRequest {
            blocked: self.optional.blocked,
            deleted: self.optional.deleted,
            groups: self.optional.groups,
            id: self.optional.id,
            keyword: self.optional.keyword,
            name: self.name,
            number: self.number,
            screened: self.optional.screened,
            additional: self.optional.additional,
        }
    }
}

/// Your plan's limits (`-1`: unlimited).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CurrentPlan {
    /// API requests a month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_requests: Option<i64>,
    /// Groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<i64>,
    /// Recipients of one message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_sms_recipients: Option<i64>,
    /// Contacts per group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maxpergroup: Option<i64>,
    /// Messages a month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<i64>,
    /// The cost, in cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_cost: Option<i64>,
    /// The plan's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<i64>,
    /// The plan's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_name: Option<String>,
    /// Voice minutes a month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_minutes: Option<i64>,
}

impl CurrentPlan {
    /// A `CurrentPlan` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        CurrentPlan {
            api_requests: None,
            groups: None,
            max_sms_recipients: None,
            maxpergroup: None,
            messages: None,
            plan_cost: None,
            plan_id: None,
            plan_name: None,
            voice_minutes: None,
        }
    }
}

/// The answer to a delete that has a body.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeleteResult {
    /// What was done, for example `Record successfully deleted`.
    pub message: String,
}

impl DeleteResult {
    /// A `DeleteResult` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(message: String) -> Self {
        DeleteResult { message }
    }
}

/// Your enterprise account.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Enterprise {
    /// The 10DLC brand id, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_id: Option<String>,
    /// When the account was created (UTC, no offset).
    #[serde(rename = "createdTs")]
    pub created_ts: groupkit_core::model::Timestamp,
    /// The billing customer id.
    #[serde(rename = "customerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "hasAccessToChatSupport")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_access_to_chat_support: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// The account's id.
    pub id: crate::ids::EnterpriseId,
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "joinUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// When the account last changed (UTC, no offset).
    #[serde(rename = "modifiedTs")]
    pub modified_ts: groupkit_core::model::Timestamp,
    /// The start of the billing month (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_start: Option<String>,
    /// Your company name (at most 255 characters).
    pub name: Option<String>,
    /// Your plan's id.
    pub payment_plan_id: i64,
    /// The path of the account (`/v1/enterprises/<id>`).
    pub resource_uri: String,
    /// More settings, JSON-encoded.
    #[serde(rename = "settingsJson")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings_json: Option<String>,
    /// Whether the account may send from a short code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortcode_allowed: Option<bool>,
}

impl Enterprise {
    /// A `Enterprise` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        created_ts: groupkit_core::model::Timestamp,
        id: crate::ids::EnterpriseId,
        modified_ts: groupkit_core::model::Timestamp,
        name: Option<String>,
        payment_plan_id: i64,
        resource_uri: String,
    ) -> Self {
        Enterprise {
            brand_id: None,
            created_ts,
            customer_id: None,
            has_access_to_chat_support: None,
            hash: None,
            id,
            join_url: None,
            modified_ts,
            month_start: None,
            name,
            payment_plan_id,
            resource_uri,
            settings_json: None,
            shortcode_allowed: None,
        }
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

/// Tastypie's paging information for the inbox, with the unread count.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InboxMeta {
    /// The number of records on a page.
    pub limit: i64,
    /// The relative path of the next page, or null (it echoes the API key: never log it).
    pub next: Option<String>,
    /// The index of the first record on this page.
    pub offset: i64,
    /// The relative path of the previous page, or null.
    pub previous: Option<String>,
    /// The total number of records; often left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// How many threads are unread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<i64>,
}

impl InboxMeta {
    /// A `InboxMeta` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        limit: i64,
        next: Option<String>,
        offset: i64,
        previous: Option<String>,
    ) -> Self {
        InboxMeta {
            limit,
            next,
            offset,
            previous,
            total_count: None,
            unread: None,
        }
    }
}

/// Username and password.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoginRequest {
    /// `authenticationType`.
    #[serde(rename = "authenticationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<crate::models::AuthenticationType>,
    /// The password.
    pub password: groupkit_core::Secret,
    /// A session id to resume, or empty.
    #[serde(rename = "sessionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The username.
    pub username: String,
}

impl LoginRequest {
    /// A `LoginRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(password: groupkit_core::Secret, username: String) -> Self {
        LoginRequest {
            authentication_type: None,
            password,
            session_id: None,
            username,
        }
    }
}

/// A session: secrets the SDK keeps redacted.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LoginResponse {
    /// The session token.
    #[serde(rename = "authToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<groupkit_core::Secret>,
    /// `authenticationType`.
    #[serde(rename = "authenticationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<crate::models::AuthenticationType>,
    /// The csrf token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<groupkit_core::Secret>,
    /// The line's email address.
    #[serde(rename = "emailAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The voice (Kazoo) API password, or null.
    #[serde(rename = "kazooApiPassword")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kazoo_api_password: Option<groupkit_core::Secret>,
    /// Always `******`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<groupkit_core::Secret>,
    /// `/api/v1/auth`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// The line's SendHub number (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sendhub_number: Option<String>,
    /// `settings`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<crate::models::LoginSettings>,
    /// The SIP device id, or null.
    #[serde(rename = "sipDeviceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_device_id: Option<String>,
    /// The SIP password, or null.
    #[serde(rename = "sipPassword")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_password: Option<groupkit_core::Secret>,
    /// The line's user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<crate::ids::UserId>,
    /// The username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl LoginResponse {
    /// A `LoginResponse` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        LoginResponse {
            auth_token: None,
            authentication_type: None,
            csrf_token: None,
            email_address: None,
            kazoo_api_password: None,
            password: None,
            resource_uri: None,
            sendhub_number: None,
            settings: None,
            sip_device_id: None,
            sip_password: None,
            user_id: None,
            username: None,
        }
    }
}

/// The settings summary a login answers with.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LoginSettings {
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "_payment_plan")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_plan: Option<String>,
    /// An automatic reply to incoming messages, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_sms_response: Option<String>,
    /// The billing customer id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Whether the line is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Whether incoming SMS are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_incoming_sms: Option<bool>,
    /// How many users (lines) the account has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<i64>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<String>,
    /// The line's internal id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<groupkit_core::model::Id>,
    /// Whether the email address is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified_email: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixpanelid: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_mobile_finished: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_web_finished: Option<bool>,
    /// The payment schedule: 1 monthly, 2 yearly, 3 consumable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<i64>,
    /// An email address waiting to be verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_email: Option<String>,
    /// A number waiting to be verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_phone_number: Option<String>,
    /// The "Personal Cell" number (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `registration_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_status: Option<crate::models::RegistrationStatus>,
    /// More settings, JSON-encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings_json: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "siftScienceLabel")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sift_science_label: Option<String>,
    /// The signature SendHub apps append to new messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The number SMS are forwarded to, or null.
    #[serde(rename = "smsForwardingNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_forwarding_number: Option<i64>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twilio_phone_number: Option<groupkit_core::model::Id>,
    /// The line's user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<crate::ids::UserId>,
}

impl LoginSettings {
    /// A `LoginSettings` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        LoginSettings {
            payment_plan: None,
            automated_sms_response: None,
            customer_id: None,
            deleted: None,
            disable_incoming_sms: None,
            enterprise: None,
            entitlement: None,
            id: None,
            is_verified_email: None,
            mixpanelid: None,
            onboarding_mobile_finished: None,
            onboarding_web_finished: None,
            payment_schedule: None,
            pending_email: None,
            pending_phone_number: None,
            phone_number: None,
            registration_status: None,
            settings_json: None,
            sift_science_label: None,
            signature: None,
            sms_forwarding_number: None,
            twilio_phone_number: None,
            user: None,
        }
    }
}

/// A message: as sent, fetched, scheduled or listed in a thread. Only `id` and `text` are always
/// there.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Message {
    /// What SendHub did with a sent message, for example `Message queued for sending.`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
    /// The files attached (in a thread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::models::Attachment>>,
    /// The contacts the message went to or came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<crate::models::MessageContact>>,
    /// The UTC time the message was created (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// Whether the message is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// `direction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<crate::models::MessageDirection>,
    /// Whether a short link was made even without an attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_shortlink_creation: Option<bool>,
    /// The groups the message went to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<crate::models::MessageGroup>>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// The thread id when `id_is_thread_id` is true (a sent message), otherwise the message id.
    pub id: groupkit_core::model::Id,
    /// Whether `id` is the thread id (else it is the message id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_is_thread_id: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The message's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<crate::ids::MessageId>,
    /// `mms`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mms: Option<crate::models::Mms>,
    /// The UTC time the message was last changed (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<groupkit_core::model::Timestamp>,
    /// The path of the message (or, for a sent message, of its thread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// When the message is scheduled to be sent (UTC), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<groupkit_core::model::Timestamp>,
    /// When the message was sent (UTC, no offset), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<groupkit_core::model::Timestamp>,
    /// The short link SendHub made for an attachment or with `force_shortlink_creation`
    /// (`http://sh.gl/...`), or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortlink: Option<String>,
    /// The short link's id; only when the message has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortlink_id: Option<groupkit_core::model::Id>,
    /// The text of the message (or a description of the call).
    pub text: String,
    /// The thread the message belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<crate::ids::ThreadId>,
    /// `type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::MessageType>,
    /// Whether the message is unread (changing it marks its thread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<bool>,
    /// The user (line) that owns the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<crate::ids::UserId>,
    /// Whether the message was sent from your account's short code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via_shortcode: Option<bool>,
}

impl Message {
    /// A `Message` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: groupkit_core::model::Id, text: String) -> Self {
        Message {
            acknowledgment: None,
            attachments: None,
            contacts: None,
            created_at: None,
            deleted: None,
            direction: None,
            force_shortlink_creation: None,
            groups: None,
            hash: None,
            id,
            id_is_thread_id: None,
            link: None,
            message_id: None,
            mms: None,
            modified_at: None,
            resource_uri: None,
            scheduled_at: None,
            sent: None,
            shortlink: None,
            shortlink_id: None,
            text,
            thread_id: None,
            r#type: None,
            unread: None,
            user_id: None,
            via_shortcode: None,
        }
    }
}

/// A contact as shown inside a message or a thread. Keys besides the listed ones are the contact's
/// custom fields.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageContact {
    /// Opt-out status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The UTC time the contact was created (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<groupkit_core::model::Timestamp>,
    /// The UTC time the contact was last changed (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<groupkit_core::model::Timestamp>,
    /// Whether the contact is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The contact's custom fields as a JSON-encoded object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_info: Option<String>,
    /// Inside threads: the names of the groups the contact is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// The contact's id (an integer inside threads, a string inside messages).
    pub id: crate::ids::ContactId,
    /// Same as `id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_str: Option<crate::ids::ContactId>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_owned: Option<bool>,
    /// The contact's keyword.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// The contact's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact's phone number (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Whether you blocked the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screened: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "smsGateway")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_gateway: Option<String>,
    /// The user (line) the contact belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<crate::ids::UserId>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl MessageContact {
    /// A `MessageContact` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::ContactId) -> Self {
        MessageContact {
            blocked: None,
            date_created: None,
            date_modified: None,
            deleted: None,
            extra_info: None,
            groups: None,
            id,
            id_str: None,
            is_owned: None,
            keyword: None,
            name: None,
            number: None,
            screened: None,
            sms_gateway: None,
            user_id: None,
            additional: Default::default(),
        }
    }
}

groupkit_core::open_enum! {
    /// The direction of a message: `to` (outbound) or `from` (inbound) the contact; inbox threads
    /// say `outbound-api` or `incoming`.
    pub enum MessageDirection {
        /// `to`
        To = "to",
        /// `from`
        From = "from",
        /// `outbound-api`
        OutboundApi = "outbound-api",
        /// `incoming`
        Incoming = "incoming",
    }
}

/// A group as shown inside a message or a thread.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageGroup {
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_all: Option<bool>,
    /// The UTC time the group was created (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<groupkit_core::model::Timestamp>,
    /// The UTC time the group was last changed (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<groupkit_core::model::Timestamp>,
    /// Whether the group is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The group's id.
    pub id: crate::ids::GroupId,
    /// Same as `id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_str: Option<crate::ids::GroupId>,
    /// Whether the group is shared between the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediums: Option<String>,
    /// The group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The caller's permission on the group, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<crate::models::GroupPermission>,
    /// The group's keyword.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Whether contacts can join by texting the slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_to_subscribe: Option<bool>,
    /// The reply sent when someone texts to join.
    #[serde(rename = "ttjResponse")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttj_response: Option<String>,
    /// The user (line) that owns the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<crate::ids::UserId>,
}

impl MessageGroup {
    /// A `MessageGroup` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::GroupId) -> Self {
        MessageGroup {
            check_all: None,
            date_created: None,
            date_modified: None,
            deleted: None,
            id,
            id_str: None,
            is_shared: None,
            mediums: None,
            name: None,
            permissions: None,
            slug: None,
            text_to_subscribe: None,
            ttj_response: None,
            user_id: None,
        }
    }
}

groupkit_core::open_enum! {
    /// What an item of a thread is: a text message or a call (on a thread, its last item).
    pub enum MessageType {
        /// `message-out`
        MessageOut = "message-out",
        /// `message-in`
        MessageIn = "message-in",
        /// `voicecall-in`
        VoicecallIn = "voicecall-in",
        /// `voicecall-out`
        VoicecallOut = "voicecall-out",
        /// `voicecall-missed`
        VoicecallMissed = "voicecall-missed",
        /// `voicecall-voicemail`
        VoicecallVoicemail = "voicecall-voicemail",
    }
}

/// An MMS attachment. In a request: `filename` with either `url` (a publicly reachable file) or
/// `data` (the file, base64-encoded). In an answer: the `filename`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Mms {
    /// The file, base64-encoded (requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The file's name, for example `funny_video.mp4`.
    pub filename: String,
    /// A publicly reachable URL of the file (requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Mms {
    /// A `Mms` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(filename: String) -> Self {
        Mms {
            data: None,
            filename,
            url: None,
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

groupkit_core::open_enum! {
    /// The plan's payment schedule: `1` monthly, `2` yearly, `3` consumable (a free trial).
    pub enum PaymentSchedule {
        /// `1`
        V1 = "1",
        /// `2`
        V2 = "2",
        /// `3`
        V3 = "3",
    }
}

/// This month's usage and your plan's limits.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PlanUsage {
    /// API requests made this month (digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_requests: Option<String>,
    /// `current_plan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_plan: Option<crate::models::CurrentPlan>,
    /// Groups in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<i64>,
    /// The most contacts in one group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maxpergroup: Option<i64>,
    /// Messages sent this month (digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<String>,
    /// Voicemail transcriptions this month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_mail_transcriptions: Option<i64>,
    /// Voice minutes used this month (digits or a number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_minutes: Option<serde_json::Value>,
}

impl PlanUsage {
    /// A `PlanUsage` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        PlanUsage {
            api_requests: None,
            current_plan: None,
            groups: None,
            maxpergroup: None,
            messages: None,
            voice_mail_transcriptions: None,
            voice_minutes: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Where the line's registration stands.
    pub enum RegistrationStatus {
        /// `created`
        Created = "created",
        /// `email_verified`
        EmailVerified = "email_verified",
        /// `payment_method_absent`
        PaymentMethodAbsent = "payment_method_absent",
        /// `completed`
        Completed = "completed",
    }
}

/// One page of scheduled messages.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ScheduledMessageList {
    /// `meta`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<crate::models::PageMeta>,
    /// The scheduled messages on this page.
    pub objects: Vec<crate::models::Message>,
}

impl ScheduledMessageList {
    /// A `ScheduledMessageList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(objects: Vec<crate::models::Message>) -> Self {
        ScheduledMessageList {
            meta: None,
            objects,
        }
    }
}

/// The body that sends a message: `text` and at least one of `contacts` and `groups`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// Up to 25 recipients: contact ids or phone numbers in E.164 form (`+18004445555`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<groupkit_core::model::Id>>,
    /// Group ids to send to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<crate::ids::GroupId>>,
    /// `mms`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mms: Option<crate::models::Mms>,
    /// When to send, in UTC, exactly in the form `2022-04-13T15:29:40+0000` (24 characters); left
    /// out, the message is sent now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<String>,
    /// The text of the message (1 to 1600 characters; long texts are sent in several SMS segments).
    pub text: String,
}

impl SendMessageRequest {
    /// A `SendMessageRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(text: String) -> Self {
        SendMessageRequest {
            contacts: None,
            groups: None,
            mms: None,
            scheduled_at: None,
            text,
        }
    }
}

/// A line's settings. Most fields are read only; `update_settings` changes the others (the whole
/// object is sent).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Settings {
    /// The API key. Read only; a secret: never log it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<groupkit_core::Secret>,
    /// The auto attendant greeting. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_attendant_greeting_url: Option<String>,
    /// Whether the plan upgrades itself. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_upgrade_plan: Option<bool>,
    /// An automatic reply to incoming messages (at most 160 characters), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_sms_response: Option<String>,
    /// Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_lines_enabled: Option<bool>,
    /// When the line was created (UTC, no offset). Read only.
    #[serde(rename = "createdTs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_ts: Option<groupkit_core::model::Timestamp>,
    /// The billing customer id. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Whether the line is deleted. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Desktop notifications on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desktop_notifications: Option<bool>,
    /// Whether incoming SMS are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_incoming_sms: Option<bool>,
    /// Email notifications of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_calling_notifications: Option<bool>,
    /// Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ent_toll_free_enabled: Option<bool>,
    /// Your enterprise account. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_id: Option<crate::ids::EnterpriseId>,
    /// When the first payment was made, or null. Read only.
    #[serde(rename = "firstPaymentTs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_payment_ts: Option<String>,
    /// Whether bulk messages leave out the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hide_link_in_bulk_messages: Option<bool>,
    /// The line's internal id (not the user id). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<groupkit_core::model::Id>,
    /// The profile image's URL. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Whether the email address is verified. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified_email: Option<bool>,
    /// Whether calls show your SendHub number (update).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_caller_id: Option<bool>,
    /// Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_enabled: Option<bool>,
    /// Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_enforced: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixpanelid: Option<String>,
    /// When the settings last changed (UTC, no offset). Read only.
    #[serde(rename = "modifiedTs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_ts: Option<groupkit_core::model::Timestamp>,
    /// The start of the billing month (`YYYY-MM-DD`). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_start: Option<String>,
    /// The line's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_mobile_finished: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_web_finished: Option<bool>,
    /// The end of the payment period (`YYYY-MM-DD`). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_period_end: Option<String>,
    /// The start of the payment period (`YYYY-MM-DD`). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_period_start: Option<String>,
    /// An email address waiting to be verified. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_email: Option<String>,
    /// A "Personal Cell" number waiting to be verified, or empty. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_phone_number: Option<String>,
    /// Your "Personal Cell" number (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `plan_usage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_usage: Option<crate::models::PlanUsage>,
    /// Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pusher_key: Option<String>,
    /// `registration_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_status: Option<crate::models::RegistrationStatus>,
    /// The path of the settings (`/settings`). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// Send only from the short code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_only_via_short_code: Option<bool>,
    /// Send only from the toll-free number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_only_via_toll_free: Option<bool>,
    /// More settings, JSON-encoded. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings_json: Option<String>,
    /// Read only.
    #[serde(rename = "siftScienceLabel")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sift_science_label: Option<String>,
    /// The signature SendHub apps append to new messages (not used by the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The id of the number SMS are forwarded to, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_forwarding: Option<String>,
    /// SMS forwarding help on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_fwd_help: Option<bool>,
    /// The URL SendHub posts webhooks to (signed with the API key, `X-SendHub-Signature`), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_webhook_url: Option<String>,
    /// Sound notifications on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound_notifications: Option<bool>,
    /// The toll-free number, or null. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toll_free_number: Option<String>,
    /// Whether the toll-free number is the primary one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toll_free_primary: Option<bool>,
    /// Whether voicemails are transcribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcribe_voice_mails: Option<bool>,
    /// The voicemail greeting. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voicemail_greeting_url: Option<String>,
}

impl Settings {
    /// A `Settings` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Settings {
            api_key: None,
            auto_attendant_greeting_url: None,
            auto_upgrade_plan: None,
            automated_sms_response: None,
            conference_lines_enabled: None,
            created_ts: None,
            customer_id: None,
            deleted: None,
            desktop_notifications: None,
            disable_incoming_sms: None,
            email_calling_notifications: None,
            ent_toll_free_enabled: None,
            enterprise_id: None,
            first_payment_ts: None,
            hide_link_in_bulk_messages: None,
            id: None,
            image: None,
            is_verified_email: None,
            mask_caller_id: None,
            mfa_enabled: None,
            mfa_enforced: None,
            mixpanelid: None,
            modified_ts: None,
            month_start: None,
            name: None,
            onboarding_mobile_finished: None,
            onboarding_web_finished: None,
            payment_period_end: None,
            payment_period_start: None,
            pending_email: None,
            pending_phone_number: None,
            phone_number: None,
            plan_usage: None,
            pusher_key: None,
            registration_status: None,
            resource_uri: None,
            send_only_via_short_code: None,
            send_only_via_toll_free: None,
            settings_json: None,
            sift_science_label: None,
            signature: None,
            sms_forwarding: None,
            sms_fwd_help: None,
            sms_webhook_url: None,
            sound_notifications: None,
            toll_free_number: None,
            toll_free_primary: None,
            transcribe_voice_mails: None,
            voicemail_greeting_url: None,
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

/// An inbox thread, shown by its last message.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Thread {
    /// The contacts of the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<crate::models::MessageContact>>,
    /// The UTC time of the last message (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// Whether the thread is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// `direction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<crate::models::MessageDirection>,
    /// The groups of the thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<crate::models::MessageGroup>>,
    /// The id of the last message of the thread.
    pub id: crate::ids::MessageId,
    /// The thread's labels, for example `starred`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// When the thread was last read (UTC), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_read_at: Option<groupkit_core::model::Timestamp>,
    /// The UTC time the thread last changed (no offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<groupkit_core::model::Timestamp>,
    /// The path of the thread (`/v1/threads/<id>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// When the last message is scheduled to be sent, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<groupkit_core::model::Timestamp>,
    /// When the last message was sent (UTC), or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<groupkit_core::model::Timestamp>,
    /// The text of the last message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The thread's id (for `list_thread_messages` and `delete_thread`).
    #[serde(rename = "threadId")]
    pub thread_id: crate::ids::ThreadId,
    /// `type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::MessageType>,
    /// Whether the thread is unread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<bool>,
}

impl Thread {
    /// A `Thread` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::MessageId, thread_id: crate::ids::ThreadId) -> Self {
        Thread {
            contacts: None,
            created_at: None,
            deleted: None,
            direction: None,
            groups: None,
            id,
            labels: None,
            last_read_at: None,
            modified_at: None,
            resource_uri: None,
            scheduled_at: None,
            sent: None,
            text: None,
            thread_id,
            r#type: None,
            unread: None,
        }
    }
}

/// One page of inbox threads.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ThreadList {
    /// `meta`.
    pub meta: crate::models::InboxMeta,
    /// The threads on this page.
    pub objects: Vec<crate::models::Thread>,
}

impl ThreadList {
    /// A `ThreadList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        meta: crate::models::InboxMeta,
        objects: Vec<crate::models::Thread>,
    ) -> Self {
        ThreadList { meta, objects }
    }
}

/// One page of a thread's messages.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ThreadMessageList {
    /// `meta`.
    pub meta: crate::models::ThreadMeta,
    /// The messages on this page.
    pub objects: Vec<crate::models::Message>,
}

impl ThreadMessageList {
    /// A `ThreadMessageList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        meta: crate::models::ThreadMeta,
        objects: Vec<crate::models::Message>,
    ) -> Self {
        ThreadMessageList { meta, objects }
    }
}

/// Tastypie's paging information for a thread, with its labels and unread flag.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ThreadMeta {
    /// Whether the thread has unread messages.
    #[serde(rename = "hasUnread")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_unread: Option<bool>,
    /// The thread's labels, for example `starred`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// The number of records on a page.
    pub limit: i64,
    /// The relative path of the next page, or null (it echoes the API key: never log it).
    pub next: Option<String>,
    /// The index of the first record on this page.
    pub offset: i64,
    /// The relative path of the previous page, or null.
    pub previous: Option<String>,
    /// The total number of records; often left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}

impl ThreadMeta {
    /// A `ThreadMeta` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        limit: i64,
        next: Option<String>,
        offset: i64,
        previous: Option<String>,
    ) -> Self {
        ThreadMeta {
            has_unread: None,
            labels: None,
            limit,
            next,
            offset,
            previous,
            total_count: None,
        }
    }
}

/// The body that changes a message: the fields of a scheduled message to change, or `unread`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateMessageRequest {
    /// Up to 25 recipients: contact ids or phone numbers in E.164 form (`+18004445555`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<groupkit_core::model::Id>>,
    /// Group ids to send to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<crate::ids::GroupId>>,
    /// `mms`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mms: Option<crate::models::Mms>,
    /// When to send, in UTC, exactly in the form `2022-04-13T15:29:40+0000` (24 characters); left
    /// out, the message is sent now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<String>,
    /// The text of the message (1 to 1600 characters; long texts are sent in several SMS segments).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Mark the message (and its thread) unread (`true`) or read (`false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<bool>,
}

impl UpdateMessageRequest {
    /// A `UpdateMessageRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        UpdateMessageRequest {
            contacts: None,
            groups: None,
            mms: None,
            scheduled_at: None,
            text: None,
            unread: None,
        }
    }
}

/// A user (a SendHub line) of your enterprise account. `auth_groups` and `username` come with
/// `get_user` only.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct User {
    /// The user's permission groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_groups: Option<Vec<crate::models::AuthGroup>>,
    /// An automatic reply to incoming messages, or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_sms_response: Option<String>,
    /// When the line was created (UTC, no offset).
    #[serde(rename = "createdTs")]
    pub created_ts: groupkit_core::model::Timestamp,
    /// Whether incoming SMS are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_incoming_sms: Option<bool>,
    /// The enterprise account.
    pub enterprise_id: crate::ids::EnterpriseId,
    /// Same as `enterprise_id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_id_str: Option<crate::ids::EnterpriseId>,
    /// The line's internal id (not the user id).
    pub id: groupkit_core::model::Id,
    /// Same as `id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_str: Option<groupkit_core::model::Id>,
    /// The profile image's URL, or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Whether the email address is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified_email: Option<bool>,
    /// When the line last changed (UTC, no offset).
    #[serde(rename = "modifiedTs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_ts: Option<groupkit_core::model::Timestamp>,
    /// The line's name.
    pub name: String,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_mobile_finished: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_web_finished: Option<bool>,
    /// The end of the payment period (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_period_end: Option<String>,
    /// The start of the payment period (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_period_start: Option<String>,
    /// `payment_schedule_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_id: Option<crate::models::PaymentSchedule>,
    /// A "Personal Cell" number waiting to be verified, or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_phone_number: Option<String>,
    /// The "Personal Cell" number (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `registration_status`.
    pub registration_status: crate::models::RegistrationStatus,
    /// The line's SendHub number (E.164).
    pub sendhub_number: String,
    /// More settings, JSON-encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings_json: Option<String>,
    /// The signature SendHub apps append to new messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The id of the number SMS are forwarded to, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_forwarding: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twilio_phone_number_id: Option<groupkit_core::model::Id>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twilio_phone_number_id_str: Option<groupkit_core::model::Id>,
    /// The user's id.
    pub user_id: crate::ids::UserId,
    /// Same as `user_id` but always a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_str: Option<crate::ids::UserId>,
    /// The line's username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// One page of the account's users.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UserList {
    /// `meta`.
    pub meta: crate::models::PageMeta,
    /// The users on this page.
    pub objects: Vec<crate::models::User>,
}

impl UserList {
    /// A `UserList` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        meta: crate::models::PageMeta,
        objects: Vec<crate::models::User>,
    ) -> Self {
        UserList { meta, objects }
    }
}

/// Your line and account, as `get_profile` shows them.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UserProfile {
    /// The user's permission groups.
    pub auth_groups: Vec<crate::models::AuthGroup>,
    /// When the line was created (UTC, no offset).
    pub date_joined: groupkit_core::model::Timestamp,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downvotes: Option<i64>,
    /// The line's email address.
    pub email: String,
    /// Your company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(rename = "enterpriseJoinLink")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_join_link: Option<String>,
    /// How many users (lines) the account has.
    #[serde(rename = "enterpriseSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_size: Option<i64>,
    /// Your enterprise account.
    pub enterprise_id: crate::ids::EnterpriseId,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixpanel_id: Option<String>,
    /// The line's name.
    pub name: Option<String>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_mobile_finished: Option<bool>,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onboarding_web_finished: Option<bool>,
    /// Your plan's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_plan_id: Option<i64>,
    /// The path of the profile (`/v1/profile`).
    pub resource_uri: String,
    /// The line's SendHub number, formatted (`(201) 571-6227`).
    pub sendhub_number: String,
    /// How many threads are unread.
    pub unread: i64,
    /// Used internally by SendHub; may change or disappear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upvotes: Option<i64>,
    /// The line's user id.
    pub user_id: crate::ids::UserId,
    /// The line's username.
    pub username: String,
}
