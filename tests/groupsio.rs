//! groupkit-groupsio against the sandbox: a login session (cookie and csrf token) and the
//! writes it carries — drafts posted into the archives, chats, member notices, subgroups —
//! writes without the right csrf refused with `bad_csrf`, and cursors listed to the end.

use futures::TryStreamExt;
use groupkit_core::Operation;
use groupkit_e2e::{Sandbox, assert_complete, groupsio, groupsio_session, sandbox, seeded_ids};
use groupkit_groupsio::models::{
    DraftType, EmailDelivery, GroupPrivacy, MemberInfo, MemberNoticeType, MembersType, ModStatus,
    SubStatus,
};
use groupkit_groupsio::{Error, GroupId, MemberId};

/// The first seeded group (`beta`, id 1).
const GROUP: i64 = 1;

/// The error Groups.io answers for an item that does not exist (`x-groupkit-sandbox.errors`).
fn assert_gone(result: Result<impl std::fmt::Debug, Error>) {
    let error = result.expect_err("the item is gone");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.status.as_u16(), 400, "{error}");
    assert!(
        api.code().is_some_and(|c| c.ends_with("not_found")),
        "{error}"
    );
}

fn assert_bad_csrf<T: std::fmt::Debug>(result: Result<T, Error>) {
    let error = result.expect_err("refused");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.code(), Some("bad_csrf"), "{error}");
    assert_eq!(api.status.as_u16(), 400);
}

#[tokio::test]
async fn login_gives_a_session_cookie_and_a_csrf_token() {
    let sandbox = sandbox().await;
    let client = groupkit_groupsio::Client::builder()
        .base_url(sandbox.base_url("groupsio"))
        .session()
        .build()
        .expect("a client");
    assert!(!client.is_logged_in());
    let wrong = client
        .login_session(groupkit_e2e::DEMO.email, "not-the-password", None)
        .await;
    assert!(
        wrong.is_err() && !client.is_logged_in(),
        "a wrong password logs nobody in"
    );

    let login = client
        .login_session(groupkit_e2e::DEMO.email, groupkit_e2e::DEMO.password, None)
        .await
        .expect("logged in");
    assert!(client.is_logged_in());
    assert!(login.token.is_none(), "a Basic token only when asked for");
    let csrf = login.user.csrf_token.expose().to_owned();
    assert!(
        !csrf.is_empty(),
        "the login response carries the csrf token"
    );

    // Reads carry the cookie; writes carry the cookie and the csrf token. The user who logged
    // in is the one get_user reads.
    let me = client
        .get_user()
        .send()
        .await
        .expect("a read with the session");
    assert_eq!((&login.user.id, &login.user.email), (&me.id, &me.email));
    let chat = client
        .create_chat(GROUP)
        .desc("desc")
        .subject("with csrf")
        .send()
        .await
        .expect("a write");
    assert_eq!(chat.subject, "with csrf");

    client.logout_session().await.expect("logged out");
    assert!(!client.is_logged_in());
}

#[tokio::test]
async fn writes_without_the_right_csrf_token_are_refused_with_bad_csrf() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    // The same write as `create_chat`, through core, so that the client adds no csrf field.
    let raw = || Operation::post("create_chat", "/newchat").csrf(false);
    let fields = |extra: &[(&str, &str)]| -> Vec<(String, String)> {
        [("group_id", "1"), ("subject", "no csrf"), ("desc", "d")]
            .iter()
            .chain(extra)
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    assert_bad_csrf(client.core().request(raw()).form(fields(&[])).send().await);
    assert_bad_csrf(
        client
            .core()
            .request(raw())
            .form(fields(&[("csrf", "12345")]))
            .send()
            .await,
    );

    // A second session's token is not this session's.
    let other = groupsio_session(&sandbox).await;
    let other_login = other
        .login_session(groupkit_e2e::DEMO.email, groupkit_e2e::DEMO.password, None)
        .await;
    let other_csrf = other_login
        .expect("a second login")
        .user
        .csrf_token
        .expose()
        .to_owned();
    assert_bad_csrf(
        client
            .core()
            .request(raw())
            .form(fields(&[("csrf", &other_csrf)]))
            .send()
            .await,
    );

    // Nothing was created; the generated call (which adds the csrf) works.
    let chats: Vec<_> = client
        .list_chats(GROUP)
        .items()
        .try_collect()
        .await
        .expect("chats");
    assert!(chats.iter().all(|c| c.subject != "no csrf"));
    client
        .create_chat(GROUP)
        .desc("d")
        .subject("with csrf")
        .send()
        .await
        .expect("a write with csrf");
}

#[tokio::test]
async fn a_draft_is_written_edited_and_posted_into_the_archives() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let draft = client
        .create_draft(GROUP)
        .draft_type(DraftType::DraftTypePost)
        .send()
        .await
        .expect("a draft");
    assert_eq!(draft.group_id, GROUP);
    let edited = client
        .update_draft(&draft.id)
        .subject("Picnic on Saturday")
        .body("Bring a blanket.")
        .send()
        .await
        .expect("edited");
    assert_eq!(
        (&edited.id, edited.subject.as_str()),
        (&draft.id, "Picnic on Saturday")
    );
    let drafts: Vec<_> = client
        .list_drafts(GROUP)
        .items()
        .try_collect()
        .await
        .expect("drafts");
    assert!(
        drafts
            .iter()
            .any(|d| d.id == draft.id && d.body == "Bring a blanket.")
    );

    client.post_draft(&draft.id).send().await.expect("posted");

    let drafts: Vec<_> = client
        .list_drafts(GROUP)
        .items()
        .try_collect()
        .await
        .expect("drafts");
    assert!(
        drafts.iter().all(|d| d.id != draft.id),
        "a posted draft is no longer a draft"
    );
    assert_gone(client.post_draft(&draft.id).send().await);
    let messages: Vec<_> = client
        .list_messages(GROUP)
        .items()
        .try_collect()
        .await
        .expect("messages");
    let posted = messages
        .iter()
        .find(|m| m.subject.as_deref() == Some("Picnic on Saturday"))
        .expect("the draft is in the archives");
    assert_eq!(posted.body.as_deref(), Some("Bring a blanket."));
    assert_eq!(posted.group_id, GROUP);
    let read = client
        .get_message(GROUP)
        .msg_num(posted.msg_num)
        .send()
        .await
        .expect("the message");
    assert_eq!(read.msg_num, posted.msg_num);
    assert_eq!(read.subject, posted.subject);
}

#[tokio::test]
async fn chats_are_created_updated_listed_and_deleted() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let chat = client
        .create_chat(GROUP)
        .desc("<p>Trail conditions</p>")
        .subject("Hiking chat")
        .send()
        .await
        .expect("a chat");
    assert_eq!(
        (&chat.group_id, chat.subject.as_str()),
        (&GroupId::from(GROUP), "Hiking chat")
    );
    let updated = client
        .update_chat(&chat.id)
        .subject("Hiking, weekly")
        .send()
        .await
        .expect("updated");
    assert_eq!(
        (&updated.id, updated.subject.as_str()),
        (&chat.id, "Hiking, weekly")
    );
    assert_eq!(
        updated.desc, "<p>Trail conditions</p>",
        "fields not sent are kept"
    );

    let chats: Vec<_> = client
        .list_chats(GROUP)
        .items()
        .try_collect()
        .await
        .expect("chats");
    let listed = chats
        .iter()
        .find(|c| c.id == chat.id)
        .expect("the chat is listed");
    assert_eq!(listed.subject, "Hiking, weekly");
    // A chat created in a group is that group's only.
    let elsewhere: Vec<_> = client
        .list_chats(GROUP + 1)
        .items()
        .try_collect()
        .await
        .expect("chats");
    assert!(elsewhere.iter().all(|c| c.id != chat.id));

    client.delete_chat(&chat.id).send().await.expect("deleted");
    let chats: Vec<_> = client
        .list_chats(GROUP)
        .items()
        .try_collect()
        .await
        .expect("chats");
    assert!(chats.iter().all(|c| c.id != chat.id));
    assert_gone(client.update_chat(&chat.id).subject("x").send().await);
    assert_gone(client.delete_chat(&chat.id).send().await);
}

#[tokio::test]
async fn member_notices_are_created_updated_listed_and_deleted() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let notice = client
        .create_member_notice(GROUP)
        .message("You were removed.")
        .name("Banned")
        .subject("Goodbye")
        .r#type(MemberNoticeType::MemberNoticeBanned)
        .send()
        .await
        .expect("a notice");
    assert_eq!(
        (notice.name.as_str(), notice.subject.as_str()),
        ("Banned", "Goodbye")
    );
    assert_eq!(notice.r#type, MemberNoticeType::MemberNoticeBanned);
    let updated = client
        .update_member_notice(&notice.id)
        .subject("Farewell")
        .send()
        .await
        .expect("updated");
    assert_eq!(
        (
            &updated.id,
            updated.subject.as_str(),
            updated.message.as_str()
        ),
        (&notice.id, "Farewell", "You were removed.")
    );

    let notices: Vec<_> = client
        .list_member_notices(GROUP)
        .items()
        .try_collect()
        .await
        .expect("notices");
    assert!(
        notices
            .iter()
            .any(|n| n.id == notice.id && n.subject == "Farewell")
    );

    client
        .delete_member_notice(&notice.id)
        .send()
        .await
        .expect("deleted");
    let notices: Vec<_> = client
        .list_member_notices(GROUP)
        .items()
        .try_collect()
        .await
        .expect("notices");
    assert!(notices.iter().all(|n| n.id != notice.id));
    assert_gone(client.delete_member_notice(&notice.id).send().await);
}

#[tokio::test]
async fn a_subgroup_is_created_under_its_parent() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let subgroup = client
        .create_subgroup(GROUP)
        .desc("Rides on weekends")
        .privacy(GroupPrivacy::SubGroupPrivacyNone)
        .sub_group_name("rides")
        .send()
        .await
        .expect("a subgroup");
    assert_eq!(subgroup.parent_group_id, Some(GroupId::from(GROUP)));
    assert_eq!(subgroup.desc.as_deref(), Some("Rides on weekends"));

    let under_parent: Vec<_> = client
        .list_subgroups(GROUP)
        .items()
        .try_collect()
        .await
        .expect("subgroups");
    assert!(under_parent.iter().any(|g| g.id == subgroup.id));
    let elsewhere: Vec<_> = client
        .list_subgroups(GROUP + 1)
        .items()
        .try_collect()
        .await
        .expect("subgroups");
    assert!(elsewhere.iter().all(|g| g.id != subgroup.id));
    let read = client
        .get_group(&subgroup.id)
        .send()
        .await
        .expect("the subgroup");
    assert_eq!(
        (&read.id, read.parent_group_id),
        (&subgroup.id, Some(GroupId::from(GROUP)))
    );
}

#[tokio::test]
async fn a_subgroup_needs_no_privacy_and_topics_are_searched_by_q() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    // As TC creates them live: an empty description, accept_policies, no privacy.
    let subgroup = client
        .create_subgroup(GROUP)
        .sub_group_name("quiet")
        .desc("")
        .accept_policies(true)
        .send()
        .await
        .expect("a subgroup without privacy");
    assert_eq!(subgroup.parent_group_id, Some(GroupId::from(GROUP)));

    let topics: Vec<_> = client
        .list_topics(GROUP)
        .items()
        .try_collect()
        .await
        .expect("topics");
    let word = topics[0]
        .subject
        .split_whitespace()
        .max_by_key(|w| w.len())
        .expect("a word")
        .to_lowercase();
    let found: Vec<_> = client
        .list_topics(GROUP)
        .q(word.as_str())
        .items()
        .try_collect()
        .await
        .expect("searched topics");
    assert!(found.iter().any(|t| t.id == topics[0].id), "q={word}");
    assert!(found.iter().all(|t| {
        [&t.subject, &t.summary, &t.name]
            .iter()
            .any(|f| f.to_lowercase().contains(&word))
    }));
    let none: Vec<_> = client
        .list_topics(GROUP)
        .q("zzqx nothing")
        .items()
        .try_collect()
        .await
        .expect("no topics");
    assert!(none.is_empty());
}

#[tokio::test]
async fn a_thousand_members_are_listed_once_each_in_order() {
    // One group: it owns every member.
    let sandbox = Sandbox::builder()
        .size("groupsio", "members", 1_000)
        .size("groupsio", "groups", 1)
        .start()
        .await
        .expect("the sandbox starts");
    let client = groupsio(&sandbox);
    let pages: Vec<_> = client
        .list_members(GROUP)
        .paginator()
        .page_size(100)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 10);
    let ids: Vec<MemberId> = pages
        .iter()
        .flat_map(|p| p.items())
        .map(|m| m.id.clone())
        .collect();
    assert_complete(&ids, 1_000, Some(&seeded_ids(1_000)));
}

#[tokio::test]
async fn a_login_token_authenticates_with_http_basic() {
    let sandbox = sandbox().await;
    let login = groupsio(&sandbox)
        .login()
        .email(groupkit_e2e::DEMO.email)
        .password(groupkit_e2e::DEMO.password)
        .token(true)
        .send()
        .await
        .expect("a login with a token");
    let token = login
        .token
        .expect("the token asked for")
        .expose()
        .to_owned();
    let client = groupkit_groupsio::Client::builder()
        .base_url(sandbox.base_url("groupsio"))
        .basic(token, "")
        .build()
        .expect("a basic client");
    client
        .get_user()
        .send()
        .await
        .expect("a read with the token");
    let wrong = groupkit_groupsio::Client::builder()
        .base_url(sandbox.base_url("groupsio"))
        .basic("tok-not-issued", "")
        .build()
        .expect("a basic client");
    let error = wrong
        .get_user()
        .send()
        .await
        .expect_err("an unknown token is refused");
    assert_eq!(
        error.as_api().and_then(|api| api.code()),
        Some("unauthorized_error"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------------------------
// Methods beyond the document (issue 11): each write changes the sandbox's state, each read
// reads it.

/// The first member of the first group.
async fn first_member(client: &groupkit_groupsio::Client) -> groupkit_groupsio::models::MemberInfo {
    let page = client.list_members(GROUP).send().await.expect("members");
    page.data.expect("a page")[0].clone()
}

/// The member as the API reads it now.
async fn read_member(client: &groupkit_groupsio::Client, member: &MemberId) -> MemberInfo {
    client
        .get_member(member)
        .group(GROUP)
        .send()
        .await
        .expect("the member")
}

/// Whether the group's members of this kind include `member`.
async fn listed(client: &groupkit_groupsio::Client, kind: MembersType, member: &MemberId) -> bool {
    let page = client
        .list_members(GROUP)
        .r#type(kind)
        .send()
        .await
        .expect("members");
    page.data
        .unwrap_or_default()
        .iter()
        .any(|m| &m.id == member)
}

#[tokio::test]
async fn a_banned_member_reads_as_banned_until_unbanned() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let member = first_member(&client).await;
    let banned = client
        .ban_member(GROUP)
        .member_info_id(&member.id)
        .send()
        .await
        .expect("banned");
    assert_eq!(banned.status.as_str(), "sub_status_banned");
    let read = read_member(&client, &member.id).await;
    assert_eq!(read.status.as_str(), "sub_status_banned");
    assert!(listed(&client, MembersType::Banned, &member.id).await);

    let unbanned = client
        .unban_member(GROUP)
        .member_info_id(&member.id)
        .send()
        .await
        .expect("unbanned");
    assert_eq!(unbanned.status, SubStatus::SubStatusNormal);
    let again = client
        .unban_member(GROUP)
        .member_info_id(&member.id)
        .send()
        .await
        .expect_err("not banned any more");
    let api = again.as_api().expect("an API error");
    assert_eq!(api.status.as_u16(), 400);
    assert!(again.to_string().contains("user not banned"), "{again}");
}

#[tokio::test]
async fn a_pending_member_is_approved() {
    let sandbox = sandbox().await;
    let client = groupsio(&sandbox);
    let member = first_member(&client).await;
    let mut pending = serde_json::Map::new();
    pending.insert("status".into(), "sub_status_pending".into());
    sandbox
        .update_item("groupsio", "members", member.id.as_ref(), pending)
        .expect("made pending");
    assert!(listed(&client, MembersType::Pending, &member.id).await);

    let approved = client
        .approve_member(GROUP)
        .member_info_id(&member.id)
        .send()
        .await
        .expect("approved");
    assert_eq!(approved.status, SubStatus::SubStatusNormal);
    assert_eq!(
        read_member(&client, &member.id).await.status,
        SubStatus::SubStatusNormal
    );
}

#[tokio::test]
async fn update_member_changes_the_member_record() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let member = first_member(&client).await;
    client
        .update_member(GROUP)
        .member_info_id(&member.id)
        .email_delivery(EmailDelivery::EmailDeliveryDigest)
        .mod_status(ModStatus::SubModstatusModerator)
        .full_name("Renamed Member")
        .send()
        .await
        .expect("updated");
    let read = read_member(&client, &member.id).await;
    assert_eq!(read.email_delivery, EmailDelivery::EmailDeliveryDigest);
    assert_eq!(read.mod_status, ModStatus::SubModstatusModerator);
    assert_eq!(read.full_name, "Renamed Member");
}

#[tokio::test]
async fn the_callers_own_subscription_is_read_and_left() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let me = client.get_user().send().await.expect("the caller");
    let mine = client
        .get_subscription(GROUP)
        .send()
        .await
        .expect("the caller's subscription");
    assert_eq!(mine.user_id, me.id);
    assert_eq!(mine.group_id, GroupId::from(GROUP));
    // getsubs lists the caller's memberships only: one per group, this one among them.
    let subscriptions: Vec<_> = client
        .list_subscriptions()
        .items()
        .try_collect()
        .await
        .expect("the caller's subscriptions");
    assert_eq!(subscriptions.len(), 30, "one in each seeded group");
    assert!(subscriptions.iter().all(|s| s.user_id == me.id));
    assert!(subscriptions.iter().any(|s| s.id == mine.id));
    // Bounce probes and confirmations are sent; the record is unchanged.
    let probed = client
        .send_bounce_probe(GROUP)
        .member_info_id(&mine.id)
        .send()
        .await
        .expect("probed");
    assert_eq!(probed.id, mine.id);
    client
        .send_confirmation(GROUP)
        .member_info_id(&mine.id)
        .send()
        .await
        .expect("confirmation sent");

    client
        .delete_subscription(GROUP)
        .member_info_id(&mine.id)
        .send()
        .await
        .expect("left the group");
    assert_gone(client.get_subscription(GROUP).send().await);
}

#[tokio::test]
async fn the_caller_is_updated_and_get_user_shows_it() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let before = client.get_user().send().await.expect("the caller");
    assert_eq!(before.email, groupkit_e2e::DEMO.email);
    let updated = client
        .update_user()
        .location("Lisbon")
        .monday_start(true)
        .send()
        .await
        .expect("updated");
    assert_eq!(updated.id, before.id);
    client
        .update_profile()
        .full_name("Demo Person")
        .send()
        .await
        .expect("profile updated");
    let after = client.get_user().send().await.expect("the caller");
    assert_eq!(after.location, "Lisbon");
    assert!(after.monday_start);
    assert_eq!(after.full_name, "Demo Person");
}

#[tokio::test]
async fn an_albums_photos_are_listed_under_it() {
    let sandbox = sandbox().await;
    let client = groupsio(&sandbox);
    let albums: Vec<_> = client
        .list_albums(GROUP)
        .items()
        .try_collect()
        .await
        .expect("albums");
    let album = albums.first().expect("the group has an album");
    assert_eq!(album.group_id, Some(GroupId::from(GROUP)));
    let photos: Vec<_> = client
        .list_photos(GROUP)
        .album_id(&album.id)
        .items()
        .try_collect()
        .await
        .expect("photos");
    assert!(!photos.is_empty());
    assert!(
        photos
            .iter()
            .all(|p| p.album_id == album.id && p.group_id == GROUP)
    );
    let all: Vec<_> = client
        .list_photos(GROUP)
        .items()
        .try_collect()
        .await
        .expect("the group's photos");
    assert!(all.len() >= photos.len());
    assert_gone(client.list_photos(9_999).send().await);
}

#[tokio::test]
async fn a_registered_address_cannot_register_again() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let registered = client
        .register_user()
        .email("new.person@example.com")
        .password("a long passphrase")
        .send()
        .await
        .expect("registered");
    assert_eq!(registered.user.email, "new.person@example.com");
    for taken in ["new.person@example.com", groupkit_e2e::DEMO.email] {
        let error = client
            .register_user()
            .email(taken)
            .password("another one")
            .send()
            .await
            .expect_err("the address has an account");
        assert_eq!(error.as_api().map(|a| a.status.as_u16()), Some(400));
        assert!(error.to_string().contains("email exists"), "{error}");
    }
}

#[tokio::test]
async fn an_invitation_answers_for_each_address() {
    let sandbox = sandbox().await;
    let client = groupsio_session(&sandbox).await;
    let results = client
        .invite("beta")
        .emails("a@example.com\nb@example.com\n")
        .subject("Join us")
        .send()
        .await
        .expect("invited");
    assert_eq!(results.object, "invite_results");
    assert_eq!(results.total_emails, Some(2));
    assert!(results.errors.is_none());
    assert_eq!(
        results.invited.expect("the invited"),
        ["a@example.com", "b@example.com"]
    );
}
