//! The four pagination styles, each in the provider whose API uses it, and the facts both
//! contenders and the server agree on (paths, page sizes, credentials, ids).

use std::fmt;

/// A pagination style, named after groupkit's [`groupkit_core::Style`] variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Style {
    /// `?limit=&offset=` in SendHub's tastypie envelope.
    Offset,
    /// `?limit=&page_token=` in Groups.io's list envelope.
    Cursor,
    /// `?page=&page_size=`, a bare array and a `has_more` header (Habitate).
    #[value(name = "page_number")]
    PageNumber,
    /// Django REST Framework's `next` link (Groupboss).
    #[value(name = "next_link")]
    NextLink,
}

/// SendHub's query credentials and the Basic/Bearer/raw key of the others: the same for
/// both contenders, checked for presence by the server.
pub const USER: &str = "bench-user";
/// The API key (or Basic password).
pub const KEY: &str = "k3y-0123456789abcdef0123456789abcdef";
/// SendHub group whose contacts are listed.
pub const SENDHUB_GROUP: u64 = 1220;
/// Groups.io group whose members are listed, and the group of the single GET.
pub const GROUPSIO_GROUP: u64 = 73387781;
/// Groupboss user and group whose member emails are listed.
pub const GROUPBOSS_USER: &str = "6f1c1f9e-2b7e-4b4e-9d8a-3c2f0e1d9a77";
/// See [`GROUPBOSS_USER`].
pub const GROUPBOSS_GROUP: &str = "0b9d4c55-8a1e-4f61-a7c2-5e3d2b1f4c08";

impl Style {
    /// Every style, in the order the figures are printed.
    pub const ALL: [Style; 4] = [
        Style::Offset,
        Style::Cursor,
        Style::PageNumber,
        Style::NextLink,
    ];

    /// The name used in figure names and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Style::Offset => "offset",
            Style::Cursor => "cursor",
            Style::PageNumber => "page_number",
            Style::NextLink => "next_link",
        }
    }

    /// The provider whose API pages this way.
    pub fn provider(self) -> &'static str {
        match self {
            Style::Offset => "sendhub",
            Style::Cursor => "groupsio",
            Style::PageNumber => "habitate",
            Style::NextLink => "groupboss",
        }
    }

    /// The API's path prefix on the real host (what follows the host in its base URL).
    pub fn api_prefix(self) -> &'static str {
        match self {
            Style::Offset => "/v1",
            Style::Cursor => "/api/v1",
            Style::PageNumber => "/api/v1",
            Style::NextLink => "/api/publicapi/v1",
        }
    }

    /// Items a page: what a user would ask for (Groups.io's and SendHub's usual 100,
    /// Habitate's maximum of 50) or, for Groupboss, what its server sends.
    pub fn page_size(self) -> u64 {
        match self {
            Style::PageNumber => 50,
            _ => 100,
        }
    }

    /// The base URL of a listing of `items` items on the server at `server`
    /// (`http://127.0.0.1:PORT`). The server reads the size from the path, so that both
    /// contenders send exactly the requests a real API gets.
    pub fn base_url(self, server: &str, items: u64) -> String {
        format!(
            "{server}/n/{items}/{}{}",
            self.provider(),
            self.api_prefix()
        )
    }

    /// Pages a listing of `items` items takes (the last page holds the rest).
    pub fn pages(self, items: u64) -> u64 {
        items.div_ceil(self.page_size()).max(1)
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
