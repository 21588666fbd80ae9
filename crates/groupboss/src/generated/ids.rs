// @generated from specs/groupboss.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.

groupkit_core::entity_id! {
    /// The id of a facebook group.
    pub struct FacebookGroupId;
}

groupkit_core::entity_id! {
    /// The id of a group.
    pub struct GroupId;
}

groupkit_core::entity_id! {
    /// The id of a member email.
    pub struct MemberEmailId;
}

groupkit_core::entity_id! {
    /// The id of an user.
    pub struct UserId;
}

groupkit_core::entity_id! {
    /// The id of a webhook.
    pub struct WebhookId;
}
