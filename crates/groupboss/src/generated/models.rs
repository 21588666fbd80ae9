// @generated from specs/groupboss.yaml by cargo xtask codegen; do not edit.

//! Models: every object and enum of the spec.

/// The values of a [`WebhookSubscription`] that a [`WebhookSubscriptionRequest`] sends: read, change, write back.
impl From<&WebhookSubscription> for WebhookSubscriptionRequest {
    #[inline]
    fn from(read: &WebhookSubscription) -> Self {
        WebhookSubscriptionRequest {
            event: read.event.clone(),
            target: read.target.clone(),
        }
    }
}

/// Error body (Django REST Framework). Authentication, permission, not-found and throttling errors
/// carry a `detail` message; validation errors (400) map each invalid field name (or
/// `non_field_errors`) to a list of messages instead.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Error {
    /// Human-readable error message, for example `Authorization Failed. No such user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Error {
    /// A `Error` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Error {
            detail: None,
            additional: Default::default(),
        }
    }
}

/// A Facebook group managed with Groupboss.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Group {
    /// When the group was added to Groupboss.
    pub created_at: groupkit_core::model::Timestamp,
    /// The UUID of the user who created the group, or null (the only value the document's examples
    /// show).
    pub created_by: Option<crate::ids::UserId>,
    /// The group's Facebook group id (digits, sent as a string).
    pub group_id: crate::ids::FacebookGroupId,
    /// The group's Groupboss UUID.
    pub id: crate::ids::GroupId,
    /// Whether Groupboss is active for this group.
    pub is_active: bool,
    /// The group's name.
    pub name: String,
}

impl Group {
    /// A `Group` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        created_at: groupkit_core::model::Timestamp,
        created_by: Option<crate::ids::UserId>,
        group_id: crate::ids::FacebookGroupId,
        id: crate::ids::GroupId,
        is_active: bool,
        name: String,
    ) -> Self {
        Group {
            created_at,
            created_by,
            group_id,
            id,
            is_active,
            name,
        }
    }
}

/// One page of groups.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupList {
    /// Total number of groups across all pages.
    pub count: i64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The groups on this page.
    pub results: Vec<crate::models::Group>,
}

/// An email address (and name) collected from a member who joined a group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberEmail {
    /// When Groupboss collected the email.
    pub created_at: groupkit_core::model::Timestamp,
    /// The member's email address.
    pub email: String,
    /// The member's first name.
    pub first_name: String,
    /// The record's UUID.
    pub id: crate::ids::MemberEmailId,
    /// The member's last name.
    pub last_name: String,
}

/// One page of member emails.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberEmailList {
    /// Total number of emails across all pages.
    pub count: i64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The emails on this page.
    pub results: Vec<crate::models::MemberEmail>,
}

/// The membership questions of a group and one new member's answers to them (up to three), with the
/// member's name and profile.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OnBoardQuestion {
    /// The member's answer to the first question.
    pub answer1: Option<String>,
    /// The member's answer to the second question.
    pub answer2: Option<String>,
    /// The member's answer to the third question.
    pub answer3: Option<String>,
    /// When Groupboss saved the answers.
    pub created_at: groupkit_core::model::Timestamp,
    /// The member's name.
    pub member_name: String,
    /// When the member joined Facebook (as shown on the membership request).
    pub member_since: groupkit_core::model::Timestamp,
    /// The member's Facebook profile URL.
    pub profile_url: String,
    /// The first membership question.
    pub question1: Option<String>,
    /// The second membership question.
    pub question2: Option<String>,
    /// The third membership question.
    pub question3: Option<String>,
}

/// One page of onboard question answers.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OnBoardQuestionList {
    /// Total number of answer records across all pages.
    pub count: i64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The answer records on this page.
    pub results: Vec<crate::models::OnBoardQuestion>,
}

/// A Groupboss user account.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct User {
    /// The user's email address.
    pub email: String,
    /// First name; may be empty.
    pub first_name: String,
    /// The user's UUID.
    pub id: crate::ids::UserId,
    /// Last name; may be empty.
    pub last_name: String,
    /// Username; may be empty.
    pub username: String,
}

/// One page of users.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UserList {
    /// Total number of users across all pages.
    pub count: i64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The users on this page.
    pub results: Vec<crate::models::User>,
}

/// The JSON body Groupboss POSTs to a subscription's target URL when an event fires (printed as a
/// Python dict in the document).
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// `information`.
    pub information: crate::models::WebhookGroupInformation,
    /// `webhook`.
    pub webhook: crate::models::WebhookDeliverySubscription,
}

impl WebhookDelivery {
    /// A `WebhookDelivery` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        information: crate::models::WebhookGroupInformation,
        webhook: crate::models::WebhookDeliverySubscription,
    ) -> Self {
        WebhookDelivery {
            information,
            webhook,
        }
    }
}

/// The subscription that delivered a webhook.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookDeliverySubscription {
    /// The event that fired.
    pub event: crate::models::WebhookEvent,
    /// The subscription's UUID.
    pub id: crate::ids::WebhookId,
    /// Whether the subscription is active.
    pub is_active: bool,
    /// The URL the delivery was sent to.
    pub target: String,
}

impl WebhookDeliverySubscription {
    /// A `WebhookDeliverySubscription` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        event: crate::models::WebhookEvent,
        id: crate::ids::WebhookId,
        is_active: bool,
        target: String,
    ) -> Self {
        WebhookDeliverySubscription {
            event,
            id,
            is_active,
            target,
        }
    }
}

groupkit_core::open_enum! {
    /// A Groupboss event. `Group.created`: a new Facebook group is created. `Group.updated`: new
    /// users are added to the group.
    pub enum WebhookEvent {
        /// `Group.created`
        GroupCreated = "Group.created",
        /// `Group.updated`
        GroupUpdated = "Group.updated",
    }
}

/// The group a webhook delivery is about.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookGroupInformation {
    /// The group's Groupboss UUID.
    pub id: crate::ids::GroupId,
    /// The group's name.
    pub name: String,
}

impl WebhookGroupInformation {
    /// A `WebhookGroupInformation` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::GroupId, name: String) -> Self {
        WebhookGroupInformation {
            id,
            name,
        }
    }
}

/// A webhook subscription.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookSubscription {
    /// When the subscription was created.
    pub created_at: groupkit_core::model::Timestamp,
    /// The subscribed event.
    pub event: crate::models::WebhookEvent,
    /// Number of failed deliveries so far.
    pub failed_attempts: i64,
    /// The subscription's UUID.
    pub id: crate::ids::WebhookId,
    /// False once Groupboss deactivated the subscription after more than 20 failed deliveries.
    pub is_active: bool,
    /// The URL where callbacks are sent.
    pub target: String,
    /// The user who owns the subscription.
    pub user: crate::models::User,
}

/// One page of webhook subscriptions.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookSubscriptionList {
    /// Total number of subscriptions across all pages.
    pub count: i64,
    /// Absolute URL of the next page, or null on the last page.
    pub next: Option<String>,
    /// Absolute URL of the previous page, or null on the first page.
    pub previous: Option<String>,
    /// The subscriptions on this page.
    pub results: Vec<crate::models::WebhookSubscription>,
}

/// Body to create or replace a webhook subscription.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WebhookSubscriptionRequest {
    /// Subscribed event.
    pub event: crate::models::WebhookEvent,
    /// Your URL where callbacks are sent.
    pub target: String,
}

impl WebhookSubscriptionRequest {
    /// A `WebhookSubscriptionRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(event: crate::models::WebhookEvent, target: String) -> Self {
        WebhookSubscriptionRequest {
            event,
            target,
        }
    }
}
