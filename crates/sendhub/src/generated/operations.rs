// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Operations: one request builder per endpoint.
//!
//! Every function is `#[inline]`, so that it is compiled only in a crate that calls it.

const ADD_REMOVE_GROUP_CONTACTS: groupkit_core::Operation = groupkit_core::Operation::post(
        "add_remove_group_contacts",
        "/groups/{id}/contacts/",
    )
    .idempotent(true)
    .csrf(false);

/// Adding and removing contacts. Adds and/or removes contacts (by id) to/from the group in one
/// request. Adding or removing contacts updates each contact's `date_modified` timestamp. Contacts
/// that could not be added or removed are reported in `errors`; the others are applied.
///
/// `POST /groups/{id}/contacts/`; built by [`crate::Client::add_remove_group_contacts`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddRemoveGroupContacts {
    client: crate::Client,
    id: crate::ids::GroupId,
    add: Option<Vec<crate::ids::ContactId>>,
    remove: Option<Vec<crate::ids::ContactId>>,
}

impl AddRemoveGroupContacts {
    /// The contact ids to be added to the group.
    #[inline]
    pub fn add(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::ids::ContactId>>,
    ) -> Self {
        self.add = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The contact ids to be removed from the group.
    #[inline]
    pub fn remove(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::ids::ContactId>>,
    ) -> Self {
        self.remove = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets every body value at once from a \[`AddRemoveGroupContactsRequest`\] (or anything that
    /// converts into one, such as a reference to the model a GET on this path returns: get, change,
    /// write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::AddRemoveGroupContactsRequest>,
    ) -> Self {
        let crate::models::AddRemoveGroupContactsRequest { add, remove } = body.into();
        AddRemoveGroupContacts {
            add,
            remove,
            ..self
        }
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(ADD_REMOVE_GROUP_CONTACTS);
        request = request.path_param("id", self.id.to_string());
        let body = crate::models::AddRemoveGroupContactsRequest {
            add: self.add,
            remove: self.remove,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::AddRemoveGroupContactsResponse> {
        self.into_request().send_json().await
    }
}

const CREATE_GROUP: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_group",
        "/groups/",
    )
    .csrf(false);

/// Adding a group. Creates a group. The slug does not need to match the group name; it is listed as
/// "Keyword" on SendHub.com and lets contacts add themselves to the group by texting it to your
/// SendHub number when `text_to_subscribe` is true.
///
/// `POST /groups/`; built by [`crate::Client::create_group`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateGroup<Name> {
    inputs: CreateGroupInputs,
    name: Name,
}

/// What a [`CreateGroup`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateGroupInputs {
    client: crate::Client,
    is_shared: Option<bool>,
    mediums: Option<String>,
    permissions: Option<crate::models::GroupPermission>,
    slug: Option<String>,
    text_to_subscribe: Option<bool>,
    ttj_response: Option<String>,
    nulls: Vec<&'static str>,
}

impl CreateGroup<groupkit_core::Missing> {
    /// The group's name.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> CreateGroup<String> {
        CreateGroup {
            inputs: self.inputs,
            name: value.into(),
        }
    }
}

impl<Name> CreateGroup<Name> {
    /// Whether the group is shared between the lines.
    #[inline]
    pub fn is_shared(mut self, value: bool) -> Self {
        self.inputs.is_shared = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    #[inline]
    pub fn mediums(mut self, value: impl Into<String>) -> Self {
        self.inputs.mediums = Some(value.into());
        self.inputs.nulls.retain(|field| *field != "mediums");
        self
    }

    /// Sends `mediums` as `null`, which clears it; a value given to [`Self::mediums`] after this
    /// wins.
    #[inline]
    pub fn clear_mediums(mut self) -> Self {
        self.inputs.mediums = None;
        self.inputs.nulls.retain(|field| *field != "mediums");
        self.inputs.nulls.push("mediums");
        self
    }

    /// The permission on the group (`write`, the default).
    #[inline]
    pub fn permissions(
        mut self,
        value: impl Into<crate::models::GroupPermission>,
    ) -> Self {
        self.inputs.permissions = Some(value.into());
        self
    }

    /// The group's keyword (listed as "Keyword" on SendHub.com); it does not need to match the
    /// name. Defaults to the name lowercased without spaces, made unique with a number.
    #[inline]
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.inputs.slug = Some(value.into());
        self
    }

    /// If true, contacts can join the group by texting the slug to your SendHub number.
    #[inline]
    pub fn text_to_subscribe(mut self, value: bool) -> Self {
        self.inputs.text_to_subscribe = Some(value);
        self
    }

    /// The reply sent when someone texts to join this group (at most 70 characters).
    #[inline]
    pub fn ttj_response(mut self, value: impl Into<String>) -> Self {
        self.inputs.ttj_response = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`GroupCreateRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::GroupCreateRequest>,
    ) -> CreateGroup<String> {
        let crate::models::GroupCreateRequest {
            is_shared,
            mediums,
            name,
            permissions,
            slug,
            text_to_subscribe,
            ttj_response,
        } = body.into();
        CreateGroup {
            inputs: CreateGroupInputs {
                is_shared,
                mediums,
                permissions,
                slug,
                text_to_subscribe,
                ttj_response,
                nulls: Vec::new(),
                ..self.inputs
            },
            name,
        }
    }
}

impl CreateGroup<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_GROUP);
        let body = crate::models::GroupCreateRequest {
            is_shared: self.inputs.is_shared,
            mediums: self.inputs.mediums,
            name: self.name,
            permissions: self.inputs.permissions,
            slug: self.inputs.slug,
            text_to_subscribe: self.inputs.text_to_subscribe,
            ttj_response: self.inputs.ttj_response,
        };
        request = request.json_with_nulls(&body, &self.inputs.nulls);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const DELETE_CONTACT: groupkit_core::Operation = groupkit_core::Operation::delete(
        "delete_contact",
        "/contacts/{id}/",
    )
    .csrf(false);

/// Deletes a contact.
///
/// `DELETE /contacts/{id}/`; built by [`crate::Client::delete_contact`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteContact {
    client: crate::Client,
    id: crate::ids::ContactId,
}

impl DeleteContact {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(DELETE_CONTACT);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request; the response has no body worth decoding.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<()> {
        self.into_request().send().await.map(|_| ())
    }
}

const DELETE_GROUP: groupkit_core::Operation = groupkit_core::Operation::delete(
        "delete_group",
        "/groups/{id}/",
    )
    .csrf(false);

/// Deleting a group. Deletes the group (its contacts are not deleted).
///
/// `DELETE /groups/{id}/`; built by [`crate::Client::delete_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteGroup {
    client: crate::Client,
    id: crate::ids::GroupId,
}

impl DeleteGroup {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(DELETE_GROUP);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request; the response has no body worth decoding.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<()> {
        self.into_request().send().await.map(|_| ())
    }
}

const DELETE_MESSAGE: groupkit_core::Operation = groupkit_core::Operation::delete(
        "delete_message",
        "/messages/{message_id}/",
    )
    .csrf(false);

/// Deletes a message by its id.
///
/// `DELETE /messages/{message_id}/`; built by [`crate::Client::delete_message`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMessage {
    client: crate::Client,
    message_id: crate::ids::MessageId,
}

impl DeleteMessage {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(DELETE_MESSAGE);
        request = request.path_param("message_id", self.message_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::DeleteResult> {
        self.into_request().send_json().await
    }
}

const DELETE_THREAD: groupkit_core::Operation = groupkit_core::Operation::delete(
        "delete_thread",
        "/threads/{thread_id}/",
    )
    .csrf(false);

/// Deletes a thread by its id.
///
/// `DELETE /threads/{thread_id}/`; built by [`crate::Client::delete_thread`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteThread {
    client: crate::Client,
    thread_id: crate::ids::ThreadId,
}

impl DeleteThread {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(DELETE_THREAD);
        request = request.path_param("thread_id", self.thread_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::DeleteResult> {
        self.into_request().send_json().await
    }
}

const GET_CONTACT: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_contact",
        "/contacts/{id}/",
    )
    .csrf(false);

/// Retrieves a contact by its id.
///
/// `GET /contacts/{id}/`; built by [`crate::Client::get_contact`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetContact {
    client: crate::Client,
    id: crate::ids::ContactId,
}

impl GetContact {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_CONTACT);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Contact> {
        self.into_request().send_json().await
    }
}

const GET_ENTERPRISE: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_enterprise",
        "/enterprises/{enterprise_id}/",
    )
    .csrf(false);

/// Gets your enterprise account's details.
///
/// `GET /enterprises/{enterprise_id}/`; built by [`crate::Client::get_enterprise`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEnterprise {
    client: crate::Client,
    enterprise_id: crate::ids::EnterpriseId,
}

impl GetEnterprise {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_ENTERPRISE);
        request = request.path_param("enterprise_id", self.enterprise_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Enterprise> {
        self.into_request().send_json().await
    }
}

const GET_GROUP: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_group",
        "/groups/{id}/",
    )
    .csrf(false);

/// Collect a single group's data. Gets one group by its id.
///
/// `GET /groups/{id}/`; built by [`crate::Client::get_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetGroup {
    client: crate::Client,
    id: crate::ids::GroupId,
}

impl GetGroup {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_GROUP);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const GET_MESSAGE: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_message",
        "/messages/{message_id}/",
    )
    .csrf(false);

/// Retrieves a message by its id.
///
/// `GET /messages/{message_id}/`; built by [`crate::Client::get_message`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMessage {
    client: crate::Client,
    message_id: crate::ids::MessageId,
}

impl GetMessage {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_MESSAGE);
        request = request.path_param("message_id", self.message_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Message> {
        self.into_request().send_json().await
    }
}

const GET_PROFILE: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_profile",
        "/profile/",
    )
    .csrf(false);

/// Gets details about your SendHub line and account.
///
/// `GET /profile/`; built by [`crate::Client::get_profile`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProfile {
    client: crate::Client,
}

impl GetProfile {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(GET_PROFILE)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::UserProfile> {
        self.into_request().send_json().await
    }
}

const GET_SETTINGS: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_settings",
        "/settings/",
    )
    .csrf(false);

/// Gets your SendHub line's settings (the API key among them: never log them).
///
/// `GET /settings/`; built by [`crate::Client::get_settings`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSettings {
    client: crate::Client,
}

impl GetSettings {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(GET_SETTINGS)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Settings> {
        self.into_request().send_json().await
    }
}

const GET_USER: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_user",
        "/enterprises/{enterprise_id}/users/{user_id}/",
    )
    .csrf(false);

/// Gets a user (line) of your enterprise account.
///
/// `GET /enterprises/{enterprise_id}/users/{user_id}/`; built by [`crate::Client::get_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUser {
    client: crate::Client,
    enterprise_id: crate::ids::EnterpriseId,
    user_id: crate::ids::UserId,
}

impl GetUser {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_USER);
        request = request.path_param("enterprise_id", self.enterprise_id.to_string());
        request = request.path_param("user_id", self.user_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const LIST_CONTACTS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_contacts",
        "/contacts/",
    )
    .csrf(false);

const LIST_CONTACTS_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Gets a page of your contacts, optionally filtered and ordered. See also `list_group_contacts`.
///
/// `GET /contacts/`; built by [`crate::Client::list_contacts`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListContacts {
    client: crate::Client,
    number: Option<String>,
    name: Option<String>,
    screened: Option<bool>,
    blocked: Option<bool>,
    ordering: Option<crate::models::ContactOrdering>,
}

impl ListContacts {
    /// Only contacts whose phone `number` matches, in E.164 form (for example `+18004445555`). Pass
    /// the number itself: the SDK percent-encodes it (`%2B18004445555`) like every query value.
    #[inline]
    pub fn number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Only contacts whose `name` matches exactly.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Only contacts with this `screened` status (whether you blocked them).
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.screened = Some(value);
        self
    }

    /// Only contacts with this opt-out status (whether they texted `Stop`, `Cancel`, `Block`,
    /// `Quit` or `End`).
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.blocked = Some(value);
        self
    }

    /// Sort by a built-in contact field (not a custom field); a leading hyphen reverses the order.
    #[inline]
    pub fn ordering(mut self, value: impl Into<crate::models::ContactOrdering>) -> Self {
        self.ordering = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_CONTACTS);
        if let Some(value) = &self.number {
            request = request.query("number", value.to_string());
        }
        if let Some(value) = &self.name {
            request = request.query("name", value.to_string());
        }
        if let Some(value) = &self.screened {
            request = request.query("screened", value.to_string());
        }
        if let Some(value) = &self.blocked {
            request = request.query("blocked", value.to_string());
        }
        if let Some(value) = &self.ordering {
            request = request.query("ordering", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::ContactList> {
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
    ) -> groupkit_core::Paginator<crate::models::Contact, crate::models::ContactList> {
        self.into_request()
            .paginate::<crate::models::Contact>(LIST_CONTACTS_PAGINATION)
            .with_envelope::<crate::models::ContactList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ContactList`](crate::models::ContactList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Contact, crate::models::ContactList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Contact> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Contact> {
        self.paginator().items_with_position()
    }
}

const LIST_GROUP_CONTACTS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_group_contacts",
        "/groups/{id}/contacts/",
    )
    .csrf(false);

const LIST_GROUP_CONTACTS_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Collect a group's contacts. Gets a page of the contacts in a group. The filters and the ordering
/// come from SendHub's OpenAPI document.
///
/// `GET /groups/{id}/contacts/`; built by [`crate::Client::list_group_contacts`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListGroupContacts {
    client: crate::Client,
    id: crate::ids::GroupId,
    number: Option<String>,
    name: Option<String>,
    screened: Option<bool>,
    blocked: Option<bool>,
    ordering: Option<crate::models::ContactOrdering>,
}

impl ListGroupContacts {
    /// Only contacts whose phone `number` matches, in E.164 form (for example `+18004445555`). Pass
    /// the number itself: the SDK percent-encodes it (`%2B18004445555`) like every query value.
    #[inline]
    pub fn number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Only contacts whose `name` matches exactly.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Only contacts with this `screened` status (whether you blocked them).
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.screened = Some(value);
        self
    }

    /// Only contacts with this opt-out status (whether they texted `Stop`, `Cancel`, `Block`,
    /// `Quit` or `End`).
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.blocked = Some(value);
        self
    }

    /// Sort by a built-in contact field (not a custom field); a leading hyphen reverses the order.
    #[inline]
    pub fn ordering(mut self, value: impl Into<crate::models::ContactOrdering>) -> Self {
        self.ordering = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_GROUP_CONTACTS);
        request = request.path_param("id", self.id.to_string());
        if let Some(value) = &self.number {
            request = request.query("number", value.to_string());
        }
        if let Some(value) = &self.name {
            request = request.query("name", value.to_string());
        }
        if let Some(value) = &self.screened {
            request = request.query("screened", value.to_string());
        }
        if let Some(value) = &self.blocked {
            request = request.query("blocked", value.to_string());
        }
        if let Some(value) = &self.ordering {
            request = request.query("ordering", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::ContactList> {
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
    ) -> groupkit_core::Paginator<crate::models::Contact, crate::models::ContactList> {
        self.into_request()
            .paginate::<crate::models::Contact>(LIST_GROUP_CONTACTS_PAGINATION)
            .with_envelope::<crate::models::ContactList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ContactList`](crate::models::ContactList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Contact, crate::models::ContactList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Contact> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Contact> {
        self.paginator().items_with_position()
    }
}

const LIST_GROUPS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_groups",
        "/groups/",
    )
    .csrf(false);

const LIST_GROUPS_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Collect groups list. Gets a page of your groups.
///
/// `GET /groups/`; built by [`crate::Client::list_groups`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListGroups {
    client: crate::Client,
}

impl ListGroups {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(LIST_GROUPS)
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

const LIST_SCHEDULED_MESSAGES: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_scheduled_messages",
        "/messages/scheduled/",
    )
    .csrf(false);

const LIST_SCHEDULED_MESSAGES_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Gets a page of your messages scheduled to be sent later.
///
/// `GET /messages/scheduled/`; built by [`crate::Client::list_scheduled_messages`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListScheduledMessages {
    client: crate::Client,
}

impl ListScheduledMessages {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(LIST_SCHEDULED_MESSAGES)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::ScheduledMessageList> {
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
        crate::models::Message,
        crate::models::ScheduledMessageList,
    > {
        self.into_request()
            .paginate::<crate::models::Message>(LIST_SCHEDULED_MESSAGES_PAGINATION)
            .with_envelope::<crate::models::ScheduledMessageList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ScheduledMessageList`](crate::models::ScheduledMessageList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<
        crate::models::Message,
        crate::models::ScheduledMessageList,
    > {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Message> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Message> {
        self.paginator().items_with_position()
    }
}

const LIST_THREAD_MESSAGES: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_thread_messages",
        "/threads/{thread_id}/",
    )
    .csrf(false);

const LIST_THREAD_MESSAGES_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Gets a thread: a page of its messages (and calls), newest first, with the thread's labels and
/// unread flag in `meta`.
///
/// `GET /threads/{thread_id}/`; built by [`crate::Client::list_thread_messages`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThreadMessages {
    client: crate::Client,
    thread_id: crate::ids::ThreadId,
}

impl ListThreadMessages {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_THREAD_MESSAGES);
        request = request.path_param("thread_id", self.thread_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::ThreadMessageList> {
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
        crate::models::Message,
        crate::models::ThreadMessageList,
    > {
        self.into_request()
            .paginate::<crate::models::Message>(LIST_THREAD_MESSAGES_PAGINATION)
            .with_envelope::<crate::models::ThreadMessageList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ThreadMessageList`](crate::models::ThreadMessageList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<
        crate::models::Message,
        crate::models::ThreadMessageList,
    > {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Message> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Message> {
        self.paginator().items_with_position()
    }
}

const LIST_THREADS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_threads",
        "/inbox/",
    )
    .csrf(false);

const LIST_THREADS_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Gets a page of your inbox threads, each shown by its last message. The URL must end with the
/// slash; the `next` link SendHub returns lacks it, so the SDK pages by limit/offset.
///
/// `GET /inbox/`; built by [`crate::Client::list_threads`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThreads {
    client: crate::Client,
}

impl ListThreads {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(LIST_THREADS)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::ThreadList> {
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
    ) -> groupkit_core::Paginator<crate::models::Thread, crate::models::ThreadList> {
        self.into_request()
            .paginate::<crate::models::Thread>(LIST_THREADS_PAGINATION)
            .with_envelope::<crate::models::ThreadList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ThreadList`](crate::models::ThreadList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    #[inline]
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Thread, crate::models::ThreadList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Thread> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Thread> {
        self.paginator().items_with_position()
    }
}

const LIST_USERS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_users",
        "/enterprises/{enterprise_id}/users/",
    )
    .csrf(false);

const LIST_USERS_PAGINATION: groupkit_core::Style = groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
    limit: "limit",
    offset: "offset",
    items: "/objects",
    total: Some("/meta/total_count"),
    next: Some("/meta/next"),
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(1000),
    },
});

/// Gets a page of your enterprise account's users (lines).
///
/// `GET /enterprises/{enterprise_id}/users/`; built by [`crate::Client::list_users`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUsers {
    client: crate::Client,
    enterprise_id: crate::ids::EnterpriseId,
}

impl ListUsers {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_USERS);
        request = request.path_param("enterprise_id", self.enterprise_id.to_string());
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

const LOGIN: groupkit_core::Operation = groupkit_core::Operation::post("login", "/auth/")
    .csrf(false);

/// Logs in with a username and password (SendHub marks it internal). The answer carries session
/// secrets (`authToken`, `csrf_token`, SIP and Kazoo passwords): the SDK keeps them redacted.
///
/// `POST /auth/`; built by [`crate::Client::login`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct Login<Username, Password> {
    inputs: LoginInputs,
    username: Username,
    password: Password,
}

/// What a [`Login`] holds besides its named required values.
#[derive(Clone, Debug)]
struct LoginInputs {
    client: crate::Client,
    authentication_type: Option<crate::models::AuthenticationType>,
    session_id: Option<String>,
}

impl<Password> Login<groupkit_core::Missing, Password> {
    /// The username.
    #[inline]
    pub fn username(self, value: impl Into<String>) -> Login<String, Password> {
        Login {
            inputs: self.inputs,
            username: value.into(),
            password: self.password,
        }
    }
}

impl<Username> Login<Username, groupkit_core::Missing> {
    /// The password.
    #[inline]
    pub fn password(
        self,
        value: impl Into<groupkit_core::Secret>,
    ) -> Login<Username, groupkit_core::Secret> {
        Login {
            inputs: self.inputs,
            username: self.username,
            password: value.into(),
        }
    }
}

impl<Username, Password> Login<Username, Password> {
    /// `authenticationType`.
    #[inline]
    pub fn authentication_type(
        mut self,
        value: impl Into<crate::models::AuthenticationType>,
    ) -> Self {
        self.inputs.authentication_type = Some(value.into());
        self
    }

    /// A session id to resume, or empty.
    #[inline]
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.inputs.session_id = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`LoginRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::LoginRequest>,
    ) -> Login<String, groupkit_core::Secret> {
        let crate::models::LoginRequest {
            authentication_type,
            password,
            session_id,
            username,
        } = body.into();
        Login {
            inputs: LoginInputs {
                authentication_type,
                session_id,
                ..self.inputs
            },
            username,
            password,
        }
    }
}

impl Login<String, groupkit_core::Secret> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(LOGIN);
        let body = crate::models::LoginRequest {
            authentication_type: self.inputs.authentication_type,
            password: self.password,
            session_id: self.inputs.session_id,
            username: self.username,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::LoginResponse> {
        self.into_request().send_json().await
    }
}

const SEND_MESSAGE: groupkit_core::Operation = groupkit_core::Operation::post(
        "send_message",
        "/messages/",
    )
    .csrf(false);

/// Sends an SMS (or an MMS, as your plan allows) to contacts (ids or E.164 numbers) and/or groups,
/// now or at `scheduled_at`.
///
/// `POST /messages/`; built by [`crate::Client::send_message`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendMessage<Text> {
    inputs: SendMessageInputs,
    text: Text,
}

/// What a [`SendMessage`] holds besides its named required values.
#[derive(Clone, Debug)]
struct SendMessageInputs {
    client: crate::Client,
    contacts: Option<Vec<groupkit_core::model::Id>>,
    groups: Option<Vec<crate::ids::GroupId>>,
    mms: Option<crate::models::Mms>,
    scheduled_at: Option<String>,
}

impl SendMessage<groupkit_core::Missing> {
    /// The text of the message (1 to 1600 characters; long texts are sent in several SMS segments).
    #[inline]
    pub fn text(self, value: impl Into<String>) -> SendMessage<String> {
        SendMessage {
            inputs: self.inputs,
            text: value.into(),
        }
    }
}

impl<Text> SendMessage<Text> {
    /// Up to 25 recipients: contact ids or phone numbers in E.164 form (`+18004445555`).
    #[inline]
    pub fn contacts(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.inputs.contacts = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Group ids to send to.
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::ids::GroupId>>,
    ) -> Self {
        self.inputs.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// `mms`.
    #[inline]
    pub fn mms(mut self, value: impl Into<crate::models::Mms>) -> Self {
        self.inputs.mms = Some(value.into());
        self
    }

    /// When to send, in UTC, exactly in the form `2022-04-13T15:29:40+0000` (24 characters); left
    /// out, the message is sent now.
    #[inline]
    pub fn scheduled_at(mut self, value: impl Into<String>) -> Self {
        self.inputs.scheduled_at = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`SendMessageRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::SendMessageRequest>,
    ) -> SendMessage<String> {
        let crate::models::SendMessageRequest {
            contacts,
            groups,
            mms,
            scheduled_at,
            text,
        } = body.into();
        SendMessage {
            inputs: SendMessageInputs {
                contacts,
                groups,
                mms,
                scheduled_at,
                ..self.inputs
            },
            text,
        }
    }
}

impl SendMessage<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(SEND_MESSAGE);
        let body = crate::models::SendMessageRequest {
            contacts: self.inputs.contacts,
            groups: self.inputs.groups,
            mms: self.inputs.mms,
            scheduled_at: self.inputs.scheduled_at,
            text: self.text,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Message> {
        self.into_request().send_json().await
    }
}

const UPDATE_CONTACT: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_contact",
        "/contacts/{id}/",
    )
    .csrf(false);

/// Replaces a contact: every property (custom fields and groups included) left out is removed. Use
/// `upsert_contact` to change only some. `id` is filled from the path.
///
/// `PUT /contacts/{id}/`; built by [`crate::Client::update_contact`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateContact<Name, Number> {
    inputs: UpdateContactInputs,
    name: Name,
    number: Number,
}

/// What a [`UpdateContact`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateContactInputs {
    client: crate::Client,
    id: crate::ids::ContactId,
    blocked: Option<bool>,
    deleted: Option<bool>,
    groups: Option<Vec<groupkit_core::model::Id>>,
    keyword: Option<String>,
    screened: Option<bool>,
    additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<Number> UpdateContact<groupkit_core::Missing, Number> {
    /// The contact's name.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> UpdateContact<String, Number> {
        UpdateContact {
            inputs: self.inputs,
            name: value.into(),
            number: self.number,
        }
    }
}

impl<Name> UpdateContact<Name, groupkit_core::Missing> {
    /// The contact's phone number, E.164 (for example `+12015716227`).
    #[inline]
    pub fn number(self, value: impl Into<String>) -> UpdateContact<Name, String> {
        UpdateContact {
            inputs: self.inputs,
            name: self.name,
            number: value.into(),
        }
    }
}

impl<Name, Number> UpdateContact<Name, Number> {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.inputs.blocked = Some(value);
        self
    }

    /// Whether the contact is deleted.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.inputs.deleted = Some(value);
        self
    }

    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.inputs.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The contact's unique keyword; generated from the name by default.
    #[inline]
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.inputs.keyword = Some(value.into());
        self
    }

    /// Whether you blocked the contact.
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.inputs.screened = Some(value);
        self
    }

    /// Sets every body value at once from a \[`ContactUpdateRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back). Its `id` is not used: the SDK sends the path's.
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ContactUpdateRequest>,
    ) -> UpdateContact<String, String> {
        let crate::models::ContactUpdateRequest {
            blocked,
            deleted,
            groups,
            id: _,
            keyword,
            name,
            number,
            screened,
            additional,
        } = body.into();
        UpdateContact {
            inputs: UpdateContactInputs {
                blocked,
                deleted,
                groups,
                keyword,
                screened,
                additional,
                ..self.inputs
            },
            name,
            number,
        }
    }
}

impl UpdateContact<String, String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_CONTACT);
        request = request.path_param("id", self.inputs.id.to_string());
        let body = crate::models::ContactUpdateRequest {
            blocked: self.inputs.blocked,
            deleted: self.inputs.deleted,
            groups: self.inputs.groups,
            id: self.inputs.id.clone(),
            keyword: self.inputs.keyword,
            name: self.name,
            number: self.number,
            screened: self.inputs.screened,
            additional: self.inputs.additional,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Contact> {
        self.into_request().send_json().await
    }
}

const UPDATE_GROUP: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_group",
        "/groups/{id}/",
    )
    .csrf(false);

/// Editing a group. Replaces the group: `id` and `name` are required, and every property left out
/// is set to its default; in particular a missing `text_to_subscribe` becomes false. Editing sets
/// `date_modified` to the current time.
///
/// `PUT /groups/{id}/`; built by [`crate::Client::update_group`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateGroup<Name> {
    inputs: UpdateGroupInputs,
    name: Name,
}

/// What a [`UpdateGroup`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateGroupInputs {
    client: crate::Client,
    id: crate::ids::GroupId,
    is_shared: Option<bool>,
    mediums: Option<String>,
    permissions: Option<crate::models::GroupPermission>,
    slug: Option<String>,
    text_to_subscribe: Option<bool>,
    ttj_response: Option<String>,
    nulls: Vec<&'static str>,
}

impl UpdateGroup<groupkit_core::Missing> {
    /// The group's name.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> UpdateGroup<String> {
        UpdateGroup {
            inputs: self.inputs,
            name: value.into(),
        }
    }
}

impl<Name> UpdateGroup<Name> {
    /// Whether the group is shared between the lines.
    #[inline]
    pub fn is_shared(mut self, value: bool) -> Self {
        self.inputs.is_shared = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    #[inline]
    pub fn mediums(mut self, value: impl Into<String>) -> Self {
        self.inputs.mediums = Some(value.into());
        self.inputs.nulls.retain(|field| *field != "mediums");
        self
    }

    /// Sends `mediums` as `null`, which clears it; a value given to [`Self::mediums`] after this
    /// wins.
    #[inline]
    pub fn clear_mediums(mut self) -> Self {
        self.inputs.mediums = None;
        self.inputs.nulls.retain(|field| *field != "mediums");
        self.inputs.nulls.push("mediums");
        self
    }

    /// The permission on the group (`write`, the default).
    #[inline]
    pub fn permissions(
        mut self,
        value: impl Into<crate::models::GroupPermission>,
    ) -> Self {
        self.inputs.permissions = Some(value.into());
        self
    }

    /// The group's keyword; it does not need to match the name.
    #[inline]
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.inputs.slug = Some(value.into());
        self
    }

    /// If true, contacts can join the group by texting the slug to your SendHub number. Left out,
    /// it is set to false.
    #[inline]
    pub fn text_to_subscribe(mut self, value: bool) -> Self {
        self.inputs.text_to_subscribe = Some(value);
        self
    }

    /// The reply sent when someone texts to join this group (at most 70 characters).
    #[inline]
    pub fn ttj_response(mut self, value: impl Into<String>) -> Self {
        self.inputs.ttj_response = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`GroupUpdateRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back). Its `id` is not used: the SDK sends the path's.
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::GroupUpdateRequest>,
    ) -> UpdateGroup<String> {
        let crate::models::GroupUpdateRequest {
            id: _,
            is_shared,
            mediums,
            name,
            permissions,
            slug,
            text_to_subscribe,
            ttj_response,
        } = body.into();
        UpdateGroup {
            inputs: UpdateGroupInputs {
                is_shared,
                mediums,
                permissions,
                slug,
                text_to_subscribe,
                ttj_response,
                nulls: Vec::new(),
                ..self.inputs
            },
            name,
        }
    }
}

impl UpdateGroup<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_GROUP);
        request = request.path_param("id", self.inputs.id.to_string());
        let body = crate::models::GroupUpdateRequest {
            id: self.inputs.id.clone(),
            is_shared: self.inputs.is_shared,
            mediums: self.inputs.mediums,
            name: self.name,
            permissions: self.inputs.permissions,
            slug: self.inputs.slug,
            text_to_subscribe: self.inputs.text_to_subscribe,
            ttj_response: self.inputs.ttj_response,
        };
        request = request.json_with_nulls(&body, &self.inputs.nulls);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const UPDATE_MESSAGE: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_message",
        "/messages/{message_id}/",
    )
    .csrf(false);

/// Changes a scheduled message (its text, recipients, time or attachment), or marks a message read
/// or unread with `unread`, which marks its thread too.
///
/// `PUT /messages/{message_id}/`; built by [`crate::Client::update_message`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMessage {
    client: crate::Client,
    message_id: crate::ids::MessageId,
    contacts: Option<Vec<groupkit_core::model::Id>>,
    groups: Option<Vec<crate::ids::GroupId>>,
    mms: Option<crate::models::Mms>,
    scheduled_at: Option<String>,
    text: Option<String>,
    unread: Option<bool>,
}

impl UpdateMessage {
    /// Up to 25 recipients: contact ids or phone numbers in E.164 form (`+18004445555`).
    #[inline]
    pub fn contacts(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.contacts = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Group ids to send to.
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::ids::GroupId>>,
    ) -> Self {
        self.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// `mms`.
    #[inline]
    pub fn mms(mut self, value: impl Into<crate::models::Mms>) -> Self {
        self.mms = Some(value.into());
        self
    }

    /// When to send, in UTC, exactly in the form `2022-04-13T15:29:40+0000` (24 characters); left
    /// out, the message is sent now.
    #[inline]
    pub fn scheduled_at(mut self, value: impl Into<String>) -> Self {
        self.scheduled_at = Some(value.into());
        self
    }

    /// The text of the message (1 to 1600 characters; long texts are sent in several SMS segments).
    #[inline]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Mark the message (and its thread) unread (`true`) or read (`false`).
    #[inline]
    pub fn unread(mut self, value: bool) -> Self {
        self.unread = Some(value);
        self
    }

    /// Sets every body value at once from a \[`UpdateMessageRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(self, body: impl Into<crate::models::UpdateMessageRequest>) -> Self {
        let crate::models::UpdateMessageRequest {
            contacts,
            groups,
            mms,
            scheduled_at,
            text,
            unread,
        } = body.into();
        UpdateMessage {
            contacts,
            groups,
            mms,
            scheduled_at,
            text,
            unread,
            ..self
        }
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(UPDATE_MESSAGE);
        request = request.path_param("message_id", self.message_id.to_string());
        let body = crate::models::UpdateMessageRequest {
            contacts: self.contacts,
            groups: self.groups,
            mms: self.mms,
            scheduled_at: self.scheduled_at,
            text: self.text,
            unread: self.unread,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Message> {
        self.into_request().send_json().await
    }
}

const UPDATE_SETTINGS: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_settings",
        "/settings/",
    )
    .csrf(false);

/// Updates your SendHub line's settings; read-only fields are ignored.
///
/// `PUT /settings/`; built by [`crate::Client::update_settings`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSettings {
    client: crate::Client,
    api_key: Option<groupkit_core::Secret>,
    auto_attendant_greeting_url: Option<String>,
    auto_upgrade_plan: Option<bool>,
    automated_sms_response: Option<String>,
    conference_lines_enabled: Option<bool>,
    created_ts: Option<groupkit_core::model::Timestamp>,
    customer_id: Option<String>,
    deleted: Option<bool>,
    desktop_notifications: Option<bool>,
    disable_incoming_sms: Option<bool>,
    email_calling_notifications: Option<bool>,
    ent_toll_free_enabled: Option<bool>,
    enterprise_id: Option<crate::ids::EnterpriseId>,
    first_payment_ts: Option<String>,
    hide_link_in_bulk_messages: Option<bool>,
    id: Option<groupkit_core::model::Id>,
    image: Option<String>,
    is_verified_email: Option<bool>,
    mask_caller_id: Option<bool>,
    mfa_enabled: Option<bool>,
    mfa_enforced: Option<bool>,
    mixpanelid: Option<String>,
    modified_ts: Option<groupkit_core::model::Timestamp>,
    month_start: Option<String>,
    name: Option<String>,
    onboarding_mobile_finished: Option<bool>,
    onboarding_web_finished: Option<bool>,
    payment_period_end: Option<String>,
    payment_period_start: Option<String>,
    pending_email: Option<String>,
    pending_phone_number: Option<String>,
    phone_number: Option<String>,
    plan_usage: Option<crate::models::PlanUsage>,
    pusher_key: Option<String>,
    registration_status: Option<crate::models::RegistrationStatus>,
    resource_uri: Option<String>,
    send_only_via_short_code: Option<bool>,
    send_only_via_toll_free: Option<bool>,
    settings_json: Option<String>,
    sift_science_label: Option<String>,
    signature: Option<String>,
    sms_forwarding: Option<String>,
    sms_fwd_help: Option<bool>,
    sms_webhook_url: Option<String>,
    sound_notifications: Option<bool>,
    toll_free_number: Option<String>,
    toll_free_primary: Option<bool>,
    transcribe_voice_mails: Option<bool>,
    voicemail_greeting_url: Option<String>,
    nulls: Vec<&'static str>,
}

impl UpdateSettings {
    /// The API key. Read only; a secret: never log it.
    #[inline]
    pub fn api_key(mut self, value: impl Into<groupkit_core::Secret>) -> Self {
        self.api_key = Some(value.into());
        self
    }

    /// The auto attendant greeting. Read only.
    #[inline]
    pub fn auto_attendant_greeting_url(mut self, value: impl Into<String>) -> Self {
        self.auto_attendant_greeting_url = Some(value.into());
        self.nulls.retain(|field| *field != "auto_attendant_greeting_url");
        self
    }

    /// Sends `auto_attendant_greeting_url` as `null`, which clears it; a value given to
    /// [`Self::auto_attendant_greeting_url`] after this wins.
    #[inline]
    pub fn clear_auto_attendant_greeting_url(mut self) -> Self {
        self.auto_attendant_greeting_url = None;
        self.nulls.retain(|field| *field != "auto_attendant_greeting_url");
        self.nulls.push("auto_attendant_greeting_url");
        self
    }

    /// Whether the plan upgrades itself. Read only.
    #[inline]
    pub fn auto_upgrade_plan(mut self, value: bool) -> Self {
        self.auto_upgrade_plan = Some(value);
        self
    }

    /// An automatic reply to incoming messages (at most 160 characters), or null.
    #[inline]
    pub fn automated_sms_response(mut self, value: impl Into<String>) -> Self {
        self.automated_sms_response = Some(value.into());
        self.nulls.retain(|field| *field != "automated_sms_response");
        self
    }

    /// Sends `automated_sms_response` as `null`, which clears it; a value given to
    /// [`Self::automated_sms_response`] after this wins.
    #[inline]
    pub fn clear_automated_sms_response(mut self) -> Self {
        self.automated_sms_response = None;
        self.nulls.retain(|field| *field != "automated_sms_response");
        self.nulls.push("automated_sms_response");
        self
    }

    /// Read only.
    #[inline]
    pub fn conference_lines_enabled(mut self, value: bool) -> Self {
        self.conference_lines_enabled = Some(value);
        self
    }

    /// When the line was created (UTC, no offset). Read only.
    #[inline]
    pub fn created_ts(mut self, value: groupkit_core::model::Timestamp) -> Self {
        self.created_ts = Some(value);
        self
    }

    /// The billing customer id. Read only.
    #[inline]
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self.nulls.retain(|field| *field != "customer_id");
        self
    }

    /// Sends `customer_id` as `null`, which clears it; a value given to [`Self::customer_id`] after
    /// this wins.
    #[inline]
    pub fn clear_customer_id(mut self) -> Self {
        self.customer_id = None;
        self.nulls.retain(|field| *field != "customer_id");
        self.nulls.push("customer_id");
        self
    }

    /// Whether the line is deleted. Read only.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.deleted = Some(value);
        self.nulls.retain(|field| *field != "deleted");
        self
    }

    /// Sends `deleted` as `null`, which clears it; a value given to [`Self::deleted`] after this
    /// wins.
    #[inline]
    pub fn clear_deleted(mut self) -> Self {
        self.deleted = None;
        self.nulls.retain(|field| *field != "deleted");
        self.nulls.push("deleted");
        self
    }

    /// Desktop notifications on or off.
    #[inline]
    pub fn desktop_notifications(mut self, value: bool) -> Self {
        self.desktop_notifications = Some(value);
        self
    }

    /// Whether incoming SMS are refused.
    #[inline]
    pub fn disable_incoming_sms(mut self, value: bool) -> Self {
        self.disable_incoming_sms = Some(value);
        self
    }

    /// Email notifications of calls.
    #[inline]
    pub fn email_calling_notifications(mut self, value: bool) -> Self {
        self.email_calling_notifications = Some(value);
        self
    }

    /// Read only.
    #[inline]
    pub fn ent_toll_free_enabled(mut self, value: bool) -> Self {
        self.ent_toll_free_enabled = Some(value);
        self.nulls.retain(|field| *field != "ent_toll_free_enabled");
        self
    }

    /// Sends `ent_toll_free_enabled` as `null`, which clears it; a value given to
    /// [`Self::ent_toll_free_enabled`] after this wins.
    #[inline]
    pub fn clear_ent_toll_free_enabled(mut self) -> Self {
        self.ent_toll_free_enabled = None;
        self.nulls.retain(|field| *field != "ent_toll_free_enabled");
        self.nulls.push("ent_toll_free_enabled");
        self
    }

    /// Your enterprise account. Read only.
    #[inline]
    pub fn enterprise_id(mut self, value: impl Into<crate::ids::EnterpriseId>) -> Self {
        self.enterprise_id = Some(value.into());
        self
    }

    /// When the first payment was made, or null. Read only.
    #[inline]
    pub fn first_payment_ts(mut self, value: impl Into<String>) -> Self {
        self.first_payment_ts = Some(value.into());
        self.nulls.retain(|field| *field != "firstPaymentTs");
        self
    }

    /// Sends `firstPaymentTs` as `null`, which clears it; a value given to
    /// [`Self::first_payment_ts`] after this wins.
    #[inline]
    pub fn clear_first_payment_ts(mut self) -> Self {
        self.first_payment_ts = None;
        self.nulls.retain(|field| *field != "firstPaymentTs");
        self.nulls.push("firstPaymentTs");
        self
    }

    /// Whether bulk messages leave out the link.
    #[inline]
    pub fn hide_link_in_bulk_messages(mut self, value: bool) -> Self {
        self.hide_link_in_bulk_messages = Some(value);
        self
    }

    /// The line's internal id (not the user id). Read only.
    #[inline]
    pub fn id(mut self, value: impl Into<groupkit_core::model::Id>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The profile image's URL. Read only.
    #[inline]
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self.nulls.retain(|field| *field != "image");
        self
    }

    /// Sends `image` as `null`, which clears it; a value given to [`Self::image`] after this wins.
    #[inline]
    pub fn clear_image(mut self) -> Self {
        self.image = None;
        self.nulls.retain(|field| *field != "image");
        self.nulls.push("image");
        self
    }

    /// Whether the email address is verified. Read only.
    #[inline]
    pub fn is_verified_email(mut self, value: bool) -> Self {
        self.is_verified_email = Some(value);
        self
    }

    /// Whether calls show your SendHub number (update).
    #[inline]
    pub fn mask_caller_id(mut self, value: bool) -> Self {
        self.mask_caller_id = Some(value);
        self
    }

    /// Read only.
    #[inline]
    pub fn mfa_enabled(mut self, value: bool) -> Self {
        self.mfa_enabled = Some(value);
        self.nulls.retain(|field| *field != "mfa_enabled");
        self
    }

    /// Sends `mfa_enabled` as `null`, which clears it; a value given to [`Self::mfa_enabled`] after
    /// this wins.
    #[inline]
    pub fn clear_mfa_enabled(mut self) -> Self {
        self.mfa_enabled = None;
        self.nulls.retain(|field| *field != "mfa_enabled");
        self.nulls.push("mfa_enabled");
        self
    }

    /// Read only.
    #[inline]
    pub fn mfa_enforced(mut self, value: bool) -> Self {
        self.mfa_enforced = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    #[inline]
    pub fn mixpanelid(mut self, value: impl Into<String>) -> Self {
        self.mixpanelid = Some(value.into());
        self.nulls.retain(|field| *field != "mixpanelid");
        self
    }

    /// Sends `mixpanelid` as `null`, which clears it; a value given to [`Self::mixpanelid`] after
    /// this wins.
    #[inline]
    pub fn clear_mixpanelid(mut self) -> Self {
        self.mixpanelid = None;
        self.nulls.retain(|field| *field != "mixpanelid");
        self.nulls.push("mixpanelid");
        self
    }

    /// When the settings last changed (UTC, no offset). Read only.
    #[inline]
    pub fn modified_ts(mut self, value: groupkit_core::model::Timestamp) -> Self {
        self.modified_ts = Some(value);
        self
    }

    /// The start of the billing month (`YYYY-MM-DD`). Read only.
    #[inline]
    pub fn month_start(mut self, value: impl Into<String>) -> Self {
        self.month_start = Some(value.into());
        self
    }

    /// The line's name.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Used internally by SendHub; may change or disappear.
    #[inline]
    pub fn onboarding_mobile_finished(mut self, value: bool) -> Self {
        self.onboarding_mobile_finished = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    #[inline]
    pub fn onboarding_web_finished(mut self, value: bool) -> Self {
        self.onboarding_web_finished = Some(value);
        self
    }

    /// The end of the payment period (`YYYY-MM-DD`). Read only.
    #[inline]
    pub fn payment_period_end(mut self, value: impl Into<String>) -> Self {
        self.payment_period_end = Some(value.into());
        self
    }

    /// The start of the payment period (`YYYY-MM-DD`). Read only.
    #[inline]
    pub fn payment_period_start(mut self, value: impl Into<String>) -> Self {
        self.payment_period_start = Some(value.into());
        self
    }

    /// An email address waiting to be verified. Read only.
    #[inline]
    pub fn pending_email(mut self, value: impl Into<String>) -> Self {
        self.pending_email = Some(value.into());
        self.nulls.retain(|field| *field != "pending_email");
        self
    }

    /// Sends `pending_email` as `null`, which clears it; a value given to [`Self::pending_email`]
    /// after this wins.
    #[inline]
    pub fn clear_pending_email(mut self) -> Self {
        self.pending_email = None;
        self.nulls.retain(|field| *field != "pending_email");
        self.nulls.push("pending_email");
        self
    }

    /// A "Personal Cell" number waiting to be verified, or empty. Read only.
    #[inline]
    pub fn pending_phone_number(mut self, value: impl Into<String>) -> Self {
        self.pending_phone_number = Some(value.into());
        self.nulls.retain(|field| *field != "pending_phone_number");
        self
    }

    /// Sends `pending_phone_number` as `null`, which clears it; a value given to
    /// [`Self::pending_phone_number`] after this wins.
    #[inline]
    pub fn clear_pending_phone_number(mut self) -> Self {
        self.pending_phone_number = None;
        self.nulls.retain(|field| *field != "pending_phone_number");
        self.nulls.push("pending_phone_number");
        self
    }

    /// Your "Personal Cell" number (E.164).
    #[inline]
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// `plan_usage`.
    #[inline]
    pub fn plan_usage(mut self, value: impl Into<crate::models::PlanUsage>) -> Self {
        self.plan_usage = Some(value.into());
        self
    }

    /// Read only.
    #[inline]
    pub fn pusher_key(mut self, value: impl Into<String>) -> Self {
        self.pusher_key = Some(value.into());
        self
    }

    /// `registration_status`.
    #[inline]
    pub fn registration_status(
        mut self,
        value: impl Into<crate::models::RegistrationStatus>,
    ) -> Self {
        self.registration_status = Some(value.into());
        self
    }

    /// The path of the settings (`/settings`). Read only.
    #[inline]
    pub fn resource_uri(mut self, value: impl Into<String>) -> Self {
        self.resource_uri = Some(value.into());
        self
    }

    /// Send only from the short code.
    #[inline]
    pub fn send_only_via_short_code(mut self, value: bool) -> Self {
        self.send_only_via_short_code = Some(value);
        self
    }

    /// Send only from the toll-free number.
    #[inline]
    pub fn send_only_via_toll_free(mut self, value: bool) -> Self {
        self.send_only_via_toll_free = Some(value);
        self
    }

    /// More settings, JSON-encoded. Read only.
    #[inline]
    pub fn settings_json(mut self, value: impl Into<String>) -> Self {
        self.settings_json = Some(value.into());
        self
    }

    /// Read only.
    #[inline]
    pub fn sift_science_label(mut self, value: impl Into<String>) -> Self {
        self.sift_science_label = Some(value.into());
        self.nulls.retain(|field| *field != "siftScienceLabel");
        self
    }

    /// Sends `siftScienceLabel` as `null`, which clears it; a value given to
    /// [`Self::sift_science_label`] after this wins.
    #[inline]
    pub fn clear_sift_science_label(mut self) -> Self {
        self.sift_science_label = None;
        self.nulls.retain(|field| *field != "siftScienceLabel");
        self.nulls.push("siftScienceLabel");
        self
    }

    /// The signature SendHub apps append to new messages (not used by the API).
    #[inline]
    pub fn signature(mut self, value: impl Into<String>) -> Self {
        self.signature = Some(value.into());
        self.nulls.retain(|field| *field != "signature");
        self
    }

    /// Sends `signature` as `null`, which clears it; a value given to [`Self::signature`] after
    /// this wins.
    #[inline]
    pub fn clear_signature(mut self) -> Self {
        self.signature = None;
        self.nulls.retain(|field| *field != "signature");
        self.nulls.push("signature");
        self
    }

    /// The id of the number SMS are forwarded to, or null.
    #[inline]
    pub fn sms_forwarding(mut self, value: impl Into<String>) -> Self {
        self.sms_forwarding = Some(value.into());
        self.nulls.retain(|field| *field != "sms_forwarding");
        self
    }

    /// Sends `sms_forwarding` as `null`, which clears it; a value given to [`Self::sms_forwarding`]
    /// after this wins.
    #[inline]
    pub fn clear_sms_forwarding(mut self) -> Self {
        self.sms_forwarding = None;
        self.nulls.retain(|field| *field != "sms_forwarding");
        self.nulls.push("sms_forwarding");
        self
    }

    /// SMS forwarding help on or off.
    #[inline]
    pub fn sms_fwd_help(mut self, value: bool) -> Self {
        self.sms_fwd_help = Some(value);
        self
    }

    /// The URL SendHub posts webhooks to (signed with the API key, `X-SendHub-Signature`), or null.
    #[inline]
    pub fn sms_webhook_url(mut self, value: impl Into<String>) -> Self {
        self.sms_webhook_url = Some(value.into());
        self.nulls.retain(|field| *field != "sms_webhook_url");
        self
    }

    /// Sends `sms_webhook_url` as `null`, which clears it; a value given to
    /// [`Self::sms_webhook_url`] after this wins.
    #[inline]
    pub fn clear_sms_webhook_url(mut self) -> Self {
        self.sms_webhook_url = None;
        self.nulls.retain(|field| *field != "sms_webhook_url");
        self.nulls.push("sms_webhook_url");
        self
    }

    /// Sound notifications on or off.
    #[inline]
    pub fn sound_notifications(mut self, value: bool) -> Self {
        self.sound_notifications = Some(value);
        self
    }

    /// The toll-free number, or null. Read only.
    #[inline]
    pub fn toll_free_number(mut self, value: impl Into<String>) -> Self {
        self.toll_free_number = Some(value.into());
        self.nulls.retain(|field| *field != "toll_free_number");
        self
    }

    /// Sends `toll_free_number` as `null`, which clears it; a value given to
    /// [`Self::toll_free_number`] after this wins.
    #[inline]
    pub fn clear_toll_free_number(mut self) -> Self {
        self.toll_free_number = None;
        self.nulls.retain(|field| *field != "toll_free_number");
        self.nulls.push("toll_free_number");
        self
    }

    /// Whether the toll-free number is the primary one.
    #[inline]
    pub fn toll_free_primary(mut self, value: bool) -> Self {
        self.toll_free_primary = Some(value);
        self
    }

    /// Whether voicemails are transcribed.
    #[inline]
    pub fn transcribe_voice_mails(mut self, value: bool) -> Self {
        self.transcribe_voice_mails = Some(value);
        self
    }

    /// The voicemail greeting. Read only.
    #[inline]
    pub fn voicemail_greeting_url(mut self, value: impl Into<String>) -> Self {
        self.voicemail_greeting_url = Some(value.into());
        self.nulls.retain(|field| *field != "voicemail_greeting_url");
        self
    }

    /// Sends `voicemail_greeting_url` as `null`, which clears it; a value given to
    /// [`Self::voicemail_greeting_url`] after this wins.
    #[inline]
    pub fn clear_voicemail_greeting_url(mut self) -> Self {
        self.voicemail_greeting_url = None;
        self.nulls.retain(|field| *field != "voicemail_greeting_url");
        self.nulls.push("voicemail_greeting_url");
        self
    }

    /// Sets every body value at once from a \[`Settings`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(self, body: impl Into<crate::models::Settings>) -> Self {
        let crate::models::Settings {
            api_key,
            auto_attendant_greeting_url,
            auto_upgrade_plan,
            automated_sms_response,
            conference_lines_enabled,
            created_ts,
            customer_id,
            deleted,
            desktop_notifications,
            disable_incoming_sms,
            email_calling_notifications,
            ent_toll_free_enabled,
            enterprise_id,
            first_payment_ts,
            hide_link_in_bulk_messages,
            id,
            image,
            is_verified_email,
            mask_caller_id,
            mfa_enabled,
            mfa_enforced,
            mixpanelid,
            modified_ts,
            month_start,
            name,
            onboarding_mobile_finished,
            onboarding_web_finished,
            payment_period_end,
            payment_period_start,
            pending_email,
            pending_phone_number,
            phone_number,
            plan_usage,
            pusher_key,
            registration_status,
            resource_uri,
            send_only_via_short_code,
            send_only_via_toll_free,
            settings_json,
            sift_science_label,
            signature,
            sms_forwarding,
            sms_fwd_help,
            sms_webhook_url,
            sound_notifications,
            toll_free_number,
            toll_free_primary,
            transcribe_voice_mails,
            voicemail_greeting_url,
        } = body.into();
        UpdateSettings {
            api_key,
            auto_attendant_greeting_url,
            auto_upgrade_plan,
            automated_sms_response,
            conference_lines_enabled,
            created_ts,
            customer_id,
            deleted,
            desktop_notifications,
            disable_incoming_sms,
            email_calling_notifications,
            ent_toll_free_enabled,
            enterprise_id,
            first_payment_ts,
            hide_link_in_bulk_messages,
            id,
            image,
            is_verified_email,
            mask_caller_id,
            mfa_enabled,
            mfa_enforced,
            mixpanelid,
            modified_ts,
            month_start,
            name,
            onboarding_mobile_finished,
            onboarding_web_finished,
            payment_period_end,
            payment_period_start,
            pending_email,
            pending_phone_number,
            phone_number,
            plan_usage,
            pusher_key,
            registration_status,
            resource_uri,
            send_only_via_short_code,
            send_only_via_toll_free,
            settings_json,
            sift_science_label,
            signature,
            sms_forwarding,
            sms_fwd_help,
            sms_webhook_url,
            sound_notifications,
            toll_free_number,
            toll_free_primary,
            transcribe_voice_mails,
            voicemail_greeting_url,
            nulls: Vec::new(),
            ..self
        }
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(UPDATE_SETTINGS);
        let body = crate::models::Settings {
            api_key: self.api_key,
            auto_attendant_greeting_url: self.auto_attendant_greeting_url,
            auto_upgrade_plan: self.auto_upgrade_plan,
            automated_sms_response: self.automated_sms_response,
            conference_lines_enabled: self.conference_lines_enabled,
            created_ts: self.created_ts,
            customer_id: self.customer_id,
            deleted: self.deleted,
            desktop_notifications: self.desktop_notifications,
            disable_incoming_sms: self.disable_incoming_sms,
            email_calling_notifications: self.email_calling_notifications,
            ent_toll_free_enabled: self.ent_toll_free_enabled,
            enterprise_id: self.enterprise_id,
            first_payment_ts: self.first_payment_ts,
            hide_link_in_bulk_messages: self.hide_link_in_bulk_messages,
            id: self.id,
            image: self.image,
            is_verified_email: self.is_verified_email,
            mask_caller_id: self.mask_caller_id,
            mfa_enabled: self.mfa_enabled,
            mfa_enforced: self.mfa_enforced,
            mixpanelid: self.mixpanelid,
            modified_ts: self.modified_ts,
            month_start: self.month_start,
            name: self.name,
            onboarding_mobile_finished: self.onboarding_mobile_finished,
            onboarding_web_finished: self.onboarding_web_finished,
            payment_period_end: self.payment_period_end,
            payment_period_start: self.payment_period_start,
            pending_email: self.pending_email,
            pending_phone_number: self.pending_phone_number,
            phone_number: self.phone_number,
            plan_usage: self.plan_usage,
            pusher_key: self.pusher_key,
            registration_status: self.registration_status,
            resource_uri: self.resource_uri,
            send_only_via_short_code: self.send_only_via_short_code,
            send_only_via_toll_free: self.send_only_via_toll_free,
            settings_json: self.settings_json,
            sift_science_label: self.sift_science_label,
            signature: self.signature,
            sms_forwarding: self.sms_forwarding,
            sms_fwd_help: self.sms_fwd_help,
            sms_webhook_url: self.sms_webhook_url,
            sound_notifications: self.sound_notifications,
            toll_free_number: self.toll_free_number,
            toll_free_primary: self.toll_free_primary,
            transcribe_voice_mails: self.transcribe_voice_mails,
            voicemail_greeting_url: self.voicemail_greeting_url,
        };
        request = request.json_with_nulls(&body, &self.nulls);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Settings> {
        self.into_request().send_json().await
    }
}

const UPSERT_CONTACT: groupkit_core::Operation = groupkit_core::Operation::post(
        "upsert_contact",
        "/contacts/",
    )
    .csrf(false);

/// Creates a contact, or updates one: the contact's `id` is required when the `number` already
/// belongs to one of your contacts. Unlike `update_contact` (PUT), properties left out are kept,
/// not removed. Keys besides the listed ones are custom fields (a `null` value removes the field).
///
/// `POST /contacts/`; built by [`crate::Client::upsert_contact`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpsertContact<Name, Number> {
    inputs: UpsertContactInputs,
    name: Name,
    number: Number,
}

/// What a [`UpsertContact`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpsertContactInputs {
    client: crate::Client,
    blocked: Option<bool>,
    deleted: Option<bool>,
    groups: Option<Vec<groupkit_core::model::Id>>,
    id: Option<crate::ids::ContactId>,
    keyword: Option<String>,
    screened: Option<bool>,
    additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<Number> UpsertContact<groupkit_core::Missing, Number> {
    /// The contact's name.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> UpsertContact<String, Number> {
        UpsertContact {
            inputs: self.inputs,
            name: value.into(),
            number: self.number,
        }
    }
}

impl<Name> UpsertContact<Name, groupkit_core::Missing> {
    /// The contact's phone number, E.164 (for example `+12015716227`).
    #[inline]
    pub fn number(self, value: impl Into<String>) -> UpsertContact<Name, String> {
        UpsertContact {
            inputs: self.inputs,
            name: self.name,
            number: value.into(),
        }
    }
}

impl<Name, Number> UpsertContact<Name, Number> {
    /// Opt-out status: true if the contact texted `Stop`, `Cancel`, `Block`, `Quit` or `End`.
    #[inline]
    pub fn blocked(mut self, value: bool) -> Self {
        self.inputs.blocked = Some(value);
        self
    }

    /// Whether the contact is deleted.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.inputs.deleted = Some(value);
        self
    }

    /// The groups the contact is in, by id (digits, as a string or an integer) or resource URI
    /// (`/v1/groups/<id>`).
    #[inline]
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<groupkit_core::model::Id>>,
    ) -> Self {
        self.inputs.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The contact's id: required when `number` already belongs to one of your contacts.
    #[inline]
    pub fn id(mut self, value: impl Into<crate::ids::ContactId>) -> Self {
        self.inputs.id = Some(value.into());
        self
    }

    /// The contact's unique keyword; generated from the name by default.
    #[inline]
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.inputs.keyword = Some(value.into());
        self
    }

    /// Whether you blocked the contact.
    #[inline]
    pub fn screened(mut self, value: bool) -> Self {
        self.inputs.screened = Some(value);
        self
    }

    /// Sets every body value at once from a \[`ContactUpsertRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ContactUpsertRequest>,
    ) -> UpsertContact<String, String> {
        let crate::models::ContactUpsertRequest {
            blocked,
            deleted,
            groups,
            id,
            keyword,
            name,
            number,
            screened,
            additional,
        } = body.into();
        UpsertContact {
            inputs: UpsertContactInputs {
                blocked,
                deleted,
                groups,
                id,
                keyword,
                screened,
                additional,
                ..self.inputs
            },
            name,
            number,
        }
    }
}

impl UpsertContact<String, String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPSERT_CONTACT);
        let body = crate::models::ContactUpsertRequest {
            blocked: self.inputs.blocked,
            deleted: self.inputs.deleted,
            groups: self.inputs.groups,
            id: self.inputs.id,
            keyword: self.inputs.keyword,
            name: self.name,
            number: self.number,
            screened: self.inputs.screened,
            additional: self.inputs.additional,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Contact> {
        self.into_request().send_json().await
    }
}

const UPSERT_CONTACTS: groupkit_core::Operation = groupkit_core::Operation::patch(
        "upsert_contacts",
        "/contacts/",
    )
    .csrf(false);

/// Creates, updates or deletes several contacts in one request (tastypie's bulk PATCH on the list
/// resource).
///
/// `PATCH /contacts/`; built by [`crate::Client::upsert_contacts`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpsertContacts<Objects> {
    inputs: UpsertContactsInputs,
    objects: Objects,
}

/// What a [`UpsertContacts`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpsertContactsInputs {
    client: crate::Client,
}

impl UpsertContacts<groupkit_core::Missing> {
    /// The contacts to create (without `id`) or update (with `id`).
    #[inline]
    pub fn objects(
        self,
        value: impl IntoIterator<Item = impl Into<crate::models::ContactUpsertRequest>>,
    ) -> UpsertContacts<Vec<crate::models::ContactUpsertRequest>> {
        UpsertContacts {
            inputs: self.inputs,
            objects: value.into_iter().map(Into::into).collect(),
        }
    }
}

impl<Objects> UpsertContacts<Objects> {
    /// Sets every body value at once from a \[`ContactBulkRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ContactBulkRequest>,
    ) -> UpsertContacts<Vec<crate::models::ContactUpsertRequest>> {
        let crate::models::ContactBulkRequest { objects } = body.into();
        UpsertContacts {
            inputs: self.inputs,
            objects,
        }
    }
}

impl UpsertContacts<Vec<crate::models::ContactUpsertRequest>> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPSERT_CONTACTS);
        let body = crate::models::ContactBulkRequest {
            objects: self.objects,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Contact>> {
        self.into_request().send_json().await
    }
}

impl crate::Client {
    /// Adding and removing contacts. Adds and/or removes contacts (by id) to/from the group in one
    /// request. Adding or removing contacts updates each contact's `date_modified` timestamp.
    /// Contacts that could not be added or removed are reported in `errors`; the others are
    /// applied.
    ///
    /// `POST /groups/{id}/contacts/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.add_remove_group_contacts(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn add_remove_group_contacts(
        &self,
        id: impl Into<crate::ids::GroupId>,
    ) -> AddRemoveGroupContacts {
        AddRemoveGroupContacts {
            client: self.clone(),
            id: id.into(),
            add: None,
            remove: None,
        }
    }

    /// Adding a group. Creates a group. The slug does not need to match the group name; it is
    /// listed as "Keyword" on SendHub.com and lets contacts add themselves to the group by texting
    /// it to your SendHub number when `text_to_subscribe` is true.
    ///
    /// `POST /groups/`
    ///
    /// Set `name` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_group().name("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_group(&self) -> CreateGroup<groupkit_core::Missing> {
        CreateGroup {
            inputs: CreateGroupInputs {
                client: self.clone(),
                is_shared: None,
                mediums: None,
                permissions: None,
                slug: None,
                text_to_subscribe: None,
                ttj_response: None,
                nulls: Vec::new(),
            },
            name: groupkit_core::Missing,
        }
    }

    /// Deletes a contact.
    ///
    /// `DELETE /contacts/{id}/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.delete_contact(42).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_contact(&self, id: impl Into<crate::ids::ContactId>) -> DeleteContact {
        DeleteContact {
            client: self.clone(),
            id: id.into(),
        }
    }

    /// Deleting a group. Deletes the group (its contacts are not deleted).
    ///
    /// `DELETE /groups/{id}/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.delete_group(42).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_group(&self, id: impl Into<crate::ids::GroupId>) -> DeleteGroup {
        DeleteGroup {
            client: self.clone(),
            id: id.into(),
        }
    }

    /// Deletes a message by its id.
    ///
    /// `DELETE /messages/{message_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.delete_message(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_message(
        &self,
        message_id: impl Into<crate::ids::MessageId>,
    ) -> DeleteMessage {
        DeleteMessage {
            client: self.clone(),
            message_id: message_id.into(),
        }
    }

    /// Deletes a thread by its id.
    ///
    /// `DELETE /threads/{thread_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.delete_thread(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_thread(
        &self,
        thread_id: impl Into<crate::ids::ThreadId>,
    ) -> DeleteThread {
        DeleteThread {
            client: self.clone(),
            thread_id: thread_id.into(),
        }
    }

    /// Retrieves a contact by its id.
    ///
    /// `GET /contacts/{id}/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_contact(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_contact(&self, id: impl Into<crate::ids::ContactId>) -> GetContact {
        GetContact {
            client: self.clone(),
            id: id.into(),
        }
    }

    /// Gets your enterprise account's details.
    ///
    /// `GET /enterprises/{enterprise_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_enterprise(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_enterprise(
        &self,
        enterprise_id: impl Into<crate::ids::EnterpriseId>,
    ) -> GetEnterprise {
        GetEnterprise {
            client: self.clone(),
            enterprise_id: enterprise_id.into(),
        }
    }

    /// Collect a single group's data. Gets one group by its id.
    ///
    /// `GET /groups/{id}/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_group(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_group(&self, id: impl Into<crate::ids::GroupId>) -> GetGroup {
        GetGroup {
            client: self.clone(),
            id: id.into(),
        }
    }

    /// Retrieves a message by its id.
    ///
    /// `GET /messages/{message_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_message(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_message(
        &self,
        message_id: impl Into<crate::ids::MessageId>,
    ) -> GetMessage {
        GetMessage {
            client: self.clone(),
            message_id: message_id.into(),
        }
    }

    /// Gets details about your SendHub line and account.
    ///
    /// `GET /profile/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_profile().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_profile(&self) -> GetProfile {
        GetProfile { client: self.clone() }
    }

    /// Gets your SendHub line's settings (the API key among them: never log them).
    ///
    /// `GET /settings/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_settings().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_settings(&self) -> GetSettings {
        GetSettings {
            client: self.clone(),
        }
    }

    /// Gets a user (line) of your enterprise account.
    ///
    /// `GET /enterprises/{enterprise_id}/users/{user_id}/` (from the provider's own API document,
    /// beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_user(42, 42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user(
        &self,
        enterprise_id: impl Into<crate::ids::EnterpriseId>,
        user_id: impl Into<crate::ids::UserId>,
    ) -> GetUser {
        GetUser {
            client: self.clone(),
            enterprise_id: enterprise_id.into(),
            user_id: user_id.into(),
        }
    }

    /// Gets a page of your contacts, optionally filtered and ordered. See also
    /// `list_group_contacts`.
    ///
    /// `GET /contacts/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_contacts()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_contacts(&self) -> ListContacts {
        ListContacts {
            client: self.clone(),
            number: None,
            name: None,
            screened: None,
            blocked: None,
            ordering: None,
        }
    }

    /// Collect a group's contacts. Gets a page of the contacts in a group. The filters and the
    /// ordering come from SendHub's OpenAPI document.
    ///
    /// `GET /groups/{id}/contacts/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_group_contacts(42)
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_group_contacts(
        &self,
        id: impl Into<crate::ids::GroupId>,
    ) -> ListGroupContacts {
        ListGroupContacts {
            client: self.clone(),
            id: id.into(),
            number: None,
            name: None,
            screened: None,
            blocked: None,
            ordering: None,
        }
    }

    /// Collect groups list. Gets a page of your groups.
    ///
    /// `GET /groups/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_groups()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_groups(&self) -> ListGroups {
        ListGroups { client: self.clone() }
    }

    /// Gets a page of your messages scheduled to be sent later.
    ///
    /// `GET /messages/scheduled/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_scheduled_messages()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_scheduled_messages(&self) -> ListScheduledMessages {
        ListScheduledMessages {
            client: self.clone(),
        }
    }

    /// Gets a thread: a page of its messages (and calls), newest first, with the thread's labels
    /// and unread flag in `meta`.
    ///
    /// `GET /threads/{thread_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_thread_messages(42)
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_thread_messages(
        &self,
        thread_id: impl Into<crate::ids::ThreadId>,
    ) -> ListThreadMessages {
        ListThreadMessages {
            client: self.clone(),
            thread_id: thread_id.into(),
        }
    }

    /// Gets a page of your inbox threads, each shown by its last message. The URL must end with the
    /// slash; the `next` link SendHub returns lacks it, so the SDK pages by limit/offset.
    ///
    /// `GET /inbox/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_threads()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_threads(&self) -> ListThreads {
        ListThreads {
            client: self.clone(),
        }
    }

    /// Gets a page of your enterprise account's users (lines).
    ///
    /// `GET /enterprises/{enterprise_id}/users/` (from the provider's own API document, beyond the
    /// source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_users(42)
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_users(
        &self,
        enterprise_id: impl Into<crate::ids::EnterpriseId>,
    ) -> ListUsers {
        ListUsers {
            client: self.clone(),
            enterprise_id: enterprise_id.into(),
        }
    }

    /// Logs in with a username and password (SendHub marks it internal). The answer carries session
    /// secrets (`authToken`, `csrf_token`, SIP and Kazoo passwords): the SDK keeps them redacted.
    ///
    /// `POST /auth/` (from the provider's own API document, beyond the source document)
    ///
    /// Set `username`, `password` on the builder before sending: the request cannot be sent without
    /// them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.login().username("value").password("secret").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn login(&self) -> Login<groupkit_core::Missing, groupkit_core::Missing> {
        Login {
            inputs: LoginInputs {
                client: self.clone(),
                authentication_type: None,
                session_id: None,
            },
            username: groupkit_core::Missing,
            password: groupkit_core::Missing,
        }
    }

    /// Sends an SMS (or an MMS, as your plan allows) to contacts (ids or E.164 numbers) and/or
    /// groups, now or at `scheduled_at`.
    ///
    /// `POST /messages/` (from the provider's own API document, beyond the source document)
    ///
    /// Set `text` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.send_message().text("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn send_message(&self) -> SendMessage<groupkit_core::Missing> {
        SendMessage {
            inputs: SendMessageInputs {
                client: self.clone(),
                contacts: None,
                groups: None,
                mms: None,
                scheduled_at: None,
            },
            text: groupkit_core::Missing,
        }
    }

    /// Replaces a contact: every property (custom fields and groups included) left out is removed.
    /// Use `upsert_contact` to change only some. `id` is filled from the path.
    ///
    /// `PUT /contacts/{id}/` (from the provider's own API document, beyond the source document)
    ///
    /// Set `name`, `number` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_contact(42).name("value").number("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_contact(
        &self,
        id: impl Into<crate::ids::ContactId>,
    ) -> UpdateContact<groupkit_core::Missing, groupkit_core::Missing> {
        UpdateContact {
            inputs: UpdateContactInputs {
                client: self.clone(),
                id: id.into(),
                blocked: None,
                deleted: None,
                groups: None,
                keyword: None,
                screened: None,
                additional: Default::default(),
            },
            name: groupkit_core::Missing,
            number: groupkit_core::Missing,
        }
    }

    /// Editing a group. Replaces the group: `id` and `name` are required, and every property left
    /// out is set to its default; in particular a missing `text_to_subscribe` becomes false.
    /// Editing sets `date_modified` to the current time.
    ///
    /// `PUT /groups/{id}/`
    ///
    /// Set `name` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_group(42).name("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_group(
        &self,
        id: impl Into<crate::ids::GroupId>,
    ) -> UpdateGroup<groupkit_core::Missing> {
        UpdateGroup {
            inputs: UpdateGroupInputs {
                client: self.clone(),
                id: id.into(),
                is_shared: None,
                mediums: None,
                permissions: None,
                slug: None,
                text_to_subscribe: None,
                ttj_response: None,
                nulls: Vec::new(),
            },
            name: groupkit_core::Missing,
        }
    }

    /// Changes a scheduled message (its text, recipients, time or attachment), or marks a message
    /// read or unread with `unread`, which marks its thread too.
    ///
    /// `PUT /messages/{message_id}/` (from the provider's own API document, beyond the source
    /// document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_message(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_message(
        &self,
        message_id: impl Into<crate::ids::MessageId>,
    ) -> UpdateMessage {
        UpdateMessage {
            client: self.clone(),
            message_id: message_id.into(),
            contacts: None,
            groups: None,
            mms: None,
            scheduled_at: None,
            text: None,
            unread: None,
        }
    }

    /// Updates your SendHub line's settings; read-only fields are ignored.
    ///
    /// `PUT /settings/` (from the provider's own API document, beyond the source document)
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_settings().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_settings(&self) -> UpdateSettings {
        UpdateSettings {
            client: self.clone(),
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
            nulls: Vec::new(),
        }
    }

    /// Creates a contact, or updates one: the contact's `id` is required when the `number` already
    /// belongs to one of your contacts. Unlike `update_contact` (PUT), properties left out are
    /// kept, not removed. Keys besides the listed ones are custom fields (a `null` value removes
    /// the field).
    ///
    /// `POST /contacts/` (from the provider's own API document, beyond the source document)
    ///
    /// Set `name`, `number` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.upsert_contact().name("value").number("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn upsert_contact(
        &self,
    ) -> UpsertContact<groupkit_core::Missing, groupkit_core::Missing> {
        UpsertContact {
            inputs: UpsertContactInputs {
                client: self.clone(),
                blocked: None,
                deleted: None,
                groups: None,
                id: None,
                keyword: None,
                screened: None,
                additional: Default::default(),
            },
            name: groupkit_core::Missing,
            number: groupkit_core::Missing,
        }
    }

    /// Creates, updates or deletes several contacts in one request (tastypie's bulk PATCH on the
    /// list resource).
    ///
    /// `PATCH /contacts/` (from the provider's own API document, beyond the source document)
    ///
    /// Set `objects` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.upsert_contacts().objects(vec![groupkit_sendhub::models::ContactUpsertRequest::builder().name("value").number("value").build()]).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn upsert_contacts(&self) -> UpsertContacts<groupkit_core::Missing> {
        UpsertContacts {
            inputs: UpsertContactsInputs {
                client: self.clone(),
            },
            objects: groupkit_core::Missing,
        }
    }
}
