//! Builder conveniences Habitate adds to the generated client.

use crate::ClientBuilder;

impl ClientBuilder {
    /// Shorthand for [`base_url`](Self::base_url) with `https://<host>/api/v1`: pass the
    /// community's host name (`community.example.com`, optionally with a `:port`; a leading
    /// `https://` and trailing `/` are ignored). Every community has its own host, so a base
    /// URL is required.
    pub fn community(self, host: &str) -> Self {
        let host = host.trim_start_matches("https://").trim_end_matches('/');
        self.base_url(format!("https://{host}/api/v1"))
    }
}
