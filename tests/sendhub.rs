//! groupkit-sendhub against the sandbox: groups CRUD, contacts added and removed, and
//! offset/limit listings to the end.

use futures::TryStreamExt;
use groupkit_e2e::{DEMO, Sandbox, assert_complete, sandbox, sendhub};
use groupkit_sendhub::{ContactId, Error};

fn assert_not_found(result: Result<impl std::fmt::Debug, Error>) {
    let error = result.expect_err("the group is gone");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");
    assert!(
        error
            .as_api()
            .and_then(|api| api.provider_error::<groupkit_sendhub::ErrorBody>())
            .is_some()
    );
}

#[tokio::test]
async fn groups_are_created_read_replaced_listed_and_deleted() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let before = client
        .list_groups()
        .send()
        .await
        .expect("a page")
        .meta
        .total_count;

    let group = client
        .create_group()
        .name("Regulars")
        .slug("regulars")
        .send()
        .await
        .expect("created");
    assert_eq!(
        (group.name.as_str(), group.slug.as_str()),
        ("Regulars", "regulars")
    );

    let read = client.get_group(&group.id).send().await.expect("read");
    // Response models have no `PartialEq` (it costs compile time): compare every field as printed.
    assert_eq!(format!("{read:?}"), format!("{group:?}"));

    let replaced = client
        .update_group(&group.id)
        .name("Regulars (weekly)")
        .send()
        .await
        .expect("replaced");
    assert_eq!(
        (&replaced.id, replaced.name.as_str()),
        (&group.id, "Regulars (weekly)")
    );
    let read = client
        .get_group(&group.id)
        .send()
        .await
        .expect("read again");
    assert_eq!(read.name, "Regulars (weekly)");

    let groups: Vec<_> = client
        .list_groups()
        .items()
        .try_collect()
        .await
        .expect("groups");
    assert_eq!(Some(groups.len() as i64), before.map(|n| n + 1));
    assert_eq!(
        groups.last().map(|g| &g.id),
        Some(&group.id),
        "new groups list last"
    );

    client
        .delete_group(&group.id)
        .send()
        .await
        .expect("deleted");
    assert_not_found(client.get_group(&group.id).send().await);
    assert_not_found(client.delete_group(&group.id).send().await);
    let groups: Vec<_> = client
        .list_groups()
        .items()
        .try_collect()
        .await
        .expect("groups");
    assert!(groups.iter().all(|g| g.id != group.id));
}

/// The sandbox keeps no group membership for contacts: it checks the request (auth, the group
/// id, the JSON body) and answers SendHub's documented 202 example, so this test covers the
/// request and the answer's decoding, not the membership.
#[tokio::test]
async fn contacts_add_remove_is_sent_as_json_and_its_answer_decoded() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    // A seeded group: seeded contacts belong to seeded groups (a new group has none).
    let group = client
        .list_groups()
        .items()
        .try_next()
        .await
        .expect("groups")
        .expect("a seeded group");
    let contacts: Vec<_> = client
        .list_group_contacts(&group.id)
        .items()
        .try_collect()
        .await
        .expect("contacts");
    // As integers: SendHub's add/remove body wants numbers, and the contacts list their ids as
    // strings.
    let ids: Vec<ContactId> = contacts
        .iter()
        .take(3)
        .map(|c| ContactId::from(id_number(&c.id)))
        .collect();
    assert_eq!(ids.len(), 3, "seeded contacts");

    let answer = client
        .add_remove_group_contacts(&group.id)
        .add(ids[..2].to_vec())
        .remove(vec![ids[2].clone()])
        .send()
        .await
        .expect("applied");
    // The answer lists what was applied (ids as strings or numbers) and what failed.
    let applied: Vec<i64> = answer
        .add
        .iter()
        .chain(&answer.remove)
        .map(id_number)
        .collect();
    assert!(!applied.is_empty(), "{answer:?}");

    // Neither list: SendHub wants at least one.
    let error = client
        .add_remove_group_contacts(&group.id)
        .send()
        .await
        .expect_err("an empty body is refused");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400), "{error}");
}

fn id_number(id: &impl AsRef<str>) -> i64 {
    id.as_ref().parse().expect("a numeric id")
}

#[tokio::test]
async fn two_thousand_five_hundred_groups_are_listed_once_each_in_order() {
    let sandbox = Sandbox::builder()
        .size("sendhub", "groups", 2_500)
        .start()
        .await
        .expect("the sandbox starts");
    let client = sendhub(&sandbox);
    let pages: Vec<_> = client
        .list_groups()
        .paginator()
        .page_size(100)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 25);
    assert!(pages.iter().all(|p| p.total() == Some(2_500)));
    let ids: Vec<i64> = pages
        .iter()
        .flat_map(|p| p.items())
        .map(|g| id_number(&g.id))
        .collect();
    let seeded: Vec<i64> = (1..=2_500).map(|n| 100_000_000_000_000_000 + n).collect();
    assert_complete(&ids, 2_500, Some(&seeded));
}

#[tokio::test]
async fn a_wrong_key_is_refused_with_an_empty_401() {
    let sandbox = sandbox().await;
    let client = groupkit_sendhub::Client::builder()
        .base_url(sandbox.base_url("sendhub"))
        .credentials(DEMO.username, "wrong-key")
        .build()
        .expect("a client");
    let error = client.list_groups().send().await.expect_err("refused");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.status.as_u16(), 401);
    assert!(api.body.is_empty());
}
