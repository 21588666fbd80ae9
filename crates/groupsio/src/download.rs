//! Archive downloads: `downloadarchives` answers with a zip holding one mbox file. It can be
//! large and slow, and Groups.io allows one download per person per group per 24 hours, so
//! the body is streamed into a writer, never held in memory.

use tokio::io::AsyncWrite;

use crate::Result;
use crate::operations::DownloadArchives;

impl DownloadArchives {
    /// Sends the request and copies the zip into `writer` chunk by chunk; returns the number
    /// of bytes written. An error status is an API error and writes nothing.
    ///
    /// ```no_run
    /// # async fn run(client: groupkit_groupsio::Client) -> groupkit_groupsio::Result<()> {
    /// let mut file = tokio::fs::File::create("beta-archive.zip").await.expect("file");
    /// let bytes = client
    ///     .download_archives("beta")
    ///     .download_to(&mut file)
    ///     .await?;
    /// println!("{bytes} bytes");
    /// # Ok(()) }
    /// ```
    pub async fn download_to<W: AsyncWrite + Unpin>(self, writer: &mut W) -> Result<u64> {
        self.send().await?.copy_to(writer).await
    }
}
