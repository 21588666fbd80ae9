//! Listings: one mechanism, four styles, two views.
//!
//! A [`Paginator`] turns a list request into an owned, `'static`, `Send` stream of
//! [`Page`]s ([`Paginator::pages`]) or of items ([`Paginator::items`]). A style says how to
//! ask for a page and how to read where the next one is: [`Offset`], [`Cursor`],
//! [`PageNumber`] and [`NextLink`]. The engine in `engine.rs` does the rest for all of them:
//! prefetching, concurrency where the server allows it, loop detection, caps and resumption.
//!
//! No request that nobody asked for: a page is requested only once the server has announced
//! it (a `has_more`, a total, a next link or token), and never before the first page has
//! succeeded. The next page goes out as soon as the server announces it (in the headers, or in
//! the metadata ahead of the items), before this page's items are decoded and long before the
//! caller gets them; offsets within a total are fetched concurrently. Guessing page numbers ahead of the
//! server's word is faster but may request pages past the end, so it happens only when the
//! caller asks for it ([`Paginator::speculate`]). Loop detection (`loops.rs`) holds a fixed
//! number of positions, however long the listing.
//!
//! A page that fails is an error in the stream, never a shorter list; the pages before it
//! carry the [`Position`] to resume from.

mod cursor;
mod engine;
mod envelope;
mod loops;
mod next_link;
mod offset;
mod page_number;

pub use cursor::Cursor;
pub use next_link::NextLink;
pub use offset::Offset;
pub use page_number::PageNumber;

use std::fmt;
use std::marker::PhantomData;

use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use http::HeaderMap;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

use crate::client::Client;
use crate::error::ErrorContext;
use crate::redact::{Redactor, redact_link};
use crate::request::Request;
use crate::{Error, Result};

use envelope::Envelope;

/// A pagination style, configured with the API's parameter and field names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Style {
    /// Offset and limit.
    Offset(Offset),
    /// Opaque cursor.
    Cursor(Cursor),
    /// Page number with a `has_more` header.
    PageNumber(PageNumber),
    /// Next link.
    NextLink(NextLink),
}

impl Style {
    fn inner(&self) -> &dyn PageStyle {
        match self {
            Style::Offset(s) => s,
            Style::Cursor(s) => s,
            Style::PageNumber(s) => s,
            Style::NextLink(s) => s,
        }
    }
}

/// Where a page starts. Save it (it is `Serialize`) to resume a listing later.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Position {
    /// The first page.
    Start,
    /// An item offset.
    Offset(u64),
    /// A cursor token, as text.
    Cursor(String),
    /// A 1-based page number.
    Page(u64),
    /// An absolute URL.
    Link(String),
}

impl fmt::Debug for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Start => f.write_str("Start"),
            Position::Offset(n) => write!(f, "Offset({n})"),
            Position::Cursor(t) => write!(f, "Cursor({t})"),
            Position::Page(n) => write!(f, "Page({n})"),
            // Links may echo credentials (tastypie does): print them redacted.
            Position::Link(l) => write!(f, "Link({})", redact_link(l)),
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One page of a listing.
#[non_exhaustive]
pub struct Page<T> {
    items: Vec<T>,
    total: Option<u64>,
    headers: HeaderMap,
    position: Position,
    next: Option<Position>,
    /// A server may echo a credential into a next link or a cursor: printed through this.
    redactor: Redactor,
}

impl<T: fmt::Debug> fmt::Debug for Page<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &Position| self.redactor.scrub(&format!("{p:?}"));
        f.debug_struct("Page")
            .field("items", &self.items)
            .field("total", &self.total)
            .field("headers", &self.redactor.headers(&self.headers))
            .field("position", &format_args!("{}", shown(&self.position)))
            .field(
                "next",
                &format_args!("{}", self.next.as_ref().map_or("None".into(), shown)),
            )
            .finish()
    }
}

impl<T> Page<T> {
    /// The items on this page, in the server's order.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// Takes the items.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    /// The total number of items in the listing, when the API says.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Where this page started.
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// Where the next page starts: pass it to [`Paginator::resume_from`] to continue after
    /// this page. `None` on the last page.
    pub fn next_position(&self) -> Option<&Position> {
        self.next.as_ref()
    }
}

/// A stream of pages.
pub type PageStream<T> = BoxStream<'static, Result<Page<T>>>;
/// A stream of items.
pub type ItemStream<T> = BoxStream<'static, Result<T>>;

/// A listing, ready to be streamed. Built by a list operation's request builder.
#[must_use = "a paginator does nothing until its stream is polled"]
pub struct Paginator<T> {
    client: Client,
    request: Request,
    style: Style,
    error: Option<Error>,
    start: Position,
    page_size: Option<u64>,
    max_pages: Option<u64>,
    max_items: Option<u64>,
    concurrency: usize,
    speculate: bool,
    marker: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("operation", &self.request.operation().name)
            .field("style", &self.style)
            .field("start", &self.start)
            .field("page_size", &self.page_size)
            .field("max_pages", &self.max_pages)
            .field("max_items", &self.max_items)
            .field("concurrency", &self.concurrency)
            .field("speculate", &self.speculate)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned + Send + 'static> Paginator<T> {
    pub(crate) fn new(
        client: Client,
        request: Request,
        style: Style,
        error: Option<Error>,
    ) -> Self {
        let concurrency = client.config().max_concurrency();
        Paginator {
            client,
            request,
            style,
            error,
            start: Position::Start,
            page_size: None,
            max_pages: None,
            max_items: None,
            concurrency,
            speculate: false,
            marker: PhantomData,
        }
    }

    /// Asks for `n` items a page (the server may clamp it). A size of 0 ends the listing with
    /// [`Error::InvalidRequest`] before anything is sent.
    pub fn page_size(mut self, n: u64) -> Self {
        self.page_size = Some(n);
        self
    }

    /// Starts at a saved position instead of the first page. A position of another style,
    /// page 0, or a link off the client's base URL (credentials would go there) ends the
    /// listing with [`Error::InvalidRequest`] before anything is sent.
    pub fn resume_from(mut self, position: Position) -> Self {
        self.start = position;
        self
    }

    /// Stops after `n` pages; no page past the `n`th is requested.
    pub fn max_pages(mut self, n: u64) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// Stops after `n` items (the item view yields exactly `n`; the page view stops after the
    /// page that reaches `n`). Pages that start past the `n`th item are not requested, except
    /// page numbers guessed with [`speculate`](Self::speculate), which cannot know how many
    /// items the pages before them hold.
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// How many pages may be in flight at once (default: the client's max concurrency).
    ///
    /// Only pages the server has announced are requested, so the window fills only when it
    /// announces several at once (offsets within a total) or with [`speculate`](Self::speculate);
    /// otherwise the listing runs one page ahead of the caller, whatever the window.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Requests pages before the server has announced them, up to
    /// [`concurrency`](Self::concurrency) in flight (default: `false`). Only page numbers can be
    /// guessed; offsets within a total are fetched concurrently anyway (the total announces
    /// them), and cursors and links are never known in advance.
    ///
    /// The trade: on a slow link the listing is faster (pages overlap instead of costing a
    /// round trip each), but it may request up to `concurrency - 1` pages past the end, each
    /// sent with the client's credentials, counted by the server's rate limits and then
    /// discarded. Never before the first page has succeeded: if the first page fails (a 403,
    /// say) or says nothing follows, it is the only request sent.
    pub fn speculate(mut self, yes: bool) -> Self {
        self.speculate = yes;
        self
    }

    /// The pages, in order. Must be polled inside a Tokio runtime (pages are fetched on
    /// spawned tasks so that they arrive while the caller works on the previous one).
    pub fn pages(self) -> PageStream<T> {
        engine::pages(self)
    }

    /// The items of every page, in order.
    pub fn items(self) -> ItemStream<T> {
        let max_items = self.max_items;
        let items = self
            .pages()
            .map_ok(|page| futures::stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten();
        match max_items {
            Some(n) => items.take(usize::try_from(n).unwrap_or(usize::MAX)).boxed(),
            None => items.boxed(),
        }
    }
}

/// What a page says about the rest of the listing.
pub(crate) struct Next {
    /// Where the next page starts; `None` at the end.
    pub position: Option<Position>,
    /// The total item count, when known.
    pub total: Option<u64>,
}

/// Positions that can be requested without waiting for the pages before them; made once the
/// first page has succeeded.
pub(crate) type Plan = Box<dyn Iterator<Item = Position> + Send>;

/// What a style does; the engine does everything else.
pub(crate) trait PageStyle: Send + Sync {
    /// Which parts of the body the style reads.
    fn envelope(&self) -> Envelope;

    /// Sets the request's parameters for the page at `position`.
    fn prepare(
        &self,
        request: &mut Request,
        position: &Position,
        page_size: Option<u64>,
    ) -> Result<()>;

    /// Reads where the next page starts from a page's items count, metadata and headers.
    fn next(
        &self,
        position: &Position,
        items: usize,
        meta: &Value,
        headers: &HeaderMap,
    ) -> Result<Next>;

    /// Where a listing starts when no position was given: the position the request already
    /// names (a `page`, `offset` or token the caller set), or the first page.
    fn start(&self, _request: &Request) -> Position {
        Position::Start
    }

    /// Positions the first page announced, beyond the next one (offsets within a total),
    /// short of `max_items` counted from `first`: the caller would not get those pages.
    fn plan_after_first(
        &self,
        _first: &Position,
        _items: usize,
        _total: Option<u64>,
        _max_items: Option<u64>,
    ) -> Option<Plan> {
        None
    }

    /// The next position, when the headers or the metadata at the front of the body announce
    /// it without the items (a `has_more` header, a cursor or a next link that comes before
    /// the item array, as every provider sends it): the engine then requests it before
    /// decoding this page's items, so the decoding overlaps the next round trip. `meta` is
    /// `Null` when the body's metadata could not be read ahead. `None` when only the whole
    /// page can tell. By default, what [`PageStyle::next`] says without the items, which
    /// cursors and links do not count; offsets, which do, say `None`.
    fn announced(
        &self,
        position: &Position,
        meta: &Value,
        headers: &HeaderMap,
    ) -> Option<Position> {
        self.next(position, 0, meta, headers).ok()?.position
    }

    /// Positions that may follow the first page though it did not announce them (page
    /// numbers): requested only with [`Paginator::speculate`], once the first page succeeded
    /// and said more follow.
    fn guess_after_first(&self, _first: &Position) -> Option<Plan> {
        None
    }

    /// Checks and normalises a next position before anything is sent to it.
    fn resolve(&self, next: Position, _base: &Url, _context: &ErrorContext) -> Result<Position> {
        Ok(next)
    }

    /// Whether a repeated position means the server is looping (cursors, links).
    fn repeats_are_loops(&self) -> bool {
        false
    }
}

/// The value of a query parameter the caller set on the request.
pub(crate) fn query_value<'a>(request: &'a Request, key: &str) -> Option<&'a str> {
    request
        .query
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Reads a count that may be a JSON number or a string of digits.
pub(crate) fn read_u64(meta: &Value, pointer: &str) -> Option<u64> {
    match meta.pointer(pointer)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A position of another style reached a style's `prepare` or `next`. The engine checks the
/// caller's start position ([`check_start`]) and every later one comes from the style itself,
/// so this is a bug.
fn wrong_position(style: &str, position: &Position) -> Error {
    Error::internal(format!(
        "a {style} listing was handed the position {position:?}"
    ))
}

/// Checks how the caller asked a listing to start, before anything is sent: the page size,
/// the item pointer of the style, and a position given to [`Paginator::resume_from`] (of this
/// style, in range, a link on the base URL). Returns the start position, a link made absolute;
/// the error is the reason for an [`Error::InvalidRequest`], not yet scrubbed.
pub(crate) fn check_start(
    style: &Style,
    start: Position,
    page_size: Option<u64>,
    base: &Url,
) -> std::result::Result<Position, String> {
    if page_size == Some(0) {
        return Err(
            "the page size is 0: ask for at least 1 item a page, or leave the page \
                    size unset for the server's default"
                .into(),
        );
    }
    // A hand-made style's pointer (generated styles use top-level keys): checked now, not
    // after the first page was fetched.
    envelope::check_items_pointer(style.inner().envelope().items)?;
    let resume = "resume from a position a page of this listing gave \
                  (`Page::next_position`)";
    match (style, start) {
        (_, Position::Start) => Ok(Position::Start),
        (Style::Offset(_), start @ Position::Offset(_))
        | (Style::Cursor(_), start @ Position::Cursor(_)) => Ok(start),
        (Style::PageNumber(_), Position::Page(0)) => {
            Err(format!("page numbers start at 1, not 0: {resume}"))
        }
        (Style::PageNumber(_), start @ Position::Page(_)) => Ok(start),
        (Style::NextLink(_), Position::Link(link)) => {
            match base.join(&link) {
                Ok(url) if next_link::same_origin(&url, base) => Ok(Position::Link(url.into())),
                // The credentials would go wherever the link points.
                Ok(_) => Err(format!(
                    "the link {} is not on the configured base URL, and credentials are not \
                     sent elsewhere: {resume}",
                    redact_link(&link)
                )),
                Err(e) => Err(format!(
                    "the link {} is not a URL ({e}): {resume}",
                    redact_link(&link)
                )),
            }
        }
        (style, start) => {
            let kind = match style {
                Style::Offset(_) => "an offset",
                Style::Cursor(_) => "a cursor",
                Style::PageNumber(_) => "a page number",
                Style::NextLink(_) => "a next-link",
            };
            Err(format!(
                "{kind} listing cannot resume from {start:?}, a position of another style: \
                 {resume}"
            ))
        }
    }
}
