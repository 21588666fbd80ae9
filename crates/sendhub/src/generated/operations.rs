// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Operations: one request builder per endpoint.

const ADD_REMOVE_GROUP_CONTACTS: groupkit_core::Operation =
    groupkit_core::Operation::post("add_remove_group_contacts", "/groups/{id}/contacts/")
        .idempotent(true)
        .csrf(false);

/// Adding and removing contacts. Adds and/or removes contacts (by id) to/from the group in one request. Adding or removing contacts updates each contact's `date_modified` timestamp. Contacts that could not be added or removed are reported in `errors`; the others are applied.
///
/// `POST /groups/{id}/contacts/`; built by [`crate::Client::add_remove_group_contacts`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddRemoveGroupContacts {
    client: crate::Client,
    id: groupkit_core::model::Id,
    add: Option<Vec<i64>>,
    remove: Option<Vec<i64>>,
}

impl AddRemoveGroupContacts {
    /// The contact ids to be added to the group.
    pub fn add(mut self, value: Vec<i64>) -> Self {
        self.add = Some(value);
        self
    }

    /// The contact ids to be removed from the group.
    pub fn remove(mut self, value: Vec<i64>) -> Self {
        self.remove = Some(value);
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(ADD_REMOVE_GROUP_CONTACTS);
        request = request.path_param("id", self.id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::AddRemoveGroupContactsRequest::new();
        body.add = self.add;
        body.remove = self.remove;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> groupkit_core::Result<crate::models::AddRemoveGroupContactsResponse> {
        self.into_request().send_json().await
    }
}

const CREATE_GROUP: groupkit_core::Operation =
    groupkit_core::Operation::post("create_group", "/groups/").csrf(false);

/// Adding a group. Creates a group. The slug does not need to match the group name; it is listed as "Keyword" on SendHub.com and lets contacts add themselves to the group by texting it to your SendHub number when `text_to_subscribe` is true.
///
/// `POST /groups/`; built by [`crate::Client::create_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateGroup {
    client: crate::Client,
    is_shared: Option<bool>,
    mediums: Option<String>,
    name: String,
    permissions: Option<crate::models::GroupPermission>,
    slug: Option<String>,
    text_to_subscribe: Option<bool>,
    ttj_response: Option<String>,
}

impl CreateGroup {
    /// Whether the group is shared between the lines.
    pub fn is_shared(mut self, value: bool) -> Self {
        self.is_shared = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    pub fn mediums(mut self, value: impl Into<String>) -> Self {
        self.mediums = Some(value.into());
        self
    }

    /// The permission on the group (`write`, the default).
    pub fn permissions(mut self, value: impl Into<crate::models::GroupPermission>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// The group's keyword (listed as "Keyword" on SendHub.com); it does not need to match the name. Defaults to the name lowercased without spaces, made unique with a number.
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// If true, contacts can join the group by texting the slug to your SendHub number.
    pub fn text_to_subscribe(mut self, value: bool) -> Self {
        self.text_to_subscribe = Some(value);
        self
    }

    /// The reply sent when someone texts to join this group (at most 70 characters).
    pub fn ttj_response(mut self, value: impl Into<String>) -> Self {
        self.ttj_response = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_GROUP);
        #[allow(unused_mut)]
        let mut body = crate::models::GroupCreateRequest::new(self.name);
        body.is_shared = self.is_shared;
        body.mediums = self.mediums;
        body.permissions = self.permissions;
        body.slug = self.slug;
        body.text_to_subscribe = self.text_to_subscribe;
        body.ttj_response = self.ttj_response;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const DELETE_GROUP: groupkit_core::Operation =
    groupkit_core::Operation::delete("delete_group", "/groups/{id}/").csrf(false);

/// Deleting a group. Deletes the group (its contacts are not deleted).
///
/// `DELETE /groups/{id}/`; built by [`crate::Client::delete_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteGroup {
    client: crate::Client,
    id: groupkit_core::model::Id,
}

impl DeleteGroup {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(DELETE_GROUP);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request; the response has no body worth decoding.
    pub async fn send(self) -> groupkit_core::Result<()> {
        self.into_request().send().await.map(|_| ())
    }
}

const GET_GROUP: groupkit_core::Operation =
    groupkit_core::Operation::get("get_group", "/groups/{id}/").csrf(false);

/// Collect a single group's data. Gets one group by its id.
///
/// `GET /groups/{id}/`; built by [`crate::Client::get_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetGroup {
    client: crate::Client,
    id: groupkit_core::model::Id,
}

impl GetGroup {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_GROUP);
        request = request.path_param("id", self.id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

const LIST_GROUP_CONTACTS: groupkit_core::Operation =
    groupkit_core::Operation::get("list_group_contacts", "/groups/{id}/contacts/").csrf(false);

const LIST_GROUP_CONTACTS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
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

/// Collect a group's contacts. Gets a page of the contacts in a group. The filters and the ordering come from SendHub's OpenAPI document.
///
/// `GET /groups/{id}/contacts/`; built by [`crate::Client::list_group_contacts`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListGroupContacts {
    client: crate::Client,
    id: groupkit_core::model::Id,
    number: Option<String>,
    name: Option<String>,
    screened: Option<bool>,
    blocked: Option<bool>,
    ordering: Option<crate::models::ContactOrdering>,
}

impl ListGroupContacts {
    /// Only contacts whose phone `number` matches, in E.164 form (for example `+18004445555`). Pass the number itself: the SDK percent-encodes it (`%2B18004445555`) like every query value.
    pub fn number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Only contacts whose `name` matches exactly.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Only contacts with this `screened` status (whether you blocked them).
    pub fn screened(mut self, value: bool) -> Self {
        self.screened = Some(value);
        self
    }

    /// Only contacts with this opt-out status (whether they texted `Stop`, `Cancel`, `Block`, `Quit` or `End`).
    pub fn blocked(mut self, value: bool) -> Self {
        self.blocked = Some(value);
        self
    }

    /// Sort by a built-in contact field (not a custom field); a leading hyphen reverses the order.
    pub fn ordering(mut self, value: impl Into<crate::models::ContactOrdering>) -> Self {
        self.ordering = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
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
    pub async fn send(self) -> groupkit_core::Result<crate::models::ContactList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<crate::models::Contact, crate::models::ContactList> {
        self.into_request()
            .paginate::<crate::models::Contact>(LIST_GROUP_CONTACTS_PAGINATION)
            .with_envelope::<crate::models::ContactList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`ContactList`](crate::models::ContactList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Contact, crate::models::ContactList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Contact> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Contact> {
        self.paginator().items_with_position()
    }
}

const LIST_GROUPS: groupkit_core::Operation =
    groupkit_core::Operation::get("list_groups", "/groups/").csrf(false);

const LIST_GROUPS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::Offset(groupkit_core::pagination::Offset {
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
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_GROUPS);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::GroupList> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(
        self,
    ) -> groupkit_core::Paginator<crate::models::Group, crate::models::GroupList> {
        self.into_request()
            .paginate::<crate::models::Group>(LIST_GROUPS_PAGINATION)
            .with_envelope::<crate::models::GroupList>()
    }

    /// Every page of the listing, fetched as the stream is polled: its items, the page's own fields as [`GroupList`](crate::models::GroupList) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions.
    pub fn pages(
        self,
    ) -> groupkit_core::PageStream<crate::models::Group, crate::models::GroupList> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Group> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Group> {
        self.paginator().items_with_position()
    }
}

const UPDATE_GROUP: groupkit_core::Operation =
    groupkit_core::Operation::put("update_group", "/groups/{id}/").csrf(false);

/// Editing a group. Replaces the group: `id` and `name` are required, and every property left out is set to its default; in particular a missing `text_to_subscribe` becomes false. Editing sets `date_modified` to the current time.
///
/// `PUT /groups/{id}/`; built by [`crate::Client::update_group`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateGroup {
    client: crate::Client,
    id: groupkit_core::model::Id,
    body_id: groupkit_core::model::Id,
    is_shared: Option<bool>,
    mediums: Option<String>,
    name: String,
    permissions: Option<crate::models::GroupPermission>,
    slug: Option<String>,
    text_to_subscribe: Option<bool>,
    ttj_response: Option<String>,
}

impl UpdateGroup {
    /// Whether the group is shared between the lines.
    pub fn is_shared(mut self, value: bool) -> Self {
        self.is_shared = Some(value);
        self
    }

    /// Used internally by SendHub; may change or disappear.
    pub fn mediums(mut self, value: impl Into<String>) -> Self {
        self.mediums = Some(value.into());
        self
    }

    /// The permission on the group (`write`, the default).
    pub fn permissions(mut self, value: impl Into<crate::models::GroupPermission>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// The group's keyword; it does not need to match the name.
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// If true, contacts can join the group by texting the slug to your SendHub number. Left out, it is set to false.
    pub fn text_to_subscribe(mut self, value: bool) -> Self {
        self.text_to_subscribe = Some(value);
        self
    }

    /// The reply sent when someone texts to join this group (at most 70 characters).
    pub fn ttj_response(mut self, value: impl Into<String>) -> Self {
        self.ttj_response = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_GROUP);
        request = request.path_param("id", self.id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::GroupUpdateRequest::new(self.body_id, self.name);
        body.is_shared = self.is_shared;
        body.mediums = self.mediums;
        body.permissions = self.permissions;
        body.slug = self.slug;
        body.text_to_subscribe = self.text_to_subscribe;
        body.ttj_response = self.ttj_response;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Group> {
        self.into_request().send_json().await
    }
}

impl crate::Client {
    /// Adding and removing contacts. Adds and/or removes contacts (by id) to/from the group in one request. Adding or removing contacts updates each contact's `date_modified` timestamp. Contacts that could not be added or removed are reported in `errors`; the others are applied.
    ///
    /// `POST /groups/{id}/contacts/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.add_remove_group_contacts(1u64).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn add_remove_group_contacts(
        &self,
        id: impl Into<groupkit_core::model::Id>,
    ) -> AddRemoveGroupContacts {
        AddRemoveGroupContacts {
            client: self.clone(),
            id: id.into(),
            add: None,
            remove: None,
        }
    }

    /// Adding a group. Creates a group. The slug does not need to match the group name; it is listed as "Keyword" on SendHub.com and lets contacts add themselves to the group by texting it to your SendHub number when `text_to_subscribe` is true.
    ///
    /// `POST /groups/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_group("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_group(&self, name: impl Into<String>) -> CreateGroup {
        CreateGroup {
            client: self.clone(),
            is_shared: None,
            mediums: None,
            name: name.into(),
            permissions: None,
            slug: None,
            text_to_subscribe: None,
            ttj_response: None,
        }
    }

    /// Deleting a group. Deletes the group (its contacts are not deleted).
    ///
    /// `DELETE /groups/{id}/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.delete_group(1u64).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_group(&self, id: impl Into<groupkit_core::model::Id>) -> DeleteGroup {
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
    /// let response = client.get_group(1u64).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_group(&self, id: impl Into<groupkit_core::model::Id>) -> GetGroup {
        GetGroup {
            client: self.clone(),
            id: id.into(),
        }
    }

    /// Collect a group's contacts. Gets a page of the contacts in a group. The filters and the ordering come from SendHub's OpenAPI document.
    ///
    /// `GET /groups/{id}/contacts/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_group_contacts(1u64).items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_group_contacts(
        &self,
        id: impl Into<groupkit_core::model::Id>,
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
    /// let items: Vec<_> = client.list_groups().items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_groups(&self) -> ListGroups {
        ListGroups {
            client: self.clone(),
        }
    }

    /// Editing a group. Replaces the group: `id` and `name` are required, and every property left out is set to its default; in particular a missing `text_to_subscribe` becomes false. Editing sets `date_modified` to the current time.
    ///
    /// `PUT /groups/{id}/`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_sendhub::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_group(1u64, 1u64, "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_group(
        &self,
        id: impl Into<groupkit_core::model::Id>,
        body_id: impl Into<groupkit_core::model::Id>,
        name: impl Into<String>,
    ) -> UpdateGroup {
        UpdateGroup {
            client: self.clone(),
            id: id.into(),
            body_id: body_id.into(),
            is_shared: None,
            mediums: None,
            name: name.into(),
            permissions: None,
            slug: None,
            text_to_subscribe: None,
            ttj_response: None,
        }
    }
}
