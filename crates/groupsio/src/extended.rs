//! `extended=true`: any call can also return the logged-in user.
//!
//! With `extended=true` Groups.io answers with a two-element array `[original, user]` instead
//! of the original response. Ask for it on any operation's raw request.
//!
//! This example needs the real Groups.io and real credentials (an API key in
//! `GROUPSIO_API_KEY`): the offline sandbox does not answer `extended=true`, so the example is
//! compiled but not run.
//!
//! ```no_run
//! use groupkit_groupsio::{Client, SendExtended, models};
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .api_key(std::env::var("GROUPSIO_API_KEY")?)
//!     .build()?;
//! let extended = client
//!     .get_group("beta")
//!     .into_request()
//!     .send_extended::<models::Group>()
//!     .await?;
//! println!("{} seen by {}", extended.value.name, extended.user.email);
//! # Ok(()) }
//! ```

use std::future::Future;

use groupkit_core::RequestBuilder;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::{Result, models};

/// A response requested with `extended=true`: the original value and the logged-in user.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Extended<T> {
    /// The response the call returns without `extended`.
    pub value: T,
    /// The logged-in user.
    pub user: models::User,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Extended<T> {
    /// Reads the two-element array `[original, user]`; any other length is an error.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (value, user) = <(T, models::User)>::deserialize(deserializer)?;
        Ok(Extended { value, user })
    }
}

/// Sends a raw request (an operation's `into_request()`) with `extended=true`.
pub trait SendExtended {
    /// Adds `extended=true` to the query, sends the request and decodes `[T, User]`.
    fn send_extended<T: DeserializeOwned>(self)
    -> impl Future<Output = Result<Extended<T>>> + Send;
}

impl SendExtended for RequestBuilder {
    fn send_extended<T: DeserializeOwned>(
        self,
    ) -> impl Future<Output = Result<Extended<T>>> + Send {
        self.query("extended", true).send_json::<Extended<T>>()
    }
}
