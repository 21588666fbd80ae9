// @generated from specs/groupboss.yaml by cargo xtask codegen; do not edit.

//! Ids: one type per entity, so ids of different entities cannot be swapped, and the
//! selectors that name an entity by id or by name.
