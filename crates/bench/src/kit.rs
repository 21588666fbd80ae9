//! groupkit, used as the provider crates' docs show: the generated list operation's `.items()`
//! at the default configuration, or with `.paginator().concurrency(1)`.

use futures::StreamExt;
use groupkit_core::ItemStream;
use groupkit_groupsio::models::Group;

use crate::BoxError;
use crate::style::{
    GROUPBOSS_GROUP, GROUPBOSS_USER, GROUPSIO_GROUP, KEY, SENDHUB_GROUP, Style, USER,
};

/// A provider client, built with nothing but a base URL and credentials.
#[derive(Clone, Debug)]
pub enum Kit {
    /// Offset.
    SendHub(groupkit_sendhub::Client),
    /// Cursor (and the single GETs).
    GroupsIo(groupkit_groupsio::Client),
    /// Page number.
    Habitate(groupkit_habitate::Client),
    /// Next link.
    Groupboss(groupkit_groupboss::Client),
}

impl Kit {
    /// The client of `style`'s provider, pointed at `base`.
    pub fn new(style: Style, base: &str) -> Kit {
        match style {
            Style::Offset => Kit::SendHub(
                groupkit_sendhub::Client::builder()
                    .credentials(USER, KEY)
                    .base_url(base)
                    .build()
                    .unwrap(),
            ),
            Style::Cursor => Kit::GroupsIo(
                groupkit_groupsio::Client::builder()
                    .api_key(KEY)
                    .base_url(base)
                    .build()
                    .unwrap(),
            ),
            Style::PageNumber => Kit::Habitate(
                groupkit_habitate::Client::builder()
                    .basic(USER, KEY)
                    .base_url(base)
                    .build()
                    .unwrap(),
            ),
            Style::NextLink => Kit::Groupboss(
                groupkit_groupboss::Client::builder()
                    .api_key(KEY)
                    .base_url(base)
                    .build()
                    .unwrap(),
            ),
        }
    }

    /// Lists every item, one at a time; `concurrency` overrides the default prefetch window.
    /// Returns how many items there were.
    pub async fn list(&self, concurrency: Option<usize>) -> Result<u64, BoxError> {
        // The page size a user would pick (Groupboss has none: its server decides).
        let size = |style: Style| style.page_size() as u32;
        match self {
            Kit::SendHub(client) => {
                let paginator = client
                    .list_group_contacts(SENDHUB_GROUP)
                    .paginator()
                    .page_size(size(Style::Offset));
                drain(with(paginator, concurrency)).await
            }
            Kit::GroupsIo(client) => {
                let paginator = client
                    .list_members(GROUPSIO_GROUP)
                    .paginator()
                    .page_size(size(Style::Cursor));
                drain(with(paginator, concurrency)).await
            }
            Kit::Habitate(client) => {
                let paginator = client
                    .list_users()
                    .paginator()
                    .page_size(size(Style::PageNumber));
                drain(with(paginator, concurrency)).await
            }
            Kit::Groupboss(client) => {
                let paginator = client
                    .list_emails(GROUPBOSS_USER, GROUPBOSS_GROUP)
                    .paginator();
                drain(with(paginator, concurrency)).await
            }
        }
    }

    /// One Groups.io `getgroup` (only on a Groups.io client).
    pub async fn get_group(&self) -> Result<Group, BoxError> {
        match self {
            Kit::GroupsIo(client) => Ok(client.get_group(GROUPSIO_GROUP).send().await?),
            _ => Err("get_group needs the Groups.io client".into()),
        }
    }
}

/// `.items()`, after `.concurrency(n)` when asked for.
fn with<
    T: serde::de::DeserializeOwned + Send + 'static,
    E: serde::de::DeserializeOwned + Send + 'static,
>(
    paginator: groupkit_core::Paginator<T, E>,
    concurrency: Option<usize>,
) -> ItemStream<T> {
    match concurrency {
        Some(n) => paginator.concurrency(n).items(),
        None => paginator.items(),
    }
}

/// Consumes a stream item by item.
async fn drain<T>(mut items: ItemStream<T>) -> Result<u64, BoxError> {
    let mut count = 0;
    while let Some(item) = items.next().await {
        std::hint::black_box(&item?);
        count += 1;
    }
    Ok(count)
}
