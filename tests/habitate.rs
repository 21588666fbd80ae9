//! groupkit-habitate against the sandbox: boards, posts, comments, replies and tags created,
//! edited and read, and page-number listings (with short pages) to the end.

use futures::TryStreamExt;
use groupkit_e2e::{Sandbox, assert_complete, habitate, sandbox, seeded_ids};
use groupkit_habitate::models::{BoardHiddenType, BoardPermission};
use groupkit_habitate::{BoardId, Error};

fn assert_not_found(result: Result<impl std::fmt::Debug, Error>) {
    let error = result.expect_err("no such item");
    let api = error.as_api().expect("an API error");
    assert_eq!(api.status.as_u16(), 404, "{error}");
    assert_eq!(api.code(), Some("NOT_FOUND"));
}

#[tokio::test]
async fn boards_are_created_edited_read_and_listed() {
    let sandbox = sandbox().await;
    let client = habitate(&sandbox);
    let before: Vec<_> = client
        .list_boards()
        .items()
        .try_collect()
        .await
        .expect("boards");

    let board = client
        .create_board()
        .board_name("Announcements")
        .hidden_type(BoardHiddenType::VisibleToAll)
        .is_private(false)
        .needs_approval(true)
        .permission_for(BoardPermission::Admins)
        .send()
        .await
        .expect("a board");
    let id = board.board_id.expect("an id");
    assert_eq!(board.board_name.as_deref(), Some("Announcements"));
    assert_eq!(board.permission_for, Some(BoardPermission::Admins));

    let edited = client
        .update_board(&id)
        .board_name("News")
        .hidden_type(BoardHiddenType::LoggedInMembers)
        .is_private(true)
        .needs_approval(false)
        .permission_for(BoardPermission::Members)
        .send()
        .await
        .expect("edited");
    assert_eq!(
        (edited.board_id.as_ref(), edited.board_name.as_deref()),
        (Some(&id), Some("News"))
    );
    let read = client.get_board(&id).send().await.expect("read");
    assert_eq!(read.board_name.as_deref(), Some("News"));
    assert_eq!(
        (read.is_private, read.needs_approval),
        (Some(true), Some(false))
    );
    assert_eq!(read.hidden_type, Some(BoardHiddenType::LoggedInMembers));

    let boards: Vec<_> = client
        .list_boards()
        .items()
        .try_collect()
        .await
        .expect("boards");
    assert_eq!(boards.len(), before.len() + 1);
    assert_eq!(boards.last().and_then(|b| b.board_id.as_ref()), Some(&id));
    let unknown = id.as_i64().expect("an integer id") + 1_000_000;
    assert_not_found(client.get_board(unknown).send().await);
}

#[tokio::test]
async fn a_post_its_comments_and_their_replies_are_created_edited_and_read() {
    let sandbox = sandbox().await;
    let client = habitate(&sandbox);
    let board = client.list_boards().send().await.expect("boards")[0]
        .board_id
        .clone()
        .expect("a board id");

    let post = client
        .create_post()
        .authors(["msid-ada"])
        .board_id(&board)
        .content("<p>Hello</p>")
        .headline("Welcome")
        .send()
        .await
        .expect("a post");
    let post_id = post.post_id.expect("an id");
    assert_eq!(
        (post.board_id.as_ref(), post.headline.as_deref()),
        (Some(&board), Some("Welcome"))
    );
    let edited = client
        .update_post(&post_id)
        .authors(["msid-ada"])
        .board_id(&board)
        .content("<p>Hello, all</p>")
        .headline("Welcome!")
        .send()
        .await
        .expect("edited");
    assert_eq!(
        (edited.post_id.as_ref(), edited.headline.as_deref()),
        (Some(&post_id), Some("Welcome!"))
    );
    let read = client.get_post(&post_id).send().await.expect("read");
    assert_eq!(read.content.as_deref(), Some("<p>Hello, all</p>"));

    let comment = client
        .create_comment()
        .author("msid-grace")
        .content("Thanks!")
        .post_id(&post_id)
        .send()
        .await
        .expect("a comment");
    let comment_id = comment.comment_id.expect("an id");
    assert_eq!(comment.post_id.as_ref(), Some(&post_id));
    client
        .update_comment(&comment_id)
        .content("Thanks a lot!")
        .send()
        .await
        .expect("edited");
    let read = client.get_comment(&comment_id).send().await.expect("read");
    assert_eq!(
        (read.post_id.as_ref(), read.content.as_deref()),
        (Some(&post_id), Some("Thanks a lot!"))
    );

    let reply = client
        .create_reply()
        .author("msid-alan")
        .comment_id(&comment_id)
        .content("Welcome")
        .send()
        .await
        .expect("a reply");
    let reply_id = reply.reply_id.expect("an id");
    assert_eq!(reply.comment_id.as_ref(), Some(&comment_id));
    client
        .update_reply(&reply_id)
        .content("Welcome aboard")
        .send()
        .await
        .expect("edited");
    let read = client.get_reply(&reply_id).send().await.expect("read");
    assert_eq!(
        (read.comment_id.as_ref(), read.content.as_deref()),
        (Some(&comment_id), Some("Welcome aboard"))
    );

    let unknown = post_id.as_i64().expect("an integer id") + 1_000_000;
    assert_not_found(client.get_post(unknown).send().await);
}

#[tokio::test]
async fn tags_are_created_renamed_read_and_listed() {
    let sandbox = sandbox().await;
    let client = habitate(&sandbox);
    let tag = client
        .create_tag()
        .name("gardening")
        .send()
        .await
        .expect("a tag");
    let id = tag.tag_id.expect("an id");
    assert_eq!(tag.name.as_deref(), Some("gardening"));
    let renamed = client
        .update_tag(&id)
        .name("urban-gardening")
        .send()
        .await
        .expect("renamed");
    assert_eq!(
        (renamed.tag_id.as_ref(), renamed.name.as_deref()),
        (Some(&id), Some("urban-gardening"))
    );
    let read = client.get_tag(&id).send().await.expect("read");
    assert_eq!(read.name.as_deref(), Some("urban-gardening"));
    let tags: Vec<_> = client
        .list_tags()
        .items()
        .try_collect()
        .await
        .expect("tags");
    assert!(
        tags.iter()
            .any(|t| t.tag_id.as_ref() == Some(&id) && t.name.as_deref() == Some("urban-gardening"))
    );
}

#[tokio::test]
async fn five_hundred_boards_are_listed_once_each_in_order_across_short_pages() {
    let sandbox = Sandbox::builder()
        .size("habitate", "boards", 500)
        .start()
        .await
        .expect("the sandbox starts");
    let client = habitate(&sandbox);
    let pages: Vec<_> = client
        .list_boards()
        .paginator()
        .page_size(50)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert!(
        pages.len() > 10,
        "short pages mean more than 500 / 50 pages"
    );
    assert!(
        pages.iter().rev().skip(1).any(|p| p.items().len() < 50),
        "a short page that is not the last"
    );
    let ids: Vec<BoardId> = pages
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|b| b.board_id.clone())
        .collect();
    assert_complete(&ids, 500, Some(&seeded_ids(500)));
}
