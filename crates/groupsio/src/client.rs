//! Builder conveniences Groups.io adds to the generated client.

use crate::ClientBuilder;

impl ClientBuilder {
    /// Uses an enterprise domain: the base URL becomes `https://<domain>/api/v1`, which
    /// sees only that enterprise's groups.
    pub fn enterprise_domain(self, domain: &str) -> Self {
        self.base_url(format!("https://{domain}/api/v1"))
    }
}
