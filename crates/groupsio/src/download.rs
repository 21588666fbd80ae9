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
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
    /// # let client = groupkit_groupsio::Client::builder()
    /// #     .base_url(sandbox.base_url("groupsio"))
    /// #     .api_key(groupkit_sandbox::DEMO.api_key)
    /// #     .build()?;
    /// let path = std::env::temp_dir().join("beta-archive.zip");
    /// let mut file = tokio::fs::File::create(&path).await?;
    /// let bytes = client
    ///     .download_archives("beta")
    ///     .download_to(&mut file)
    ///     .await?;
    /// println!("{bytes} bytes in {}", path.display());
    /// # assert!(bytes > 0);
    /// # Ok(()) }
    /// ```
    pub async fn download_to<W: AsyncWrite + Unpin>(self, writer: &mut W) -> Result<u64> {
        self.send().await?.copy_to(writer).await
    }
}
