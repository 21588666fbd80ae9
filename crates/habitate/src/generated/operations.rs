// @generated from specs/habitate.yaml by cargo xtask codegen; do not edit.

//! Operations: one request builder per endpoint.
//!
//! Every function is `#[inline]`, so that it is compiled only in a crate that calls it.

const CREATE_BOARD: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_board",
        "/boards",
    )
    .csrf(false);

/// Creates a board.
///
/// `POST /boards`; built by [`crate::Client::create_board`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
    inputs: CreateBoardInputs,
    board_name: BoardName,
    is_private: IsPrivate,
    hidden_type: HiddenType,
    permission_for: PermissionFor,
    needs_approval: NeedsApproval,
}

/// What a [`CreateBoard`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateBoardInputs {
    client: crate::Client,
    about: Option<String>,
    icon: Option<String>,
}

impl<
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> CreateBoard<
    groupkit_core::Missing,
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> {
    /// The name of the board.
    #[inline]
    pub fn board_name(
        self,
        value: impl Into<String>,
    ) -> CreateBoard<String, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
        CreateBoard {
            inputs: self.inputs,
            board_name: value.into(),
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> CreateBoard<
    BoardName,
    groupkit_core::Missing,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> {
    /// Private boards are restricted to users who are part of the board.
    #[inline]
    pub fn is_private(
        self,
        value: bool,
    ) -> CreateBoard<BoardName, bool, HiddenType, PermissionFor, NeedsApproval> {
        CreateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: value,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    PermissionFor,
    NeedsApproval,
> CreateBoard<
    BoardName,
    IsPrivate,
    groupkit_core::Missing,
    PermissionFor,
    NeedsApproval,
> {
    /// `hidden_type`.
    #[inline]
    pub fn hidden_type(
        self,
        value: impl Into<crate::models::BoardHiddenType>,
    ) -> CreateBoard<
        BoardName,
        IsPrivate,
        crate::models::BoardHiddenType,
        PermissionFor,
        NeedsApproval,
    > {
        CreateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: value.into(),
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    NeedsApproval,
> CreateBoard<BoardName, IsPrivate, HiddenType, groupkit_core::Missing, NeedsApproval> {
    /// `permission_for`.
    #[inline]
    pub fn permission_for(
        self,
        value: impl Into<crate::models::BoardPermission>,
    ) -> CreateBoard<
        BoardName,
        IsPrivate,
        HiddenType,
        crate::models::BoardPermission,
        NeedsApproval,
    > {
        CreateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: value.into(),
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    PermissionFor,
> CreateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, groupkit_core::Missing> {
    /// Does a user need approval to post in the board?
    #[inline]
    pub fn needs_approval(
        self,
        value: bool,
    ) -> CreateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, bool> {
        CreateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: value,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> CreateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
    /// The details/description of the board.
    #[inline]
    pub fn about(mut self, value: impl Into<String>) -> Self {
        self.inputs.about = Some(value.into());
        self
    }

    /// The board icon displayed in the UI.
    #[inline]
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.inputs.icon = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`BoardRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::BoardRequest>,
    ) -> CreateBoard<
        String,
        bool,
        crate::models::BoardHiddenType,
        crate::models::BoardPermission,
        bool,
    > {
        let crate::models::BoardRequest {
            about,
            board_name,
            hidden_type,
            icon,
            is_private,
            needs_approval,
            permission_for,
        } = body.into();
        CreateBoard {
            inputs: CreateBoardInputs {
                about,
                icon,
                ..self.inputs
            },
            board_name,
            is_private,
            hidden_type,
            permission_for,
            needs_approval,
        }
    }
}

impl CreateBoard<
    String,
    bool,
    crate::models::BoardHiddenType,
    crate::models::BoardPermission,
    bool,
> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_BOARD);
        let body = crate::models::BoardRequest {
            about: self.inputs.about,
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            icon: self.inputs.icon,
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const CREATE_COMMENT: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_comment",
        "/comments",
    )
    .csrf(false);

/// Creates a comment on a post. The checks on who can comment are evaluated against the API user
/// rather than the author of the comment.
///
/// `POST /comments`; built by [`crate::Client::create_comment`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateComment<PostId, Content, Author> {
    inputs: CreateCommentInputs,
    post_id: PostId,
    content: Content,
    author: Author,
}

/// What a [`CreateComment`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateCommentInputs {
    client: crate::Client,
}

impl<Content, Author> CreateComment<groupkit_core::Missing, Content, Author> {
    /// The id of the post to comment on. The document types it as a string; responses carry it as
    /// an integer. Either form is sent as given.
    #[inline]
    pub fn post_id(
        self,
        value: impl Into<crate::ids::PostId>,
    ) -> CreateComment<crate::ids::PostId, Content, Author> {
        CreateComment {
            inputs: self.inputs,
            post_id: value.into(),
            content: self.content,
            author: self.author,
        }
    }
}

impl<PostId, Author> CreateComment<PostId, groupkit_core::Missing, Author> {
    /// The content of the comment.
    #[inline]
    pub fn content(
        self,
        value: impl Into<String>,
    ) -> CreateComment<PostId, String, Author> {
        CreateComment {
            inputs: self.inputs,
            post_id: self.post_id,
            content: value.into(),
            author: self.author,
        }
    }
}

impl<PostId, Content> CreateComment<PostId, Content, groupkit_core::Missing> {
    /// The msid of the author.
    #[inline]
    pub fn author(
        self,
        value: impl Into<crate::ids::UserMsidId>,
    ) -> CreateComment<PostId, Content, crate::ids::UserMsidId> {
        CreateComment {
            inputs: self.inputs,
            post_id: self.post_id,
            content: self.content,
            author: value.into(),
        }
    }
}

impl<PostId, Content, Author> CreateComment<PostId, Content, Author> {
    /// Sets every body value at once from a \[`CommentRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::CommentRequest>,
    ) -> CreateComment<crate::ids::PostId, String, crate::ids::UserMsidId> {
        let crate::models::CommentRequest { author, content, post_id } = body.into();
        CreateComment {
            inputs: self.inputs,
            post_id,
            content,
            author,
        }
    }
}

impl CreateComment<crate::ids::PostId, String, crate::ids::UserMsidId> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_COMMENT);
        let body = crate::models::CommentRequest {
            author: self.author,
            content: self.content,
            post_id: self.post_id,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const CREATE_POST: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_post",
        "/posts",
    )
    .csrf(false);

/// Creates a post. The checks on who can post in which board are evaluated against the API user
/// rather than the author of the post.
///
/// `POST /posts`; built by [`crate::Client::create_post`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePost<BoardId, Headline, Content, Authors> {
    inputs: CreatePostInputs,
    board_id: BoardId,
    headline: Headline,
    content: Content,
    authors: Authors,
}

/// What a [`CreatePost`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreatePostInputs {
    client: crate::Client,
}

impl<
    Headline,
    Content,
    Authors,
> CreatePost<groupkit_core::Missing, Headline, Content, Authors> {
    /// The id of the board. The document types it as a string; responses carry it as an integer.
    /// Either form is sent as given.
    #[inline]
    pub fn board_id(
        self,
        value: impl Into<crate::ids::BoardId>,
    ) -> CreatePost<crate::ids::BoardId, Headline, Content, Authors> {
        CreatePost {
            inputs: self.inputs,
            board_id: value.into(),
            headline: self.headline,
            content: self.content,
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Content,
    Authors,
> CreatePost<BoardId, groupkit_core::Missing, Content, Authors> {
    /// The headline (title) of the post.
    #[inline]
    pub fn headline(
        self,
        value: impl Into<String>,
    ) -> CreatePost<BoardId, String, Content, Authors> {
        CreatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: value.into(),
            content: self.content,
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Headline,
    Authors,
> CreatePost<BoardId, Headline, groupkit_core::Missing, Authors> {
    /// The content of the post.
    #[inline]
    pub fn content(
        self,
        value: impl Into<String>,
    ) -> CreatePost<BoardId, Headline, String, Authors> {
        CreatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: self.headline,
            content: value.into(),
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Headline,
    Content,
> CreatePost<BoardId, Headline, Content, groupkit_core::Missing> {
    /// List of msid of authors. Currently only the first item in the list is used to assign an
    /// author to the post.
    #[inline]
    pub fn authors(
        self,
        value: impl IntoIterator<Item = impl Into<crate::ids::UserMsidId>>,
    ) -> CreatePost<BoardId, Headline, Content, Vec<crate::ids::UserMsidId>> {
        CreatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: self.headline,
            content: self.content,
            authors: value.into_iter().map(Into::into).collect(),
        }
    }
}

impl<
    BoardId,
    Headline,
    Content,
    Authors,
> CreatePost<BoardId, Headline, Content, Authors> {
    /// Sets every body value at once from a \[`PostRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::PostRequest>,
    ) -> CreatePost<crate::ids::BoardId, String, String, Vec<crate::ids::UserMsidId>> {
        let crate::models::PostRequest { authors, board_id, content, headline } = body
            .into();
        CreatePost {
            inputs: self.inputs,
            board_id,
            headline,
            content,
            authors,
        }
    }
}

impl CreatePost<crate::ids::BoardId, String, String, Vec<crate::ids::UserMsidId>> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_POST);
        let body = crate::models::PostRequest {
            authors: self.authors,
            board_id: self.board_id,
            content: self.content,
            headline: self.headline,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const CREATE_REPLY: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_reply",
        "/replies",
    )
    .csrf(false);

/// Creates a reply to a comment. The checks on who can reply to a comment are evaluated against the
/// API user rather than the author.
///
/// `POST /replies`; built by [`crate::Client::create_reply`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateReply<CommentId, Content, Author> {
    inputs: CreateReplyInputs,
    comment_id: CommentId,
    content: Content,
    author: Author,
}

/// What a [`CreateReply`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateReplyInputs {
    client: crate::Client,
}

impl<Content, Author> CreateReply<groupkit_core::Missing, Content, Author> {
    /// The id of the comment to reply to. The document types it as a string; responses carry it as
    /// an integer. Either form is sent as given.
    #[inline]
    pub fn comment_id(
        self,
        value: impl Into<crate::ids::CommentId>,
    ) -> CreateReply<crate::ids::CommentId, Content, Author> {
        CreateReply {
            inputs: self.inputs,
            comment_id: value.into(),
            content: self.content,
            author: self.author,
        }
    }
}

impl<CommentId, Author> CreateReply<CommentId, groupkit_core::Missing, Author> {
    /// The content of the reply.
    #[inline]
    pub fn content(
        self,
        value: impl Into<String>,
    ) -> CreateReply<CommentId, String, Author> {
        CreateReply {
            inputs: self.inputs,
            comment_id: self.comment_id,
            content: value.into(),
            author: self.author,
        }
    }
}

impl<CommentId, Content> CreateReply<CommentId, Content, groupkit_core::Missing> {
    /// The msid of the author.
    #[inline]
    pub fn author(
        self,
        value: impl Into<crate::ids::UserMsidId>,
    ) -> CreateReply<CommentId, Content, crate::ids::UserMsidId> {
        CreateReply {
            inputs: self.inputs,
            comment_id: self.comment_id,
            content: self.content,
            author: value.into(),
        }
    }
}

impl<CommentId, Content, Author> CreateReply<CommentId, Content, Author> {
    /// Sets every body value at once from a \[`ReplyRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ReplyRequest>,
    ) -> CreateReply<crate::ids::CommentId, String, crate::ids::UserMsidId> {
        let crate::models::ReplyRequest { author, comment_id, content } = body.into();
        CreateReply {
            inputs: self.inputs,
            comment_id,
            content,
            author,
        }
    }
}

impl CreateReply<crate::ids::CommentId, String, crate::ids::UserMsidId> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_REPLY);
        let body = crate::models::ReplyRequest {
            author: self.author,
            comment_id: self.comment_id,
            content: self.content,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const CREATE_TAG: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_tag",
        "/tags",
    )
    .csrf(false);

/// Creates a tag. Ensure that the name is unique across tags.
///
/// `POST /tags`; built by [`crate::Client::create_tag`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTag<Name> {
    inputs: CreateTagInputs,
    name: Name,
}

/// What a [`CreateTag`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateTagInputs {
    client: crate::Client,
    back_color: Option<String>,
    description: Option<String>,
    image: Option<String>,
    og_description: Option<String>,
    og_image: Option<String>,
    og_title: Option<String>,
    text_color: Option<String>,
}

impl CreateTag<groupkit_core::Missing> {
    /// The tag name, in a format similar to hashtags; unique across tags.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> CreateTag<String> {
        CreateTag {
            inputs: self.inputs,
            name: value.into(),
        }
    }
}

impl<Name> CreateTag<Name> {
    /// Background colour, a hex color code; defaults to `#ffffff`.
    #[inline]
    pub fn back_color(mut self, value: impl Into<String>) -> Self {
        self.inputs.back_color = Some(value.into());
        self
    }

    /// A description of the tag.
    #[inline]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inputs.description = Some(value.into());
        self
    }

    /// URL of an image, displayed as a banner in the UI (future scope).
    #[inline]
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.inputs.image = Some(value.into());
        self
    }

    /// Open Graph description.
    #[inline]
    pub fn og_description(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_description = Some(value.into());
        self
    }

    /// Open Graph image URL.
    #[inline]
    pub fn og_image(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_image = Some(value.into());
        self
    }

    /// Open Graph title.
    #[inline]
    pub fn og_title(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_title = Some(value.into());
        self
    }

    /// Text colour, a hex color code; defaults to `#330000`.
    #[inline]
    pub fn text_color(mut self, value: impl Into<String>) -> Self {
        self.inputs.text_color = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`TagRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(self, body: impl Into<crate::models::TagRequest>) -> CreateTag<String> {
        let crate::models::TagRequest {
            back_color,
            description,
            image,
            name,
            og_description,
            og_image,
            og_title,
            text_color,
        } = body.into();
        CreateTag {
            inputs: CreateTagInputs {
                back_color,
                description,
                image,
                og_description,
                og_image,
                og_title,
                text_color,
                ..self.inputs
            },
            name,
        }
    }
}

impl CreateTag<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_TAG);
        let body = crate::models::TagRequest {
            back_color: self.inputs.back_color,
            description: self.inputs.description,
            image: self.inputs.image,
            name: self.name,
            og_description: self.inputs.og_description,
            og_image: self.inputs.og_image,
            og_title: self.inputs.og_title,
            text_color: self.inputs.text_color,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const CREATE_USER: groupkit_core::Operation = groupkit_core::Operation::post(
        "create_user",
        "/users",
    )
    .csrf(false);

/// Creates a user. Make sure the email is verified before creating the user. Please validate your
/// use case before creating users via the API, as this is reserved for certain cases.
///
/// `POST /users`; built by [`crate::Client::create_user`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUser<FirstName, Email> {
    inputs: CreateUserInputs,
    first_name: FirstName,
    email: Email,
}

/// What a [`CreateUser`] holds besides its named required values.
#[derive(Clone, Debug)]
struct CreateUserInputs {
    client: crate::Client,
    lang: Option<String>,
    last_name: Option<String>,
    middle_name: Option<String>,
    sso_id: Option<String>,
    timezone: Option<String>,
    user_avatar: Option<String>,
    username: Option<String>,
}

impl<Email> CreateUser<groupkit_core::Missing, Email> {
    /// First name.
    #[inline]
    pub fn first_name(self, value: impl Into<String>) -> CreateUser<String, Email> {
        CreateUser {
            inputs: self.inputs,
            first_name: value.into(),
            email: self.email,
        }
    }
}

impl<FirstName> CreateUser<FirstName, groupkit_core::Missing> {
    /// The user's (verified) email address.
    #[inline]
    pub fn email(self, value: impl Into<String>) -> CreateUser<FirstName, String> {
        CreateUser {
            inputs: self.inputs,
            first_name: self.first_name,
            email: value.into(),
        }
    }
}

impl<FirstName, Email> CreateUser<FirstName, Email> {
    /// Language of the user; the default is `en`.
    #[inline]
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.inputs.lang = Some(value.into());
        self
    }

    /// Last name.
    #[inline]
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.last_name = Some(value.into());
        self
    }

    /// Middle name.
    #[inline]
    pub fn middle_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.middle_name = Some(value.into());
        self
    }

    /// The user's id in your single sign-on system. If using SSO, make sure to provide this value,
    /// else duplicate accounts may be created.
    #[inline]
    pub fn sso_id(mut self, value: impl Into<String>) -> Self {
        self.inputs.sso_id = Some(value.into());
        self
    }

    /// Time zone of the user; the default is `UTC`.
    #[inline]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.inputs.timezone = Some(value.into());
        self
    }

    /// URL of the user's avatar image.
    #[inline]
    pub fn user_avatar(mut self, value: impl Into<String>) -> Self {
        self.inputs.user_avatar = Some(value.into());
        self
    }

    /// Case-insensitive username. Can not have spaces or special characters (except `_`).
    #[inline]
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.inputs.username = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`CreateUserRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::CreateUserRequest>,
    ) -> CreateUser<String, String> {
        let crate::models::CreateUserRequest {
            email,
            first_name,
            lang,
            last_name,
            middle_name,
            sso_id,
            timezone,
            user_avatar,
            username,
        } = body.into();
        CreateUser {
            inputs: CreateUserInputs {
                lang,
                last_name,
                middle_name,
                sso_id,
                timezone,
                user_avatar,
                username,
                ..self.inputs
            },
            first_name,
            email,
        }
    }
}

impl CreateUser<String, String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(CREATE_USER);
        let body = crate::models::CreateUserRequest {
            email: self.email,
            first_name: self.first_name,
            lang: self.inputs.lang,
            last_name: self.inputs.last_name,
            middle_name: self.inputs.middle_name,
            sso_id: self.inputs.sso_id,
            timezone: self.inputs.timezone,
            user_avatar: self.inputs.user_avatar,
            username: self.inputs.username,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const GET_BOARD: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_board",
        "/boards/{board_id}",
    )
    .csrf(false);

/// Returns one board.
///
/// `GET /boards/{board_id}`; built by [`crate::Client::get_board`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBoard {
    client: crate::Client,
    board_id: crate::ids::BoardId,
}

impl GetBoard {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_BOARD);
        request = request.path_param("board_id", self.board_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const GET_COMMENT: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_comment",
        "/comments/{comment_id}",
    )
    .csrf(false);

/// Returns one comment. The checks and conditions on who can comment are evaluated against the API
/// user rather than the author of the comment.
///
/// `GET /comments/{comment_id}`; built by [`crate::Client::get_comment`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetComment {
    client: crate::Client,
    comment_id: crate::ids::CommentId,
}

impl GetComment {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_COMMENT);
        request = request.path_param("comment_id", self.comment_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const GET_CURRENT_USER: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_current_user",
        "/users/me",
    )
    .csrf(false);

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
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(GET_CURRENT_USER)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const GET_POST: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_post",
        "/posts/{post_id}",
    )
    .csrf(false);

/// Returns one post. `user` and the other user info correspond to the primary author of the post.
///
/// `GET /posts/{post_id}`; built by [`crate::Client::get_post`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPost {
    client: crate::Client,
    post_id: crate::ids::PostId,
}

impl GetPost {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_POST);
        request = request.path_param("post_id", self.post_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const GET_REPLY: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_reply",
        "/replies/{reply_id}",
    )
    .csrf(false);

/// Returns one reply.
///
/// `GET /replies/{reply_id}`; built by [`crate::Client::get_reply`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReply {
    client: crate::Client,
    reply_id: crate::ids::ReplyId,
}

impl GetReply {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_REPLY);
        request = request.path_param("reply_id", self.reply_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const GET_TAG: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_tag",
        "/tags/{tag_id}",
    )
    .csrf(false);

/// Returns one tag with all its fields.
///
/// `GET /tags/{tag_id}`; built by [`crate::Client::get_tag`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTag {
    client: crate::Client,
    tag_id: crate::ids::TagId,
}

impl GetTag {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_TAG);
        request = request.path_param("tag_id", self.tag_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const GET_USER: groupkit_core::Operation = groupkit_core::Operation::get(
        "get_user",
        "/users/{msid}",
    )
    .csrf(false);

/// Returns one user.
///
/// `GET /users/{msid}`; built by [`crate::Client::get_user`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUser {
    client: crate::Client,
    msid: crate::ids::UserMsidId,
}

impl GetUser {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(GET_USER);
        request = request.path_param("msid", self.msid.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const LIST_BOARDS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_boards",
        "/boards",
    )
    .csrf(false);

const LIST_BOARDS_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
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
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(LIST_BOARDS)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Board>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Board, ()> {
        self.into_request().paginate::<crate::models::Board>(LIST_BOARDS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Board, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Board> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Board> {
        self.paginator().items_with_position()
    }
}

const LIST_ROLES: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_roles",
        "/roles",
    )
    .csrf(false);

const LIST_ROLES_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
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
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        self.client.core().request(LIST_ROLES)
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Role>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Role, ()> {
        self.into_request().paginate::<crate::models::Role>(LIST_ROLES_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Role, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Role> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Role> {
        self.paginator().items_with_position()
    }
}

const LIST_TAG_MAPPING: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_tag_mapping",
        "/tags/mapping",
    )
    .csrf(false);

const LIST_TAG_MAPPING_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
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
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTagMapping<RefType, RefId> {
    inputs: ListTagMappingInputs,
    ref_type: RefType,
    ref_id: RefId,
}

/// What a [`ListTagMapping`] holds besides its named required values.
#[derive(Clone, Debug)]
struct ListTagMappingInputs {
    client: crate::Client,
}

impl<RefId> ListTagMapping<groupkit_core::Missing, RefId> {
    /// The entity type: `POST`, `COMMENT`, `REPLY` or `USER`.
    #[inline]
    pub fn ref_type(
        self,
        value: impl Into<crate::models::ReferenceType>,
    ) -> ListTagMapping<crate::models::ReferenceType, RefId> {
        ListTagMapping {
            inputs: self.inputs,
            ref_type: value.into(),
            ref_id: self.ref_id,
        }
    }
}

impl<RefType> ListTagMapping<RefType, groupkit_core::Missing> {
    /// The id value of the entity.
    #[inline]
    pub fn ref_id(
        self,
        value: impl Into<groupkit_core::model::Id>,
    ) -> ListTagMapping<RefType, groupkit_core::model::Id> {
        ListTagMapping {
            inputs: self.inputs,
            ref_type: self.ref_type,
            ref_id: value.into(),
        }
    }
}

impl<RefType, RefId> ListTagMapping<RefType, RefId> {}

impl ListTagMapping<crate::models::ReferenceType, groupkit_core::model::Id> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(LIST_TAG_MAPPING);
        request = request.query("ref_type", self.ref_type.to_string());
        request = request.query("ref_id", self.ref_id.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request().paginate::<crate::models::Tag>(LIST_TAG_MAPPING_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const LIST_TAGS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_tags",
        "/tags",
    )
    .csrf(false);

const LIST_TAGS_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
    page: "page",
    page_size: "page_size",
    items: "",
    has_more_header: "has_more",
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(50),
    },
});

/// Lists tags, one page at a time, optionally sorted, or only the tags whose ids are given in `ids`
/// (to get more details about them). Listing records is a slow operation: make sure your code can
/// handle it appropriately.
///
/// `GET /tags`; built by [`crate::Client::list_tags`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTags {
    client: crate::Client,
    sort_by: Option<crate::models::TagSortBy>,
    order: Option<crate::models::SortOrder>,
    ids: Option<Vec<crate::ids::TagId>>,
}

impl ListTags {
    /// The field to sort by: `id` or `name`. Without it the list is unsorted.
    #[inline]
    pub fn sort_by(mut self, value: impl Into<crate::models::TagSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort direction: `asc` or `desc`.
    #[inline]
    pub fn order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Only these tags: a list of `tag_id` values, sent comma-separated (e.g.
    /// `/api/v1/tags?ids=1,13,18`).
    #[inline]
    pub fn ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::ids::TagId>>,
    ) -> Self {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.client.core().request(LIST_TAGS);
        if let Some(value) = &self.sort_by {
            request = request.query("sort_by", value.to_string());
        }
        if let Some(value) = &self.order {
            request = request.query("order", value.to_string());
        }
        if let Some(value) = &self.ids {
            request = request
                .query(
                    "ids",
                    value.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(","),
                );
        }
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request().paginate::<crate::models::Tag>(LIST_TAGS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const LIST_USERS: groupkit_core::Operation = groupkit_core::Operation::get(
        "list_users",
        "/users",
    )
    .csrf(false);

const LIST_USERS_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
    page: "page",
    page_size: "page_size",
    items: "",
    has_more_header: "has_more",
    size_limits: groupkit_core::PageSizeLimits {
        min: 1,
        max: Some(50),
    },
});

/// Lists users, one page at a time. Listing records is a slow operation: make sure your code can
/// handle it appropriately.
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
    #[inline]
    pub fn sort_by(mut self, value: impl Into<crate::models::UserSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Sort direction: `asc` or `desc`.
    #[inline]
    pub fn order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Filters records by user status; the default is active records (10). The other values are the
    /// user status values.
    #[inline]
    pub fn status(mut self, value: impl Into<crate::models::UserStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
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
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::User>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::User, ()> {
        self.into_request().paginate::<crate::models::User>(LIST_USERS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::User, ()> {
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

const PATCH_USER: groupkit_core::Operation = groupkit_core::Operation::patch(
        "patch_user",
        "/users/{msid}",
    )
    .csrf(false);

/// Applies one action to a user. The only documented action is 101, which changes the user's role
/// to `data.role_id`.
///
/// `PATCH /users/{msid}`; built by [`crate::Client::patch_user`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchUser<Action, Data> {
    inputs: PatchUserInputs,
    action: Action,
    data: Data,
}

/// What a [`PatchUser`] holds besides its named required values.
#[derive(Clone, Debug)]
struct PatchUserInputs {
    client: crate::Client,
    msid: crate::ids::UserMsidId,
    details: Option<String>,
}

impl<Data> PatchUser<groupkit_core::Missing, Data> {
    /// `action`.
    #[inline]
    pub fn action(
        self,
        value: impl Into<crate::models::UserPatchAction>,
    ) -> PatchUser<crate::models::UserPatchAction, Data> {
        PatchUser {
            inputs: self.inputs,
            action: value.into(),
            data: self.data,
        }
    }
}

impl<Action> PatchUser<Action, groupkit_core::Missing> {
    /// `data`.
    #[inline]
    pub fn data(
        self,
        value: impl Into<crate::models::PatchUserData>,
    ) -> PatchUser<Action, crate::models::PatchUserData> {
        PatchUser {
            inputs: self.inputs,
            action: self.action,
            data: value.into(),
        }
    }
}

impl<Action, Data> PatchUser<Action, Data> {
    /// Free-text details about the change (meaning not documented).
    #[inline]
    pub fn details(mut self, value: impl Into<String>) -> Self {
        self.inputs.details = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`PatchUserRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::PatchUserRequest>,
    ) -> PatchUser<crate::models::UserPatchAction, crate::models::PatchUserData> {
        let crate::models::PatchUserRequest { action, data, details } = body.into();
        PatchUser {
            inputs: PatchUserInputs {
                details,
                ..self.inputs
            },
            action,
            data,
        }
    }
}

impl PatchUser<crate::models::UserPatchAction, crate::models::PatchUserData> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(PATCH_USER);
        request = request.path_param("msid", self.inputs.msid.to_string());
        let body = crate::models::PatchUserRequest {
            action: self.action,
            data: self.data,
            details: self.inputs.details,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

const REORDER_BOARDS: groupkit_core::Operation = groupkit_core::Operation::patch(
        "reorder_boards",
        "/boards/reorder",
    )
    .csrf(false);

/// Changes the display order of boards.
///
/// `PATCH /boards/reorder`; built by [`crate::Client::reorder_boards`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReorderBoards<DisplayOrder> {
    inputs: ReorderBoardsInputs,
    display_order: DisplayOrder,
}

/// What a [`ReorderBoards`] holds besides its named required values.
#[derive(Clone, Debug)]
struct ReorderBoardsInputs {
    client: crate::Client,
}

impl ReorderBoards<groupkit_core::Missing> {
    /// Map of board id (as a JSON object key) to its display order, starting at 1.
    #[inline]
    pub fn display_order(
        self,
        value: std::collections::BTreeMap<String, i64>,
    ) -> ReorderBoards<std::collections::BTreeMap<String, i64>> {
        ReorderBoards {
            inputs: self.inputs,
            display_order: value,
        }
    }
}

impl<DisplayOrder> ReorderBoards<DisplayOrder> {
    /// Sets every body value at once from a \[`ReorderBoardsRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ReorderBoardsRequest>,
    ) -> ReorderBoards<std::collections::BTreeMap<String, i64>> {
        let crate::models::ReorderBoardsRequest { display_order } = body.into();
        ReorderBoards {
            inputs: self.inputs,
            display_order,
        }
    }
}

impl ReorderBoards<std::collections::BTreeMap<String, i64>> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(REORDER_BOARDS);
        let body = crate::models::ReorderBoardsRequest {
            display_order: self.display_order,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::MessageResponse> {
        self.into_request().send_json().await
    }
}

const SEARCH_TAGS: groupkit_core::Operation = groupkit_core::Operation::get(
        "search_tags",
        "/tags/search",
    )
    .csrf(false);

const SEARCH_TAGS_PAGINATION: groupkit_core::Style = groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {
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
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchTags<Q> {
    inputs: SearchTagsInputs,
    q: Q,
}

/// What a [`SearchTags`] holds besides its named required values.
#[derive(Clone, Debug)]
struct SearchTagsInputs {
    client: crate::Client,
}

impl SearchTags<groupkit_core::Missing> {
    /// The q value is searched against the tag name.
    #[inline]
    pub fn q(self, value: impl Into<String>) -> SearchTags<String> {
        SearchTags {
            inputs: self.inputs,
            q: value.into(),
        }
    }
}

impl<Q> SearchTags<Q> {}

impl SearchTags<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(SEARCH_TAGS);
        request = request.query("q", self.q.to_string());
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<Vec<crate::models::Tag>> {
        self.into_request().send_json().await
    }

    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Tag, ()> {
        self.into_request().paginate::<crate::models::Tag>(SEARCH_TAGS_PAGINATION)
    }

    /// Every page of the listing, fetched as the stream is polled: its items, total, headers and positions (a bare array: no envelope).
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<crate::models::Tag, ()> {
        self.paginator().pages()
    }

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<crate::models::Tag> {
        self.paginator().items()
    }

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(
        self,
    ) -> groupkit_core::PositionedItemStream<crate::models::Tag> {
        self.paginator().items_with_position()
    }
}

const UPDATE_BOARD: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_board",
        "/boards/{board_id}",
    )
    .csrf(false);

/// Edits a board. The body is the same as for creating a board: send every required field.
///
/// `PUT /boards/{board_id}`; built by [`crate::Client::update_board`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
    inputs: UpdateBoardInputs,
    board_name: BoardName,
    is_private: IsPrivate,
    hidden_type: HiddenType,
    permission_for: PermissionFor,
    needs_approval: NeedsApproval,
}

/// What a [`UpdateBoard`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateBoardInputs {
    client: crate::Client,
    board_id: crate::ids::BoardId,
    about: Option<String>,
    icon: Option<String>,
}

impl<
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> UpdateBoard<
    groupkit_core::Missing,
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> {
    /// The name of the board.
    #[inline]
    pub fn board_name(
        self,
        value: impl Into<String>,
    ) -> UpdateBoard<String, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
        UpdateBoard {
            inputs: self.inputs,
            board_name: value.into(),
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> UpdateBoard<
    BoardName,
    groupkit_core::Missing,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> {
    /// Private boards are restricted to users who are part of the board.
    #[inline]
    pub fn is_private(
        self,
        value: bool,
    ) -> UpdateBoard<BoardName, bool, HiddenType, PermissionFor, NeedsApproval> {
        UpdateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: value,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    PermissionFor,
    NeedsApproval,
> UpdateBoard<
    BoardName,
    IsPrivate,
    groupkit_core::Missing,
    PermissionFor,
    NeedsApproval,
> {
    /// `hidden_type`.
    #[inline]
    pub fn hidden_type(
        self,
        value: impl Into<crate::models::BoardHiddenType>,
    ) -> UpdateBoard<
        BoardName,
        IsPrivate,
        crate::models::BoardHiddenType,
        PermissionFor,
        NeedsApproval,
    > {
        UpdateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: value.into(),
            permission_for: self.permission_for,
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    NeedsApproval,
> UpdateBoard<BoardName, IsPrivate, HiddenType, groupkit_core::Missing, NeedsApproval> {
    /// `permission_for`.
    #[inline]
    pub fn permission_for(
        self,
        value: impl Into<crate::models::BoardPermission>,
    ) -> UpdateBoard<
        BoardName,
        IsPrivate,
        HiddenType,
        crate::models::BoardPermission,
        NeedsApproval,
    > {
        UpdateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: value.into(),
            needs_approval: self.needs_approval,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    PermissionFor,
> UpdateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, groupkit_core::Missing> {
    /// Does a user need approval to post in the board?
    #[inline]
    pub fn needs_approval(
        self,
        value: bool,
    ) -> UpdateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, bool> {
        UpdateBoard {
            inputs: self.inputs,
            board_name: self.board_name,
            is_private: self.is_private,
            hidden_type: self.hidden_type,
            permission_for: self.permission_for,
            needs_approval: value,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    HiddenType,
    PermissionFor,
    NeedsApproval,
> UpdateBoard<BoardName, IsPrivate, HiddenType, PermissionFor, NeedsApproval> {
    /// The details/description of the board.
    #[inline]
    pub fn about(mut self, value: impl Into<String>) -> Self {
        self.inputs.about = Some(value.into());
        self
    }

    /// The board icon displayed in the UI.
    #[inline]
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.inputs.icon = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`BoardRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::BoardRequest>,
    ) -> UpdateBoard<
        String,
        bool,
        crate::models::BoardHiddenType,
        crate::models::BoardPermission,
        bool,
    > {
        let crate::models::BoardRequest {
            about,
            board_name,
            hidden_type,
            icon,
            is_private,
            needs_approval,
            permission_for,
        } = body.into();
        UpdateBoard {
            inputs: UpdateBoardInputs {
                about,
                icon,
                ..self.inputs
            },
            board_name,
            is_private,
            hidden_type,
            permission_for,
            needs_approval,
        }
    }
}

impl UpdateBoard<
    String,
    bool,
    crate::models::BoardHiddenType,
    crate::models::BoardPermission,
    bool,
> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_BOARD);
        request = request.path_param("board_id", self.inputs.board_id.to_string());
        let body = crate::models::BoardRequest {
            about: self.inputs.about,
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            icon: self.inputs.icon,
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Board> {
        self.into_request().send_json().await
    }
}

const UPDATE_BOARD_MEMBERS: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_board_members",
        "/boards/{board_id}/members",
    )
    .csrf(false);

/// Gives users access to a private board or removes it. Admins should also be added to private
/// boards if they want to have the same experience as a member.
///
/// `PUT /boards/{board_id}/members`; built by [`crate::Client::update_board_members`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateBoardMembers<MemberChanges> {
    inputs: UpdateBoardMembersInputs,
    member_changes: MemberChanges,
}

/// What a [`UpdateBoardMembers`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateBoardMembersInputs {
    client: crate::Client,
    board_id: crate::ids::BoardId,
}

impl UpdateBoardMembers<groupkit_core::Missing> {
    /// Map of user msid to a boolean: true gives the user access to the board, false removes the
    /// access.
    #[inline]
    pub fn member_changes(
        self,
        value: std::collections::BTreeMap<String, bool>,
    ) -> UpdateBoardMembers<std::collections::BTreeMap<String, bool>> {
        UpdateBoardMembers {
            inputs: self.inputs,
            member_changes: value,
        }
    }
}

impl<MemberChanges> UpdateBoardMembers<MemberChanges> {
    /// Sets every body value at once from a \[`BoardMembersRequest`\] (or anything that converts
    /// into one, such as a reference to the model a GET on this path returns: get, change, write
    /// back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::BoardMembersRequest>,
    ) -> UpdateBoardMembers<std::collections::BTreeMap<String, bool>> {
        let crate::models::BoardMembersRequest { member_changes } = body.into();
        UpdateBoardMembers {
            inputs: self.inputs,
            member_changes,
        }
    }
}

impl UpdateBoardMembers<std::collections::BTreeMap<String, bool>> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_BOARD_MEMBERS);
        request = request.path_param("board_id", self.inputs.board_id.to_string());
        let body = crate::models::BoardMembersRequest {
            member_changes: self.member_changes,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::MessageResponse> {
        self.into_request().send_json().await
    }
}

const UPDATE_COMMENT: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_comment",
        "/comments/{comment_id}",
    )
    .csrf(false);

/// Edits the content of a comment.
///
/// `PUT /comments/{comment_id}`; built by [`crate::Client::update_comment`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateComment<Content> {
    inputs: UpdateCommentInputs,
    content: Content,
}

/// What a [`UpdateComment`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateCommentInputs {
    client: crate::Client,
    comment_id: crate::ids::CommentId,
}

impl UpdateComment<groupkit_core::Missing> {
    /// The new content.
    #[inline]
    pub fn content(self, value: impl Into<String>) -> UpdateComment<String> {
        UpdateComment {
            inputs: self.inputs,
            content: value.into(),
        }
    }
}

impl<Content> UpdateComment<Content> {
    /// Sets every body value at once from a \[`ContentRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ContentRequest>,
    ) -> UpdateComment<String> {
        let crate::models::ContentRequest { content } = body.into();
        UpdateComment {
            inputs: self.inputs,
            content,
        }
    }
}

impl UpdateComment<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_COMMENT);
        request = request.path_param("comment_id", self.inputs.comment_id.to_string());
        let body = crate::models::ContentRequest {
            content: self.content,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Comment> {
        self.into_request().send_json().await
    }
}

const UPDATE_POST: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_post",
        "/posts/{post_id}",
    )
    .csrf(false);

/// Edits a post. The checks on who can post in which board are evaluated against the API user
/// rather than the author of the post.
///
/// `PUT /posts/{post_id}`; built by [`crate::Client::update_post`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePost<BoardId, Headline, Content, Authors> {
    inputs: UpdatePostInputs,
    board_id: BoardId,
    headline: Headline,
    content: Content,
    authors: Authors,
}

/// What a [`UpdatePost`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdatePostInputs {
    client: crate::Client,
    post_id: crate::ids::PostId,
}

impl<
    Headline,
    Content,
    Authors,
> UpdatePost<groupkit_core::Missing, Headline, Content, Authors> {
    /// The id of the board. The document types it as a string; responses carry it as an integer.
    /// Either form is sent as given.
    #[inline]
    pub fn board_id(
        self,
        value: impl Into<crate::ids::BoardId>,
    ) -> UpdatePost<crate::ids::BoardId, Headline, Content, Authors> {
        UpdatePost {
            inputs: self.inputs,
            board_id: value.into(),
            headline: self.headline,
            content: self.content,
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Content,
    Authors,
> UpdatePost<BoardId, groupkit_core::Missing, Content, Authors> {
    /// The headline (title) of the post.
    #[inline]
    pub fn headline(
        self,
        value: impl Into<String>,
    ) -> UpdatePost<BoardId, String, Content, Authors> {
        UpdatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: value.into(),
            content: self.content,
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Headline,
    Authors,
> UpdatePost<BoardId, Headline, groupkit_core::Missing, Authors> {
    /// The content of the post.
    #[inline]
    pub fn content(
        self,
        value: impl Into<String>,
    ) -> UpdatePost<BoardId, Headline, String, Authors> {
        UpdatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: self.headline,
            content: value.into(),
            authors: self.authors,
        }
    }
}

impl<
    BoardId,
    Headline,
    Content,
> UpdatePost<BoardId, Headline, Content, groupkit_core::Missing> {
    /// List of msid of authors. Currently only the first item in the list is used to assign an
    /// author to the post.
    #[inline]
    pub fn authors(
        self,
        value: impl IntoIterator<Item = impl Into<crate::ids::UserMsidId>>,
    ) -> UpdatePost<BoardId, Headline, Content, Vec<crate::ids::UserMsidId>> {
        UpdatePost {
            inputs: self.inputs,
            board_id: self.board_id,
            headline: self.headline,
            content: self.content,
            authors: value.into_iter().map(Into::into).collect(),
        }
    }
}

impl<
    BoardId,
    Headline,
    Content,
    Authors,
> UpdatePost<BoardId, Headline, Content, Authors> {
    /// Sets every body value at once from a \[`PostRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::PostRequest>,
    ) -> UpdatePost<crate::ids::BoardId, String, String, Vec<crate::ids::UserMsidId>> {
        let crate::models::PostRequest { authors, board_id, content, headline } = body
            .into();
        UpdatePost {
            inputs: self.inputs,
            board_id,
            headline,
            content,
            authors,
        }
    }
}

impl UpdatePost<crate::ids::BoardId, String, String, Vec<crate::ids::UserMsidId>> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_POST);
        request = request.path_param("post_id", self.inputs.post_id.to_string());
        let body = crate::models::PostRequest {
            authors: self.authors,
            board_id: self.board_id,
            content: self.content,
            headline: self.headline,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Post> {
        self.into_request().send_json().await
    }
}

const UPDATE_REPLY: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_reply",
        "/replies/{reply_id}",
    )
    .csrf(false);

/// Edits the content of a reply.
///
/// `PUT /replies/{reply_id}`; built by [`crate::Client::update_reply`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateReply<Content> {
    inputs: UpdateReplyInputs,
    content: Content,
}

/// What a [`UpdateReply`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateReplyInputs {
    client: crate::Client,
    reply_id: crate::ids::ReplyId,
}

impl UpdateReply<groupkit_core::Missing> {
    /// The new content.
    #[inline]
    pub fn content(self, value: impl Into<String>) -> UpdateReply<String> {
        UpdateReply {
            inputs: self.inputs,
            content: value.into(),
        }
    }
}

impl<Content> UpdateReply<Content> {
    /// Sets every body value at once from a \[`ContentRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::ContentRequest>,
    ) -> UpdateReply<String> {
        let crate::models::ContentRequest { content } = body.into();
        UpdateReply {
            inputs: self.inputs,
            content,
        }
    }
}

impl UpdateReply<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_REPLY);
        request = request.path_param("reply_id", self.inputs.reply_id.to_string());
        let body = crate::models::ContentRequest {
            content: self.content,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Reply> {
        self.into_request().send_json().await
    }
}

const UPDATE_TAG: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_tag",
        "/tags/{tag_id}",
    )
    .csrf(false);

/// Edits a tag. Ensure that the name is unique across tags.
///
/// `PUT /tags/{tag_id}`; built by [`crate::Client::update_tag`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTag<Name> {
    inputs: UpdateTagInputs,
    name: Name,
}

/// What a [`UpdateTag`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateTagInputs {
    client: crate::Client,
    tag_id: crate::ids::TagId,
    back_color: Option<String>,
    description: Option<String>,
    image: Option<String>,
    og_description: Option<String>,
    og_image: Option<String>,
    og_title: Option<String>,
    text_color: Option<String>,
}

impl UpdateTag<groupkit_core::Missing> {
    /// The tag name, in a format similar to hashtags; unique across tags.
    #[inline]
    pub fn name(self, value: impl Into<String>) -> UpdateTag<String> {
        UpdateTag {
            inputs: self.inputs,
            name: value.into(),
        }
    }
}

impl<Name> UpdateTag<Name> {
    /// Background colour, a hex color code; defaults to `#ffffff`.
    #[inline]
    pub fn back_color(mut self, value: impl Into<String>) -> Self {
        self.inputs.back_color = Some(value.into());
        self
    }

    /// A description of the tag.
    #[inline]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.inputs.description = Some(value.into());
        self
    }

    /// URL of an image, displayed as a banner in the UI (future scope).
    #[inline]
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.inputs.image = Some(value.into());
        self
    }

    /// Open Graph description.
    #[inline]
    pub fn og_description(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_description = Some(value.into());
        self
    }

    /// Open Graph image URL.
    #[inline]
    pub fn og_image(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_image = Some(value.into());
        self
    }

    /// Open Graph title.
    #[inline]
    pub fn og_title(mut self, value: impl Into<String>) -> Self {
        self.inputs.og_title = Some(value.into());
        self
    }

    /// Text colour, a hex color code; defaults to `#330000`.
    #[inline]
    pub fn text_color(mut self, value: impl Into<String>) -> Self {
        self.inputs.text_color = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`TagRequest`\] (or anything that converts into one,
    /// such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(self, body: impl Into<crate::models::TagRequest>) -> UpdateTag<String> {
        let crate::models::TagRequest {
            back_color,
            description,
            image,
            name,
            og_description,
            og_image,
            og_title,
            text_color,
        } = body.into();
        UpdateTag {
            inputs: UpdateTagInputs {
                back_color,
                description,
                image,
                og_description,
                og_image,
                og_title,
                text_color,
                ..self.inputs
            },
            name,
        }
    }
}

impl UpdateTag<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_TAG);
        request = request.path_param("tag_id", self.inputs.tag_id.to_string());
        let body = crate::models::TagRequest {
            back_color: self.inputs.back_color,
            description: self.inputs.description,
            image: self.inputs.image,
            name: self.name,
            og_description: self.inputs.og_description,
            og_image: self.inputs.og_image,
            og_title: self.inputs.og_title,
            text_color: self.inputs.text_color,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::Tag> {
        self.into_request().send_json().await
    }
}

const UPDATE_USER: groupkit_core::Operation = groupkit_core::Operation::put(
        "update_user",
        "/users/{msid}",
    )
    .csrf(false);

/// Updates a user's profile.
///
/// `PUT /users/{msid}`; built by [`crate::Client::update_user`].
///
/// Each type parameter is a required value set by name: `groupkit_core::Missing` until its setter
/// is called, then the value's type. `send` needs them all, so a forgotten one is a compile error
/// that shows which (`no method named send found for ...<String, Missing>`).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUser<FirstName> {
    inputs: UpdateUserInputs,
    first_name: FirstName,
}

/// What a [`UpdateUser`] holds besides its named required values.
#[derive(Clone, Debug)]
struct UpdateUserInputs {
    client: crate::Client,
    msid: crate::ids::UserMsidId,
    banner: Option<String>,
    lang: Option<String>,
    last_name: Option<String>,
    middle_name: Option<String>,
    social_media_links: Option<crate::models::SocialMediaLinks>,
    timezone: Option<String>,
    user_avatar: Option<String>,
    user_description: Option<String>,
    username: Option<String>,
}

impl UpdateUser<groupkit_core::Missing> {
    /// First name.
    #[inline]
    pub fn first_name(self, value: impl Into<String>) -> UpdateUser<String> {
        UpdateUser {
            inputs: self.inputs,
            first_name: value.into(),
        }
    }
}

impl<FirstName> UpdateUser<FirstName> {
    /// URL of the user banner image.
    #[inline]
    pub fn banner(mut self, value: impl Into<String>) -> Self {
        self.inputs.banner = Some(value.into());
        self
    }

    /// Language of the user; the default is `en`.
    #[inline]
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.inputs.lang = Some(value.into());
        self
    }

    /// Last name.
    #[inline]
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.last_name = Some(value.into());
        self
    }

    /// Middle name.
    #[inline]
    pub fn middle_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.middle_name = Some(value.into());
        self
    }

    /// `social_media_links`.
    #[inline]
    pub fn social_media_links(
        mut self,
        value: impl Into<crate::models::SocialMediaLinks>,
    ) -> Self {
        self.inputs.social_media_links = Some(value.into());
        self
    }

    /// Time zone of the user; the default is `UTC`.
    #[inline]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.inputs.timezone = Some(value.into());
        self
    }

    /// URL of the user's avatar image.
    #[inline]
    pub fn user_avatar(mut self, value: impl Into<String>) -> Self {
        self.inputs.user_avatar = Some(value.into());
        self
    }

    /// The user's description; can contain HTML.
    #[inline]
    pub fn user_description(mut self, value: impl Into<String>) -> Self {
        self.inputs.user_description = Some(value.into());
        self
    }

    /// Case-insensitive username. Can not have spaces or special characters except `_`.
    #[inline]
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.inputs.username = Some(value.into());
        self
    }

    /// Sets every body value at once from a \[`UpdateUserRequest`\] (or anything that converts into
    /// one, such as a reference to the model a GET on this path returns: get, change, write back).
    #[inline]
    pub fn body(
        self,
        body: impl Into<crate::models::UpdateUserRequest>,
    ) -> UpdateUser<String> {
        let crate::models::UpdateUserRequest {
            banner,
            first_name,
            lang,
            last_name,
            middle_name,
            social_media_links,
            timezone,
            user_avatar,
            user_description,
            username,
        } = body.into();
        UpdateUser {
            inputs: UpdateUserInputs {
                banner,
                lang,
                last_name,
                middle_name,
                social_media_links,
                timezone,
                user_avatar,
                user_description,
                username,
                ..self.inputs
            },
            first_name,
        }
    }
}

impl UpdateUser<String> {
    /// The request as core's builder: the escape hatch to add headers, change timeouts or
    /// the retry policy, or read the raw response.
    #[inline]
    pub fn into_request(self) -> groupkit_core::RequestBuilder {
        let mut request = self.inputs.client.core().request(UPDATE_USER);
        request = request.path_param("msid", self.inputs.msid.to_string());
        let body = crate::models::UpdateUserRequest {
            banner: self.inputs.banner,
            first_name: self.first_name,
            lang: self.inputs.lang,
            last_name: self.inputs.last_name,
            middle_name: self.inputs.middle_name,
            social_media_links: self.inputs.social_media_links,
            timezone: self.inputs.timezone,
            user_avatar: self.inputs.user_avatar,
            user_description: self.inputs.user_description,
            username: self.inputs.username,
        };
        request = request.json(&body);
        request
    }

    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(self) -> groupkit_core::Result<crate::models::User> {
        self.into_request().send_json().await
    }
}

impl crate::Client {
    /// Creates a board.
    ///
    /// `POST /boards`
    ///
    /// Set `board_name`, `is_private`, `hidden_type`, `permission_for`, `needs_approval` on the
    /// builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_board().board_name("value").is_private(true).hidden_type(0i64).permission_for(1i64).needs_approval(true).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_board(
        &self,
    ) -> CreateBoard<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        CreateBoard {
            inputs: CreateBoardInputs {
                client: self.clone(),
                about: None,
                icon: None,
            },
            board_name: groupkit_core::Missing,
            is_private: groupkit_core::Missing,
            hidden_type: groupkit_core::Missing,
            permission_for: groupkit_core::Missing,
            needs_approval: groupkit_core::Missing,
        }
    }

    /// Creates a comment on a post. The checks on who can comment are evaluated against the API
    /// user rather than the author of the comment.
    ///
    /// `POST /comments`
    ///
    /// Set `post_id`, `content`, `author` on the builder before sending: the request cannot be sent
    /// without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_comment().post_id(42).content("value").author("a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_comment(
        &self,
    ) -> CreateComment<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        CreateComment {
            inputs: CreateCommentInputs {
                client: self.clone(),
            },
            post_id: groupkit_core::Missing,
            content: groupkit_core::Missing,
            author: groupkit_core::Missing,
        }
    }

    /// Creates a post. The checks on who can post in which board are evaluated against the API user
    /// rather than the author of the post.
    ///
    /// `POST /posts`
    ///
    /// Set `board_id`, `headline`, `content`, `authors` on the builder before sending: the request
    /// cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_post().board_id(42).headline("value").content("value").authors(["a1b2c3"]).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_post(
        &self,
    ) -> CreatePost<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        CreatePost {
            inputs: CreatePostInputs {
                client: self.clone(),
            },
            board_id: groupkit_core::Missing,
            headline: groupkit_core::Missing,
            content: groupkit_core::Missing,
            authors: groupkit_core::Missing,
        }
    }

    /// Creates a reply to a comment. The checks on who can reply to a comment are evaluated against
    /// the API user rather than the author.
    ///
    /// `POST /replies`
    ///
    /// Set `comment_id`, `content`, `author` on the builder before sending: the request cannot be
    /// sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_reply().comment_id(42).content("value").author("a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_reply(
        &self,
    ) -> CreateReply<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        CreateReply {
            inputs: CreateReplyInputs {
                client: self.clone(),
            },
            comment_id: groupkit_core::Missing,
            content: groupkit_core::Missing,
            author: groupkit_core::Missing,
        }
    }

    /// Creates a tag. Ensure that the name is unique across tags.
    ///
    /// `POST /tags`
    ///
    /// Set `name` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_tag().name("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_tag(&self) -> CreateTag<groupkit_core::Missing> {
        CreateTag {
            inputs: CreateTagInputs {
                client: self.clone(),
                back_color: None,
                description: None,
                image: None,
                og_description: None,
                og_image: None,
                og_title: None,
                text_color: None,
            },
            name: groupkit_core::Missing,
        }
    }

    /// Creates a user. Make sure the email is verified before creating the user. Please validate
    /// your use case before creating users via the API, as this is reserved for certain cases.
    ///
    /// `POST /users`
    ///
    /// Set `first_name`, `email` on the builder before sending: the request cannot be sent without
    /// them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.create_user().first_name("value").email("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_user(
        &self,
    ) -> CreateUser<groupkit_core::Missing, groupkit_core::Missing> {
        CreateUser {
            inputs: CreateUserInputs {
                client: self.clone(),
                lang: None,
                last_name: None,
                middle_name: None,
                sso_id: None,
                timezone: None,
                user_avatar: None,
                username: None,
            },
            first_name: groupkit_core::Missing,
            email: groupkit_core::Missing,
        }
    }

    /// Returns one board.
    ///
    /// `GET /boards/{board_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_board(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_board(&self, board_id: impl Into<crate::ids::BoardId>) -> GetBoard {
        GetBoard {
            client: self.clone(),
            board_id: board_id.into(),
        }
    }

    /// Returns one comment. The checks and conditions on who can comment are evaluated against the
    /// API user rather than the author of the comment.
    ///
    /// `GET /comments/{comment_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_comment(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_comment(
        &self,
        comment_id: impl Into<crate::ids::CommentId>,
    ) -> GetComment {
        GetComment {
            client: self.clone(),
            comment_id: comment_id.into(),
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
    #[inline]
    pub fn get_current_user(&self) -> GetCurrentUser {
        GetCurrentUser {
            client: self.clone(),
        }
    }

    /// Returns one post. `user` and the other user info correspond to the primary author of the
    /// post.
    ///
    /// `GET /posts/{post_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_post(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_post(&self, post_id: impl Into<crate::ids::PostId>) -> GetPost {
        GetPost {
            client: self.clone(),
            post_id: post_id.into(),
        }
    }

    /// Returns one reply.
    ///
    /// `GET /replies/{reply_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_reply(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_reply(&self, reply_id: impl Into<crate::ids::ReplyId>) -> GetReply {
        GetReply {
            client: self.clone(),
            reply_id: reply_id.into(),
        }
    }

    /// Returns one tag with all its fields.
    ///
    /// `GET /tags/{tag_id}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_tag(42).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_tag(&self, tag_id: impl Into<crate::ids::TagId>) -> GetTag {
        GetTag {
            client: self.clone(),
            tag_id: tag_id.into(),
        }
    }

    /// Returns one user.
    ///
    /// `GET /users/{msid}`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.get_user("a1b2c3").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user(&self, msid: impl Into<crate::ids::UserMsidId>) -> GetUser {
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
    /// let items: Vec<_> = client.list_boards()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_boards(&self) -> ListBoards {
        ListBoards { client: self.clone() }
    }

    /// Lists the roles of the community.
    ///
    /// `GET /roles`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_roles()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_roles(&self) -> ListRoles {
        ListRoles { client: self.clone() }
    }

    /// Lists the tags mapped to one entity (a post, comment, reply or user).
    ///
    /// `GET /tags/mapping`
    ///
    /// Set `ref_type`, `ref_id` on the builder before sending: the request cannot be sent without
    /// them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_tag_mapping().ref_type("POST").ref_id(42u64)
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_tag_mapping(
        &self,
    ) -> ListTagMapping<groupkit_core::Missing, groupkit_core::Missing> {
        ListTagMapping {
            inputs: ListTagMappingInputs {
                client: self.clone(),
            },
            ref_type: groupkit_core::Missing,
            ref_id: groupkit_core::Missing,
        }
    }

    /// Lists tags, one page at a time, optionally sorted, or only the tags whose ids are given in
    /// `ids` (to get more details about them). Listing records is a slow operation: make sure your
    /// code can handle it appropriately.
    ///
    /// `GET /tags`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.list_tags()
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_tags(&self) -> ListTags {
        ListTags {
            client: self.clone(),
            sort_by: None,
            order: None,
            ids: None,
        }
    }

    /// Lists users, one page at a time. Listing records is a slow operation: make sure your code
    /// can handle it appropriately.
    ///
    /// `GET /users`
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
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
            sort_by: None,
            order: None,
            status: None,
        }
    }

    /// Applies one action to a user. The only documented action is 101, which changes the user's
    /// role to `data.role_id`.
    ///
    /// `PATCH /users/{msid}`
    ///
    /// Set `action`, `data` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.patch_user("a1b2c3").action(101i64).data(groupkit_habitate::models::PatchUserData::new()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_user(
        &self,
        msid: impl Into<crate::ids::UserMsidId>,
    ) -> PatchUser<groupkit_core::Missing, groupkit_core::Missing> {
        PatchUser {
            inputs: PatchUserInputs {
                client: self.clone(),
                msid: msid.into(),
                details: None,
            },
            action: groupkit_core::Missing,
            data: groupkit_core::Missing,
        }
    }

    /// Changes the display order of boards.
    ///
    /// `PATCH /boards/reorder`
    ///
    /// Set `display_order` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.reorder_boards().display_order(Default::default()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn reorder_boards(&self) -> ReorderBoards<groupkit_core::Missing> {
        ReorderBoards {
            inputs: ReorderBoardsInputs {
                client: self.clone(),
            },
            display_order: groupkit_core::Missing,
        }
    }

    /// Searches tags by name.
    ///
    /// `GET /tags/search`
    ///
    /// Set `q` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures::TryStreamExt;
    /// let items: Vec<_> = client.search_tags().q("value")
    /// .items().try_collect().await?;
    /// println!("{} items", items.len());
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn search_tags(&self) -> SearchTags<groupkit_core::Missing> {
        SearchTags {
            inputs: SearchTagsInputs {
                client: self.clone(),
            },
            q: groupkit_core::Missing,
        }
    }

    /// Edits a board. The body is the same as for creating a board: send every required field.
    ///
    /// `PUT /boards/{board_id}`
    ///
    /// Set `board_name`, `is_private`, `hidden_type`, `permission_for`, `needs_approval` on the
    /// builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_board(42).board_name("value").is_private(true).hidden_type(0i64).permission_for(1i64).needs_approval(true).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_board(
        &self,
        board_id: impl Into<crate::ids::BoardId>,
    ) -> UpdateBoard<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        UpdateBoard {
            inputs: UpdateBoardInputs {
                client: self.clone(),
                board_id: board_id.into(),
                about: None,
                icon: None,
            },
            board_name: groupkit_core::Missing,
            is_private: groupkit_core::Missing,
            hidden_type: groupkit_core::Missing,
            permission_for: groupkit_core::Missing,
            needs_approval: groupkit_core::Missing,
        }
    }

    /// Gives users access to a private board or removes it. Admins should also be added to private
    /// boards if they want to have the same experience as a member.
    ///
    /// `PUT /boards/{board_id}/members`
    ///
    /// Set `member_changes` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_board_members(42).member_changes(Default::default()).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_board_members(
        &self,
        board_id: impl Into<crate::ids::BoardId>,
    ) -> UpdateBoardMembers<groupkit_core::Missing> {
        UpdateBoardMembers {
            inputs: UpdateBoardMembersInputs {
                client: self.clone(),
                board_id: board_id.into(),
            },
            member_changes: groupkit_core::Missing,
        }
    }

    /// Edits the content of a comment.
    ///
    /// `PUT /comments/{comment_id}`
    ///
    /// Set `content` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_comment(42).content("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_comment(
        &self,
        comment_id: impl Into<crate::ids::CommentId>,
    ) -> UpdateComment<groupkit_core::Missing> {
        UpdateComment {
            inputs: UpdateCommentInputs {
                client: self.clone(),
                comment_id: comment_id.into(),
            },
            content: groupkit_core::Missing,
        }
    }

    /// Edits a post. The checks on who can post in which board are evaluated against the API user
    /// rather than the author of the post.
    ///
    /// `PUT /posts/{post_id}`
    ///
    /// Set `board_id`, `headline`, `content`, `authors` on the builder before sending: the request
    /// cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_post(42).board_id(42).headline("value").content("value").authors(["a1b2c3"]).send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_post(
        &self,
        post_id: impl Into<crate::ids::PostId>,
    ) -> UpdatePost<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        UpdatePost {
            inputs: UpdatePostInputs {
                client: self.clone(),
                post_id: post_id.into(),
            },
            board_id: groupkit_core::Missing,
            headline: groupkit_core::Missing,
            content: groupkit_core::Missing,
            authors: groupkit_core::Missing,
        }
    }

    /// Edits the content of a reply.
    ///
    /// `PUT /replies/{reply_id}`
    ///
    /// Set `content` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_reply(42).content("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_reply(
        &self,
        reply_id: impl Into<crate::ids::ReplyId>,
    ) -> UpdateReply<groupkit_core::Missing> {
        UpdateReply {
            inputs: UpdateReplyInputs {
                client: self.clone(),
                reply_id: reply_id.into(),
            },
            content: groupkit_core::Missing,
        }
    }

    /// Edits a tag. Ensure that the name is unique across tags.
    ///
    /// `PUT /tags/{tag_id}`
    ///
    /// Set `name` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_tag(42).name("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_tag(
        &self,
        tag_id: impl Into<crate::ids::TagId>,
    ) -> UpdateTag<groupkit_core::Missing> {
        UpdateTag {
            inputs: UpdateTagInputs {
                client: self.clone(),
                tag_id: tag_id.into(),
                back_color: None,
                description: None,
                image: None,
                og_description: None,
                og_image: None,
                og_title: None,
                text_color: None,
            },
            name: groupkit_core::Missing,
        }
    }

    /// Updates a user's profile.
    ///
    /// `PUT /users/{msid}`
    ///
    /// Set `first_name` on the builder before sending: the request cannot be sent without them.
    ///
    /// ```no_run
    /// # async fn example(client: groupkit_habitate::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.update_user("a1b2c3").first_name("value").send().await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user(
        &self,
        msid: impl Into<crate::ids::UserMsidId>,
    ) -> UpdateUser<groupkit_core::Missing> {
        UpdateUser {
            inputs: UpdateUserInputs {
                client: self.clone(),
                msid: msid.into(),
                banner: None,
                lang: None,
                last_name: None,
                middle_name: None,
                social_media_links: None,
                timezone: None,
                user_avatar: None,
                user_description: None,
                username: None,
            },
            first_name: groupkit_core::Missing,
        }
    }
}
