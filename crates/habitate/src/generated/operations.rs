// @generated from specs/habitate.yaml by cargo xtask codegen; do not edit.

//! Operations: one request builder per endpoint.

const CREATE_BOARD: groupkit_core::Operation =
    groupkit_core::Operation::post("create_board", "/boards").csrf(false);

/// Creates a board.
///
/// `POST /boards`; built by [`crate::Client::create_board`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBoard {
    client: crate::Client,
    about: Option<String>,
    board_name: String,
    hidden_type: crate::models::BoardHiddenType,
    icon: Option<String>,
    is_private: bool,
    needs_approval: bool,
    permission_for: crate::models::BoardPermission,
}

impl CreateBoard {
    /// The details/description of the board.
    pub fn about(mut self, value: impl Into<String>) -> Self {
        self.about = Some(value.into());
        self
    }

    /// The board icon displayed in the UI.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_BOARD);
        #[allow(unused_mut)]
        let mut body = crate::models::BoardRequest::new(
            self.board_name,
            self.hidden_type,
            self.is_private,
            self.needs_approval,
            self.permission_for,
        );
        body.about = self.about;
        body.icon = self.icon;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const CREATE_COMMENT: groupkit_core::Operation =
    groupkit_core::Operation::post("create_comment", "/comments").csrf(false);

/// Creates a comment on a post. The checks on who can comment are evaluated against the API user rather than the author of the comment.
///
/// `POST /comments`; built by [`crate::Client::create_comment`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateComment {
    client: crate::Client,
    author: String,
    content: String,
    post_id: groupkit_core::model::Id,
}

impl CreateComment {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_COMMENT);
        #[allow(unused_mut)]
        let mut body = crate::models::CommentRequest::new(self.author, self.content, self.post_id);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const CREATE_POST: groupkit_core::Operation =
    groupkit_core::Operation::post("create_post", "/posts").csrf(false);

/// Creates a post. The checks on who can post in which board are evaluated against the API user rather than the author of the post.
///
/// `POST /posts`; built by [`crate::Client::create_post`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePost {
    client: crate::Client,
    authors: Vec<String>,
    board_id: groupkit_core::model::Id,
    content: String,
    headline: String,
}

impl CreatePost {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_POST);
        #[allow(unused_mut)]
        let mut body = crate::models::PostRequest::new(
            self.authors,
            self.board_id,
            self.content,
            self.headline,
        );
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const CREATE_REPLY: groupkit_core::Operation =
    groupkit_core::Operation::post("create_reply", "/replies").csrf(false);

/// Creates a reply to a comment. The checks on who can reply to a comment are evaluated against the API user rather than the author.
///
/// `POST /replies`; built by [`crate::Client::create_reply`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateReply {
    client: crate::Client,
    author: String,
    comment_id: groupkit_core::model::Id,
    content: String,
}

impl CreateReply {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_REPLY);
        #[allow(unused_mut)]
        let mut body = crate::models::ReplyRequest::new(self.author, self.comment_id, self.content);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const CREATE_TAG: groupkit_core::Operation =
    groupkit_core::Operation::post("create_tag", "/tags").csrf(false);

/// Creates a tag. Ensure that the name is unique across tags.
///
/// `POST /tags`; built by [`crate::Client::create_tag`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTag {
    client: crate::Client,
    back_color: Option<String>,
    description: Option<String>,
    image: Option<String>,
    name: String,
    og_description: Option<String>,
    og_image: Option<String>,
    og_title: Option<String>,
    text_color: Option<String>,
}

impl CreateTag {
    /// Background colour, a hex color code; defaults to `#ffffff`.
    pub fn back_color(mut self, value: impl Into<String>) -> Self {
        self.back_color = Some(value.into());
        self
    }

    /// A description of the tag.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// URL of an image, displayed as a banner in the UI (future scope).
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// Open Graph description.
    pub fn og_description(mut self, value: impl Into<String>) -> Self {
        self.og_description = Some(value.into());
        self
    }

    /// Open Graph image URL.
    pub fn og_image(mut self, value: impl Into<String>) -> Self {
        self.og_image = Some(value.into());
        self
    }

    /// Open Graph title.
    pub fn og_title(mut self, value: impl Into<String>) -> Self {
        self.og_title = Some(value.into());
        self
    }

    /// Text colour, a hex color code; defaults to `#330000`.
    pub fn text_color(mut self, value: impl Into<String>) -> Self {
        self.text_color = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_TAG);
        #[allow(unused_mut)]
        let mut body = crate::models::TagRequest::new(self.name);
        body.back_color = self.back_color;
        body.description = self.description;
        body.image = self.image;
        body.og_description = self.og_description;
        body.og_image = self.og_image;
        body.og_title = self.og_title;
        body.text_color = self.text_color;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const CREATE_USER: groupkit_core::Operation =
    groupkit_core::Operation::post("create_user", "/users").csrf(false);

/// Creates a user. Make sure the email is verified before creating the user. Please validate your use case before creating users via the API, as this is reserved for certain cases.
///
/// `POST /users`; built by [`crate::Client::create_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUser {
    client: crate::Client,
    email: String,
    first_name: String,
    lang: Option<String>,
    last_name: Option<String>,
    middle_name: Option<String>,
    sso_id: Option<String>,
    timezone: Option<String>,
    user_avatar: Option<String>,
    username: Option<String>,
}

impl CreateUser {
    /// Language of the user; the default is `en`.
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.lang = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Middle name.
    pub fn middle_name(mut self, value: impl Into<String>) -> Self {
        self.middle_name = Some(value.into());
        self
    }

    /// The user's id in your single sign-on system. If using SSO, make sure to provide this value, else duplicate accounts may be created.
    pub fn sso_id(mut self, value: impl Into<String>) -> Self {
        self.sso_id = Some(value.into());
        self
    }

    /// Time zone of the user; the default is `UTC`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }

    /// URL of the user's avatar image.
    pub fn user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }

    /// Case-insensitive username. Can not have spaces or special characters (except `_`).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(CREATE_USER);
        #[allow(unused_mut)]
        let mut body = crate::models::CreateUserRequest::new(self.email, self.first_name);
        body.lang = self.lang;
        body.last_name = self.last_name;
        body.middle_name = self.middle_name;
        body.sso_id = self.sso_id;
        body.timezone = self.timezone;
        body.user_avatar = self.user_avatar;
        body.username = self.username;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const GET_BOARD: groupkit_core::Operation =
    groupkit_core::Operation::get("get_board", "/boards/{board_id}").csrf(false);

/// Returns one board.
///
/// `GET /boards/{board_id}`; built by [`crate::Client::get_board`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBoard {
    client: crate::Client,
    board_id: i64,
}

impl GetBoard {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_BOARD);
        request = request.path_param("board_id", self.board_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const GET_COMMENT: groupkit_core::Operation =
    groupkit_core::Operation::get("get_comment", "/comments/{comment_id}").csrf(false);

/// Returns one comment. The checks and conditions on who can comment are evaluated against the API user rather than the author of the comment.
///
/// `GET /comments/{comment_id}`; built by [`crate::Client::get_comment`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetComment {
    client: crate::Client,
    comment_id: i64,
}

impl GetComment {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_COMMENT);
        request = request.path_param("comment_id", self.comment_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const GET_CURRENT_USER: groupkit_core::Operation =
    groupkit_core::Operation::get("get_current_user", "/users/me").csrf(false);

/// Returns the user the API key belongs to.
///
/// `GET /users/me`; built by [`crate::Client::get_current_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCurrentUser {
    client: crate::Client,
}

impl GetCurrentUser {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_CURRENT_USER);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const GET_POST: groupkit_core::Operation =
    groupkit_core::Operation::get("get_post", "/posts/{post_id}").csrf(false);

/// Returns one post. `user` and the other user info correspond to the primary author of the post.
///
/// `GET /posts/{post_id}`; built by [`crate::Client::get_post`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPost {
    client: crate::Client,
    post_id: i64,
}

impl GetPost {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_POST);
        request = request.path_param("post_id", self.post_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const GET_REPLY: groupkit_core::Operation =
    groupkit_core::Operation::get("get_reply", "/replies/{reply_id}").csrf(false);

/// Returns one reply.
///
/// `GET /replies/{reply_id}`; built by [`crate::Client::get_reply`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReply {
    client: crate::Client,
    reply_id: i64,
}

impl GetReply {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_REPLY);
        request = request.path_param("reply_id", self.reply_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const GET_TAG: groupkit_core::Operation =
    groupkit_core::Operation::get("get_tag", "/tags/{tag_id}").csrf(false);

/// Returns one tag with all its fields.
///
/// `GET /tags/{tag_id}`; built by [`crate::Client::get_tag`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTag {
    client: crate::Client,
    tag_id: i64,
}

impl GetTag {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_TAG);
        request = request.path_param("tag_id", self.tag_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const GET_USER: groupkit_core::Operation =
    groupkit_core::Operation::get("get_user", "/users/{msid}").csrf(false);

/// Returns one user.
///
/// `GET /users/{msid}`; built by [`crate::Client::get_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUser {
    client: crate::Client,
    msid: String,
}

impl GetUser {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(GET_USER);
        request = request.path_param("msid", self.msid.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const LIST_BOARDS: groupkit_core::Operation =
    groupkit_core::Operation::get("list_boards", "/boards").csrf(false);

const LIST_BOARDS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Lists the boards of the community, one page at a time.
///
/// `GET /boards`; built by [`crate::Client::list_boards`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListBoards {
    client: crate::Client,
}

impl ListBoards {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_BOARDS);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Board>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Board, ()> {
        self.into_request()
            .paginate::<crate::models::Board>(LIST_BOARDS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Board, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Board> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Board> {
        self.paginator().items_with_position()
    }
}

const LIST_ROLES: groupkit_core::Operation =
    groupkit_core::Operation::get("list_roles", "/roles").csrf(false);

const LIST_ROLES_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Lists the roles of the community.
///
/// `GET /roles`; built by [`crate::Client::list_roles`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListRoles {
    client: crate::Client,
}

impl ListRoles {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_ROLES);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Role>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Role, ()> {
        self.into_request()
            .paginate::<crate::models::Role>(LIST_ROLES_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Role, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Role> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Role> {
        self.paginator().items_with_position()
    }
}

const LIST_TAG_MAPPING: groupkit_core::Operation =
    groupkit_core::Operation::get("list_tag_mapping", "/tags/mapping").csrf(false);

const LIST_TAG_MAPPING_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Lists the tags mapped to one entity (a post, comment, reply or user).
///
/// `GET /tags/mapping`; built by [`crate::Client::list_tag_mapping`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTagMapping {
    client: crate::Client,
    ref_type: crate::models::ReferenceType,
    ref_id: groupkit_core::model::Id,
}

impl ListTagMapping {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_TAG_MAPPING);
        request = request.query("ref_type", self.ref_type.to_string());
        request = request.query("ref_id", self.ref_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request()
            .paginate::<crate::models::Tag>(LIST_TAG_MAPPING_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const LIST_TAGS: groupkit_core::Operation =
    groupkit_core::Operation::get("list_tags", "/tags").csrf(false);

const LIST_TAGS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Lists tags, one page at a time, optionally sorted, or only the tags whose ids are given in `ids` (to get more details about them). Listing records is a slow operation: make sure your code can handle it appropriately.
///
/// `GET /tags`; built by [`crate::Client::list_tags`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTags {
    client: crate::Client,
    sort_by: Option<crate::models::TagSortBy>,
    order: Option<crate::models::SortOrder>,
    ids: Option<Vec<i64>>,
}

impl ListTags {
    /// The field to sort by: `id` or `name`. Without it the list is unsorted.
    pub fn sort_by(mut self, value: impl Into<crate::models::TagSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort direction: `asc` or `desc`.
    pub fn order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Only these tags: a list of `tag_id` values, sent comma-separated (e.g. `/api/v1/tags?ids=1,13,18`).
    pub fn ids(mut self, value: Vec<i64>) -> Self {
        self.ids = Some(value);
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_TAGS);
        if let Some(value) = &self.sort_by {
            request = request.query("sort_by", value.to_string());
        }
        if let Some(value) = &self.order {
            request = request.query("order", value.to_string());
        }
        if let Some(value) = &self.ids {
            request = request.query(
                "ids",
                value
                    .iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request()
            .paginate::<crate::models::Tag>(LIST_TAGS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const LIST_USERS: groupkit_core::Operation =
    groupkit_core::Operation::get("list_users", "/users").csrf(false);

const LIST_USERS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Lists users, one page at a time. Listing records is a slow operation: make sure your code can handle it appropriately.
///
/// `GET /users`; built by [`crate::Client::list_users`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListUsers {
    client: crate::Client,
    sort_by: Option<crate::models::UserSortBy>,
    order: Option<crate::models::SortOrder>,
    status: Option<crate::models::UserStatus>,
}

impl ListUsers {
    /// The field to sort by: `user_id`, `joined` or `name`.
    pub fn sort_by(mut self, value: impl Into<crate::models::UserSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort direction: `asc` or `desc`.
    pub fn order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Filters records by user status; the default is active records (10). The other values are the user status values.
    pub fn status(mut self, value: impl Into<crate::models::UserStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(LIST_USERS);
        if let Some(value) = &self.sort_by {
            request = request.query("sort_by", value.to_string());
        }
        if let Some(value) = &self.order {
            request = request.query("order", value.to_string());
        }
        if let Some(value) = &self.status {
            request = request.query("status", value.to_string());
        }
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::User>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::User, ()> {
        self.into_request()
            .paginate::<crate::models::User>(LIST_USERS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::User, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::User> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::User> {
        self.paginator().items_with_position()
    }
}

const PATCH_USER: groupkit_core::Operation =
    groupkit_core::Operation::patch("patch_user", "/users/{msid}").csrf(false);

/// Applies one action to a user. The only documented action is 101, which changes the user's role to `data.role_id`.
///
/// `PATCH /users/{msid}`; built by [`crate::Client::patch_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchUser {
    client: crate::Client,
    msid: String,
    action: crate::models::UserPatchAction,
    data: crate::models::PatchUserData,
    details: Option<String>,
}

impl PatchUser {
    /// Free-text details about the change (meaning not documented).
    pub fn details(mut self, value: impl Into<String>) -> Self {
        self.details = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(PATCH_USER);
        request = request.path_param("msid", self.msid.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::PatchUserRequest::new(self.action, self.data);
        body.details = self.details;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const REORDER_BOARDS: groupkit_core::Operation =
    groupkit_core::Operation::patch("reorder_boards", "/boards/reorder").csrf(false);

/// Changes the display order of boards.
///
/// `PATCH /boards/reorder`; built by [`crate::Client::reorder_boards`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReorderBoards {
    client: crate::Client,
    display_order: std::collections::BTreeMap<String, i64>,
}

impl ReorderBoards {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(REORDER_BOARDS);
        #[allow(unused_mut)]
        let mut body = crate::models::ReorderBoardsRequest::new(self.display_order);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::MessageResponse> {
        self.into_request().send_json().await
    }
}

const SEARCH_TAGS: groupkit_core::Operation =
    groupkit_core::Operation::get("search_tags", "/tags/search").csrf(false);

const SEARCH_TAGS_PAGINATION: groupkit_core::Style =
    groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
        page: "page",
        page_size: "page_size",
        items: "",
        has_more_header: "has_more",
        size_limits: groupkit_core::PageSizeLimits {
            min: 1,
            max: Some(50),
        },
    });

/// Searches tags by name.
///
/// `GET /tags/search`; built by [`crate::Client::search_tags`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchTags {
    client: crate::Client,
    q: String,
}

impl SearchTags {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(SEARCH_TAGS);
        request = request.query("q", self.q.to_string());
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request()
            .paginate::<crate::models::Tag>(SEARCH_TAGS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const UPDATE_BOARD: groupkit_core::Operation =
    groupkit_core::Operation::put("update_board", "/boards/{board_id}").csrf(false);

/// Edits a board. The body is the same as for creating a board: send every required field.
///
/// `PUT /boards/{board_id}`; built by [`crate::Client::update_board`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateBoard {
    client: crate::Client,
    board_id: i64,
    about: Option<String>,
    board_name: String,
    hidden_type: crate::models::BoardHiddenType,
    icon: Option<String>,
    is_private: bool,
    needs_approval: bool,
    permission_for: crate::models::BoardPermission,
}

impl UpdateBoard {
    /// The details/description of the board.
    pub fn about(mut self, value: impl Into<String>) -> Self {
        self.about = Some(value.into());
        self
    }

    /// The board icon displayed in the UI.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_BOARD);
        request = request.path_param("board_id", self.board_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::BoardRequest::new(
            self.board_name,
            self.hidden_type,
            self.is_private,
            self.needs_approval,
            self.permission_for,
        );
        body.about = self.about;
        body.icon = self.icon;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const UPDATE_BOARD_MEMBERS: groupkit_core::Operation =
    groupkit_core::Operation::put("update_board_members", "/boards/{board_id}/members").csrf(false);

/// Gives users access to a private board or removes it. Admins should also be added to private boards if they want to have the same experience as a member.
///
/// `PUT /boards/{board_id}/members`; built by [`crate::Client::update_board_members`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateBoardMembers {
    client: crate::Client,
    board_id: i64,
    member_changes: std::collections::BTreeMap<String, bool>,
}

impl UpdateBoardMembers {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_BOARD_MEMBERS);
        request = request.path_param("board_id", self.board_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::BoardMembersRequest::new(self.member_changes);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::MessageResponse> {
        self.into_request().send_json().await
    }
}

const UPDATE_COMMENT: groupkit_core::Operation =
    groupkit_core::Operation::put("update_comment", "/comments/{comment_id}").csrf(false);

/// Edits the content of a comment.
///
/// `PUT /comments/{comment_id}`; built by [`crate::Client::update_comment`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateComment {
    client: crate::Client,
    comment_id: i64,
    content: String,
}

impl UpdateComment {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_COMMENT);
        request = request.path_param("comment_id", self.comment_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::ContentRequest::new(self.content);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const UPDATE_POST: groupkit_core::Operation =
    groupkit_core::Operation::put("update_post", "/posts/{post_id}").csrf(false);

/// Edits a post. The checks on who can post in which board are evaluated against the API user rather than the author of the post.
///
/// `PUT /posts/{post_id}`; built by [`crate::Client::update_post`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePost {
    client: crate::Client,
    post_id: i64,
    authors: Vec<String>,
    board_id: groupkit_core::model::Id,
    content: String,
    headline: String,
}

impl UpdatePost {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_POST);
        request = request.path_param("post_id", self.post_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::PostRequest::new(
            self.authors,
            self.board_id,
            self.content,
            self.headline,
        );
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const UPDATE_REPLY: groupkit_core::Operation =
    groupkit_core::Operation::put("update_reply", "/replies/{reply_id}").csrf(false);

/// Edits the content of a reply.
///
/// `PUT /replies/{reply_id}`; built by [`crate::Client::update_reply`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateReply {
    client: crate::Client,
    reply_id: i64,
    content: String,
}

impl UpdateReply {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_REPLY);
        request = request.path_param("reply_id", self.reply_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::ContentRequest::new(self.content);
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const UPDATE_TAG: groupkit_core::Operation =
    groupkit_core::Operation::put("update_tag", "/tags/{tag_id}").csrf(false);

/// Edits a tag. Ensure that the name is unique across tags.
///
/// `PUT /tags/{tag_id}`; built by [`crate::Client::update_tag`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTag {
    client: crate::Client,
    tag_id: i64,
    back_color: Option<String>,
    description: Option<String>,
    image: Option<String>,
    name: String,
    og_description: Option<String>,
    og_image: Option<String>,
    og_title: Option<String>,
    text_color: Option<String>,
}

impl UpdateTag {
    /// Background colour, a hex color code; defaults to `#ffffff`.
    pub fn back_color(mut self, value: impl Into<String>) -> Self {
        self.back_color = Some(value.into());
        self
    }

    /// A description of the tag.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// URL of an image, displayed as a banner in the UI (future scope).
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// Open Graph description.
    pub fn og_description(mut self, value: impl Into<String>) -> Self {
        self.og_description = Some(value.into());
        self
    }

    /// Open Graph image URL.
    pub fn og_image(mut self, value: impl Into<String>) -> Self {
        self.og_image = Some(value.into());
        self
    }

    /// Open Graph title.
    pub fn og_title(mut self, value: impl Into<String>) -> Self {
        self.og_title = Some(value.into());
        self
    }

    /// Text colour, a hex color code; defaults to `#330000`.
    pub fn text_color(mut self, value: impl Into<String>) -> Self {
        self.text_color = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_TAG);
        request = request.path_param("tag_id", self.tag_id.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::TagRequest::new(self.name);
        body.back_color = self.back_color;
        body.description = self.description;
        body.image = self.image;
        body.og_description = self.og_description;
        body.og_image = self.og_image;
        body.og_title = self.og_title;
        body.text_color = self.text_color;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const UPDATE_USER: groupkit_core::Operation =
    groupkit_core::Operation::put("update_user", "/users/{msid}").csrf(false);

/// Updates a user's profile.
///
/// `PUT /users/{msid}`; built by [`crate::Client::update_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUser {
    client: crate::Client,
    msid: String,
    banner: Option<String>,
    first_name: String,
    lang: Option<String>,
    last_name: Option<String>,
    middle_name: Option<String>,
    social_media_links: Option<crate::models::SocialMediaLinks>,
    timezone: Option<String>,
    user_avatar: Option<String>,
    user_description: Option<String>,
    username: Option<String>,
}

impl UpdateUser {
    /// URL of the user banner image.
    pub fn banner(mut self, value: impl Into<String>) -> Self {
        self.banner = Some(value.into());
        self
    }

    /// Language of the user; the default is `en`.
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.lang = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Middle name.
    pub fn middle_name(mut self, value: impl Into<String>) -> Self {
        self.middle_name = Some(value.into());
        self
    }

    /// `social_media_links`.
    pub fn social_media_links(mut self, value: impl Into<crate::models::SocialMediaLinks>) -> Self {
        self.social_media_links = Some(value.into());
        self
    }

    /// Time zone of the user; the default is `UTC`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }

    /// URL of the user's avatar image.
    pub fn user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }

    /// The user's description; can contain HTML.
    pub fn user_description(mut self, value: impl Into<String>) -> Self {
        self.user_description = Some(value.into());
        self
    }

    /// Case-insensitive username. Can not have spaces or special characters except `_`.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        #[allow(unused_mut)]
        let mut request = self.client.core().request(UPDATE_USER);
        request = request.path_param("msid", self.msid.to_string());
        #[allow(unused_mut)]
        let mut body = crate::models::UpdateUserRequest::new(self.first_name);
        body.banner = self.banner;
        body.lang = self.lang;
        body.last_name = self.last_name;
        body.middle_name = self.middle_name;
        body.social_media_links = self.social_media_links;
        body.timezone = self.timezone;
        body.user_avatar = self.user_avatar;
        body.user_description = self.user_description;
        body.username = self.username;
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

impl crate::Client {
    /// Creates a board.
    ///
    /// `POST /boards`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_board("value", 0i64, true, true, 1i64).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_board(
        &self,
        board_name: impl Into<String>,
        hidden_type: impl Into<crate::models::BoardHiddenType>,
        is_private: bool,
        needs_approval: bool,
        permission_for: impl Into<crate::models::BoardPermission>,
    ) -> CreateBoard {
        CreateBoard {
            client: self.clone(),
            about: None,
            board_name: board_name.into(),
            hidden_type: hidden_type.into(),
            icon: None,
            is_private,
            needs_approval,
            permission_for: permission_for.into(),
        }
    }

    /// Creates a comment on a post. The checks on who can comment are evaluated against the API user rather than the author of the comment.
    ///
    /// `POST /comments`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_comment("value", "value", 1u64).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_comment(
        &self,
        author: impl Into<String>,
        content: impl Into<String>,
        post_id: impl Into<groupkit_core::model::Id>,
    ) -> CreateComment {
        CreateComment {
            client: self.clone(),
            author: author.into(),
            content: content.into(),
            post_id: post_id.into(),
        }
    }

    /// Creates a post. The checks on who can post in which board are evaluated against the API user rather than the author of the post.
    ///
    /// `POST /posts`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_post(vec![], 1u64, "value", "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_post(
        &self,
        authors: Vec<String>,
        board_id: impl Into<groupkit_core::model::Id>,
        content: impl Into<String>,
        headline: impl Into<String>,
    ) -> CreatePost {
        CreatePost {
            client: self.clone(),
            authors,
            board_id: board_id.into(),
            content: content.into(),
            headline: headline.into(),
        }
    }

    /// Creates a reply to a comment. The checks on who can reply to a comment are evaluated against the API user rather than the author.
    ///
    /// `POST /replies`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_reply("value", 1u64, "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_reply(
        &self,
        author: impl Into<String>,
        comment_id: impl Into<groupkit_core::model::Id>,
        content: impl Into<String>,
    ) -> CreateReply {
        CreateReply {
            client: self.clone(),
            author: author.into(),
            comment_id: comment_id.into(),
            content: content.into(),
        }
    }

    /// Creates a tag. Ensure that the name is unique across tags.
    ///
    /// `POST /tags`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_tag("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_tag(&self, name: impl Into<String>) -> CreateTag {
        CreateTag {
            client: self.clone(),
            back_color: None,
            description: None,
            image: None,
            name: name.into(),
            og_description: None,
            og_image: None,
            og_title: None,
            text_color: None,
        }
    }

    /// Creates a user. Make sure the email is verified before creating the user. Please validate your use case before creating users via the API, as this is reserved for certain cases.
    ///
    /// `POST /users`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_user("value", "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_user(
        &self,
        email: impl Into<String>,
        first_name: impl Into<String>,
    ) -> CreateUser {
        CreateUser {
            client: self.clone(),
            email: email.into(),
            first_name: first_name.into(),
            lang: None,
            last_name: None,
            middle_name: None,
            sso_id: None,
            timezone: None,
            user_avatar: None,
            username: None,
        }
    }

    /// Returns one board.
    ///
    /// `GET /boards/{board_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_board(1).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_board(&self, board_id: i64) -> GetBoard {
        GetBoard {
            client: self.clone(),
            board_id,
        }
    }

    /// Returns one comment. The checks and conditions on who can comment are evaluated against the API user rather than the author of the comment.
    ///
    /// `GET /comments/{comment_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_comment(1).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_comment(&self, comment_id: i64) -> GetComment {
        GetComment {
            client: self.clone(),
            comment_id,
        }
    }

    /// Returns the user the API key belongs to.
    ///
    /// `GET /users/me`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_current_user().send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_current_user(&self) -> GetCurrentUser {
        GetCurrentUser {
            client: self.clone(),
        }
    }

    /// Returns one post. `user` and the other user info correspond to the primary author of the post.
    ///
    /// `GET /posts/{post_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_post(1).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_post(&self, post_id: i64) -> GetPost {
        GetPost {
            client: self.clone(),
            post_id,
        }
    }

    /// Returns one reply.
    ///
    /// `GET /replies/{reply_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_reply(1).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_reply(&self, reply_id: i64) -> GetReply {
        GetReply {
            client: self.clone(),
            reply_id,
        }
    }

    /// Returns one tag with all its fields.
    ///
    /// `GET /tags/{tag_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_tag(1).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_tag(&self, tag_id: i64) -> GetTag {
        GetTag {
            client: self.clone(),
            tag_id,
        }
    }

    /// Returns one user.
    ///
    /// `GET /users/{msid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_user("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_user(&self, msid: impl Into<String>) -> GetUser {
        GetUser {
            client: self.clone(),
            msid: msid.into(),
        }
    }

    /// Lists the boards of the community, one page at a time.
    ///
    /// `GET /boards`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_boards().items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_boards(&self) -> ListBoards {
        ListBoards {
            client: self.clone(),
        }
    }

    /// Lists the roles of the community.
    ///
    /// `GET /roles`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_roles().items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_roles(&self) -> ListRoles {
        ListRoles {
            client: self.clone(),
        }
    }

    /// Lists the tags mapped to one entity (a post, comment, reply or user).
    ///
    /// `GET /tags/mapping`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_tag_mapping("POST", 1u64).items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tag_mapping(
        &self,
        ref_type: impl Into<crate::models::ReferenceType>,
        ref_id: impl Into<groupkit_core::model::Id>,
    ) -> ListTagMapping {
        ListTagMapping {
            client: self.clone(),
            ref_type: ref_type.into(),
            ref_id: ref_id.into(),
        }
    }

    /// Lists tags, one page at a time, optionally sorted, or only the tags whose ids are given in `ids` (to get more details about them). Listing records is a slow operation: make sure your code can handle it appropriately.
    ///
    /// `GET /tags`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_tags().items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tags(&self) -> ListTags {
        ListTags {
            client: self.clone(),
            sort_by: None,
            order: None,
            ids: None,
        }
    }

    /// Lists users, one page at a time. Listing records is a slow operation: make sure your code can handle it appropriately.
    ///
    /// `GET /users`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_users().items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_users(&self) -> ListUsers {
        ListUsers {
            client: self.clone(),
            sort_by: None,
            order: None,
            status: None,
        }
    }

    /// Applies one action to a user. The only documented action is 101, which changes the user's role to `data.role_id`.
    ///
    /// `PATCH /users/{msid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.patch_user("value", 101i64, groupkit_habitate::models::PatchUserData::new()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_user(
        &self,
        msid: impl Into<String>,
        action: impl Into<crate::models::UserPatchAction>,
        data: impl Into<crate::models::PatchUserData>,
    ) -> PatchUser {
        PatchUser {
            client: self.clone(),
            msid: msid.into(),
            action: action.into(),
            data: data.into(),
            details: None,
        }
    }

    /// Changes the display order of boards.
    ///
    /// `PATCH /boards/reorder`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.reorder_boards(Default::default()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn reorder_boards(
        &self,
        display_order: std::collections::BTreeMap<String, i64>,
    ) -> ReorderBoards {
        ReorderBoards {
            client: self.clone(),
            display_order,
        }
    }

    /// Searches tags by name.
    ///
    /// `GET /tags/search`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.search_tags("value").items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_tags(&self, q: impl Into<String>) -> SearchTags {
        SearchTags {
            client: self.clone(),
            q: q.into(),
        }
    }

    /// Edits a board. The body is the same as for creating a board: send every required field.
    ///
    /// `PUT /boards/{board_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_board(1, "value", 0i64, true, true, 1i64).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_board(
        &self,
        board_id: i64,
        board_name: impl Into<String>,
        hidden_type: impl Into<crate::models::BoardHiddenType>,
        is_private: bool,
        needs_approval: bool,
        permission_for: impl Into<crate::models::BoardPermission>,
    ) -> UpdateBoard {
        UpdateBoard {
            client: self.clone(),
            board_id,
            about: None,
            board_name: board_name.into(),
            hidden_type: hidden_type.into(),
            icon: None,
            is_private,
            needs_approval,
            permission_for: permission_for.into(),
        }
    }

    /// Gives users access to a private board or removes it. Admins should also be added to private boards if they want to have the same experience as a member.
    ///
    /// `PUT /boards/{board_id}/members`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_board_members(1, Default::default()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_board_members(
        &self,
        board_id: i64,
        member_changes: std::collections::BTreeMap<String, bool>,
    ) -> UpdateBoardMembers {
        UpdateBoardMembers {
            client: self.clone(),
            board_id,
            member_changes,
        }
    }

    /// Edits the content of a comment.
    ///
    /// `PUT /comments/{comment_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_comment(1, "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_comment(&self, comment_id: i64, content: impl Into<String>) -> UpdateComment {
        UpdateComment {
            client: self.clone(),
            comment_id,
            content: content.into(),
        }
    }

    /// Edits a post. The checks on who can post in which board are evaluated against the API user rather than the author of the post.
    ///
    /// `PUT /posts/{post_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_post(1, vec![], 1u64, "value", "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_post(
        &self,
        post_id: i64,
        authors: Vec<String>,
        board_id: impl Into<groupkit_core::model::Id>,
        content: impl Into<String>,
        headline: impl Into<String>,
    ) -> UpdatePost {
        UpdatePost {
            client: self.clone(),
            post_id,
            authors,
            board_id: board_id.into(),
            content: content.into(),
            headline: headline.into(),
        }
    }

    /// Edits the content of a reply.
    ///
    /// `PUT /replies/{reply_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_reply(1, "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_reply(&self, reply_id: i64, content: impl Into<String>) -> UpdateReply {
        UpdateReply {
            client: self.clone(),
            reply_id,
            content: content.into(),
        }
    }

    /// Edits a tag. Ensure that the name is unique across tags.
    ///
    /// `PUT /tags/{tag_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_tag(1, "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_tag(&self, tag_id: i64, name: impl Into<String>) -> UpdateTag {
        UpdateTag {
            client: self.clone(),
            tag_id,
            back_color: None,
            description: None,
            image: None,
            name: name.into(),
            og_description: None,
            og_image: None,
            og_title: None,
            text_color: None,
        }
    }

    /// Updates a user's profile.
    ///
    /// `PUT /users/{msid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_user("value", "value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_user(
        &self,
        msid: impl Into<String>,
        first_name: impl Into<String>,
    ) -> UpdateUser {
        UpdateUser {
            client: self.clone(),
            msid: msid.into(),
            banner: None,
            first_name: first_name.into(),
            lang: None,
            last_name: None,
            middle_name: None,
            social_media_links: None,
            timezone: None,
            user_avatar: None,
            user_description: None,
            username: None,
        }
    }
}
