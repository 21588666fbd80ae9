//! groupkit-habitate (glue in progress).

mod generated;

pub use generated::{OPERATIONS, models, operations};
pub use groupkit_core::{Error, Result};

/// A client for the API.
#[derive(Clone, Debug)]
pub struct Client {
    inner: groupkit_core::Client,
}

impl Client {
    /// Core's client underneath.
    pub fn core(&self) -> &groupkit_core::Client {
        &self.inner
    }
}
