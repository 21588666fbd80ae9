//! The groupkit quickstart: a short tour of each provider.
//!
//! ```sh
//! cargo run -p groupkit --example quickstart
//! ```
//!
//! With no configuration it starts the offline sandbox (`groupkit-sandbox`, fake servers on
//! `127.0.0.1`) and, for each provider, authenticates, lists a collection across many pages
//! with progress shown, creates, updates and deletes something (and SendHub sends a message),
//! and handles an error. Last, a webhook delivery is verified and read in one call.
//!
//! Set a provider's real credentials and that provider runs against the real service instead,
//! read-only: it authenticates, lists (at most a few pages) and handles an error, and creates,
//! changes and deletes nothing.
//!
//! | provider  | environment variables                                                |
//! | --------- | -------------------------------------------------------------------- |
//! | Groupboss | `GROUPBOSS_API_KEY`                                                  |
//! | Groups.io | `GROUPSIO_API_KEY`                                                   |
//! | SendHub   | `SENDHUB_USERNAME`, `SENDHUB_API_KEY`                                |
//! | Habitate  | `HABITATE_BASE_URL` (`https://<community>/api/v1`), `HABITATE_SYSTEM`, `HABITATE_API_KEY` |

use futures::{Stream, TryStreamExt};
use groupkit::{Error, Page};
use groupkit_sandbox::{DEMO, Sandbox};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The sandbox serves every provider that has no real credentials in the environment.
    let sandbox = Sandbox::builder().start().await?;
    println!("groupkit sandbox on http://{}", sandbox.addr());

    // One provider failing (a wrong real key, no network) does not stop the others.
    let results = [
        ("Groupboss", groupboss(&sandbox).await),
        ("Groups.io", groupsio(&sandbox).await),
        ("SendHub", sendhub(&sandbox).await),
        ("Habitate", habitate(&sandbox).await),
    ];
    let mut failed = 0;
    for (provider, result) in results {
        if let Err(error) = result {
            eprintln!("\n{provider} failed: {}", describe(&error));
            failed += 1;
        }
    }
    if failed > 0 {
        return Err(format!("{failed} of 4 providers failed").into());
    }
    webhooks()?;
    println!("\ndone");
    Ok(())
}

/// Groupboss: list a group's collected emails, manage a webhook subscription, handle a 404.
async fn groupboss(sandbox: &Sandbox) -> groupkit::Result<()> {
    use groupkit::groupboss::{Client, ErrorBody, models::WebhookEvent};

    // Authenticate: the API key goes in the `Authorization` header.
    let key = env("GROUPBOSS_API_KEY");
    let real = key.is_some();
    heading("Groupboss", real);
    let client = match &key {
        Some(key) => Client::builder().api_key(key.as_str()).build()?,
        None => Client::builder()
            .base_url(sandbox.base_url("groupboss"))
            .api_key(DEMO.api_key)
            .build()?,
    };

    // List: the key's user, their first group, and that group's emails, page by page.
    let Some(user) = client.list_users().items().try_next().await? else {
        println!("  no users");
        return Ok(());
    };
    let Some(group) = client.list_groups(&user.id).items().try_next().await? else {
        println!("  {} has no groups", user.email);
        return Ok(());
    };
    println!("  emails collected in {:?}:", group.name);
    let emails = show_pages(client.list_emails(&user.id, &group.id).pages(), real).await?;
    if let Some(email) = emails.first() {
        println!(
            "  first: {} {} <{}>",
            email.first_name, email.last_name, email.email
        );
    }

    // Handle an error: a subscription that does not exist is a 404 with a `detail` message.
    let missing = "00000000-0000-4000-8000-000000000000";
    match client.get_webhook_subscription(missing).send().await {
        Ok(found) => println!("  unexpectedly found {}", found.id),
        Err(Error::Api(api)) if api.status == 404 => {
            let body = api.provider_error::<ErrorBody>();
            let detail = body.and_then(|body| body.detail.as_deref());
            println!("  handled: 404, detail {:?}", detail.unwrap_or("-"));
        }
        Err(other) => return Err(other),
    }
    if real {
        return Ok(());
    }

    // Create, update and delete a webhook subscription.
    let hook = client
        .create_webhook_subscription()
        .target("https://example.com/hooks/groupboss")
        .event(WebhookEvent::GroupCreated)
        .send()
        .await?;
    println!(
        "  created webhook {} for {} -> {}",
        hook.id, hook.event, hook.target
    );
    let hook = client
        .update_webhook_subscription(&hook.id)
        .target("https://example.com/hooks/v2")
        .event(WebhookEvent::GroupUpdated)
        .send()
        .await?;
    println!(
        "  updated webhook {} for {} -> {}",
        hook.id, hook.event, hook.target
    );
    client.delete_webhook_subscription(&hook.id).send().await?;
    println!("  deleted webhook {}", hook.id);
    Ok(())
}

/// Groups.io: log in with a session, list subscriptions, create/update/delete a chat, handle
/// `group_not_found`.
async fn groupsio(sandbox: &Sandbox) -> groupkit::Result<()> {
    use groupkit::groupsio::{Client, error::error_type, models::ErrorType};

    // Authenticate: a real API key (bearer), or in the sandbox a login session: email and
    // password give a cookie and a csrf token, which every write then carries by itself.
    let key = env("GROUPSIO_API_KEY");
    let real = key.is_some();
    heading("Groups.io", real);
    let client = match &key {
        Some(key) => Client::builder().api_key(key.as_str()).build()?,
        None => {
            let client = Client::builder()
                .base_url(sandbox.base_url("groupsio"))
                .session()
                .build()?;
            let login = client
                .login_session(DEMO.email, DEMO.password, None)
                .await?;
            println!("  logged in as {} (user id {})", DEMO.email, login.user.id);
            client
        }
    };

    // List: the caller's subscriptions, one per group, page by page.
    println!("  subscriptions:");
    let subs = show_pages(
        client
            .list_subscriptions()
            .paginator()
            .page_size(10)
            .pages(),
        real,
    )
    .await?;
    let Some(sub) = subs.first() else {
        println!("  no subscriptions");
        return Ok(());
    };

    // Handle an error: Groups.io answers 400 with an error `type`, here `group_not_found`.
    match client.get_group("groupkit-no-such-group").send().await {
        Ok(group) => println!("  unexpectedly found {}", group.name),
        Err(e) if error_type(&e) == Some(&ErrorType::GroupNotFound) => {
            println!("  handled: {}", describe(&e))
        }
        Err(other) => return Err(other),
    }
    if real {
        return Ok(());
    }

    // Create, update and delete a chat in the first subscription's group.
    let chat = client
        .create_chat(&sub.group_id)
        .subject("Meetup planning")
        .desc("Where we plan the next meetup.")
        .send()
        .await?;
    println!(
        "  created chat {} {:?} in group {}",
        chat.id, chat.subject, chat.group_id
    );
    let chat = client
        .update_chat(&chat.id)
        .subject("Meetup planning (March)")
        .send()
        .await?;
    println!("  updated chat {} {:?}", chat.id, chat.subject);
    client.delete_chat(&chat.id).send().await?;
    println!("  deleted chat {}", chat.id);
    client.logout_session().await?;
    println!("  logged out");
    Ok(())
}

/// SendHub: list groups, create/update/delete a group, handle a 404.
async fn sendhub(sandbox: &Sandbox) -> groupkit::Result<()> {
    use groupkit::sendhub::{Client, ErrorBody};

    // Authenticate: the username and API key travel as query parameters (never printed).
    let credentials = env("SENDHUB_USERNAME").zip(env("SENDHUB_API_KEY"));
    let real = credentials.is_some();
    heading("SendHub", real);
    let client = match &credentials {
        Some((user, key)) => Client::builder()
            .credentials(user.as_str(), key.as_str())
            .build()?,
        None => Client::builder()
            .base_url(sandbox.base_url("sendhub"))
            .credentials(DEMO.username, DEMO.api_key)
            .build()?,
    };

    // List: every group, ten a page.
    println!("  groups:");
    let groups = show_pages(client.list_groups().paginator().page_size(10).pages(), real).await?;
    if let Some(group) = groups.first() {
        let size = group.size.unwrap_or(0);
        println!("  first: {} {:?} ({size} contacts)", group.id, group.name);
    }

    // Handle an error: a group that does not exist is a 404 with SendHub's message.
    match client.get_group(1u64).send().await {
        Ok(group) => println!("  unexpectedly found {}", group.name),
        Err(Error::Api(api)) if api.status == 404 => {
            let message = api.provider_error::<ErrorBody>().map(ErrorBody::message);
            println!("  handled: 404, error {:?}", message.unwrap_or("-"));
        }
        Err(other) => return Err(other),
    }
    if real {
        return Ok(());
    }

    // Create, update (a PUT replaces the whole group, so it sends all of it) and delete a group.
    let group = client
        .create_group()
        .name("Regulars")
        .slug("regulars")
        .send()
        .await?;
    println!("  created group {} {:?}", group.id, group.name);
    // Read, change, write back: the group converts into the update's body.
    let mut group = client.get_group(&group.id).send().await?;
    group.name = "Regulars 2025".into();
    let group = client.update_group(&group.id).body(&group).send().await?;
    println!("  updated group {} {:?}", group.id, group.name);
    client.delete_group(group.id.clone()).send().await?;
    println!("  deleted group {}", group.id);

    // Send a message: to a contact (by id) or straight to a number.
    let contact = client
        .upsert_contact()
        .name("Bob Parker")
        .number("+12015716227")
        .send()
        .await?;
    let sent = client
        .send_message()
        .text("Hello from groupkit")
        .contacts([contact.id.as_id().clone()])
        .send()
        .await?;
    println!(
        "  sent message {} to {}",
        sent.message_id.map_or("-".into(), |id| id.to_string()),
        contact.name
    );
    Ok(())
}

/// Webhooks: check a delivery's signature and read it in one call. SendHub signs the webhook
/// URL and the body with your API key (`X-SendHub-Signature`); the delivery here is signed
/// locally, as SendHub would sign it, and a tampered copy is refused.
fn webhooks() -> Result<(), Box<dyn std::error::Error>> {
    use groupkit::sendhub::http::HeaderMap;
    use groupkit::sendhub::webhooks::{self, Encoding, WebhookSecret};

    println!("\n== Webhooks (verified locally)");
    let api_key = WebhookSecret::new(DEMO.api_key);
    let url = "https://example.com/hooks/sendhub";
    let body = br#"{"from": "+12015716227", "text": "STOP"}"#;
    let mut headers = HeaderMap::new();
    let signature = webhooks::sign(&api_key, url, body, Encoding::Hex);
    headers.insert(webhooks::SIGNATURE.header(), signature.parse()?);

    let delivery = webhooks::verify_and_parse(&headers, url, body, &api_key)?;
    println!(
        "  verified SendHub delivery: text {}",
        delivery.body["text"]
    );
    let tampered = br#"{"from": "+12015716227", "text": "START"}"#;
    match webhooks::verify_and_parse(&headers, url, tampered, &api_key) {
        Ok(_) => return Err("a tampered delivery was accepted".into()),
        Err(error) => println!(
            "  refused a tampered copy: HTTP {}, {error}",
            error.status()
        ),
    }
    Ok(())
}

/// Habitate: list users, create/update/read a board, handle a 403 from a wrong key.
async fn habitate(sandbox: &Sandbox) -> groupkit::Result<()> {
    use groupkit::habitate::Client;
    use groupkit::habitate::models::{BoardHiddenType, BoardPermission};

    // Authenticate: HTTP Basic with the calling system's name and the API key; every
    // community has its own host, so the base URL is required.
    let config = env("HABITATE_BASE_URL")
        .zip(env("HABITATE_SYSTEM"))
        .zip(env("HABITATE_API_KEY"));
    let real = config.is_some();
    heading("Habitate", real);
    let ((base_url, system), key) = config.unwrap_or_else(|| {
        let sandbox = (sandbox.base_url("habitate"), "quickstart".to_owned());
        (sandbox, DEMO.api_key.to_owned())
    });
    let client = Client::builder()
        .base_url(&base_url)
        .basic(system.as_str(), key.as_str())
        .build()?;

    // List: the community's users, ten a page.
    println!("  users:");
    let users = show_pages(client.list_users().paginator().page_size(10).pages(), real).await?;
    if let Some(user) = users.first() {
        let name = |part: &Option<String>| part.clone().unwrap_or_default();
        println!(
            "  first: {} {}",
            name(&user.first_name),
            name(&user.last_name)
        );
    }

    // Handle an error: a wrong key answers 403 with Habitate's error body.
    let wrong = Client::builder()
        .base_url(&base_url)
        .basic(system.as_str(), "wrong-key")
        .build()?;
    match wrong.get_current_user().send().await {
        Ok(_) => println!("  unexpectedly accepted a wrong key"),
        Err(e) if e.status().is_some_and(|s| s == 403) => println!("  handled: {}", describe(&e)),
        Err(other) => return Err(other),
    }
    if real {
        return Ok(());
    }

    // Create, update and read back a board (Habitate's API has no board deletion).
    let board = client
        .create_board()
        .board_name("Announcements")
        .is_private(false)
        .hidden_type(BoardHiddenType::VisibleToAll)
        .permission_for(BoardPermission::Admins)
        .needs_approval(false)
        .about("News from the team")
        .send()
        .await?;
    // Habitate leaves out fields it does not fill, so even an id is optional in its models.
    let Some(id) = board.board_id else {
        println!("  the new board came back without an id");
        return Ok(());
    };
    println!(
        "  created board {id} {:?}",
        board.board_name.unwrap_or_default()
    );
    client
        .update_board(&id)
        .board_name("Announcements and news")
        .is_private(false)
        .hidden_type(BoardHiddenType::LoggedInMembers)
        .permission_for(BoardPermission::Admins)
        .needs_approval(false)
        .send()
        .await?;
    let board = client.get_board(&id).send().await?;
    let hidden = board.hidden_type.and_then(|h| h.name()).unwrap_or("?");
    println!(
        "  updated board {id}, read back {:?} ({hidden})",
        board.board_name.unwrap_or_default()
    );
    Ok(())
}

/// Walks a listing page by page, printing progress, and returns its items. Against a real
/// service it stops after five pages.
async fn show_pages<T, E>(
    mut pages: impl Stream<Item = groupkit::Result<Page<T, E>>> + Unpin,
    real: bool,
) -> groupkit::Result<Vec<T>> {
    let mut items = Vec::new();
    let mut number = 0;
    while let Some(page) = pages.try_next().await? {
        number += 1;
        let total = page
            .total()
            .map(|total| format!(" (of {total})"))
            .unwrap_or_default();
        items.extend(page.into_items());
        println!("    page {number}: {} items so far{total}", items.len());
        if real && number == 5 {
            println!("    (stopping after five pages)");
            break;
        }
    }
    Ok(items)
}

/// Prints a provider's heading.
fn heading(provider: &str, real: bool) {
    let target = if real {
        "the real service, read-only"
    } else {
        "the sandbox"
    };
    println!("\n== {provider} ({target})");
}

/// One line about an error: for an API error its status, the provider's code and message.
fn describe(error: &Error) -> String {
    match error {
        Error::Api(api) => {
            let code = api.code().unwrap_or("-");
            format!("HTTP {}, code {code}: {}", api.status, api.summary)
        }
        other => other.to_string(),
    }
}

/// An environment variable, if set and not empty.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}
