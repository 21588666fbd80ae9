// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.

groupkit_core::entity_id! {
    /// The id of an activity log.
    pub struct ActivityLogId;
}

groupkit_core::entity_id! {
    /// The id of an album.
    pub struct AlbumId;
}

groupkit_core::entity_id! {
    /// The id of an attachment.
    pub struct AttachmentId;
}

groupkit_core::entity_id! {
    /// The id of a chat.
    pub struct ChatId;
}

groupkit_core::entity_id! {
    /// The id of a chat message.
    pub struct ChatMessageId;
}

groupkit_core::entity_id! {
    /// The id of a chat sub.
    pub struct ChatSubId;
}

groupkit_core::entity_id! {
    /// The id of a column.
    pub struct ColumnId;
}

groupkit_core::entity_id! {
    /// The id of a database.
    pub struct DatabaseId;
}

groupkit_core::entity_id! {
    /// The id of a database row.
    pub struct DatabaseRowId;
}

groupkit_core::entity_id! {
    /// The id of a draft.
    pub struct DraftId;
}

groupkit_core::entity_id! {
    /// The id of a draft attachment.
    pub struct DraftAttachmentId;
}

groupkit_core::entity_id! {
    /// The id of an event.
    pub struct EventId;
}

groupkit_core::entity_id! {
    /// The id of a file.
    pub struct FileId;
}

groupkit_core::entity_id! {
    /// The id of a group.
    pub struct GroupId;
}

groupkit_core::entity_id! {
    /// The id of a group alias.
    pub struct GroupAliasId;
}

groupkit_core::entity_id! {
    /// The id of a hashtag.
    pub struct HashtagId;
}

groupkit_core::entity_id! {
    /// The id of a member.
    pub struct MemberId;
}

groupkit_core::entity_id! {
    /// The id of a member notice.
    pub struct MemberNoticeId;
}

groupkit_core::entity_id! {
    /// The id of a message.
    pub struct MessageId;
}

groupkit_core::entity_id! {
    /// The id of an org.
    pub struct OrgId;
}

groupkit_core::entity_id! {
    /// The id of a past member.
    pub struct PastMemberId;
}

groupkit_core::entity_id! {
    /// The id of a photo.
    pub struct PhotoId;
}

groupkit_core::entity_id! {
    /// The id of a poll.
    pub struct PollId;
}

groupkit_core::entity_id! {
    /// The id of a profile photo.
    pub struct ProfilePhotoId;
}

groupkit_core::entity_id! {
    /// The id of a rsvp.
    pub struct RsvpId;
}

groupkit_core::entity_id! {
    /// The id of a sub group category.
    pub struct SubGroupCategoryId;
}

groupkit_core::entity_id! {
    /// The id of a topic.
    pub struct TopicId;
}

groupkit_core::entity_id! {
    /// The id of an user.
    pub struct UserId;
}

groupkit_core::entity_id! {
    /// The id of a wiki page.
    pub struct WikiPageId;
}

/// Exactly one of `group_id` or `group_name`, as one value: the request sends the parameter of the
/// variant given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupRef {
    /// By `group_id`.
    Id(crate::ids::GroupId),
    /// By `group_name`.
    Name(String),
}

impl From<crate::ids::GroupId> for GroupRef {
    #[inline]
    fn from(id: crate::ids::GroupId) -> Self {
        GroupRef::Id(id)
    }
}

impl From<&crate::ids::GroupId> for GroupRef {
    #[inline]
    fn from(id: &crate::ids::GroupId) -> Self {
        GroupRef::Id(id.clone())
    }
}

impl From<i32> for GroupRef {
    #[inline]
    fn from(id: i32) -> Self {
        GroupRef::Id(id.into())
    }
}

impl From<i64> for GroupRef {
    #[inline]
    fn from(id: i64) -> Self {
        GroupRef::Id(id.into())
    }
}

impl From<u32> for GroupRef {
    #[inline]
    fn from(id: u32) -> Self {
        GroupRef::Id(id.into())
    }
}

impl From<u64> for GroupRef {
    #[inline]
    fn from(id: u64) -> Self {
        GroupRef::Id(id.into())
    }
}

impl From<&str> for GroupRef {
    #[inline]
    fn from(name: &str) -> Self {
        GroupRef::Name(name.to_owned())
    }
}

impl From<String> for GroupRef {
    #[inline]
    fn from(name: String) -> Self {
        GroupRef::Name(name)
    }
}

/// Exactly one of `code` or `access_token`, as one value: the request sends the parameter of the
/// variant given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OauthCredential {
    /// By `code`.
    Code(groupkit_core::Secret),
    /// By `access_token`.
    AccessToken(groupkit_core::Secret),
}
