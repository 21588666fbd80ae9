// @generated from specs/habitate.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.

groupkit_core::entity_id! {
    /// The id of a board.
    pub struct BoardId;
}

groupkit_core::entity_id! {
    /// The id of a comment.
    pub struct CommentId;
}

groupkit_core::entity_id! {
    /// The id of a post.
    pub struct PostId;
}

groupkit_core::entity_id! {
    /// The id of a reply.
    pub struct ReplyId;
}

groupkit_core::entity_id! {
    /// The id of a role.
    pub struct RoleId;
}

groupkit_core::entity_id! {
    /// The id of a tag.
    pub struct TagId;
}

groupkit_core::entity_id! {
    /// The id of an user.
    pub struct UserId;
}

groupkit_core::entity_id! {
    /// The id of an user msid.
    pub struct UserMsidId;
}
