//! The baseline: what a user writes without groupkit. reqwest + serde_json, one page after the
//! other, decoding into the same generated types, with the same auth, the same requests and
//! the same status check. Its HTTP client is configured like groupkit's default transport.

use std::time::Duration;

use groupkit_groupboss::models::MemberEmailList;
use groupkit_groupsio::models::{Group, MemberInfoList};
use groupkit_habitate::models::User;
use groupkit_sendhub::models::ContactList;
use reqwest::header::AUTHORIZATION;

use crate::BoxError;
use crate::style::{
    GROUPBOSS_GROUP, GROUPBOSS_USER, GROUPSIO_GROUP, KEY, SENDHUB_GROUP, Style, USER,
};

/// A reqwest client set up as groupkit sets up its own: rustls with ring, groupkit's default
/// timeouts (connect 10 s, a whole request 30 s as groupkit's per-attempt limit, body silence
/// 60 s), same-origin redirects only, `TCP_NODELAY`, and groupkit's `User-Agent` so that the
/// bytes on the wire match.
pub fn http_client() -> reqwest::Client {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .read_timeout(Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::custom(same_origin))
        .tcp_nodelay(true)
        .user_agent(concat!("groupkit/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap()
}

fn same_origin(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    let same = attempt.previous().first().is_some_and(|first| {
        first.scheme() == attempt.url().scheme()
            && first.host_str() == attempt.url().host_str()
            && first.port_or_known_default() == attempt.url().port_or_known_default()
    });
    if same && attempt.previous().len() <= 5 {
        attempt.follow()
    } else {
        attempt.stop()
    }
}

/// Sends `request`, checks the status and reads the body.
async fn fetch(request: reqwest::RequestBuilder) -> Result<bytes::Bytes, BoxError> {
    let response = request.send().await?;
    if !response.status().is_success() {
        return Err(format!("status {}", response.status()).into());
    }
    Ok(response.bytes().await?)
}

/// Lists every item of `style`'s listing at `base`, one at a time; returns how many there were.
pub async fn list(http: &reqwest::Client, style: Style, base: &str) -> Result<u64, BoxError> {
    let mut count = 0u64;
    match style {
        Style::Offset => {
            let page_size = style.page_size();
            let mut offset = 0;
            loop {
                let url = format!(
                    "{base}/groups/{SENDHUB_GROUP}/contacts/?limit={page_size}&offset={offset}&username={USER}&api_key={KEY}"
                );
                let page: ContactList = serde_json::from_slice(&fetch(http.get(url)).await?)?;
                let got = page.objects.len() as u64;
                for contact in page.objects {
                    std::hint::black_box(&contact);
                }
                count += got;
                offset += got;
                if got == 0 || page.meta.next.is_none() {
                    break;
                }
            }
        }
        Style::Cursor => {
            let page_size = style.page_size();
            let mut token = 0u64;
            loop {
                let mut url =
                    format!("{base}/getmembers?group_id={GROUPSIO_GROUP}&limit={page_size}");
                if token != 0 {
                    url.push_str(&format!("&page_token={token}"));
                }
                let page: MemberInfoList =
                    serde_json::from_slice(&fetch(http.get(url).bearer_auth(KEY)).await?)?;
                for member in page.data.unwrap_or_default() {
                    std::hint::black_box(&member);
                    count += 1;
                }
                if !page.has_more || page.next_page_token == 0 {
                    break;
                }
                token = page.next_page_token;
            }
        }
        Style::PageNumber => {
            let page_size = style.page_size();
            for page in 1.. {
                let url = format!("{base}/users?page_size={page_size}&page={page}");
                let response = http.get(url).basic_auth(USER, Some(KEY)).send().await?;
                if !response.status().is_success() {
                    return Err(format!("status {}", response.status()).into());
                }
                let more = response
                    .headers()
                    .get("has_more")
                    .is_some_and(|v| v.as_bytes() == b"1");
                let users: Vec<User> = serde_json::from_slice(&response.bytes().await?)?;
                let empty = users.is_empty();
                for user in users {
                    std::hint::black_box(&user);
                    count += 1;
                }
                if !more || empty {
                    break;
                }
            }
        }
        Style::NextLink => {
            let mut url = format!("{base}/users/{GROUPBOSS_USER}/groups/{GROUPBOSS_GROUP}/emails/");
            loop {
                let page: MemberEmailList = serde_json::from_slice(
                    &fetch(http.get(&url).header(AUTHORIZATION, KEY)).await?,
                )?;
                for email in page.results {
                    std::hint::black_box(&email);
                    count += 1;
                }
                match page.next {
                    Some(next) => url = next,
                    None => break,
                }
            }
        }
    }
    Ok(count)
}

/// One Groups.io `getgroup`, decoded into the generated `Group`.
pub async fn get_group(http: &reqwest::Client, base: &str) -> Result<Group, BoxError> {
    let url = format!("{base}/getgroup?group_id={GROUPSIO_GROUP}");
    Ok(serde_json::from_slice(
        &fetch(http.get(url).bearer_auth(KEY)).await?,
    )?)
}
