//! groupkit-habitate against the sandbox: boards, posts, comments, replies and tags created,
//! edited and read, and page-number listings (with short pages) to the end.

use futures::TryStreamExt;
use groupkit_e2e::{Sandbox, assert_complete, habitate, sandbox, seeded_ids};
use groupkit_habitate::Error;
use groupkit_habitate::models::{BoardHiddenType, BoardPermission};

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
        .create_board(
            "Announcements",
            BoardHiddenType::VisibleToAll,
            false,
            true,
            BoardPermission::Admins,
        )
        .send()
        .await
        .expect("a board");
    let id = board.board_id.expect("an id");
    assert_eq!(board.board_name.as_deref(), Some("Announcements"));
    assert_eq!(board.permission_for, Some(BoardPermission::Admins));

    let edited = client
        .update_board(
            id,
            "News",
            BoardHiddenType::LoggedInMembers,
            true,
            false,
            BoardPermission::Members,
        )
        .send()
        .await
        .expect("edited");
    assert_eq!(
        (edited.board_id, edited.board_name.as_deref()),
        (Some(id), Some("News"))
    );
    let read = client.get_board(id).send().await.expect("read");
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
    assert_eq!(boards.last().and_then(|b| b.board_id), Some(id));
    assert_not_found(client.get_board(id + 1_000_000).send().await);
}

#[tokio::test]
async fn a_post_its_comments_and_their_replies_are_created_edited_and_read() {
    let sandbox = sandbox().await;
    let client = habitate(&sandbox);
    let board = client.list_boards().send().await.expect("boards")[0]
        .board_id
        .expect("a board id");

    let post = client
        .create_post(vec!["msid-ada".into()], board, "<p>Hello</p>", "Welcome")
        .send()
        .await
        .expect("a post");
    let post_id = post.post_id.expect("an id");
    assert_eq!(
        (post.board_id, post.headline.as_deref()),
        (Some(board), Some("Welcome"))
    );
    let edited = client
        .update_post(
            post_id,
            vec!["msid-ada".into()],
            board,
            "<p>Hello, all</p>",
            "Welcome!",
        )
        .send()
        .await
        .expect("edited");
    assert_eq!(
        (edited.post_id, edited.headline.as_deref()),
        (Some(post_id), Some("Welcome!"))
    );
    let read = client.get_post(post_id).send().await.expect("read");
    assert_eq!(read.content.as_deref(), Some("<p>Hello, all</p>"));

    let comment = client
        .create_comment("msid-grace", "Thanks!", post_id)
        .send()
        .await
        .expect("a comment");
    let comment_id = comment.comment_id.expect("an id");
    assert_eq!(comment.post_id, Some(post_id));
    client
        .update_comment(comment_id, "Thanks a lot!")
        .send()
        .await
        .expect("edited");
    let read = client.get_comment(comment_id).send().await.expect("read");
    assert_eq!(
        (read.post_id, read.content.as_deref()),
        (Some(post_id), Some("Thanks a lot!"))
    );

    let reply = client
        .create_reply("msid-alan", comment_id, "Welcome")
        .send()
        .await
        .expect("a reply");
    let reply_id = reply.reply_id.expect("an id");
    assert_eq!(reply.comment_id, Some(comment_id));
    client
        .update_reply(reply_id, "Welcome aboard")
        .send()
        .await
        .expect("edited");
    let read = client.get_reply(reply_id).send().await.expect("read");
    assert_eq!(
        (read.comment_id, read.content.as_deref()),
        (Some(comment_id), Some("Welcome aboard"))
    );

    assert_not_found(client.get_post(post_id + 1_000_000).send().await);
}

#[tokio::test]
async fn tags_are_created_renamed_read_and_listed() {
    let sandbox = sandbox().await;
    let client = habitate(&sandbox);
    let tag = client.create_tag("gardening").send().await.expect("a tag");
    let id = tag.tag_id.expect("an id");
    assert_eq!(tag.name.as_deref(), Some("gardening"));
    let renamed = client
        .update_tag(id, "urban-gardening")
        .send()
        .await
        .expect("renamed");
    assert_eq!(
        (renamed.tag_id, renamed.name.as_deref()),
        (Some(id), Some("urban-gardening"))
    );
    let read = client.get_tag(id).send().await.expect("read");
    assert_eq!(read.name.as_deref(), Some("urban-gardening"));
    let tags: Vec<_> = client
        .list_tags()
        .items()
        .try_collect()
        .await
        .expect("tags");
    assert!(
        tags.iter()
            .any(|t| t.tag_id == Some(id) && t.name.as_deref() == Some("urban-gardening"))
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
    let ids: Vec<i64> = pages
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|b| b.board_id)
        .collect();
    assert_complete(&ids, 500, Some(&seeded_ids(500)));
}
