// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.

/// Exactly one of `group_id` or `group_name`, as one value: the request sends the parameter of the variant given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupRef {
    /// By `group_id`.
    Id(i64),
    /// By `group_name`.
    Name(String),
}

/// Exactly one of `code` or `access_token`, as one value: the request sends the parameter of the variant given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OauthGrant {
    /// By `code`.
    Code(String),
    /// By `access_token`.
    AccessToken(String),
}
