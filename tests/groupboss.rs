//! groupkit-groupboss against the sandbox: webhook subscriptions CRUD, and 10,000 emails listed
//! through DRF's next links, every one once, in order.

use futures::TryStreamExt;
use groupkit_core::Style;
use groupkit_core::pagination::NextLink;
use groupkit_e2e::{DEMO, Sandbox, assert_complete, groupboss, groupboss_group, sandbox};
use groupkit_groupboss::ids::MemberEmailId;
use groupkit_groupboss::models::{MemberEmail, WebhookEvent};
use groupkit_groupboss::{Error, ErrorBody};

fn assert_not_found(result: Result<impl std::fmt::Debug, Error>) {
    let error = result.expect_err("the item is gone");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.status.as_u16(), 404, "{error}");
    let body = api
        .provider_error::<ErrorBody>()
        .expect("Groupboss's error body");
    assert!(body.detail.is_some(), "{body:?}");
}

#[tokio::test]
async fn webhook_subscriptions_are_created_read_updated_listed_and_deleted() {
    let sandbox = sandbox().await;
    let client = groupboss(&sandbox);
    let before: Vec<_> = client
        .list_webhook_subscriptions()
        .items()
        .try_collect()
        .await
        .expect("a listing");

    let created = client
        .create_webhook_subscription()
        .event(WebhookEvent::GroupCreated)
        .target("https://hooks.example.com/created")
        .send()
        .await
        .expect("created");
    assert_eq!(created.event, WebhookEvent::GroupCreated);
    assert_eq!(created.target, "https://hooks.example.com/created");

    let read = client
        .get_webhook_subscription(&created.id)
        .send()
        .await
        .expect("read");
    // Response models have no `PartialEq` (it costs compile time): compare every field as printed.
    assert_eq!(format!("{read:?}"), format!("{created:?}"));

    let updated = client
        .update_webhook_subscription(&created.id)
        .event(WebhookEvent::GroupUpdated)
        .target("https://hooks.example.com/updated")
        .send()
        .await
        .expect("updated");
    assert_eq!(
        (updated.id.as_str(), updated.event.clone()),
        (created.id.as_str(), WebhookEvent::GroupUpdated)
    );
    assert_eq!(updated.target, "https://hooks.example.com/updated");
    let read = client
        .get_webhook_subscription(&created.id)
        .send()
        .await
        .expect("read again");
    assert_eq!(read.target, "https://hooks.example.com/updated");

    let listed: Vec<_> = client
        .list_webhook_subscriptions()
        .items()
        .try_collect()
        .await
        .expect("a listing");
    assert_eq!(listed.len(), before.len() + 1);
    assert_eq!(
        listed.last().map(|s| s.id.as_str()),
        Some(created.id.as_str()),
        "new items list last"
    );

    client
        .delete_webhook_subscription(&created.id)
        .send()
        .await
        .expect("deleted");
    assert_not_found(client.get_webhook_subscription(&created.id).send().await);
    assert_not_found(client.delete_webhook_subscription(&created.id).send().await);
    let listed: Vec<_> = client
        .list_webhook_subscriptions()
        .items()
        .try_collect()
        .await
        .expect("a listing");
    assert_eq!(listed.len(), before.len());
    assert!(listed.iter().all(|s| s.id != created.id));
}

#[tokio::test]
async fn ten_thousand_emails_are_listed_once_each_in_order() {
    // One group: it owns every email.
    let sandbox = Sandbox::builder()
        .size("groupboss", "emails", 10_000)
        .size("groupboss", "groups", 1)
        .start()
        .await
        .expect("the sandbox starts");
    let client = groupboss(&sandbox);
    let (user, group) = groupboss_group(&sandbox).await;

    // DRF's own page size (10): a thousand next links.
    let pages: Vec<_> = client
        .list_emails(&user, &group)
        .pages()
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(pages.len(), 1_000);
    assert!(pages.iter().all(|p| p.total() == Some(10_000)));
    let ids: Vec<MemberEmailId> = pages
        .iter()
        .flat_map(|p| p.items())
        .map(|e| e.id.clone())
        .collect();
    assert_complete(&ids, 10_000, None);

    // A large page size (the sandbox reads DRF's `page_size`; the next links keep it).
    let style = Style::NextLink(NextLink {
        items: "/results",
        next: "/next",
        total: Some("/count"),
    });
    let large: Vec<MemberEmail> = client
        .list_emails(&user, &group)
        .into_request()
        .query("page_size", 100)
        .paginate(style)
        .items()
        .try_collect()
        .await
        .expect("every item");
    let large: Vec<MemberEmailId> = large.into_iter().map(|e| e.id).collect();
    assert_complete(&large, 10_000, Some(&ids));
}

#[tokio::test]
async fn users_groups_and_onboarding_answers_are_read() {
    let sandbox = sandbox().await;
    let client = groupboss(&sandbox);
    let users: Vec<_> = client
        .list_users()
        .items()
        .try_collect()
        .await
        .expect("users");
    assert!(!users.is_empty());
    let user = client.get_user(&users[0].id).send().await.expect("a user");
    assert_eq!(user.id, users[0].id);
    let groups: Vec<_> = client
        .list_groups(&user.id)
        .items()
        .try_collect()
        .await
        .expect("groups");
    assert!(!groups.is_empty());
    let group = client
        .get_group(&user.id, &groups[0].id)
        .send()
        .await
        .expect("a group");
    assert_eq!(group.id, groups[0].id);
    let answers: Vec<_> = client
        .list_onboard_questions(&user.id, &group.id)
        .items()
        .try_collect()
        .await
        .expect("answers");
    assert!(!answers.is_empty());
}

#[tokio::test]
async fn a_wrong_key_is_refused() {
    let sandbox = sandbox().await;
    let client = groupkit_groupboss::Client::builder()
        .base_url(sandbox.base_url("groupboss"))
        .api_key(format!("{}-wrong", DEMO.api_key))
        .build()
        .expect("a client");
    let error = client.list_users().send().await.expect_err("refused");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403), "{error}");
}
