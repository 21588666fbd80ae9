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
//!
//! One setting each: the page size is [`Paginator::page_size`] (a `u32`, checked against the
//! limits the spec states before anything is sent), and where the listing starts is
//! [`Paginator::resume_from`]. A [`Position`] is a page's position plus, optionally, how many of
//! that page's items to skip, so a listing resumes after any item
//! ([`Paginator::items_with_position`], [`Page::position_after`]), not only after a page.
//!
//! A [`Page`] carries the provider's own page type as its envelope (`Page<Message,
//! MessageList>`): the body is decoded once, the items straight into `Vec<T>` and every other
//! field into the envelope, whose item field is left empty (the items are [`Page::items`]).
//! A bare-array page has no envelope: `()`.

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
    /// The page sizes the listing accepts; `None` when it takes no page size (a next link
    /// carries its own).
    pub fn size_limits(&self) -> Option<PageSizeLimits> {
        match self {
            Style::Offset(s) => Some(s.size_limits),
            Style::Cursor(s) => Some(s.size_limits),
            Style::PageNumber(s) => Some(s.size_limits),
            Style::NextLink(_) => None,
        }
    }

    fn inner(&self) -> &dyn PageStyle {
        match self {
            Style::Offset(s) => s,
            Style::Cursor(s) => s,
            Style::PageNumber(s) => s,
            Style::NextLink(s) => s,
        }
    }
}

/// The page sizes a listing accepts, as the spec states them (`minimum` and `maximum` of the
/// page-size parameter). [`Paginator::page_size`] outside them is refused before anything is
/// sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PageSizeLimits {
    /// The smallest page size.
    pub min: u32,
    /// The largest page size, when the API has one.
    pub max: Option<u32>,
}

impl PageSizeLimits {
    /// Any page size from 1.
    pub const ANY: PageSizeLimits = PageSizeLimits { min: 1, max: None };

    /// Page sizes from `min` to `max`, both included.
    pub const fn between(min: u32, max: u32) -> PageSizeLimits {
        PageSizeLimits {
            min,
            max: Some(max),
        }
    }

    /// Whether `n` items a page is allowed.
    pub fn allows(&self, n: u32) -> bool {
        n >= self.min && self.max.is_none_or(|max| n <= max)
    }
}

impl Default for PageSizeLimits {
    fn default() -> Self {
        PageSizeLimits::ANY
    }
}

impl fmt::Display for PageSizeLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max {
            Some(max) => write!(f, "from {} to {max}", self.min),
            None => write!(f, "at least {}", self.min),
        }
    }
}

/// Where a listing resumes: a page's position, or a number of items into a page. Save it (it is
/// `Serialize`) to resume later with [`Paginator::resume_from`]; nothing is lost or repeated.
///
/// Positions come from the listing ([`Page::position`], [`Page::next_position`],
/// [`Page::position_after`], [`Paginator::items_with_position`]); they print with credentials
/// in links hidden.
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
    /// `skip` items into the page at `page`: the listing resumes with the item after them.
    Within {
        /// The page (never itself `Within`).
        page: Box<Position>,
        /// How many of its items were already listed.
        skip: u64,
        /// The page size the listing asked for (`None`: the server's default). A page number
        /// resumes only with the same page size: its items depend on it.
        page_size: Option<u32>,
    },
}

impl Position {
    /// The page this position is on (itself, unless it is [`Position::Within`] a page).
    pub fn page(&self) -> &Position {
        match self {
            Position::Within { page, .. } => page,
            other => other,
        }
    }

    /// How many items of [`page`](Self::page) come before this position.
    pub fn skip(&self) -> u64 {
        match self {
            Position::Within { skip, .. } => *skip,
            _ => 0,
        }
    }

    /// `skip` items into `page` (offsets add up; no skip is the page itself).
    pub(crate) fn within(page: Position, skip: u64, page_size: Option<u32>) -> Position {
        match (page, skip) {
            (page, 0) => page,
            (Position::Offset(n), k) => Position::Offset(n.saturating_add(k)),
            (Position::Within { page, skip: s, .. }, k) => Position::Within {
                page,
                skip: s.saturating_add(k),
                page_size,
            },
            (page, k) => Position::Within {
                page: Box::new(page),
                skip: k,
                page_size,
            },
        }
    }
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
            Position::Within { page, skip, .. } => write!(f, "{page:?} + {skip}"),
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One page of a listing: its items, the provider's page type as its envelope (`E`: the
/// response model, with its item field left empty; `()` when the page is a bare array or the
/// envelope is not wanted), the total, the headers and positions to resume from.
#[non_exhaustive]
pub struct Page<T, E = ()> {
    items: Vec<T>,
    envelope: E,
    total: Option<u64>,
    headers: HeaderMap,
    /// Where this page's first item is: resuming there gives these items again. The page's
    /// own position, and how many of its items were skipped when a listing resumed inside it.
    position: Position,
    /// Whether positions are item offsets (which add up) rather than pages to skip into.
    offsets: bool,
    page_size: Option<u32>,
    next: Option<Position>,
    /// A server may echo a credential into a next link or a cursor: printed through this.
    redactor: Redactor,
}

impl<T: fmt::Debug, E: fmt::Debug> fmt::Debug for Page<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &Position| self.redactor.scrub(&format!("{p:?}"));
        // The page's own fields may echo a credential too (a next link, say).
        let envelope = if f.alternate() {
            format!("{:#?}", self.envelope)
        } else {
            format!("{:?}", self.envelope)
        };
        f.debug_struct("Page")
            .field("items", &self.items)
            .field(
                "envelope",
                &format_args!("{}", self.redactor.scrub(&envelope)),
            )
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

impl<T, E> Page<T, E> {
    /// The items on this page, in the server's order.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// Takes the items.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    /// The page's own fields (the provider's page type, its item field empty).
    pub fn envelope(&self) -> &E {
        &self.envelope
    }

    /// Takes the items and the envelope.
    pub fn into_parts(self) -> (Vec<T>, E) {
        (self.items, self.envelope)
    }

    /// The total number of items in the listing, when the API says.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Where this page's first item is: [`Paginator::resume_from`] it to list this page again.
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// Where the next page starts: pass it to [`Paginator::resume_from`] to continue after
    /// this page. `None` on the last page.
    pub fn next_position(&self) -> Option<&Position> {
        self.next.as_ref()
    }

    /// The position just after item `index` of this page (`None` past the last item):
    /// [`Paginator::resume_from`] it to continue with the item after it.
    pub fn position_after(&self, index: usize) -> Option<Position> {
        (index < self.items.len()).then(|| self.after(index))
    }

    /// The items, each with the position just after it.
    pub fn into_items_with_positions(self) -> impl Iterator<Item = (T, Position)> {
        let Page {
            items,
            position,
            offsets,
            page_size,
            next,
            ..
        } = self;
        let last = items.len().saturating_sub(1);
        items.into_iter().enumerate().map(move |(i, item)| {
            let after = after(&position, offsets, page_size, &next, i, last);
            (item, after)
        })
    }

    fn after(&self, index: usize) -> Position {
        let last = self.items.len().saturating_sub(1);
        after(
            &self.position,
            self.offsets,
            self.page_size,
            &self.next,
            index,
            last,
        )
    }
}

/// The position after item `index` of a page whose first item is at `first`: the next page's
/// after its last item, else `index + 1` items further into the page.
fn after(
    first: &Position,
    offsets: bool,
    page_size: Option<u32>,
    next: &Option<Position>,
    index: usize,
    last: usize,
) -> Position {
    if index == last
        && let Some(next) = next
    {
        return next.clone();
    }
    let (page, count) = (first.page(), first.skip() + index as u64 + 1);
    match (offsets, page) {
        (true, Position::Start) => Position::Offset(count),
        _ => Position::within(page.clone(), count, page_size),
    }
}

/// A stream of pages.
pub type PageStream<T, E = ()> = BoxStream<'static, Result<Page<T, E>>>;
/// A stream of items.
pub type ItemStream<T> = BoxStream<'static, Result<T>>;
/// A stream of items, each with the position just after it.
pub type PositionedItemStream<T> = BoxStream<'static, Result<(T, Position)>>;

/// A listing, ready to be streamed. Built by a list operation's request builder.
///
/// `T` is the item type; `E` the page's envelope, `()` unless set with
/// [`with_envelope`](Self::with_envelope).
#[must_use = "a paginator does nothing until its stream is polled"]
pub struct Paginator<T, E = ()> {
    client: Client,
    request: Request,
    style: Style,
    error: Option<Error>,
    start: Position,
    page_size: Option<u32>,
    max_pages: Option<u64>,
    max_items: Option<u64>,
    concurrency: usize,
    speculate: bool,
    marker: PhantomData<fn() -> (T, E)>,
}

impl<T, E> fmt::Debug for Paginator<T, E> {
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
}

impl<T: DeserializeOwned + Send + 'static, E: DeserializeOwned + Send + 'static> Paginator<T, E> {
    /// Decodes each page's own fields into `E` (the provider's page type), reachable with
    /// [`Page::envelope`]. The body is still decoded once: the items straight into `Vec<T>`,
    /// everything else into `E`, whose item field is given an empty array.
    pub fn with_envelope<E2: DeserializeOwned + Send + 'static>(self) -> Paginator<T, E2> {
        let Paginator {
            client,
            request,
            style,
            error,
            start,
            page_size,
            max_pages,
            max_items,
            concurrency,
            speculate,
            marker: _,
        } = self;
        Paginator {
            client,
            request,
            style,
            error,
            start,
            page_size,
            max_pages,
            max_items,
            concurrency,
            speculate,
            marker: PhantomData,
        }
    }

    /// Asks for `n` items a page (the server may send fewer). A size outside the limits the
    /// API states ([`Style::size_limits`]), or any size for a listing that takes none, is an
    /// [`Error::InvalidRequest`] in the stream, and nothing is sent.
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = Some(n);
        self
    }

    /// Starts at a saved position instead of the first page: a page's, or one just after an
    /// item ([`items_with_position`](Self::items_with_position)). A position of another style,
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
    pub fn pages(self) -> PageStream<T, E> {
        engine::pages(self)
    }

    /// The items of every page, in order.
    pub fn items(self) -> ItemStream<T> {
        let max_items = self.max_items;
        let items = self
            .pages()
            .map_ok(|page| futures::stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten();
        cap(items, max_items)
    }

    /// The items of every page, in order, each with the position just after it:
    /// [`resume_from`](Self::resume_from) that position to continue with the next item.
    pub fn items_with_position(self) -> PositionedItemStream<T> {
        let max_items = self.max_items;
        let items = self
            .pages()
            .map_ok(|page| futures::stream::iter(page.into_items_with_positions().map(Ok)))
            .try_flatten();
        cap(items, max_items)
    }
}

/// At most `max` of a stream's elements.
fn cap<S: futures::Stream + Send + 'static>(
    stream: S,
    max: Option<u64>,
) -> BoxStream<'static, S::Item> {
    match max {
        Some(n) => stream
            .take(usize::try_from(n).unwrap_or(usize::MAX))
            .boxed(),
        None => stream.boxed(),
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
        page_size: Option<u32>,
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

    /// Whether positions are item offsets, which add up, rather than pages to skip into.
    fn counts_items(&self) -> bool {
        false
    }

    /// Whether a page's items depend on the page size (page numbers): a position inside a
    /// page then resumes only with the page size it was taken with.
    fn pages_depend_on_size(&self) -> bool {
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

/// Checks how the caller asked a listing to start, before anything is sent: the item pointer
/// of the style, and a position given to [`Paginator::resume_from`] (of this
/// style, in range, a link on the base URL). Returns the start position, a link made absolute;
/// the error is the reason for an [`Error::InvalidRequest`], not yet scrubbed.
pub(crate) fn check_start(
    style: &Style,
    start: Position,
    base: &Url,
) -> std::result::Result<Position, String> {
    // The page size was checked against the style's limits (at least 1) already.
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
