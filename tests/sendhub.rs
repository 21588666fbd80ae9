//! groupkit-sendhub against the sandbox: groups CRUD, contacts added and removed, and
//! offset/limit listings to the end; contacts CRUD, a message sent and found in its thread, the
//! inbox, and the line's settings, profile, account and users; contacts upserted in bulk.

use futures::TryStreamExt;
use groupkit_e2e::{DEMO, Sandbox, assert_complete, sandbox, sendhub};
use groupkit_sendhub::models::ContactUpsertRequest;
use groupkit_sendhub::{ContactId, Error, Id};

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

/// A contact created through the API.
async fn new_contact(
    client: &groupkit_sendhub::Client,
    name: &str,
    number: &str,
) -> groupkit_sendhub::models::Contact {
    client
        .upsert_contact()
        .name(name)
        .number(number)
        .send()
        .await
        .expect("created")
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

/// The main flow of SendHub's own document: a contact is created, found by its number, added
/// to a group, sent a message (with the group), and the message is read back, found in its
/// thread and deleted; the inbox lists threads to the end.
#[tokio::test]
async fn a_contact_is_created_grouped_and_messaged() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let group = client
        .create_group()
        .name("Alerts")
        .send()
        .await
        .expect("a group");

    let contact = new_contact(&client, "Bob Parker", "+12015716227").await;
    assert_eq!(
        (contact.name.as_str(), contact.number.as_str()),
        ("Bob Parker", "+12015716227")
    );
    let found: Vec<_> = client
        .list_contacts()
        .number("+12015716227")
        .items()
        .try_collect()
        .await
        .expect("contacts");
    assert!(found.iter().any(|c| c.id == contact.id), "{found:?}");

    client
        .add_remove_group_contacts(&group.id)
        .add([ContactId::from(id_number(&contact.id))])
        .send()
        .await
        .expect("added");

    let sent = client
        .send_message()
        .text("Hello there")
        .contacts([Id::from(id_number(&contact.id)), Id::from("+18884445555")])
        .groups([group.id.clone()])
        .send()
        .await
        .expect("sent");
    assert_eq!(sent.text, "Hello there");
    let message_id = sent.message_id.clone().expect("a message id");
    let read = client
        .get_message(&message_id)
        .send()
        .await
        .expect("read back");
    assert_eq!(read.text, "Hello there");

    // The message opened its thread: the inbox shows it, by this message, and the thread
    // lists it.
    let opened = sent
        .thread_id
        .clone()
        .expect("a sent message names its thread");
    let inbox: Vec<_> = client
        .list_threads()
        .items()
        .try_collect()
        .await
        .expect("the inbox");
    let thread = inbox
        .iter()
        .find(|t| id_number(&t.thread_id) == id_number(&opened))
        .expect("the new thread is in the inbox");
    assert_eq!(thread.text.as_deref(), Some("Hello there"));
    let messages: Vec<_> = client
        .list_thread_messages(&thread.thread_id)
        .items()
        .try_collect()
        .await
        .expect("the thread's messages");
    assert!(messages.iter().any(|m| m.message_id == sent.message_id));

    // The inbox pages to its end, and a thread lists its own messages only.
    let threads: Vec<_> = client
        .list_threads()
        .paginator()
        .page_size(7)
        .items()
        .try_collect()
        .await
        .expect("threads");
    assert!(!threads.is_empty());
    let ids: Vec<i64> = threads.iter().map(|t| id_number(&t.thread_id)).collect();
    assert_complete(&ids, ids.len(), None);
    let thread = &threads[0].thread_id;
    let in_thread: Vec<_> = client
        .list_thread_messages(thread)
        .items()
        .try_collect()
        .await
        .expect("the thread's messages");
    assert!(!in_thread.is_empty(), "seeded messages belong to threads");
    assert!(
        in_thread
            .iter()
            .all(|m| m.thread_id.as_ref().map(id_number) == Some(id_number(thread))),
        "only the thread's own messages"
    );

    let deleted = client
        .delete_message(&message_id)
        .send()
        .await
        .expect("deleted");
    assert!(!deleted.message.is_empty());
    assert_eq!(
        client
            .get_message(&message_id)
            .send()
            .await
            .expect_err("gone")
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
}

#[tokio::test]
async fn contacts_are_read_replaced_and_deleted() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let contact = new_contact(&client, "John Smith", "+19198915828").await;
    let read = client.get_contact(&contact.id).send().await.expect("read");
    assert_eq!(
        (&read.id, read.name.as_str(), read.number.as_str()),
        (&contact.id, "John Smith", "+19198915828")
    );

    let replaced = client
        .update_contact(&contact.id)
        .name("John Smithy")
        .number("+19198915828")
        .send()
        .await
        .expect("replaced");
    assert_eq!(replaced.name, "John Smithy");
    assert_eq!(
        client
            .get_contact(&contact.id)
            .send()
            .await
            .expect("read again")
            .name,
        "John Smithy"
    );

    client
        .delete_contact(&contact.id)
        .send()
        .await
        .expect("deleted");
    let error = client
        .get_contact(&contact.id)
        .send()
        .await
        .expect_err("gone");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");
}

#[tokio::test]
async fn the_line_its_account_and_its_users_are_read() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let settings = client.get_settings().send().await.expect("settings");
    let profile = client.get_profile().send().await.expect("profile");
    assert_eq!(
        settings.enterprise_id.as_ref(),
        Some(&profile.enterprise_id)
    );
    let enterprise = client
        .get_enterprise(&profile.enterprise_id)
        .send()
        .await
        .expect("the account");
    assert_eq!(enterprise.id, profile.enterprise_id);
    let users: Vec<_> = client
        .list_users(&profile.enterprise_id)
        .items()
        .try_collect()
        .await
        .expect("users");
    let first = users.first().expect("seeded users");
    let user = client
        .get_user(&profile.enterprise_id, &first.user_id)
        .send()
        .await
        .expect("a user");
    assert_eq!(user.user_id, first.user_id);
}

#[tokio::test]
async fn contacts_are_upserted_in_bulk_all_or_nothing() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let existing = new_contact(&client, "John Smith", "+19198915828").await;
    let objects = [
        ContactUpsertRequest::builder()
            .name("Bob Parker")
            .number("+12015716227")
            .build(),
        ContactUpsertRequest::builder()
            .name("John Smithy")
            .number("+19198915828")
            .id(&existing.id)
            .build(),
    ];
    let upserted = client
        .upsert_contacts()
        .objects(objects)
        .send()
        .await
        .expect("upserted");
    assert_eq!(upserted.len(), 2);
    assert_eq!(upserted[0].name, "Bob Parker");
    assert_ne!(upserted[0].id, existing.id, "a new contact");
    assert_eq!(
        (&upserted[1].id, upserted[1].name.as_str()),
        (&existing.id, "John Smithy")
    );
    let created = client
        .get_contact(&upserted[0].id)
        .send()
        .await
        .expect("read");
    assert_eq!(created.number, "+12015716227");
    let updated = client.get_contact(&existing.id).send().await.expect("read");
    assert_eq!(updated.name, "John Smithy");

    // An id that names no contact refuses the whole request: the new one is not created.
    let objects = [
        ContactUpsertRequest::builder()
            .name("Carol")
            .number("+12015550000")
            .build(),
        ContactUpsertRequest::builder()
            .name("Nobody")
            .number("+12015550001")
            .id("999999999999999999")
            .build(),
    ];
    let error = client
        .upsert_contacts()
        .objects(objects)
        .send()
        .await
        .expect_err("an unknown id");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");
    let carol = client
        .list_contacts()
        .number("+12015550000")
        .items()
        .try_collect::<Vec<_>>()
        .await
        .expect("listed");
    assert!(carol.is_empty(), "nothing was created: {carol:?}");
}

#[tokio::test]
async fn the_line_settings_are_changed_and_read_back() {
    let sandbox = sandbox().await;
    let client = sendhub(&sandbox);
    let before = client.get_settings().send().await.expect("settings");
    let url = "https://example.com/hooks/sendhub";
    let updated = client
        .update_settings()
        .sms_webhook_url(url)
        .automated_sms_response("Back soon.")
        .send()
        .await
        .expect("updated");
    assert_eq!(updated.sms_webhook_url.as_deref(), Some(url));
    let after = client.get_settings().send().await.expect("settings again");
    assert_eq!(after.sms_webhook_url.as_deref(), Some(url));
    assert_eq!(after.automated_sms_response.as_deref(), Some("Back soon."));
    // What the update did not name is kept.
    assert_eq!(after.id, before.id);
    assert_eq!(after.enterprise_id, before.enterprise_id);
}
