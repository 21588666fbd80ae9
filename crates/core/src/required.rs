//! [`Missing`]: the state of a required value a request builder has not been given yet.

/// A required value a request builder has not been given yet.
///
/// A generated builder has one type parameter per required value that is set by name rather
/// than passed positionally. The parameter is `Missing` until its setter is called, and then
/// the value's own type; `send` exists only once none is `Missing`. So a forgotten value is a
/// compile error that names the builder, such as `CreatePost<String, Missing>` (the second
/// value is missing), and swapping two values is impossible, since each is set by its name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Missing;
