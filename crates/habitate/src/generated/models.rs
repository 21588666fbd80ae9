// @generated from specs/habitate.yaml by cargo xtask codegen; do not edit.

//! Models: every object and enum of the spec.

/// The values of a \[`Board`\] that a \[`BoardRequest`\] sends: read, change, write back. Fails
/// when the `Board` lacks a value the request requires.
impl TryFrom<&Board> for BoardRequest {
    type Error = groupkit_core::model::MissingField;

    #[inline]
    fn try_from(read: &Board) -> Result<Self, Self::Error> {
        Ok(BoardRequest {
            about: read.about.clone(),
            board_name: read
                .board_name
                .clone()
                .ok_or(groupkit_core::model::MissingField {
                    model: "Board",
                    request: "BoardRequest",
                    field: "board_name",
                })?,
            hidden_type: read
                .hidden_type
                .ok_or(groupkit_core::model::MissingField {
                    model: "Board",
                    request: "BoardRequest",
                    field: "hidden_type",
                })?,
            icon: read.icon.clone(),
            is_private: read
                .is_private
                .ok_or(groupkit_core::model::MissingField {
                    model: "Board",
                    request: "BoardRequest",
                    field: "is_private",
                })?,
            needs_approval: read
                .needs_approval
                .ok_or(groupkit_core::model::MissingField {
                    model: "Board",
                    request: "BoardRequest",
                    field: "needs_approval",
                })?,
            permission_for: read
                .permission_for
                .ok_or(groupkit_core::model::MissingField {
                    model: "Board",
                    request: "BoardRequest",
                    field: "permission_for",
                })?,
        })
    }
}

/// The values of a \[`Comment`\] that a \[`ContentRequest`\] sends: read, change, write back. Fails
/// when the `Comment` lacks a value the request requires.
impl TryFrom<&Comment> for ContentRequest {
    type Error = groupkit_core::model::MissingField;

    #[inline]
    fn try_from(read: &Comment) -> Result<Self, Self::Error> {
        Ok(ContentRequest {
            content: read
                .content
                .clone()
                .ok_or(groupkit_core::model::MissingField {
                    model: "Comment",
                    request: "ContentRequest",
                    field: "content",
                })?,
        })
    }
}

/// The values of a \[`Reply`\] that a \[`ContentRequest`\] sends: read, change, write back. Fails
/// when the `Reply` lacks a value the request requires.
impl TryFrom<&Reply> for ContentRequest {
    type Error = groupkit_core::model::MissingField;

    #[inline]
    fn try_from(read: &Reply) -> Result<Self, Self::Error> {
        Ok(ContentRequest {
            content: read
                .content
                .clone()
                .ok_or(groupkit_core::model::MissingField {
                    model: "Reply",
                    request: "ContentRequest",
                    field: "content",
                })?,
        })
    }
}

/// The values of a \[`Tag`\] that a \[`TagRequest`\] sends: read, change, write back. Fails when
/// the `Tag` lacks a value the request requires.
impl TryFrom<&Tag> for TagRequest {
    type Error = groupkit_core::model::MissingField;

    #[inline]
    fn try_from(read: &Tag) -> Result<Self, Self::Error> {
        Ok(TagRequest {
            back_color: read.back_color.clone(),
            description: read.description.clone(),
            image: read.image.clone(),
            name: read
                .name
                .clone()
                .ok_or(groupkit_core::model::MissingField {
                    model: "Tag",
                    request: "TagRequest",
                    field: "name",
                })?,
            og_description: read.og_description.clone(),
            og_image: read.og_image.clone(),
            og_title: read.og_title.clone(),
            text_color: read.text_color.clone(),
        })
    }
}

/// The values of a \[`User`\] that a \[`UpdateUserRequest`\] sends: read, change, write back. Fails
/// when the `User` lacks a value the request requires.
impl TryFrom<&User> for UpdateUserRequest {
    type Error = groupkit_core::model::MissingField;

    #[inline]
    fn try_from(read: &User) -> Result<Self, Self::Error> {
        Ok(UpdateUserRequest {
            banner: read.banner.clone(),
            first_name: read
                .first_name
                .clone()
                .ok_or(groupkit_core::model::MissingField {
                    model: "User",
                    request: "UpdateUserRequest",
                    field: "first_name",
                })?,
            lang: read.lang.clone(),
            last_name: read.last_name.clone(),
            middle_name: read.middle_name.clone(),
            social_media_links: read.social_media_links.clone(),
            timezone: read.timezone.clone(),
            user_avatar: read.user_avatar.clone(),
            user_description: read.user_description.clone(),
            username: read.username.clone(),
        })
    }
}

/// A board of the community.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Board {
    /// The details/description of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// The id of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub board_id: Option<crate::ids::BoardId>,
    /// The name of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_name: Option<String>,
    /// The type of the board (values not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_type: Option<String>,
    /// Position of the board in the display order (starting at 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_order: Option<i64>,
    /// `hidden_type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden_type: Option<crate::models::BoardHiddenType>,
    /// The board icon displayed in the UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Private boards are restricted to users who are part of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// When the last post was made in the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_posted_at: Option<groupkit_core::model::Timestamp>,
    /// Does a user need approval to post in the board?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_approval: Option<bool>,
    /// `permission_for`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_for: Option<crate::models::BoardPermission>,
    /// Ids of the posts pinned in the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub pinned_posts: Option<Vec<crate::ids::PostId>>,
    /// Number of posts in the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_count: Option<i64>,
}

impl Board {
    /// A `Board` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Board {
            about: None,
            board_id: None,
            board_name: None,
            board_type: None,
            display_order: None,
            hidden_type: None,
            icon: None,
            is_private: None,
            last_posted_at: None,
            needs_approval: None,
            permission_for: None,
            pinned_posts: None,
            post_count: None,
        }
    }
}

groupkit_core::open_int_enum! {
    /// Should the board be visible to guests? 0: visible to all users; 1: visible to any member who
    /// is logged in; 2: not visible unless the user is part of the board.
    pub enum BoardHiddenType {
        /// `0`: VISIBLE_TO_ALL
        VisibleToAll = 0 => "VISIBLE_TO_ALL",
        /// `1`: LOGGED_IN_MEMBERS
        LoggedInMembers = 1 => "LOGGED_IN_MEMBERS",
        /// `2`: BOARD_MEMBERS_ONLY
        BoardMembersOnly = 2 => "BOARD_MEMBERS_ONLY",
    }
}

/// Changes to the members of a private board.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BoardMembersRequest {
    /// Map of user msid to a boolean: true gives the user access to the board, false removes the
    /// access.
    pub member_changes: std::collections::BTreeMap<String, bool>,
}

impl BoardMembersRequest {
    /// A `BoardMembersRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(member_changes: std::collections::BTreeMap<String, bool>) -> Self {
        BoardMembersRequest {
            member_changes,
        }
    }
}

groupkit_core::open_int_enum! {
    /// Who can post in the board? 1: only admins; 5: admins and moderators; 10: any member of the
    /// community. 0 appears only in the document's placeholder examples (meaning undocumented). The
    /// document warns that this will change so that a list of role ids can be passed.
    pub enum BoardPermission {
        /// `1`: ADMINS
        Admins = 1 => "ADMINS",
        /// `5`: ADMINS_AND_MODERATORS
        AdminsAndModerators = 5 => "ADMINS_AND_MODERATORS",
        /// `10`: MEMBERS
        Members = 10 => "MEMBERS",
        /// `0`: UNSPECIFIED
        Unspecified = 0 => "UNSPECIFIED",
    }
}

/// The settings of a board, to create or edit one.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BoardRequest {
    /// The details/description of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// The name of the board.
    pub board_name: String,
    /// `hidden_type`.
    pub hidden_type: crate::models::BoardHiddenType,
    /// The board icon displayed in the UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Private boards are restricted to users who are part of the board.
    pub is_private: bool,
    /// Does a user need approval to post in the board?
    pub needs_approval: bool,
    /// `permission_for`.
    pub permission_for: crate::models::BoardPermission,
}

impl BoardRequest {
    /// A builder of a `BoardRequest`: set `board_name`, `hidden_type`, `is_private`,
    /// `needs_approval` and `permission_for` by name, then `build`; optional fields are setters
    /// too.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let value = groupkit_habitate::models::BoardRequest::builder()
    ///     .board_name("value")
    ///     .hidden_type(0i64)
    ///     .is_private(true)
    ///     .needs_approval(true)
    ///     .permission_for(1i64)
    ///     .build();
    /// println!("{value:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn builder() -> BoardRequestBuilder<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        BoardRequestBuilder {
            board_name: groupkit_core::Missing,
            hidden_type: groupkit_core::Missing,
            is_private: groupkit_core::Missing,
            needs_approval: groupkit_core::Missing,
            permission_for: groupkit_core::Missing,
            optional: Default::default(),
        }
    }
}

/// Builds a [`crate::models::BoardRequest`]; made by [`crate::models::BoardRequest::builder`].
///
/// Each type parameter is a required field set by name: `groupkit_core::Missing` until its setter
/// is called, then the field's type. `build` needs them all, so a forgotten one is a compile error
/// that shows which; leaving out `permission_for` does not compile:
///
/// ```compile_fail
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let value = groupkit_habitate::models::BoardRequest::builder()
///     .board_name("value")
///     .hidden_type(0i64)
///     .is_private(true)
///     .needs_approval(true)
///     .build();
/// println!("{value:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until it is built"]
pub struct BoardRequestBuilder<
    BoardName,
    HiddenType,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> {
    board_name: BoardName,
    hidden_type: HiddenType,
    is_private: IsPrivate,
    needs_approval: NeedsApproval,
    permission_for: PermissionFor,
    optional: BoardRequestBuilderOptional,
}

/// The optional fields a [`BoardRequestBuilder`] holds.
#[derive(Clone, Debug, Default)]
struct BoardRequestBuilderOptional {
    about: Option<String>,
    icon: Option<String>,
}

impl<
    HiddenType,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> BoardRequestBuilder<
    groupkit_core::Missing,
    HiddenType,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> {
    /// The name of the board.
    #[inline]
    pub fn board_name(
        self,
        value: impl Into<String>,
    ) -> BoardRequestBuilder<
        String,
        HiddenType,
        IsPrivate,
        NeedsApproval,
        PermissionFor,
    > {
        BoardRequestBuilder {
            board_name: value.into(),
            hidden_type: self.hidden_type,
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
            optional: self.optional,
        }
    }
}

impl<
    BoardName,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> BoardRequestBuilder<
    BoardName,
    groupkit_core::Missing,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> {
    /// `hidden_type`.
    #[inline]
    pub fn hidden_type(
        self,
        value: impl Into<crate::models::BoardHiddenType>,
    ) -> BoardRequestBuilder<
        BoardName,
        crate::models::BoardHiddenType,
        IsPrivate,
        NeedsApproval,
        PermissionFor,
    > {
        BoardRequestBuilder {
            board_name: self.board_name,
            hidden_type: value.into(),
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
            optional: self.optional,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    NeedsApproval,
    PermissionFor,
> BoardRequestBuilder<
    BoardName,
    HiddenType,
    groupkit_core::Missing,
    NeedsApproval,
    PermissionFor,
> {
    /// Private boards are restricted to users who are part of the board.
    #[inline]
    pub fn is_private(
        self,
        value: bool,
    ) -> BoardRequestBuilder<BoardName, HiddenType, bool, NeedsApproval, PermissionFor> {
        BoardRequestBuilder {
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            is_private: value,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
            optional: self.optional,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    IsPrivate,
    PermissionFor,
> BoardRequestBuilder<
    BoardName,
    HiddenType,
    IsPrivate,
    groupkit_core::Missing,
    PermissionFor,
> {
    /// Does a user need approval to post in the board?
    #[inline]
    pub fn needs_approval(
        self,
        value: bool,
    ) -> BoardRequestBuilder<BoardName, HiddenType, IsPrivate, bool, PermissionFor> {
        BoardRequestBuilder {
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            is_private: self.is_private,
            needs_approval: value,
            permission_for: self.permission_for,
            optional: self.optional,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    IsPrivate,
    NeedsApproval,
> BoardRequestBuilder<
    BoardName,
    HiddenType,
    IsPrivate,
    NeedsApproval,
    groupkit_core::Missing,
> {
    /// `permission_for`.
    #[inline]
    pub fn permission_for(
        self,
        value: impl Into<crate::models::BoardPermission>,
    ) -> BoardRequestBuilder<
        BoardName,
        HiddenType,
        IsPrivate,
        NeedsApproval,
        crate::models::BoardPermission,
    > {
        BoardRequestBuilder {
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: value.into(),
            optional: self.optional,
        }
    }
}

impl<
    BoardName,
    HiddenType,
    IsPrivate,
    NeedsApproval,
    PermissionFor,
> BoardRequestBuilder<BoardName, HiddenType, IsPrivate, NeedsApproval, PermissionFor> {
    /// The details/description of the board.
    #[inline]
    pub fn about(mut self, value: impl Into<String>) -> Self {
        self.optional.about = Some(value.into());
        self
    }

    /// The board icon displayed in the UI.
    #[inline]
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.optional.icon = Some(value.into());
        self
    }
}

impl BoardRequestBuilder<
    String,
    crate::models::BoardHiddenType,
    bool,
    bool,
    crate::models::BoardPermission,
> {
    /// The `BoardRequest`, every required field set.
    #[inline]
    pub fn build(self) -> BoardRequest {
        BoardRequest {
            about: self.optional.about,
            board_name: self.board_name,
            hidden_type: self.hidden_type,
            icon: self.optional.icon,
            is_private: self.is_private,
            needs_approval: self.needs_approval,
            permission_for: self.permission_for,
        }
    }
}

/// A comment on a post.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Comment {
    /// The content as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clean_text: Option<String>,
    /// The id of the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub comment_id: Option<crate::ids::CommentId>,
    /// `comment_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_status: Option<crate::models::EntityStatus>,
    /// The content of the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// When the comment was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// When the content was last edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_edited_at: Option<groupkit_core::model::Timestamp>,
    /// When the comment was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<groupkit_core::model::Timestamp>,
    /// The id of the post the comment is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub post_id: Option<crate::ids::PostId>,
    /// Total number of reactions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub react_count: Option<i64>,
    /// `reactions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactions: Option<std::collections::BTreeMap<String, i64>>,
    /// Number of replies to the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_count: Option<i64>,
    /// `state`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::models::ContentState>,
    /// The author of the comment (a subset of the user fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<crate::models::User>,
}

impl Comment {
    /// A `Comment` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Comment {
            clean_text: None,
            comment_id: None,
            comment_status: None,
            content: None,
            created_at: None,
            last_edited_at: None,
            last_modified_at: None,
            post_id: None,
            react_count: None,
            reactions: None,
            reply_count: None,
            state: None,
            user: None,
        }
    }
}

/// A new comment.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommentRequest {
    /// The msid of the author.
    pub author: crate::ids::UserMsidId,
    /// The content of the comment.
    pub content: String,
    /// The id of the post to comment on. The document types it as a string; responses carry it as
    /// an integer. Either form is sent as given.
    pub post_id: crate::ids::PostId,
}

impl CommentRequest {
    /// A `CommentRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        author: crate::ids::UserMsidId,
        content: String,
        post_id: crate::ids::PostId,
    ) -> Self {
        CommentRequest {
            author,
            content,
            post_id,
        }
    }
}

/// The new content of a comment or reply.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ContentRequest {
    /// The new content.
    pub content: String,
}

impl ContentRequest {
    /// A `ContentRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(content: String) -> Self {
        ContentRequest { content }
    }
}

groupkit_core::open_int_enum! {
    /// State of a comment or reply: 11 ARCHIVED, 10 LOCKED, 9 MODERATED, 5 USER_REPORTED, 0
    /// DEFAULT, -2 REPORTED, -3 SPAM, -100 DELETED.
    pub enum ContentState {
        /// `11`: ARCHIVED
        Archived = 11 => "ARCHIVED",
        /// `10`: LOCKED
        Locked = 10 => "LOCKED",
        /// `9`: MODERATED
        Moderated = 9 => "MODERATED",
        /// `5`: USER_REPORTED
        UserReported = 5 => "USER_REPORTED",
        /// `0`: DEFAULT
        Default = 0 => "DEFAULT",
        /// `-2`: REPORTED
        Reported = -2 => "REPORTED",
        /// `-3`: SPAM
        Spam = -3 => "SPAM",
        /// `-100`: DELETED
        Deleted = -100 => "DELETED",
    }
}

/// A new user. Make sure the email is verified before creating the user.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateUserRequest {
    /// The user's (verified) email address.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Language of the user; the default is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// The user's id in your single sign-on system. If using SSO, make sure to provide this value,
    /// else duplicate accounts may be created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_id: Option<String>,
    /// Time zone of the user; the default is `UTC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// URL of the user's avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_avatar: Option<String>,
    /// Case-insensitive username. Can not have spaces or special characters (except `_`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl CreateUserRequest {
    /// A builder of a `CreateUserRequest`: set `email` and `first_name` by name, then `build`;
    /// optional fields are setters too.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let value = groupkit_habitate::models::CreateUserRequest::builder()
    ///     .email("value")
    ///     .first_name("value")
    ///     .build();
    /// println!("{value:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn builder() -> CreateUserRequestBuilder<
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        CreateUserRequestBuilder {
            email: groupkit_core::Missing,
            first_name: groupkit_core::Missing,
            optional: Default::default(),
        }
    }
}

/// Builds a [`crate::models::CreateUserRequest`]; made by
/// [`crate::models::CreateUserRequest::builder`].
///
/// Each type parameter is a required field set by name: `groupkit_core::Missing` until its setter
/// is called, then the field's type. `build` needs them all, so a forgotten one is a compile error
/// that shows which; leaving out `first_name` does not compile:
///
/// ```compile_fail
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let value = groupkit_habitate::models::CreateUserRequest::builder()
///     .email("value")
///     .build();
/// println!("{value:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until it is built"]
pub struct CreateUserRequestBuilder<Email, FirstName> {
    email: Email,
    first_name: FirstName,
    optional: CreateUserRequestBuilderOptional,
}

/// The optional fields a [`CreateUserRequestBuilder`] holds.
#[derive(Clone, Debug, Default)]
struct CreateUserRequestBuilderOptional {
    lang: Option<String>,
    last_name: Option<String>,
    middle_name: Option<String>,
    sso_id: Option<String>,
    timezone: Option<String>,
    user_avatar: Option<String>,
    username: Option<String>,
}

impl<FirstName> CreateUserRequestBuilder<groupkit_core::Missing, FirstName> {
    /// The user's (verified) email address.
    #[inline]
    pub fn email(
        self,
        value: impl Into<String>,
    ) -> CreateUserRequestBuilder<String, FirstName> {
        CreateUserRequestBuilder {
            email: value.into(),
            first_name: self.first_name,
            optional: self.optional,
        }
    }
}

impl<Email> CreateUserRequestBuilder<Email, groupkit_core::Missing> {
    /// First name.
    #[inline]
    pub fn first_name(
        self,
        value: impl Into<String>,
    ) -> CreateUserRequestBuilder<Email, String> {
        CreateUserRequestBuilder {
            email: self.email,
            first_name: value.into(),
            optional: self.optional,
        }
    }
}

impl<Email, FirstName> CreateUserRequestBuilder<Email, FirstName> {
    /// Language of the user; the default is `en`.
    #[inline]
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.optional.lang = Some(value.into());
        self
    }

    /// Last name.
    #[inline]
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.optional.last_name = Some(value.into());
        self
    }

    /// Middle name.
    #[inline]
    pub fn middle_name(mut self, value: impl Into<String>) -> Self {
        self.optional.middle_name = Some(value.into());
        self
    }

    /// The user's id in your single sign-on system. If using SSO, make sure to provide this value,
    /// else duplicate accounts may be created.
    #[inline]
    pub fn sso_id(mut self, value: impl Into<String>) -> Self {
        self.optional.sso_id = Some(value.into());
        self
    }

    /// Time zone of the user; the default is `UTC`.
    #[inline]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.optional.timezone = Some(value.into());
        self
    }

    /// URL of the user's avatar image.
    #[inline]
    pub fn user_avatar(mut self, value: impl Into<String>) -> Self {
        self.optional.user_avatar = Some(value.into());
        self
    }

    /// Case-insensitive username. Can not have spaces or special characters (except `_`).
    #[inline]
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.optional.username = Some(value.into());
        self
    }
}

impl CreateUserRequestBuilder<String, String> {
    /// The `CreateUserRequest`, every required field set.
    #[inline]
    pub fn build(self) -> CreateUserRequest {
        CreateUserRequest {
            email: self.email,
            first_name: self.first_name,
            lang: self.optional.lang,
            last_name: self.optional.last_name,
            middle_name: self.optional.middle_name,
            sso_id: self.optional.sso_id,
            timezone: self.optional.timezone,
            user_avatar: self.optional.user_avatar,
            username: self.optional.username,
        }
    }
}

groupkit_core::open_int_enum! {
    /// Default entity status (posts, comments, replies): 15 ACTIVE, 4 APPROVAL_REQUIRED, 3
    /// APPROVAL_REJECTED, 2 DRAFT, 0 INACTIVE, -2 REPORTED, -3 SPAM, -100 DELETED.
    pub enum EntityStatus {
        /// `15`: ACTIVE
        Active = 15 => "ACTIVE",
        /// `4`: APPROVAL_REQUIRED
        ApprovalRequired = 4 => "APPROVAL_REQUIRED",
        /// `3`: APPROVAL_REJECTED
        ApprovalRejected = 3 => "APPROVAL_REJECTED",
        /// `2`: DRAFT
        Draft = 2 => "DRAFT",
        /// `0`: INACTIVE
        Inactive = 0 => "INACTIVE",
        /// `-2`: REPORTED
        Reported = -2 => "REPORTED",
        /// `-3`: SPAM
        Spam = -3 => "SPAM",
        /// `-100`: DELETED
        Deleted = -100 => "DELETED",
    }
}

/// The error body Habitate sends with every error status.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Error {
    /// Identifier of this error occurrence (quote it to support).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable message, e.g. `ERR_V1█Request payload validation errors`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::ErrorStatus>,
    /// When the error happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<groupkit_core::model::Timestamp>,
}

impl Error {
    /// A `Error` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Error {
            id: None,
            message: None,
            status: None,
            time: None,
        }
    }
}

groupkit_core::open_enum! {
    /// The error's status name, matching the HTTP status code.
    pub enum ErrorStatus {
        /// `BAD_REQUEST`
        BadRequest = "BAD_REQUEST",
        /// `FORBIDDEN`
        Forbidden = "FORBIDDEN",
        /// `NOT_FOUND`
        NotFound = "NOT_FOUND",
        /// `METHOD_NOT_ALLOWED`
        MethodNotAllowed = "METHOD_NOT_ALLOWED",
        /// `CONFLICT`
        Conflict = "CONFLICT",
        /// `I_AM_A_TEAPOT`
        IAmATeapot = "I_AM_A_TEAPOT",
        /// `TOO_MANY_REQUESTS`
        TooManyRequests = "TOO_MANY_REQUESTS",
        /// `SERVER_ERROR`
        ServerError = "SERVER_ERROR",
        /// `SERVICE_UNAVAILABLE`
        ServiceUnavailable = "SERVICE_UNAVAILABLE",
    }
}

/// A plain acknowledgement.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageResponse {
    /// `OK` on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl MessageResponse {
    /// A `MessageResponse` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        MessageResponse { message: None }
    }
}

/// The data of a user patch action.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PatchUserData {
    /// For action 101: the id of the role to change to (see the roles list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub role_id: Option<crate::ids::RoleId>,
}

impl PatchUserData {
    /// A `PatchUserData` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        PatchUserData { role_id: None }
    }
}

/// One action to apply to a user.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PatchUserRequest {
    /// `action`.
    pub action: crate::models::UserPatchAction,
    /// `data`.
    pub data: crate::models::PatchUserData,
    /// Free-text details about the change (meaning not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

impl PatchUserRequest {
    /// A `PatchUserRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        action: crate::models::UserPatchAction,
        data: crate::models::PatchUserData,
    ) -> Self {
        PatchUserRequest {
            action,
            data,
            details: None,
        }
    }
}

/// A post in a board.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Post {
    /// The id of the board the post is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub board_id: Option<crate::ids::BoardId>,
    /// The content as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clean_text: Option<String>,
    /// Number of comments on the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_count: Option<i64>,
    /// The content of the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// When the post was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// The headline (title) of the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// When the content was last edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_edited_at: Option<groupkit_core::model::Timestamp>,
    /// When the post was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<groupkit_core::model::Timestamp>,
    /// The id of the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub post_id: Option<crate::ids::PostId>,
    /// A shortened plain-text preview of the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_short_text: Option<String>,
    /// `post_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_status: Option<crate::models::EntityStatus>,
    /// Total number of reactions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub react_count: Option<i64>,
    /// `reactions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactions: Option<std::collections::BTreeMap<String, i64>>,
    /// Number of replies to the post's comments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_count: Option<i64>,
    /// The primary author of the post (a subset of the user fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<crate::models::User>,
    /// Number of views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view_count: Option<i64>,
}

impl Post {
    /// A `Post` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Post {
            board_id: None,
            clean_text: None,
            comment_count: None,
            content: None,
            created_at: None,
            headline: None,
            last_edited_at: None,
            last_modified_at: None,
            post_id: None,
            post_short_text: None,
            post_status: None,
            react_count: None,
            reactions: None,
            reply_count: None,
            user: None,
            view_count: None,
        }
    }
}

/// A post's board, headline, content and author, to create or edit it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PostRequest {
    /// List of msid of authors. Currently only the first item in the list is used to assign an
    /// author to the post.
    pub authors: Vec<crate::ids::UserMsidId>,
    /// The id of the board. The document types it as a string; responses carry it as an integer.
    /// Either form is sent as given.
    pub board_id: crate::ids::BoardId,
    /// The content of the post.
    pub content: String,
    /// The headline (title) of the post.
    pub headline: String,
}

impl PostRequest {
    /// A builder of a `PostRequest`: set `authors`, `board_id`, `content` and `headline` by name,
    /// then `build`; optional fields are setters too.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let value = groupkit_habitate::models::PostRequest::builder()
    ///     .authors(["a1b2c3"])
    ///     .board_id(42)
    ///     .content("value")
    ///     .headline("value")
    ///     .build();
    /// println!("{value:?}");
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn builder() -> PostRequestBuilder<
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
        groupkit_core::Missing,
    > {
        PostRequestBuilder {
            authors: groupkit_core::Missing,
            board_id: groupkit_core::Missing,
            content: groupkit_core::Missing,
            headline: groupkit_core::Missing,
        }
    }
}

/// Builds a [`crate::models::PostRequest`]; made by [`crate::models::PostRequest::builder`].
///
/// Each type parameter is a required field set by name: `groupkit_core::Missing` until its setter
/// is called, then the field's type. `build` needs them all, so a forgotten one is a compile error
/// that shows which; leaving out `headline` does not compile:
///
/// ```compile_fail
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let value = groupkit_habitate::models::PostRequest::builder()
///     .authors(["a1b2c3"])
///     .board_id(42)
///     .content("value")
///     .build();
/// println!("{value:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until it is built"]
pub struct PostRequestBuilder<Authors, BoardId, Content, Headline> {
    authors: Authors,
    board_id: BoardId,
    content: Content,
    headline: Headline,
}

impl<
    BoardId,
    Content,
    Headline,
> PostRequestBuilder<groupkit_core::Missing, BoardId, Content, Headline> {
    /// List of msid of authors. Currently only the first item in the list is used to assign an
    /// author to the post.
    #[inline]
    pub fn authors(
        self,
        value: impl IntoIterator<Item = impl Into<crate::ids::UserMsidId>>,
    ) -> PostRequestBuilder<Vec<crate::ids::UserMsidId>, BoardId, Content, Headline> {
        PostRequestBuilder {
            authors: value.into_iter().map(Into::into).collect(),
            board_id: self.board_id,
            content: self.content,
            headline: self.headline,
        }
    }
}

impl<
    Authors,
    Content,
    Headline,
> PostRequestBuilder<Authors, groupkit_core::Missing, Content, Headline> {
    /// The id of the board. The document types it as a string; responses carry it as an integer.
    /// Either form is sent as given.
    #[inline]
    pub fn board_id(
        self,
        value: impl Into<crate::ids::BoardId>,
    ) -> PostRequestBuilder<Authors, crate::ids::BoardId, Content, Headline> {
        PostRequestBuilder {
            authors: self.authors,
            board_id: value.into(),
            content: self.content,
            headline: self.headline,
        }
    }
}

impl<
    Authors,
    BoardId,
    Headline,
> PostRequestBuilder<Authors, BoardId, groupkit_core::Missing, Headline> {
    /// The content of the post.
    #[inline]
    pub fn content(
        self,
        value: impl Into<String>,
    ) -> PostRequestBuilder<Authors, BoardId, String, Headline> {
        PostRequestBuilder {
            authors: self.authors,
            board_id: self.board_id,
            content: value.into(),
            headline: self.headline,
        }
    }
}

impl<
    Authors,
    BoardId,
    Content,
> PostRequestBuilder<Authors, BoardId, Content, groupkit_core::Missing> {
    /// The headline (title) of the post.
    #[inline]
    pub fn headline(
        self,
        value: impl Into<String>,
    ) -> PostRequestBuilder<Authors, BoardId, Content, String> {
        PostRequestBuilder {
            authors: self.authors,
            board_id: self.board_id,
            content: self.content,
            headline: value.into(),
        }
    }
}

impl PostRequestBuilder<
    Vec<crate::ids::UserMsidId>,
    crate::ids::BoardId,
    String,
    String,
> {
    /// The `PostRequest`, every required field set.
    #[inline]
    pub fn build(self) -> PostRequest {
        PostRequest {
            authors: self.authors,
            board_id: self.board_id,
            content: self.content,
            headline: self.headline,
        }
    }
}

/// Reaction counts by slot. Keys represent the slots: the first emoji reaction is slot 1 and its
/// key is `s1`, and so on. Each value is the reaction count of that emoji. Emoji are slots because
/// the icons shown in the UI are configurable.
pub type Reactions = std::collections::BTreeMap<String, i64>;

groupkit_core::open_enum! {
    /// Entity type of a reference: `POST`, `COMMENT`, `REPLY` or `USER`.
    pub enum ReferenceType {
        /// `POST`
        Post = "POST",
        /// `COMMENT`
        Comment = "COMMENT",
        /// `REPLY`
        Reply = "REPLY",
        /// `USER`
        User = "USER",
    }
}

/// The new display order of boards.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReorderBoardsRequest {
    /// Map of board id (as a JSON object key) to its display order, starting at 1.
    pub display_order: std::collections::BTreeMap<String, i64>,
}

impl ReorderBoardsRequest {
    /// A `ReorderBoardsRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(display_order: std::collections::BTreeMap<String, i64>) -> Self {
        ReorderBoardsRequest {
            display_order,
        }
    }
}

/// A reply to a comment.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reply {
    /// The content as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clean_text: Option<String>,
    /// The id of the comment replied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub comment_id: Option<crate::ids::CommentId>,
    /// The content of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// When the reply was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// When the content was last edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_edited_at: Option<groupkit_core::model::Timestamp>,
    /// When the reply was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<groupkit_core::model::Timestamp>,
    /// The id of the post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub post_id: Option<crate::ids::PostId>,
    /// Total number of reactions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub react_count: Option<i64>,
    /// `reactions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactions: Option<std::collections::BTreeMap<String, i64>>,
    /// The id of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub reply_id: Option<crate::ids::ReplyId>,
    /// `state`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::models::ContentState>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::EntityStatus>,
    /// The author of the reply (a subset of the user fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<crate::models::User>,
}

impl Reply {
    /// A `Reply` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Reply {
            clean_text: None,
            comment_id: None,
            content: None,
            created_at: None,
            last_edited_at: None,
            last_modified_at: None,
            post_id: None,
            react_count: None,
            reactions: None,
            reply_id: None,
            state: None,
            status: None,
            user: None,
        }
    }
}

/// A new reply.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReplyRequest {
    /// The msid of the author.
    pub author: crate::ids::UserMsidId,
    /// The id of the comment to reply to. The document types it as a string; responses carry it as
    /// an integer. Either form is sent as given.
    pub comment_id: crate::ids::CommentId,
    /// The content of the reply.
    pub content: String,
}

impl ReplyRequest {
    /// A `ReplyRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        author: crate::ids::UserMsidId,
        comment_id: crate::ids::CommentId,
        content: String,
    ) -> Self {
        ReplyRequest {
            author,
            comment_id,
            content,
        }
    }
}

/// A role that can be assigned to users.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Role {
    /// Whether the role is one of the community's default roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// A description of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_details: Option<String>,
    /// The id of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub role_id: Option<crate::ids::RoleId>,
    /// The name of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
}

impl Role {
    /// A `Role` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Role {
            is_default: None,
            role_details: None,
            role_id: None,
            role_name: None,
        }
    }
}

/// Links to the user's social media profiles.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SocialMediaLinks {
    /// The user's LinkedIn profile URL.
    #[serde(rename = "Linkedin")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    /// Link to the user's Twitter profile.
    #[serde(rename = "Twitter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twitter: Option<String>,
}

impl SocialMediaLinks {
    /// A `SocialMediaLinks` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        SocialMediaLinks {
            linkedin: None,
            twitter: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Sort direction: `asc` (ascending) or `desc` (descending).
    pub enum SortOrder {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

/// A tag. Lists carry only tag_id, name, display_name, back_color and text_color. `display_name`
/// tries to be similar to what the user specified; `name` parses the display_name into a hashtag
/// for better search and familiarity and is always lowercase.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Tag {
    /// Background colour, a hex color code (e.g. `#ffffff`, or `#ffffff00` with alpha).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_color: Option<String>,
    /// A description of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name as the user specified it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// URL of an image, displayed as a banner in the UI (future scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The hashtag form of the name, always lowercase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Open Graph description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_description: Option<String>,
    /// Open Graph image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image: Option<String>,
    /// Open Graph title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_title: Option<String>,
    /// The id of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub tag_id: Option<crate::ids::TagId>,
    /// Text colour, a hex color code (e.g. `#330000`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_color: Option<String>,
}

impl Tag {
    /// A `Tag` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        Tag {
            back_color: None,
            description: None,
            display_name: None,
            image: None,
            name: None,
            og_description: None,
            og_image: None,
            og_title: None,
            tag_id: None,
            text_color: None,
        }
    }
}

/// A tag's fields, to create or edit it. The name must be unique across tags.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TagRequest {
    /// Background colour, a hex color code; defaults to `#ffffff`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_color: Option<String>,
    /// A description of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL of an image, displayed as a banner in the UI (future scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The tag name, in a format similar to hashtags; unique across tags.
    pub name: String,
    /// Open Graph description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_description: Option<String>,
    /// Open Graph image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image: Option<String>,
    /// Open Graph title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_title: Option<String>,
    /// Text colour, a hex color code; defaults to `#330000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_color: Option<String>,
}

impl TagRequest {
    /// A `TagRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(name: String) -> Self {
        TagRequest {
            back_color: None,
            description: None,
            image: None,
            name,
            og_description: None,
            og_image: None,
            og_title: None,
            text_color: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Sort field of the tag list: `id` or `name`.
    pub enum TagSortBy {
        /// `id`
        Id = "id",
        /// `name`
        Name = "name",
    }
}

/// A user's new profile details.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateUserRequest {
    /// URL of the user banner image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<String>,
    /// First name.
    pub first_name: String,
    /// Language of the user; the default is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// `social_media_links`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_media_links: Option<crate::models::SocialMediaLinks>,
    /// Time zone of the user; the default is `UTC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// URL of the user's avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_avatar: Option<String>,
    /// The user's description; can contain HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_description: Option<String>,
    /// Case-insensitive username. Can not have spaces or special characters except `_`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl UpdateUserRequest {
    /// A `UpdateUserRequest` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(first_name: String) -> Self {
        UpdateUserRequest {
            banner: None,
            first_name,
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

/// A user of the community. Lists, embedded authors (`user` in posts, comments and replies) and
/// webhook entities carry a subset of these fields; fields that are null or that the caller may not
/// see are left out.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct User {
    /// URL of the user's banner image. Settable on update; not shown in the document's response
    /// examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<String>,
    /// Number of comments the user made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_count: Option<i64>,
    /// When the user was created (joined).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<groupkit_core::model::Timestamp>,
    /// The user's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Whether the user is a bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bot: Option<bool>,
    /// The user's language (e.g. `en`). Settable on create and update; not shown in the document's
    /// response examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// When the user was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<groupkit_core::model::Timestamp>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Number of logins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_count: Option<i64>,
    /// Additional metadata of the user (contents not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Value>,
    /// Middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// `<user_id>.<sid>`, the key some endpoints take to identify the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msid: Option<crate::ids::UserMsidId>,
    /// Number of posts the user made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_count: Option<i64>,
    /// Number of replies the user made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_count: Option<i64>,
    /// The id of the user's role (see the roles list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub role_id: Option<crate::ids::RoleId>,
    /// The user's sid; with user_id it forms the msid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// `social_media_links`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_media_links: Option<crate::models::SocialMediaLinks>,
    /// The user's id in your single sign-on system. Settable on create; not shown in the document's
    /// response examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_id: Option<String>,
    /// The user's time zone (e.g. `UTC`). Settable on create and update; not shown in the
    /// document's response examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// URL of the user's avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_avatar: Option<String>,
    /// The user's description; can contain HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_description: Option<String>,
    /// The id of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: Option<crate::ids::UserId>,
    /// `user_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_status: Option<crate::models::UserStatus>,
    /// Case-insensitive username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl User {
    /// A `User` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        User {
            banner: None,
            comment_count: None,
            created_at: None,
            email: None,
            first_name: None,
            is_bot: None,
            lang: None,
            last_modified_at: None,
            last_name: None,
            login_count: None,
            meta: None,
            middle_name: None,
            msid: None,
            post_count: None,
            reply_count: None,
            role_id: None,
            sid: None,
            social_media_links: None,
            sso_id: None,
            timezone: None,
            user_avatar: None,
            user_description: None,
            user_id: None,
            user_status: None,
            username: None,
        }
    }
}

groupkit_core::open_int_enum! {
    /// The action of a user patch: 101 updates the role (`update::role`).
    pub enum UserPatchAction {
        /// `101`: UPDATE_ROLE
        UpdateRole = 101 => "UPDATE_ROLE",
    }
}

groupkit_core::open_enum! {
    /// Sort field of the user list: `user_id`, `joined` (join time) or `name`.
    pub enum UserSortBy {
        /// `user_id`
        UserId = "user_id",
        /// `joined`
        Joined = "joined",
        /// `name`
        Name = "name",
    }
}

groupkit_core::open_int_enum! {
    /// User status: 10 ACTIVE, 6 UNVERIFIED, 5 INVITED, 4 WAITLIST (the user has joined your
    /// wait-list), 0 INACTIVE, -3 BANNED, -100 DELETED.
    pub enum UserStatus {
        /// `10`: ACTIVE
        Active = 10 => "ACTIVE",
        /// `6`: UNVERIFIED
        Unverified = 6 => "UNVERIFIED",
        /// `5`: INVITED
        Invited = 5 => "INVITED",
        /// `4`: WAITLIST
        Waitlist = 4 => "WAITLIST",
        /// `0`: INACTIVE
        Inactive = 0 => "INACTIVE",
        /// `-3`: BANNED
        Banned = -3 => "BANNED",
        /// `-100`: DELETED
        Deleted = -100 => "DELETED",
    }
}

/// The entities of a webhook event, one key per entity type. Every key holds an array of objects,
/// even for a single object (member.joined sends one user). The objects are those of the respective
/// entity endpoints. Keys other than `user` are inferred from the document's entity type list and
/// are not shown in its sample.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookEntities {
    /// Comment objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Vec<crate::models::Comment>>,
    /// Post objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<Vec<crate::models::Post>>,
    /// Reply objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Vec<crate::models::Reply>>,
    /// User objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<crate::models::User>>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl WebhookEntities {
    /// A `WebhookEntities` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        WebhookEntities {
            comment: None,
            post: None,
            reply: None,
            user: None,
            additional: Default::default(),
        }
    }
}

/// The body of every webhook delivery. The structure is the same for all events; the entities
/// involved are keys under `entities`.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookEvent {
    /// `entities`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<crate::models::WebhookEntities>,
    /// `event`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::WebhookEventType>,
    /// The id of the delivery job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
}

impl WebhookEvent {
    /// A `WebhookEvent` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        WebhookEvent {
            entities: None,
            event: None,
            job_id: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Webhook event name. Habitate keeps adding events, so expect values not listed here.
    pub enum WebhookEventType {
        /// `member.joined`
        MemberJoined = "member.joined",
        /// `member.joined_waitlist`
        MemberJoinedWaitlist = "member.joined_waitlist",
    }
}
