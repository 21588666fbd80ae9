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
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
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
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
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
            },
            name: groupkit_core::Missing,
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
            },
            name: groupkit_core::Missing,
        }
    }
}
