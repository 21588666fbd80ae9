// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.

groupkit_core::entity_id! {
    /// The id of an attachment.
    pub struct AttachmentId;
}

groupkit_core::entity_id! {
    /// The id of a contact.
    pub struct ContactId;
}

groupkit_core::entity_id! {
    /// The id of an enterprise.
    pub struct EnterpriseId;
}

groupkit_core::entity_id! {
    /// The id of a group.
    pub struct GroupId;
}

groupkit_core::entity_id! {
    /// The id of a message.
    pub struct MessageId;
}

groupkit_core::entity_id! {
    /// The id of a thread.
    pub struct ThreadId;
}

groupkit_core::entity_id! {
    /// The id of an user.
    pub struct UserId;
}
