// @generated from specs/groupboss.yaml by cargo xtask codegen; do not edit.

//! Operations: one request builder per endpoint.
//!
//! Every function is `#[inline]`, so that it is compiled only in a crate that calls it.

const CREATE_WEBHOOK_SUBSCRIPTION: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_webhook_subscription",
        "/webhooks/publicwebhooks/",
    )
    .csrf(false);

/// Subscribes a target URL to a Groupboss event. Every time the event fires Groupboss POSTs a JSON
/// body (see `webhooks:`) to the target, which must answer HTTP 200; after more than 20 failed
/// deliveries the subscription is deactivated.
///
/// `POST /webhooks/publicwebhooks/`; built by [`crate::Client::create_webhook_subscription`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWebhookSubscription<Target, Event> {
    inputs: CreateWebhookSubscriptionInputs,
    target: Target,
    event: Event,
}

/// What a [`CreateWebhookSubscription`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateWebhookSubscriptionInputs {
    client: crate::Client,
}

impl<Event> CreateWebhookSubscription<groupkit_core::Missing, Event> {
    /// Your URL where callbacks are sent.
    #[inline]
    pub fn target(
        self,
        value: impl Into<String>,
    ) -> CreateWebhookSubscription<String, Event> {
        CreateWebhookSubscription {
            inputs: self.inputs,
            target: value.into(),
            event: self.event,
        }
    }
}

impl<Target> CreateWebhookSubscription<Target, groupkit_core::Missing> {
    /// Subscribed event.
    #[inline]
    pub fn event(
        self,
        value: impl Into<crate::models::WebhookEvent>,
    ) -> CreateWebhookSubscription<Target, crate::models::WebhookEvent> {
        CreateWebhookSubscription {
            inputs: self.inputs,
            target: self.target,
            event: value.into(),
        }
    }
}

impl<Target, Event> CreateWebhookSubscription<Target, Event> {
    /// Sets every body value at once from a \[`WebhookSubscriptionRequest`\] (or anything that
    /// converts into one, such as a reference to the model a GET on this path returns: get, change,
    /// write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::WebhookSubscriptionRequest>,
    ) -> CreateWebhookSubscription<String, crate::models::WebhookEvent> {
        let crate::models::WebhookSubscriptionRequest { event, target } = body.into();
        CreateWebhookSubscription {
            inputs: self.inputs,
            target,
            event,
        }
    }
}

impl CreateWebhookSubscription<String, crate::models::WebhookEvent> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_WEBHOOK_SUBSCRIPTION);
        let body = crate::models::WebhookSubscriptionRequest {
            event: self.event,
            target: self.target,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::WebhookSubscription> {
        self.into_request().send_json().await
    }
}

const DELETE_WEBHOOK_SUBSCRIPTION: groupkit_core::Operation = groupkit_core::Operation::delete(
        "delete_webhook_subscription",
        "/webhooks/publicwebhooks/{webhook_uuid}",
    )
    .csrf(false);

/// Deletes a webhook subscription you have created.
///
/// `DELETE /webhooks/publicwebhooks/{webhook_uuid}`; built by
/// [`crate::Client::delete_webhook_subscription`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebhookSubscription {
    client: crate::Client,
    webhook_uuid: crate::ids::WebhookId,
}

impl DeleteWebhookSubscription {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(DELETE_WEBHOOK_SUBSCRIPTION);
        request = request.path_param("webhook_uuid", self.webhook_uuid.to_string());
        request
    }

    /// Sends the request; the response has no body worth decoding.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<()> {
        self.into_request().send().await.map(|_| ())
    }
}

const GET_GROUP: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_group",
        "/users/{user_uuid}/groups/{group_uuid}",
    )
    .csrf(false);

/// Group information for one group of a user, by the group's UUID.
///
/// `GET /users/{user_uuid}/groups/{group_uuid}`; built by [`crate::Client::get_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetGroup {
    client: crate::Client,
    user_uuid: crate::ids::UserId,
    group_uuid: crate::ids::GroupId,
}

impl GetGroup {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_GROUP);
        request = request.path_param("user_uuid", self.user_uuid.to_string());
        request = request.path_param("group_uuid", self.group_uuid.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const GET_USER: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_user",
        "/users/{user_uuid}/",
    )
    .csrf(false);

/// User information for one user, by its UUID.
///
/// `GET /users/{user_uuid}/`; built by [`crate::Client::get_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUser {
    client: crate::Client,
    user_uuid: crate::ids::UserId,
}

impl GetUser {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_USER);
        request = request.path_param("user_uuid", self.user_uuid.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const GET_WEBHOOK_SUBSCRIPTION: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_webhook_subscription",
        "/webhooks/publicwebhooks/{webhook_uuid}",
    )
    .csrf(false);

/// Shows one webhook subscription you have created.
///
/// `GET /webhooks/publicwebhooks/{webhook_uuid}`; built by
/// [`crate::Client::get_webhook_subscription`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWebhookSubscription {
    client: crate::Client,
    webhook_uuid: crate::ids::WebhookId,
}

impl GetWebhookSubscription {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_WEBHOOK_SUBSCRIPTION);
        request = request.path_param("webhook_uuid", self.webhook_uuid.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::WebhookSubscription> {
        self.into_request().send_json().await
    }
}

const LIST_EMAILS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_emails",
        "/users/{user_uuid}/groups/{group_uuid}/emails/",
    )
    .csrf(false);

const LIST_EMAILS_PAGINATION: groupkit_core::Style = groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {
    items: "/results",
    next: "/next",
    total: Some("/count"),
});

/// Email information. Lists the emails and names collected from the members who joined a group. The
/// filters are the document's "also allowed query parameters".
///
/// `GET /users/{user_uuid}/groups/{group_uuid}/emails/`; built by [`crate::Client::list_emails`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEmails {
    client: crate::Client,
    user_uuid: crate::ids::UserId,
    group_uuid: crate::ids::GroupId,
    page: Option<i64>,
    created_on_month: Option<i64>,
    created_on_year: Option<i64>,
    created_on_date: Option<String>,
    created_after: Option<String>,
    created_before: Option<String>,
    name: Option<String>,
    group_id: Option<crate::ids::FacebookGroupId>,
    group_name: Option<String>,
    member_name: Option<String>,
    email_exact: Option<String>,
    email_contains: Option<String>,
}

impl ListEmails {
    /// Page number (Django REST Framework page-number pagination, from 1). Usually not set by hand:
    /// the SDK follows the response's `next` link.
    #[inline]
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Only records created in this month (1 to 12).
    #[inline]
    pub fn created_on_month(mut self, value: i64) -> Self {
        self.created_on_month = Some(value);
        self
    }

    /// Only records created in this year (for example 2020).
    #[inline]
    pub fn created_on_year(mut self, value: i64) -> Self {
        self.created_on_year = Some(value);
        self
    }

    /// Only records created on this day, `YYYY-MM-DD`.
    #[inline]
    pub fn created_on_date(mut self, value: impl Into<String>) -> Self {
        self.created_on_date = Some(value.into());
        self
    }

    /// Only records created after this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_after(mut self, value: impl Into<String>) -> Self {
        self.created_after = Some(value.into());
        self
    }

    /// Only records created before this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_before(mut self, value: impl Into<String>) -> Self {
        self.created_before = Some(value.into());
        self
    }

    /// Filter by name. The document lists it without saying which name it matches (it also lists
    /// `group_name` and `member_name`); it is passed through unchanged.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Only records of the group with this Facebook group id (the group's `group_id`).
    #[inline]
    pub fn group_id(mut self, value: impl Into<crate::ids::FacebookGroupId>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Only records of the group with this name.
    #[inline]
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }

    /// Only emails of members with this name.
    #[inline]
    pub fn member_name(mut self, value: impl Into<String>) -> Self {
        self.member_name = Some(value.into());
        self
    }

    /// Only this exact email address.
    #[inline]
    pub fn email_exact(mut self, value: impl Into<String>) -> Self {
        self.email_exact = Some(value.into());
        self
    }

    /// Only email addresses containing this text.
    #[inline]
    pub fn email_contains(mut self, value: impl Into<String>) -> Self {
        self.email_contains = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_EMAILS);
        request = request.path_param("user_uuid", self.user_uuid.to_string());
        request = request.path_param("group_uuid", self.group_uuid.to_string());
        if let Some(value) = &self.page {
            request = request.query("page", value.to_string());
        }
        if let Some(value) = &self.created_on_month {
            request = request.query("created_on_month", value.to_string());
        }
        if let Some(value) = &self.created_on_year {
            request = request.query("created_on_year", value.to_string());
        }
        if let Some(value) = &self.created_on_date {
            request = request.query("created_on_date", value.to_string());
        }
        if let Some(value) = &self.created_after {
            request = request.query("created_after", value.to_string());
        }
        if let Some(value) = &self.created_before {
            request = request.query("created_before", value.to_string());
        }
        if let Some(value) = &self.name {
            request = request.query("name", value.to_string());
        }
        if let Some(value) = &self.group_id {
            request = request.query("group_id", value.to_string());
        }
        if let Some(value) = &self.group_name {
            request = request.query("group_name", value.to_string());
        }
        if let Some(value) = &self.member_name {
            request = request.query("member_name", value.to_string());
        }
        if let Some(value) = &self.email_exact {
            request = request.query("email_exact", value.to_string());
        }
        if let Some(value) = &self.email_contains {
            request = request.query("email_contains", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::MemberEmailList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<
        crate::models::MemberEmail,
        crate::models::MemberEmailList,
    > {
        self.into_request()
            .paginate::<crate::models::MemberEmail>(LIST_EMAILS_PAGINATION)
            .with_envelope::<crate::models::MemberEmailList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`MemberEmailList`](crate::models::MemberEmailList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<
        crate::models::MemberEmail,
        crate::models::MemberEmailList,
    > {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::MemberEmail> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::MemberEmail> {
        self.paginator().items_with_position()
    }
}

const LIST_GROUPS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_groups",
        "/users/{user_uuid}/groups/",
    )
    .csrf(false);

const LIST_GROUPS_PAGINATION: groupkit_core::Style = groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {
    items: "/results",
    next: "/next",
    total: Some("/count"),
});

/// Group information. Lists the Facebook groups of a user, newest first in the document's example.
/// The filters are the document's "also allowed query parameters".
///
/// `GET /users/{user_uuid}/groups/`; built by [`crate::Client::list_groups`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListGroups {
    client: crate::Client,
    user_uuid: crate::ids::UserId,
    page: Option<i64>,
    created_on_month: Option<i64>,
    created_on_year: Option<i64>,
    created_on_date: Option<String>,
    created_after: Option<String>,
    created_before: Option<String>,
    name: Option<String>,
    group_id: Option<crate::ids::FacebookGroupId>,
    name_contains: Option<String>,
}

impl ListGroups {
    /// Page number (Django REST Framework page-number pagination, from 1). Usually not set by hand:
    /// the SDK follows the response's `next` link.
    #[inline]
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Only records created in this month (1 to 12).
    #[inline]
    pub fn created_on_month(mut self, value: i64) -> Self {
        self.created_on_month = Some(value);
        self
    }

    /// Only records created in this year (for example 2020).
    #[inline]
    pub fn created_on_year(mut self, value: i64) -> Self {
        self.created_on_year = Some(value);
        self
    }

    /// Only records created on this day, `YYYY-MM-DD`.
    #[inline]
    pub fn created_on_date(mut self, value: impl Into<String>) -> Self {
        self.created_on_date = Some(value.into());
        self
    }

    /// Only records created after this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_after(mut self, value: impl Into<String>) -> Self {
        self.created_after = Some(value.into());
        self
    }

    /// Only records created before this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_before(mut self, value: impl Into<String>) -> Self {
        self.created_before = Some(value.into());
        self
    }

    /// Only groups with exactly this name.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Only records of the group with this Facebook group id (the group's `group_id`).
    #[inline]
    pub fn group_id(mut self, value: impl Into<crate::ids::FacebookGroupId>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Only groups whose name contains this text.
    #[inline]
    pub fn name_contains(mut self, value: impl Into<String>) -> Self {
        self.name_contains = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_GROUPS);
        request = request.path_param("user_uuid", self.user_uuid.to_string());
        if let Some(value) = &self.page {
            request = request.query("page", value.to_string());
        }
        if let Some(value) = &self.created_on_month {
            request = request.query("created_on_month", value.to_string());
        }
        if let Some(value) = &self.created_on_year {
            request = request.query("created_on_year", value.to_string());
        }
        if let Some(value) = &self.created_on_date {
            request = request.query("created_on_date", value.to_string());
        }
        if let Some(value) = &self.created_after {
            request = request.query("created_after", value.to_string());
        }
        if let Some(value) = &self.created_before {
            request = request.query("created_before", value.to_string());
        }
        if let Some(value) = &self.name {
            request = request.query("name", value.to_string());
        }
        if let Some(value) = &self.group_id {
            request = request.query("group_id", value.to_string());
        }
        if let Some(value) = &self.name_contains {
            request = request.query("name_contains", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::GroupList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<crate::models::Group, crate::models::GroupList> {
        self.into_request()
            .paginate::<crate::models::Group>(LIST_GROUPS_PAGINATION)
            .with_envelope::<crate::models::GroupList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`GroupList`](crate::models::GroupList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Group, crate::models::GroupList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Group> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Group> {
        self.paginator().items_with_position()
    }
}

const LIST_ONBOARD_QUESTIONS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_onboard_questions",
        "/users/{user_uuid}/groups/{group_uuid}/onboardquestions/",
    )
    .csrf(false);

const LIST_ONBOARD_QUESTIONS_PAGINATION: groupkit_core::Style = groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {
    items: "/results",
    next: "/next",
    total: Some("/count"),
});

/// OnBoardQuestion information. Lists, per member who joined the group, the group's membership
/// questions and the member's answers. The filters are the document's "also allowed query
/// parameters".
///
/// `GET /users/{user_uuid}/groups/{group_uuid}/onboardquestions/`; built by
/// [`crate::Client::list_onboard_questions`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOnboardQuestions {
    client: crate::Client,
    user_uuid: crate::ids::UserId,
    group_uuid: crate::ids::GroupId,
    page: Option<i64>,
    created_on_month: Option<i64>,
    created_on_year: Option<i64>,
    created_on_date: Option<String>,
    created_after: Option<String>,
    created_before: Option<String>,
    member_name_contains: Option<String>,
    member_name_exact: Option<String>,
    group_id: Option<crate::ids::FacebookGroupId>,
    group_name: Option<String>,
}

impl ListOnboardQuestions {
    /// Page number (Django REST Framework page-number pagination, from 1). Usually not set by hand:
    /// the SDK follows the response's `next` link.
    #[inline]
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Only records created in this month (1 to 12).
    #[inline]
    pub fn created_on_month(mut self, value: i64) -> Self {
        self.created_on_month = Some(value);
        self
    }

    /// Only records created in this year (for example 2020).
    #[inline]
    pub fn created_on_year(mut self, value: i64) -> Self {
        self.created_on_year = Some(value);
        self
    }

    /// Only records created on this day, `YYYY-MM-DD`.
    #[inline]
    pub fn created_on_date(mut self, value: impl Into<String>) -> Self {
        self.created_on_date = Some(value.into());
        self
    }

    /// Only records created after this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_after(mut self, value: impl Into<String>) -> Self {
        self.created_after = Some(value.into());
        self
    }

    /// Only records created before this moment: a date (`YYYY-MM-DD`) or an ISO 8601 date-time. The
    /// document gives no format; the value is passed through as written.
    #[inline]
    pub fn created_before(mut self, value: impl Into<String>) -> Self {
        self.created_before = Some(value.into());
        self
    }

    /// Only answers of members whose name contains this text.
    #[inline]
    pub fn member_name_contains(mut self, value: impl Into<String>) -> Self {
        self.member_name_contains = Some(value.into());
        self
    }

    /// Only answers of the member with exactly this name.
    #[inline]
    pub fn member_name_exact(mut self, value: impl Into<String>) -> Self {
        self.member_name_exact = Some(value.into());
        self
    }

    /// Only records of the group with this Facebook group id (the group's `group_id`).
    #[inline]
    pub fn group_id(mut self, value: impl Into<crate::ids::FacebookGroupId>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Only records of the group with this name.
    #[inline]
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_ONBOARD_QUESTIONS);
        request = request.path_param("user_uuid", self.user_uuid.to_string());
        request = request.path_param("group_uuid", self.group_uuid.to_string());
        if let Some(value) = &self.page {
            request = request.query("page", value.to_string());
        }
        if let Some(value) = &self.created_on_month {
            request = request.query("created_on_month", value.to_string());
        }
        if let Some(value) = &self.created_on_year {
            request = request.query("created_on_year", value.to_string());
        }
        if let Some(value) = &self.created_on_date {
            request = request.query("created_on_date", value.to_string());
        }
        if let Some(value) = &self.created_after {
            request = request.query("created_after", value.to_string());
        }
        if let Some(value) = &self.created_before {
            request = request.query("created_before", value.to_string());
        }
        if let Some(value) = &self.member_name_contains {
            request = request.query("member_name_contains", value.to_string());
        }
        if let Some(value) = &self.member_name_exact {
            request = request.query("member_name_exact", value.to_string());
        }
        if let Some(value) = &self.group_id {
            request = request.query("group_id", value.to_string());
        }
        if let Some(value) = &self.group_name {
            request = request.query("group_name", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::OnBoardQuestionList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<
        crate::models::OnBoardQuestion,
        crate::models::OnBoardQuestionList,
    > {
        self.into_request()
            .paginate::<
                crate::models::OnBoardQuestion,
            >(LIST_ONBOARD_QUESTIONS_PAGINATION)
            .with_envelope::<crate::models::OnBoardQuestionList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`OnBoardQuestionList`](crate::models::OnBoardQuestionList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<
        crate::models::OnBoardQuestion,
        crate::models::OnBoardQuestionList,
    > {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::OnBoardQuestion> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::OnBoardQuestion> {
        self.paginator().items_with_position()
    }
}

const LIST_USERS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_users",
        "/users/",
    )
    .csrf(false);

const LIST_USERS_PAGINATION: groupkit_core::Style = groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {
    items: "/results",
    next: "/next",
    total: Some("/count"),
});

/// User information. Lists the user account(s) visible to the API key (the key's owner).
///
/// `GET /users/`; built by [`crate::Client::list_users`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUsers {
    client: crate::Client,
    page: Option<i64>,
}

impl ListUsers {
    /// Page number (Django REST Framework page-number pagination, from 1). Usually not set by hand:
    /// the SDK follows the response's `next` link.
    #[inline]
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_USERS);
        if let Some(value) = &self.page {
            request = request.query("page", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::UserList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<crate::models::User, crate::models::UserList> {
        self.into_request()
            .paginate::<crate::models::User>(LIST_USERS_PAGINATION)
            .with_envelope::<crate::models::UserList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`UserList`](crate::models::UserList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::User, crate::models::UserList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::User> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::User> {
        self.paginator().items_with_position()
    }
}

const LIST_WEBHOOK_SUBSCRIPTIONS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_webhook_subscriptions",
        "/webhooks/publicwebhooks/",
    )
    .csrf(false);

const LIST_WEBHOOK_SUBSCRIPTIONS_PAGINATION: groupkit_core::Style = groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {
    items: "/results",
    next: "/next",
    total: Some("/count"),
});

/// Lists all the webhook subscriptions you have created.
///
/// `GET /webhooks/publicwebhooks/`; built by [`crate::Client::list_webhook_subscriptions`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWebhookSubscriptions {
    client: crate::Client,
    page: Option<i64>,
}

impl ListWebhookSubscriptions {
    /// Page number (Django REST Framework page-number pagination, from 1). Usually not set by hand:
    /// the SDK follows the response's `next` link.
    #[inline]
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_WEBHOOK_SUBSCRIPTIONS);
        if let Some(value) = &self.page {
            request = request.query("page", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::WebhookSubscriptionList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<
        crate::models::WebhookSubscription,
        crate::models::WebhookSubscriptionList,
    > {
        self.into_request()
            .paginate::<
                crate::models::WebhookSubscription,
            >(LIST_WEBHOOK_SUBSCRIPTIONS_PAGINATION)
            .with_envelope::<crate::models::WebhookSubscriptionList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`WebhookSubscriptionList`](crate::models::WebhookSubscriptionList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<
        crate::models::WebhookSubscription,
        crate::models::WebhookSubscriptionList,
    > {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::WebhookSubscription> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::WebhookSubscription> {
        self.paginator().items_with_position()
    }
}

const UPDATE_WEBHOOK_SUBSCRIPTION: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_webhook_subscription",
        "/webhooks/publicwebhooks/{webhook_uuid}",
    )
    .csrf(false);

/// Replaces the target URL and event of a webhook subscription you have created.
///
/// `PUT /webhooks/publicwebhooks/{webhook_uuid}`; built by
/// [`crate::Client::update_webhook_subscription`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateWebhookSubscription<Target, Event> {
    inputs: UpdateWebhookSubscriptionInputs,
    target: Target,
    event: Event,
}

/// What a [`UpdateWebhookSubscription`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateWebhookSubscriptionInputs {
    client: crate::Client,
    webhook_uuid: crate::ids::WebhookId,
}

impl<Event> UpdateWebhookSubscription<groupkit_core::Missing, Event> {
    /// Your URL where callbacks are sent.
    #[inline]
    pub fn target(
        self,
        value: impl Into<String>,
    ) -> UpdateWebhookSubscription<String, Event> {
        UpdateWebhookSubscription {
            inputs: self.inputs,
            target: value.into(),
            event: self.event,
        }
    }
}

impl<Target> UpdateWebhookSubscription<Target, groupkit_core::Missing> {
    /// Subscribed event.
    #[inline]
    pub fn event(
        self,
        value: impl Into<crate::models::WebhookEvent>,
    ) -> UpdateWebhookSubscription<Target, crate::models::WebhookEvent> {
        UpdateWebhookSubscription {
            inputs: self.inputs,
            target: self.target,
            event: value.into(),
        }
    }
}

impl<Target, Event> UpdateWebhookSubscription<Target, Event> {
    /// Sets every body value at once from a \[`WebhookSubscriptionRequest`\] (or anything that
    /// converts into one, such as a reference to the model a GET on this path returns: get, change,
    /// write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::WebhookSubscriptionRequest>,
    ) -> UpdateWebhookSubscription<String, crate::models::WebhookEvent> {
        let crate::models::WebhookSubscriptionRequest { event, target } = body.into();
        UpdateWebhookSubscription {
            inputs: self.inputs,
            target,
            event,
        }
    }
}

impl UpdateWebhookSubscription<String, crate::models::WebhookEvent> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_WEBHOOK_SUBSCRIPTION);
        request = request
            .path_param("webhook_uuid", self.inputs.webhook_uuid.to_string());
        let body = crate::models::WebhookSubscriptionRequest {
            event: self.event,
            target: self.target,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::WebhookSubscription> {
        self.into_request().send_json().await
    }
}

impl crate::Client {
    /// Subscribes a target URL to a Groupboss event. Every time the event fires Groupboss POSTs a
    /// JSON body (see `webhooks:`) to the target, which must answer HTTP 200; after more than 20
    /// failed deliveries the subscription is deactivated.
    ///
    /// `POST /webhooks/publicwebhooks/`
    ///
    /// Set `target`, `event` on the builder before sending: the request cannot be sent without
    /// them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_webhook_subscription().target("value").event("Group.created").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_webhook_subscription(
        &self,
    ) -> CreateWebhookSubscription<groupkit_core::Missing, groupkit_core::Missing> {
        CreateWebhookSubscription {
            inputs: CreateWebhookSubscriptionInputs {
                client: self.clone(),
            },
            target: groupkit_core::Missing,
            event: groupkit_core::Missing,
        }
    }

    /// Deletes a webhook subscription you have created.
    ///
    /// `DELETE /webhooks/publicwebhooks/{webhook_uuid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.delete_webhook_subscription("a1b2c3").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_webhook_subscription(
        &self,
        webhook_uuid: impl Into<crate::ids::WebhookId>,
    ) -> DeleteWebhookSubscription {
        DeleteWebhookSubscription {
            client: self.clone(),
            webhook_uuid: webhook_uuid.into(),
        }
    }

    /// Group information for one group of a user, by the group's UUID.
    ///
    /// `GET /users/{user_uuid}/groups/{group_uuid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_group("a1b2c3", "a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_group(
        &self,
        user_uuid: impl Into<crate::ids::UserId>,
        group_uuid: impl Into<crate::ids::GroupId>,
    ) -> GetGroup {
        GetGroup {
            client: self.clone(),
            user_uuid: user_uuid.into(),
            group_uuid: group_uuid.into(),
        }
    }

    /// User information for one user, by its UUID.
    ///
    /// `GET /users/{user_uuid}/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_user("a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user(&self, user_uuid: impl Into<crate::ids::UserId>) -> GetUser {
        GetUser {
            client: self.clone(),
            user_uuid: user_uuid.into(),
        }
    }

    /// Shows one webhook subscription you have created.
    ///
    /// `GET /webhooks/publicwebhooks/{webhook_uuid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_webhook_subscription("a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_webhook_subscription(
        &self,
        webhook_uuid: impl Into<crate::ids::WebhookId>,
    ) -> GetWebhookSubscription {
        GetWebhookSubscription {
            client: self.clone(),
            webhook_uuid: webhook_uuid.into(),
        }
    }

    /// Email information. Lists the emails and names collected from the members who joined a group.
    /// The filters are the document's "also allowed query parameters".
    ///
    /// `GET /users/{user_uuid}/groups/{group_uuid}/emails/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_emails("a1b2c3", "a1b2c3")
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_emails(
        &self,
        user_uuid: impl Into<crate::ids::UserId>,
        group_uuid: impl Into<crate::ids::GroupId>,
    ) -> ListEmails {
        ListEmails {
            client: self.clone(),
            user_uuid: user_uuid.into(),
            group_uuid: group_uuid.into(),
            page: None,
            created_on_month: None,
            created_on_year: None,
            created_on_date: None,
            created_after: None,
            created_before: None,
            name: None,
            group_id: None,
            group_name: None,
            member_name: None,
            email_exact: None,
            email_contains: None,
        }
    }

    /// Group information. Lists the Facebook groups of a user, newest first in the document's
    /// example. The filters are the document's "also allowed query parameters".
    ///
    /// `GET /users/{user_uuid}/groups/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_groups("a1b2c3")
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_groups(&self, user_uuid: impl Into<crate::ids::UserId>) -> ListGroups {
        ListGroups {
            client: self.clone(),
            user_uuid: user_uuid.into(),
            page: None,
            created_on_month: None,
            created_on_year: None,
            created_on_date: None,
            created_after: None,
            created_before: None,
            name: None,
            group_id: None,
            name_contains: None,
        }
    }

    /// OnBoardQuestion information. Lists, per member who joined the group, the group's membership
    /// questions and the member's answers. The filters are the document's "also allowed query
    /// parameters".
    ///
    /// `GET /users/{user_uuid}/groups/{group_uuid}/onboardquestions/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_onboard_questions("a1b2c3", "a1b2c3")
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_onboard_questions(
        &self,
        user_uuid: impl Into<crate::ids::UserId>,
        group_uuid: impl Into<crate::ids::GroupId>,
    ) -> ListOnboardQuestions {
        ListOnboardQuestions {
            client: self.clone(),
            user_uuid: user_uuid.into(),
            group_uuid: group_uuid.into(),
            page: None,
            created_on_month: None,
            created_on_year: None,
            created_on_date: None,
            created_after: None,
            created_before: None,
            member_name_contains: None,
            member_name_exact: None,
            group_id: None,
            group_name: None,
        }
    }

    /// User information. Lists the user account(s) visible to the API key (the key's owner).
    ///
    /// `GET /users/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_users()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_users(&self) -> ListUsers {
        ListUsers {
            client: self.clone(),
            page: None,
        }
    }

    /// Lists all the webhook subscriptions you have created.
    ///
    /// `GET /webhooks/publicwebhooks/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_webhook_subscriptions()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_webhook_subscriptions(&self) -> ListWebhookSubscriptions {
        ListWebhookSubscriptions {
            client: self.clone(),
            page: None,
        }
    }

    /// Replaces the target URL and event of a webhook subscription you have created.
    ///
    /// `PUT /webhooks/publicwebhooks/{webhook_uuid}`
    ///
    /// Set `target`, `event` on the builder before sending: the request cannot be sent without
    /// them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_groupboss::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_webhook_subscription("a1b2c3").target("value").event("Group.created").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_webhook_subscription(
        &self,
        webhook_uuid: impl Into<crate::ids::WebhookId>,
    ) -> UpdateWebhookSubscription<groupkit_core::Missing, groupkit_core::Missing> {
        UpdateWebhookSubscription {
            inputs: UpdateWebhookSubscriptionInputs {
                client: self.clone(),
                webhook_uuid: webhook_uuid.into(),
            },
            target: groupkit_core::Missing,
            event: groupkit_core::Missing,
        }
    }
}
