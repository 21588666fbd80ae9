//! groupkit-e2e: end-to-end tests of the four provider crates against the groupkit sandbox.
//!
//! This library is what the test files share: a sandbox, each provider's client built against
//! it with the demo credentials, a retry policy fast enough for fault injection, and a check
//! that a listing gave every item once, in order.

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::time::Duration;

use futures::TryStreamExt;
use groupkit_core::{Paginator, Position, RetryPolicy};
pub use groupkit_sandbox::{DEMO, Faults, Sandbox};

/// A sandbox with the default seed and sizes.
pub async fn sandbox() -> Sandbox {
    Sandbox::start().await.expect("the sandbox starts")
}

/// Retries that recover from heavy fault injection in milliseconds: many attempts, tiny
/// backoff, and no server wait longer than 5 ms honoured (the sandbox's 429s are told to ask
/// for none).
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(25)
        .with_backoff(Duration::from_millis(1), Duration::from_millis(5))
        .with_max_retry_after(Duration::from_millis(5))
}

/// A Groupboss client (`Authorization: <key>`), with [`fast_retries`].
pub fn groupboss(sandbox: &Sandbox) -> groupkit_groupboss::Client {
    groupboss_with(sandbox, fast_retries())
}

/// A Groupboss client (`Authorization: <key>`), with `retries`.
pub fn groupboss_with(sandbox: &Sandbox, retries: RetryPolicy) -> groupkit_groupboss::Client {
    groupkit_groupboss::Client::builder()
        .base_url(sandbox.base_url("groupboss"))
        .api_key(DEMO.api_key)
        .retry_policy(retries)
        .build()
        .expect("a Groupboss client")
}

/// The first seeded Groupboss user and that user's first group: a real owner pair for the
/// listings under `/users/{user_uuid}/groups/{group_uuid}/` (the sandbox answers an unknown
/// user or group with a 404, and lists only the group's own emails).
pub async fn groupboss_group(
    sandbox: &Sandbox,
) -> (
    groupkit_groupboss::ids::UserId,
    groupkit_groupboss::ids::GroupId,
) {
    let client = groupboss(sandbox);
    let user = client
        .list_users()
        .items()
        .try_next()
        .await
        .expect("users")
        .expect("a seeded user")
        .id;
    let group = client
        .list_groups(&user)
        .items()
        .try_next()
        .await
        .expect("groups")
        .expect("a seeded group of the user")
        .id;
    (user, group)
}

/// A Groups.io client with the API key (bearer), with [`fast_retries`].
pub fn groupsio(sandbox: &Sandbox) -> groupkit_groupsio::Client {
    groupsio_with(sandbox, fast_retries())
}

/// A Groups.io client with the API key (bearer), with `retries`.
pub fn groupsio_with(sandbox: &Sandbox, retries: RetryPolicy) -> groupkit_groupsio::Client {
    groupkit_groupsio::Client::builder()
        .base_url(sandbox.base_url("groupsio"))
        .api_key(DEMO.api_key)
        .retry_policy(retries)
        .build()
        .expect("a Groups.io client")
}

/// A Groups.io client with a login session, logged in with the demo email and password.
pub async fn groupsio_session(sandbox: &Sandbox) -> groupkit_groupsio::Client {
    let client = groupkit_groupsio::Client::builder()
        .base_url(sandbox.base_url("groupsio"))
        .session()
        .retry_policy(fast_retries())
        .build()
        .expect("a Groups.io session client");
    client
        .login_session(DEMO.email, DEMO.password, None)
        .await
        .expect("the demo login");
    client
}

/// A SendHub client (`username` and `api_key` in the query string), with [`fast_retries`].
pub fn sendhub(sandbox: &Sandbox) -> groupkit_sendhub::Client {
    sendhub_with(sandbox, fast_retries())
}

/// A SendHub client (`username` and `api_key` in the query string), with `retries`.
pub fn sendhub_with(sandbox: &Sandbox, retries: RetryPolicy) -> groupkit_sendhub::Client {
    groupkit_sendhub::Client::builder()
        .base_url(sandbox.base_url("sendhub"))
        .credentials(DEMO.username, DEMO.api_key)
        .retry_policy(retries)
        .build()
        .expect("a SendHub client")
}

/// A Habitate client (HTTP Basic: a caller system name and the key), with [`fast_retries`].
pub fn habitate(sandbox: &Sandbox) -> groupkit_habitate::Client {
    habitate_with(sandbox, fast_retries())
}

/// A Habitate client (HTTP Basic: a caller system name and the key), with `retries`.
pub fn habitate_with(sandbox: &Sandbox, retries: RetryPolicy) -> groupkit_habitate::Client {
    groupkit_habitate::Client::builder()
        .base_url(sandbox.base_url("habitate"))
        .basic("groupkit-e2e", DEMO.api_key)
        .retry_policy(retries)
        .build()
        .expect("a Habitate client")
}

/// Checks that `ids` (a listing's item ids, as listed) holds `expected` items, none twice, in
/// the order of `reference` when one is given.
pub fn assert_complete<K: Ord + Debug>(ids: &[K], expected: usize, reference: Option<&[K]>) {
    assert_eq!(ids.len(), expected, "every item is listed");
    let unique: BTreeSet<&K> = ids.iter().collect();
    assert_eq!(unique.len(), expected, "no item is listed twice");
    if let Some(reference) = reference {
        assert!(ids == reference, "the items come in the server's order");
    }
}

/// The ids `1..=n`: the seeded ids of a collection whose id field is an integer, as the
/// collection's id type (an entity id, or `i64`).
pub fn seeded_ids<K: From<i64>>(n: usize) -> Vec<K> {
    (1..=i64::try_from(n).expect("a small n"))
        .map(K::from)
        .collect()
}

/// Lists with `listing` (a listing starting at the given position) three times: whole, as a
/// reference; interrupted, by switching the sandbox to `server_errors(1.0)` after `before`
/// pages (the client must not retry); and resumed from the last good page's
/// `next_position()`. Checks that the interrupted listing ended with an error, not a short
/// list, and that the pages before it plus the resumed rest are the reference, in order.
pub async fn check_resumption<T, E, K, L, F>(sandbox: &Sandbox, before: usize, listing: L, key: F)
where
    T: serde::de::DeserializeOwned + Send + 'static,
    E: serde::de::DeserializeOwned + Send + 'static,
    K: Ord + Debug,
    L: Fn(Position) -> Paginator<T, E>,
    F: Fn(&T) -> K,
{
    sandbox.set_faults(Faults::none());
    let reference: Vec<K> = listing(Position::Start)
        .items()
        .map_ok(|item| key(&item))
        .try_collect()
        .await
        .expect("the reference listing");

    let mut pages = listing(Position::Start).concurrency(1).pages();
    let (mut seen, mut resume, mut count) = (Vec::new(), None, 0);
    let error = loop {
        match pages.try_next().await {
            Ok(Some(page)) => {
                count += 1;
                resume = Some(page.next_position().cloned().expect("more pages follow"));
                seen.extend(page.items().iter().map(&key));
                if count == before {
                    sandbox.set_faults(Faults::none().server_errors(1.0));
                }
            }
            Ok(None) => panic!("the listing ended without the injected failure"),
            Err(error) => break error,
        }
    };
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error}");
    assert!(count >= before, "the pages before the failure came");

    sandbox.set_faults(Faults::none());
    let rest: Vec<K> = listing(resume.expect("a position to resume from"))
        .items()
        .map_ok(|item| key(&item))
        .try_collect()
        .await
        .expect("the resumed listing");
    seen.extend(rest);
    assert_complete(&seen, reference.len(), Some(&reference));
}
