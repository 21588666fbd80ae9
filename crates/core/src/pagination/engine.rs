//! The one listing engine behind every style.
//!
//! Pages are yielded strictly in order. A page is requested only once the server has announced
//! it (a next position, or a total that covers it), and nothing but the first page is requested
//! before the first page has succeeded: a listing answered 403 sends one request, and one of N
//! pages sends N. Speculation ([`Paginator::speculate`]) is the one exception, and only at the
//! caller's request: page numbers guessed past the first page's announcement, still only after
//! the first page succeeded.
//!
//! Where the first page announces several positions at once (a plan: offsets within a total,
//! or speculated page numbers), up to `concurrency` pages are in flight on spawned tasks.
//! Otherwise one page is in flight, fetched inside the stream (no thread hand-off per page),
//! and the next one is requested as early as the server announces it: from the headers or the
//! metadata ahead of the item array (a `has_more` header, a cursor, a next link: every
//! provider sends these before the items), before this page's items are decoded, so decoding
//! overlaps the next round trip. The price, when a page's items then fail to decode, is the
//! one announced request already sent. Fetches left behind when the stream ends or is dropped
//! are cancelled.

use std::collections::VecDeque;
use std::marker::PhantomData;
use std::sync::Arc;

use std::task::Poll;

use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use serde::de::DeserializeOwned;
use tokio::task::JoinHandle;

use super::envelope::Decoded;
use super::loops::Loops;
use super::{Page, PageStream, Paginator, Plan, Position, Style};
use crate::client::Client;
use crate::error::{ErrorContext, PaginationError};
use crate::request::Request;
use crate::response::Response;
use crate::{Error, Result};

/// Empty pages in a row, with the server still saying "more", before we call it a loop.
const MAX_EMPTY_PAGES: u32 = 5;

/// A page, decoded.
struct Fetched<T, E> {
    decoded: Decoded<T, E>,
    headers: http::HeaderMap,
}

/// A page being fetched. Its body is read on the task and decoded by the stream, one page at a
/// time: the items of a page in flight never wait in memory decoded, and no worker thread
/// allocates them.
enum Task {
    /// On a spawned task, in parallel with the caller and the other pages (planned positions
    /// with a window above 1); aborted when dropped.
    Spawned(JoinHandle<Result<Response>>),
    /// In this stream (the only page in flight): polled once before the caller gets the
    /// previous page, so the request is already out, without a thread hand-off per page.
    Local(BoxFuture<'static, Result<Response>>),
    /// A local fetch that finished during that first poll.
    Done(Result<Response>),
}

impl Drop for Task {
    fn drop(&mut self) {
        if let Task::Spawned(handle) = self {
            handle.abort();
        }
    }
}

/// Everything the fetch tasks share.
struct Shared {
    client: Client,
    template: Request,
    style: Style,
    page_size: Option<u32>,
    context: ErrorContext,
}

struct Engine<T, E> {
    /// The item and envelope types pages decode into.
    items_of: PhantomData<fn() -> (T, E)>,
    shared: Arc<Shared>,
    window: usize,
    in_flight: VecDeque<(Position, Task)>,
    /// The next position to request, when it came from the previous page.
    next: Option<Position>,
    /// Positions known in advance: announced by the first page (offsets within a total), or
    /// guessed from it when the caller asked for speculation.
    plan: Option<Plan>,
    speculate: bool,
    /// Catches a cursor or link that leads back to an earlier page, in fixed memory.
    loops: Loops,
    /// The position requested from the last page's headers or metadata, before its items
    /// were decoded.
    followed_early: Option<Position>,
    pages: u64,
    items: u64,
    empty_in_a_row: u32,
    max_pages: Option<u64>,
    max_items: Option<u64>,
    /// No more pages will be requested.
    finished: bool,
    /// An error to yield after the page just yielded (a loop, a foreign link).
    pending_error: Option<Error>,
    /// Items of the first page already listed (a listing resumed inside a page).
    skip: u64,
    /// The position the caller resumed from, which the first page reports as its own.
    resumed: Option<Position>,
}

pub(super) fn pages<T: DeserializeOwned + Send + 'static, E: DeserializeOwned + Send + 'static>(
    paginator: Paginator<T, E>,
) -> PageStream<T, E> {
    futures::stream::unfold(Engine::new(paginator), |mut engine| async move {
        let item = engine.step().await?;
        Some((item, engine))
    })
    .boxed()
}

impl<T: DeserializeOwned + Send + 'static, E: DeserializeOwned + Send + 'static> Engine<T, E> {
    fn new(paginator: Paginator<T, E>) -> Self {
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
            ..
        } = paginator;
        let context = client.context(request.operation());
        let setup = check(&style, &start, page_size);
        let resumed = matches!(start, Position::Within { .. }).then(|| start.clone());
        let (start, skip) = match start {
            Position::Start => (style.inner().start(&request), 0),
            Position::Within { page, skip, .. } => match *page {
                // Offsets add up: the listing starts at the item itself.
                Position::Offset(n) => (Position::Offset(n.saturating_add(skip)), 0),
                Position::Start if style.inner().counts_items() => (Position::Offset(skip), 0),
                page => (page, skip),
            },
            given => (given, 0),
        };
        let resumed = resumed.filter(|_| skip > 0);
        // The caller's start, page size and style, refused before anything is sent: one
        // error, scrubbed of the client's credentials.
        let checked =
            setup.and_then(|()| super::check_start(&style, start, client.config().base_url()));
        let (start, refused) = match checked {
            Ok(start) => (start, None),
            Err(reason) => (
                Position::Start,
                Some(Error::InvalidRequest {
                    context: context.clone(),
                    reason: client.redactor().scrub(&reason),
                }),
            ),
        };
        Engine {
            shared: Arc::new(Shared {
                client,
                template: request,
                style,
                page_size,
                context,
            }),
            window: concurrency,
            in_flight: VecDeque::new(),
            next: Some(start.clone()),
            // Nothing is planned before the first page has succeeded: only it can say that
            // more pages exist, and whether the caller may see them.
            plan: None,
            speculate,
            loops: Loops::new(start),
            followed_early: None,
            pages: 0,
            items: 0,
            empty_in_a_row: 0,
            max_pages,
            max_items,
            finished: max_pages == Some(0) || max_items == Some(0),
            // A request builder's error (a missing parameter) comes first.
            pending_error: error.or(refused),
            items_of: PhantomData,
            skip,
            resumed,
        }
    }

    /// Yields the next page or error; `None` when the listing is over.
    async fn step(&mut self) -> Option<Result<Page<T, E>>> {
        if let Some(error) = self.pending_error.take() {
            self.stop();
            return Some(Err(error));
        }
        self.fill();
        let (position, task) = self.in_flight.pop_front()?;
        let result = match finish(task, self.shared.clone()).await {
            Ok(response) => {
                self.follow_early(&position, &response).await;
                decode(&self.shared, response).and_then(|fetched| self.accept(position, fetched))
            }
            Err(error) => Err(error),
        };
        if result.is_err() {
            self.stop();
        }
        // Request what follows before handing this page over: the caller's work on it
        // overlaps the next round trip.
        self.fill();
        self.start_local().await;
        Some(result)
    }

    /// When this page's headers or the metadata ahead of its items announce the next page,
    /// requests it now, before the items are decoded. Not for the first page, whose answer
    /// decides the plan, nor when a cap may end the listing with this page.
    async fn follow_early(&mut self, position: &Position, response: &Response) {
        let capped =
            self.max_items.is_some() || self.max_pages.is_some_and(|max| self.pages + 1 >= max);
        if self.pages == 0 || capped || self.finished || self.plan.is_some() || self.next.is_some()
        {
            return;
        }
        let style = self.shared.style.inner();
        let meta = style.envelope().peek_meta(response.body());
        if let Some(next) = style.announced(position, &meta, response.headers()) {
            self.follow(next.clone());
            self.followed_early = Some(next);
            self.fill();
            self.start_local().await;
        }
    }

    /// Polls local fetches once so that their requests leave now.
    async fn start_local(&mut self) {
        for (_, task) in &mut self.in_flight {
            if let Task::Local(future) = task
                && let Poll::Ready(result) = futures::poll!(future.as_mut())
            {
                *task = Task::Done(result);
            }
        }
    }

    /// Reads a page's pagination data and decides what comes next.
    fn accept(&mut self, position: Position, fetched: Fetched<T, E>) -> Result<Page<T, E>> {
        let style = self.shared.style.inner();
        let followed_early = self.followed_early.take();
        let Decoded {
            mut items,
            meta,
            envelope,
        } = fetched.decoded;
        let received = items.len();
        let mut next = style
            .next(&position, received, &meta, &fetched.headers)
            .map_err(|e| e.bind(&self.shared.context, &self.shared.client.redactor()))?;
        let offsets = style.counts_items();
        let already = followed_early.is_some() && followed_early == next.position;
        // The page tells where the next one is as it will be requested (a relative link made
        // absolute), so that it can be resumed from; a link that cannot be followed is kept as
        // sent, and `follow` refuses it.
        if let Some(raw) = next.position.take_if(|p| matches!(p, Position::Link(_))) {
            let shared = &self.shared;
            let base = shared.client.config().base_url();
            next.position = Some(match style.resolve(raw.clone(), base, &shared.context) {
                Ok(resolved) => resolved,
                Err(_) => raw,
            });
        }
        // A listing resumed inside its first page: the items before the position were listed.
        let skipped = std::mem::take(&mut self.skip).min(received as u64);
        items.drain(..skipped as usize);
        self.pages += 1;
        self.items += items.len() as u64;
        self.empty_in_a_row = if received == 0 {
            self.empty_in_a_row + 1
        } else {
            0
        };

        let capped = self.max_pages.is_some_and(|max| self.pages >= max)
            || self.max_items.is_some_and(|max| self.items >= max);
        match &next.position {
            None => self.stop(),
            Some(_) if capped => self.stop(),
            Some(_) if self.empty_in_a_row >= MAX_EMPTY_PAGES => {
                self.stop();
                self.pending_error = Some(self.invalid(format!(
                    "the server sent {MAX_EMPTY_PAGES} empty pages in a row yet says more follow"
                )));
            }
            Some(following) => {
                if self.pages == 1 {
                    // Offsets never skip: `max_items` counts from the first page's offset.
                    self.plan = style
                        .plan_after_first(&position, received, next.total, self.max_items)
                        .or_else(|| self.speculate.then(|| style.guess_after_first(&position))?);
                }
                if self.plan.is_none() && !already {
                    self.follow(following.clone());
                }
            }
        }
        Ok(Page {
            items,
            envelope,
            total: next.total,
            headers: fetched.headers,
            position: self.resumed.take().unwrap_or(position),
            offsets,
            page_size: self.shared.page_size,
            next: next.position,
            redactor: self.shared.client.redactor().into_owned(),
        })
    }

    /// Queues the position a page pointed to, unless it is foreign or leads back to a page
    /// already listed.
    fn follow(&mut self, position: Position) {
        let shared = self.shared.clone();
        let resolved = shared.style.inner().resolve(
            position,
            shared.client.config().base_url(),
            &shared.context,
        );
        match resolved {
            Err(error) => {
                self.stop();
                self.pending_error = Some(hide_credentials(error, &shared.client));
            }
            Ok(position) => {
                if shared.style.inner().repeats_are_loops() && self.loops.repeats(&position) {
                    self.stop();
                    let error = Error::Pagination(PaginationError::LoopDetected {
                        context: shared.context.clone(),
                        position: position.to_string(),
                    });
                    self.pending_error = Some(hide_credentials(error, &shared.client));
                } else {
                    self.next = Some(position);
                }
            }
        }
    }

    /// Starts fetches until the window is full, no position is known, or `max_pages` would
    /// not let the caller see another page (a page the caller will not get is not requested).
    fn fill(&mut self) {
        let wanted = self.max_pages.map_or(usize::MAX, |max| {
            usize::try_from(max.saturating_sub(self.pages)).unwrap_or(usize::MAX)
        });
        while !self.finished && self.in_flight.len() < self.window.min(wanted) {
            let position = match self.next.take() {
                Some(position) => position,
                None => match self.plan.as_mut().and_then(Iterator::next) {
                    Some(position) => position,
                    None => break,
                },
            };
            let shared = self.shared.clone();
            // Only planned positions (offsets within a total, speculated page numbers) can be
            // in flight together; a position a page announced is the only one in flight, and
            // a spawned task would buy a thread hand-off per page and no overlap.
            let request = request_page(shared, position.clone());
            let task = if self.window > 1 && self.plan.is_some() {
                Task::Spawned(tokio::spawn(request))
            } else {
                Task::Local(request.boxed())
            };
            self.in_flight.push_back((position, task));
        }
    }

    /// Requests nothing more and abandons pages in flight (speculative ones past the end).
    fn stop(&mut self) {
        self.finished = true;
        self.next = None;
        self.plan = None;
        self.in_flight.clear();
    }

    /// How many positions loop detection holds.
    #[cfg(test)]
    fn positions_held(&self) -> usize {
        self.loops.held()
    }

    fn invalid(&self, reason: String) -> Error {
        Error::Pagination(PaginationError::Invalid {
            context: self.shared.context.clone(),
            reason,
        })
    }
}

/// Refuses, before anything is sent, a listing set up wrong: a page size the API does not
/// take, or a position inside a page of numbers taken with another page size. The error is the
/// reason for an [`Error::InvalidRequest`], not yet scrubbed (as `check_start`'s).
fn check(
    style: &Style,
    start: &Position,
    page_size: Option<u32>,
) -> std::result::Result<(), String> {
    if let Some(n) = page_size {
        match style.size_limits() {
            None => {
                return Err(format!(
                    "page size {n}: this listing takes no page size (the server decides)"
                ));
            }
            Some(limits) if !limits.allows(n) => {
                return Err(format!(
                    "page size {n} is out of range: the page size must be {limits}"
                ));
            }
            Some(_) => {}
        }
    }
    if let Position::Within {
        page,
        skip,
        page_size: taken_with,
    } = start
        && *skip > 0
        && style.inner().pages_depend_on_size()
        && *taken_with != page_size
    {
        let size = |s: Option<u32>| s.map_or("the server's default".to_owned(), |n| n.to_string());
        return Err(format!(
            "{start:?} was taken with page size {}; resume it with that page size (now {}), or from {page:?}",
            size(*taken_with),
            size(page_size)
        ));
    }
    Ok(())
}

/// Waits for a fetch to end. (A free function: the stream's state must not be borrowed across
/// the wait, or the stream would need to be `Sync`.)
async fn finish(mut task: Task, shared: Arc<Shared>) -> Result<Response> {
    // Neither is the server's doing: a page task panicked (tasks are aborted only when the
    // stream is dropped, and then nobody awaits them), or a page was taken twice.
    // A panic's message may quote anything: scrubbed.
    let bug = |reason: String| Error::Internal {
        context: Some(shared.context.clone()),
        reason: shared.client.redactor().scrub(&reason),
    };
    match &mut task {
        Task::Spawned(handle) => match handle.await {
            Ok(result) => result,
            Err(join_error) => Err(bug(format!("a page's task failed: {join_error}"))),
        },
        Task::Local(future) => future.await,
        Task::Done(result) => {
            std::mem::replace(result, Err(bug("a fetched page was taken twice".into())))
        }
    }
}

/// Links are printed redacted by parameter name; this also removes the values of the client's
/// own credentials, whatever parameter carries them (a `username` sent as a credential, say).
fn hide_credentials(error: Error, client: &Client) -> Error {
    let redactor = client.redactor();
    let scrub = |text: &str| redactor.scrub(text);
    match error {
        Error::Pagination(PaginationError::LoopDetected { context, position }) => {
            Error::Pagination(PaginationError::LoopDetected {
                context,
                position: scrub(&position),
            })
        }
        Error::Pagination(PaginationError::ForeignLink { context, link }) => {
            Error::Pagination(PaginationError::ForeignLink {
                context,
                link: scrub(&link),
            })
        }
        Error::Pagination(PaginationError::Invalid { context, reason }) => {
            Error::Pagination(PaginationError::Invalid {
                context,
                reason: scrub(&reason),
            })
        }
        other => other,
    }
}

/// Requests one page and reads its body.
async fn request_page(shared: Arc<Shared>, position: Position) -> Result<Response> {
    let mut request = shared.template.clone();
    shared
        .style
        .inner()
        .prepare(&mut request, &position, shared.page_size)
        .map_err(|e| e.bind(&shared.context, &shared.client.redactor()))?;
    shared.client.send(&request).await
}

/// Decodes a page's body into its items and the metadata its style reads.
fn decode<T: DeserializeOwned, E: DeserializeOwned>(
    shared: &Shared,
    response: Response,
) -> Result<Fetched<T, E>> {
    let decoded = shared.style.inner().envelope().decode(&response)?;
    Ok(Fetched {
        decoded,
        headers: response.into_headers(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::pagination::Cursor;
    use crate::{Operation, Provider};

    /// A cursor listing's engine; nothing is ever sent (no page is fetched).
    fn cursor_engine() -> Engine<serde_json::Value, ()> {
        let client = Client::builder(Provider::new("test"))
            .base_url("http://127.0.0.1:9")
            .build()
            .unwrap();
        let style = Style::Cursor(Cursor {
            limit: "limit",
            token: "page_token",
            items: "/data",
            has_more: Some("/has_more"),
            next_token: "/next_page_token",
            total: None,
            size_limits: crate::pagination::PageSizeLimits::ANY,
        });
        Engine::new(client.request(Operation::get("list", "/x")).paginate(style))
    }

    #[test]
    fn loop_detection_holds_a_fixed_number_of_positions_however_long_the_listing() {
        let mut engine = cursor_engine();
        for token in 0..10_000u64 {
            engine.follow(Position::Cursor(token.to_string()));
            assert!(engine.pending_error.is_none(), "no loop at {token}");
        }
        assert!(
            engine.positions_held() <= super::super::loops::RECENT + 1,
            "{} positions held",
            engine.positions_held()
        );
    }
}
