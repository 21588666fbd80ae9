//! Fault injection against every provider crate: retries recover from 429s, 503s and dropped
//! connections; malformed and truncated bodies are errors, never panics or short lists; and a
//! listing whose page fails resumes from the last good page with nothing lost or duplicated.

use std::fmt::Debug;
use std::time::Duration;

use futures::TryStreamExt;
use groupkit_core::{Error, RetryPolicy};
use groupkit_e2e::{
    Faults, Sandbox, assert_complete, check_resumption, groupboss, groupboss_group, groupboss_with,
    groupsio, groupsio_with, habitate, habitate_with, sendhub, sendhub_with,
};
use groupkit_groupboss::ids::{GroupId, UserId};
use groupkit_groupboss::models::WebhookEvent;

/// A sandbox with a few hundred items in each provider's main listing: one Groupboss group
/// and one Groups.io group own all the emails and members. Also the Groupboss user and group
/// the emails are listed under.
async fn sized() -> (Sandbox, Owner) {
    let sandbox = Sandbox::builder()
        .seed(9)
        .size("groupboss", "emails", 300)
        .size("groupboss", "groups", 1)
        .size("groupsio", "members", 300)
        .size("groupsio", "groups", 1)
        .size("sendhub", "groups", 300)
        .size("habitate", "boards", 300)
        .start()
        .await
        .expect("the sandbox starts");
    let owner = groupboss_group(&sandbox).await;
    (sandbox, owner)
}

/// A Groupboss user and one of its groups.
type Owner = (UserId, GroupId);

/// Lists every provider's main listing; returns the ids, as text, per provider.
async fn list_everything(sandbox: &Sandbox, (user, group): &Owner) -> Vec<Vec<String>> {
    let emails: Vec<_> = groupboss(sandbox)
        .list_emails(user, group)
        .items()
        .try_collect()
        .await
        .expect("emails");
    let members: Vec<_> = groupsio(sandbox)
        .list_members(1)
        .paginator()
        .page_size(20)
        .items()
        .try_collect()
        .await
        .expect("members");
    let groups: Vec<_> = sendhub(sandbox)
        .list_groups()
        .paginator()
        .page_size(20)
        .items()
        .try_collect()
        .await
        .expect("groups");
    let boards: Vec<_> = habitate(sandbox)
        .list_boards()
        .paginator()
        .page_size(20)
        .items()
        .try_collect()
        .await
        .expect("boards");
    vec![
        emails.into_iter().map(|e| e.id.to_string()).collect(),
        members.into_iter().map(|m| m.id.to_string()).collect(),
        groups.into_iter().map(|g| g.id.to_string()).collect(),
        boards
            .into_iter()
            .filter_map(|b| b.board_id)
            .map(|id| id.to_string())
            .collect(),
    ]
}

#[tokio::test]
async fn listings_complete_through_rate_limits_and_server_errors() {
    let (sandbox, owner) = sized().await;
    let reference = list_everything(&sandbox, &owner).await;
    // The 429s ask for no wait: the client honours a server's wait, never shortens it.
    sandbox.set_faults(
        Faults::none()
            .rate_limited(0.3)
            .retry_after(Duration::ZERO)
            .server_errors(0.2),
    );
    let faulty = list_everything(&sandbox, &owner).await;
    for (ids, reference) in faulty.iter().zip(&reference) {
        assert_complete(ids, 300, Some(reference));
    }
}

#[tokio::test]
async fn dropped_connections_are_retried_for_gets_but_not_for_posts() {
    let (sandbox, owner) = sized().await;
    let reference = list_everything(&sandbox, &owner).await;
    sandbox.set_faults(Faults::none().dropped(0.3));
    let faulty = list_everything(&sandbox, &owner).await;
    for (ids, reference) in faulty.iter().zip(&reference) {
        assert_complete(ids, 300, Some(reference));
    }

    // A POST is not idempotent: it is tried once, and fails as a transport error.
    let client = groupboss(&sandbox);
    sandbox.set_faults(Faults::none());
    let before = client
        .list_webhook_subscriptions()
        .items()
        .try_collect::<Vec<_>>()
        .await
        .expect("subs")
        .len();
    sandbox.set_faults(Faults::none().dropped(1.0));
    let error = client
        .create_webhook_subscription()
        .event(WebhookEvent::GroupCreated)
        .target("https://hooks.example.com/x")
        .send()
        .await
        .expect_err("the connection drops");
    assert!(matches!(error, Error::Transport { .. }), "{error}");
    sandbox.set_faults(Faults::none());
    let after = client
        .list_webhook_subscriptions()
        .items()
        .try_collect::<Vec<_>>()
        .await
        .expect("subs")
        .len();
    assert_eq!(after, before, "nothing was created");
}

fn assert_decode<T: Debug>(result: Result<T, Error>) {
    let error = result.expect_err("a malformed body");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}

#[tokio::test]
async fn malformed_bodies_give_decode_errors() {
    let (sandbox, (user, group)) = sized().await;
    sandbox.set_faults(Faults::none().malformed(1.0));
    assert_decode(groupboss(&sandbox).list_users().send().await);
    assert_decode(
        groupboss(&sandbox)
            .list_emails(&user, &group)
            .items()
            .try_next()
            .await,
    );
    assert_decode(groupsio(&sandbox).get_user().send().await);
    assert_decode(groupsio(&sandbox).list_members(1).items().try_next().await);
    assert_decode(sendhub(&sandbox).list_groups().send().await);
    assert_decode(sendhub(&sandbox).list_groups().items().try_next().await);
    assert_decode(habitate(&sandbox).get_current_user().send().await);
    assert_decode(habitate(&sandbox).list_boards().items().try_next().await);
}

#[tokio::test]
async fn truncated_bodies_are_errors_never_short_lists() {
    let (sandbox, (user, group)) = sized().await;
    sandbox.set_faults(Faults::none().truncated(1.0));
    let no_retries = RetryPolicy::none();
    let results = [
        groupboss_with(&sandbox, no_retries.clone())
            .list_emails(&user, &group)
            .items()
            .try_collect::<Vec<_>>()
            .await
            .err(),
        sendhub_with(&sandbox, no_retries)
            .list_groups()
            .items()
            .try_collect::<Vec<_>>()
            .await
            .err(),
    ];
    for error in results {
        let error = error.expect("a truncated body is an error");
        assert!(
            matches!(error, Error::Transport { .. } | Error::Decode(_)),
            "{error:?}"
        );
    }
    // With retries and some bodies intact, the listing completes.
    sandbox.set_faults(Faults::none().truncated(0.3));
    let ids: Vec<_> = groupboss(&sandbox)
        .list_emails(&user, &group)
        .items()
        .try_collect()
        .await
        .expect("emails");
    assert_eq!(ids.len(), 300);
}

#[tokio::test]
async fn interrupted_listings_resume_with_nothing_lost_or_duplicated() {
    let (sandbox, (user, group)) = sized().await;
    let once = RetryPolicy::none();

    let client = groupboss_with(&sandbox, once.clone());
    check_resumption(
        &sandbox,
        4,
        |at| {
            client
                .list_emails(&user, &group)
                .paginator()
                .resume_from(at)
        },
        |e| e.id.clone(),
    )
    .await;

    let client = groupsio_with(&sandbox, once.clone());
    check_resumption(
        &sandbox,
        3,
        |at| {
            client
                .list_members(1)
                .paginator()
                .page_size(25)
                .resume_from(at)
        },
        |m| m.id.clone(),
    )
    .await;

    let client = sendhub_with(&sandbox, once.clone());
    check_resumption(
        &sandbox,
        5,
        |at| {
            client
                .list_groups()
                .paginator()
                .page_size(30)
                .resume_from(at)
        },
        |g| g.id.to_string(),
    )
    .await;

    let client = habitate_with(&sandbox, once);
    check_resumption(
        &sandbox,
        2,
        |at| {
            client
                .list_boards()
                .paginator()
                .page_size(40)
                .resume_from(at)
        },
        |b| b.board_id.clone(),
    )
    .await;
}
