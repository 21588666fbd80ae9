// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! Models: every object and enum of the spec.

groupkit_core::open_enum! {
    /// Format of a person's "about me" text.
    pub enum AboutFormat {
        /// `about_html`
        AboutHtml = "about_html",
        /// `about_plain`
        AboutPlain = "about_plain",
        /// `about_markdown`
        AboutMarkdown = "about_markdown",
    }
}

/// An activity log entry.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ActivityLog {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Text of the entry.
    pub entry: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::ActivityLogId,
    /// Always `activity_log`.
    pub object: String,
    /// Via.
    pub via: crate::models::Via,
}

impl ActivityLog {
    /// A `ActivityLog` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        entry: String,
        group_id: crate::ids::GroupId,
        id: crate::ids::ActivityLogId,
        object: String,
        via: crate::models::Via,
    ) -> Self {
        ActivityLog {
            created,
            entry,
            group_id,
            id,
            object,
            via,
        }
    }
}

/// A page of activity log entries.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ActivityLogList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::ActivityLog>>,
}

groupkit_core::open_enum! {
    /// Field an activity log is sorted on.
    pub enum ActivityLogSortField {
        /// `id`
        Id = "id",
        /// `created`
        Created = "created",
    }
}

/// A photo album of a group. Only `id` and `title` are known from real traffic; the other fields
/// are what every Groups.io object carries, and more may come.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Album {
    /// When the album was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// ID of the group the album belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: Option<crate::ids::GroupId>,
    /// Unique identifier of the album.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::AlbumId,
    /// Object type (`album`), when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The album's title.
    pub title: String,
    /// When the album was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Album {
    /// A `Album` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::AlbumId, title: String) -> Self {
        Album {
            created: None,
            group_id: None,
            id,
            object: None,
            title,
            updated: None,
            additional: Default::default(),
        }
    }
}

/// A page of albums.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AlbumList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Album>>,
}

groupkit_core::open_enum! {
    /// Who may download the group's archives.
    pub enum AllowDownloads {
        /// `allow_downloads_no`
        AllowDownloadsNo = "allow_downloads_no",
    }
}

/// An image attachment shown in a feed topic.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Attachment {
    /// Attach num.
    pub attach_num: i64,
    /// Content.
    pub content: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// ID of the attachment (the document shows an empty string).
    pub id: crate::ids::AttachmentId,
    /// Image height.
    pub image_height: i64,
    /// Image width.
    pub image_width: i64,
    /// Message num.
    pub message_num: i64,
    /// Name.
    pub name: String,
    /// Always `attachment`.
    pub object: String,
    /// Sub type.
    pub sub_type: String,
    /// Thread id.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub thread_id: crate::ids::TopicId,
    /// URL of a thumbnail; may be empty.
    pub thumbnail_url: String,
    /// Type.
    pub r#type: String,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}

/// One bounce.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BounceInfo {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Is hard.
    pub is_hard: bool,
    /// Msg id.
    pub msg_id: i64,
    /// Always `bounce_info`.
    pub object: String,
    /// Response.
    pub response: String,
    /// Subject.
    pub subject: String,
    /// Type.
    pub r#type: crate::models::DeliveryType,
}

/// A page of bounces.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BounceInfoList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::BounceInfo>>,
}

/// Result of `bulkremovemembers` (shape from one public client; unverified against a live server).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BulkRemoveResults {
    /// Addresses that could not be removed; `null` when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::models::DirectAddError>>,
    /// Object type; probably `bulk_remove_results` (unverified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Number of members removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<i64>,
    /// Number of addresses given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_emails: Option<i64>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl BulkRemoveResults {
    /// A `BulkRemoveResults` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        BulkRemoveResults {
            errors: None,
            object: None,
            removed: None,
            total_emails: None,
            additional: Default::default(),
        }
    }
}

groupkit_core::open_enum! {
    /// Default calendar view.
    pub enum CalendarView {
        /// `cal_view_month`
        CalViewMonth = "cal_view_month",
    }
}

/// A chat.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Chat {
    /// Whether the caller may view the person's profile.
    pub can_view_profile: bool,
    /// The caller's subscription to the chat.
    pub chat_sub: crate::models::ChatSub,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Description of the chat (HTML).
    pub desc: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::ChatId,
    /// Whether it is closed.
    pub is_closed: bool,
    /// Name of the chat's creator.
    pub name: String,
    /// Number of messages.
    pub num_messages: i64,
    /// Always `chat`.
    pub object: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// Subject.
    pub subject: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}

/// A page of chats.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChatList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Chat>>,
}

/// A message in a chat.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChatMessage {
    /// ID of the chat.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub chat_id: crate::ids::ChatId,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Number of the message this message deletes, if any.
    pub delete_msg_num: i64,
    /// Name shown for the person.
    pub display_name: String,
    /// Email address of the poster; masked (`name@...`) unless the caller may see it.
    pub email: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Whether the message is historical.
    pub historical: bool,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::ChatMessageId,
    /// Text of the message.
    pub message: String,
    /// Message number within the group.
    pub msg_num: i64,
    /// Always `chat_message`.
    pub object: String,
    /// Photo height.
    pub photo_height: i64,
    /// Photo width.
    pub photo_width: i64,
    /// Color of the poster, as `#rrggbb`.
    pub profile_color: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// Whether the person's profile is private.
    pub profile_privacy: crate::models::ProfilePrivacy,
    /// Reaction counts; `null` when none.
    pub tapback_counts: Option<serde_json::Value>,
    /// Reactions to the message; `null` when none.
    pub tapbacks: Option<Vec<serde_json::Value>>,
    /// Type.
    pub r#type: crate::models::ChatMessageType,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// The person's display (user) name.
    pub user_name: String,
    /// Version of the message.
    pub version: i64,
}

/// A page of chat messages.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChatMessageList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::ChatMessage>>,
}

groupkit_core::open_enum! {
    /// Type of a chat message.
    pub enum ChatMessageType {
        /// `chat_msg_type_normal`
        ChatMsgTypeNormal = "chat_msg_type_normal",
    }
}

/// A subscription of a user to a chat.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChatSub {
    /// ID of the chat.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub chat_id: crate::ids::ChatId,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::ChatSubId,
    /// Number of the last chat message the user has seen.
    pub last_msg_seen: i64,
    /// Always `chat_sub`.
    pub object: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}

groupkit_core::open_enum! {
    /// A named color (member colors, column colors, event colors).
    pub enum Color {
        /// `color_none`
        ColorNone = "color_none",
        /// `color_cerulean_blue`
        ColorCeruleanBlue = "color_cerulean_blue",
        /// `color_mulbery`
        ColorMulbery = "color_mulbery",
        /// `color_grape`
        ColorGrape = "color_grape",
        /// `color_lilac`
        ColorLilac = "color_lilac",
        /// `color_cloudy_blue`
        ColorCloudyBlue = "color_cloudy_blue",
        /// `color_green_lantern`
        ColorGreenLantern = "color_green_lantern",
        /// `color_light_grey`
        ColorLightGrey = "color_light_grey",
        /// `color_orange`
        ColorOrange = "color_orange",
        /// `color_emerald_green`
        ColorEmeraldGreen = "color_emerald_green",
        /// `color_sage`
        ColorSage = "color_sage",
        /// `color_moss_green`
        ColorMossGreen = "color_moss_green",
        /// `color_antique_pink`
        ColorAntiquePink = "color_antique_pink",
    }
}

/// Definition of a column: an extra member data column of a group, or a column of a database table.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Column {
    /// The choices offered (choice columns only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<String>>,
    /// Color of the column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<crate::models::Color>,
    /// Whether the column is hidden by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_hidden: Option<bool>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::ColumnId,
    /// Name.
    pub name: String,
    /// Whether the column is shown on member profiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<bool>,
    /// Whether a value is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Type of the column.
    pub r#type: crate::models::ColumnType,
    /// Width.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
}

impl Column {
    /// A `Column` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        id: crate::ids::ColumnId,
        name: String,
        r#type: crate::models::ColumnType,
    ) -> Self {
        Column {
            choices: None,
            color: None,
            default_hidden: None,
            description: None,
            id,
            name,
            profile: None,
            required: None,
            r#type,
            width: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Type of an extra member data or database column. The document shows bare names (`text`);
    /// real database rows carry `*_column` names.
    pub enum ColumnType {
        /// `text`
        Text = "text",
        /// `paragraph`
        Paragraph = "paragraph",
        /// `html_paragraph`
        HtmlParagraph = "html_paragraph",
        /// `checkbox`
        Checkbox = "checkbox",
        /// `multiple_choice`
        MultipleChoice = "multiple_choice",
        /// `multi_choice`
        MultiChoice = "multi_choice",
        /// `date`
        Date = "date",
        /// `time`
        Time = "time",
        /// `address`
        Address = "address",
        /// `link`
        Link = "link",
        /// `image`
        Image = "image",
        /// `number`
        Number = "number",
        /// `text_column`
        TextColumn = "text_column",
        /// `paragraph_column`
        ParagraphColumn = "paragraph_column",
        /// `checkbox_column`
        CheckboxColumn = "checkbox_column",
        /// `multiple_choice_column`
        MultipleChoiceColumn = "multiple_choice_column",
        /// `multi_choice_column`
        MultiChoiceColumn = "multi_choice_column",
        /// `address_column`
        AddressColumn = "address_column",
    }
}

/// The value of one column: an extra member data value of a member, or a value of a database row.
/// `col_type` says which of the value fields are set.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ColumnValue {
    /// Checkbox value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    /// Address: city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ID of the column this value belongs to.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub col_id: crate::ids::ColumnId,
    /// Type of the column; says which of the value fields are set.
    pub col_type: crate::models::ColumnType,
    /// Address: country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Date value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<groupkit_core::model::Timestamp>,
    /// Link description (link columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// HTML text value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_text: Option<String>,
    /// Image name (image columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Address: latitude, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<String>,
    /// Address: longitude, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lng: Option<String>,
    /// Selected choices (1-based indexes into the column's `choices`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_choice: Option<Vec<i64>>,
    /// Number value, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Address: state or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Address: first street line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_address1: Option<String>,
    /// Address: second street line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_address2: Option<String>,
    /// Text value (text, paragraph and HTML paragraph columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Time value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<groupkit_core::model::Timestamp>,
    /// Link title (link columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// URL (link and image columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Address: postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
}

impl ColumnValue {
    /// A `ColumnValue` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        col_id: crate::ids::ColumnId,
        col_type: crate::models::ColumnType,
    ) -> Self {
        ColumnValue {
            checked: None,
            city: None,
            col_id,
            col_type,
            country: None,
            date: None,
            desc: None,
            html_text: None,
            image_name: None,
            lat: None,
            lng: None,
            multi_choice: None,
            number: None,
            state: None,
            street_address1: None,
            street_address2: None,
            text: None,
            time: None,
            title: None,
            url: None,
            zip: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Who may view or change a database table.
    pub enum DatabaseAccess {
        /// `database_access_all`
        DatabaseAccessAll = "database_access_all",
    }
}

/// A row of a database table.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DatabaseRow {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::DatabaseRowId,
    /// Num vals.
    pub num_vals: i64,
    /// Always `databaserow`.
    pub object: String,
    /// Row num.
    pub row_num: i64,
    /// ID of the table.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub table_id: crate::ids::DatabaseId,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// The row's values, one per column.
    pub vals: Option<Vec<crate::models::ColumnValue>>,
}

/// A page of database rows.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DatabaseRowList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::DatabaseRow>>,
}

/// A database table.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DatabaseTable {
    /// Add rows.
    pub add_rows: crate::models::DatabaseAccess,
    /// The table's columns.
    pub columns: Option<Vec<crate::models::Column>>,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Description (HTML).
    pub desc: String,
    /// Format of `desc`.
    pub desc_type: String,
    /// Template used to display a row.
    pub display_template: String,
    /// Edit rows.
    pub edit_rows: crate::models::DatabaseAccess,
    /// Edit table.
    pub edit_table: crate::models::DatabaseAccess,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::DatabaseId,
    /// Id default hidden.
    pub id_default_hidden: bool,
    /// Max col id.
    pub max_col_id: i64,
    /// Max row id.
    pub max_row_id: i64,
    /// Name.
    pub name: String,
    /// Num columns.
    pub num_columns: i64,
    /// Num rows.
    pub num_rows: i64,
    /// Always `databasetable`.
    pub object: String,
    /// Short desc.
    pub short_desc: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// Updated default hidden.
    pub updated_default_hidden: bool,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// View table.
    pub view_table: crate::models::DatabaseAccess,
}

/// A page of database tables.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DatabaseTableList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::DatabaseTable>>,
}

groupkit_core::open_enum! {
    /// Date display format.
    pub enum DatePref {
        /// `us_date`
        UsDate = "us_date",
    }
}

/// A member's delivery information for a group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeliveryInfo {
    /// Attempt msg id.
    pub attempt_msg_id: i64,
    /// Attempt response.
    pub attempt_response: String,
    /// Attempt subject.
    pub attempt_subject: String,
    /// Attempt time.
    pub attempt_time: groupkit_core::model::Timestamp,
    /// Attempt type.
    pub attempt_type: crate::models::DeliveryType,
    /// Recent bounces.
    pub bounces: Option<Vec<crate::models::BounceInfo>>,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Always `delivery_info`.
    pub object: String,
    /// Success msg id.
    pub success_msg_id: i64,
    /// Success response.
    pub success_response: String,
    /// Success subject.
    pub success_subject: String,
    /// Success time.
    pub success_time: groupkit_core::model::Timestamp,
    /// Success type.
    pub success_type: crate::models::DeliveryType,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
}

groupkit_core::open_enum! {
    /// Type of a delivery or bounce.
    pub enum DeliveryType {
        /// `delivery_bounce_probe`
        DeliveryBounceProbe = "delivery_bounce_probe",
    }
}

/// Result of `directadd`. An error for one group (for example: already a member of the parent) may
/// come with a successful add to a subgroup: look at `added_members`, not only at `errors`.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DirectAdd {
    /// The subscriptions created (one per group level the address was added to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_members: Option<Vec<crate::models::MemberInfo>>,
    /// Addresses that could not be added; `null` when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::models::DirectAddError>>,
    /// Always `direct_add_results`.
    pub object: String,
    /// Number of addresses given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_emails: Option<i64>,
}

impl DirectAdd {
    /// A `DirectAdd` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(object: String) -> Self {
        DirectAdd {
            added_members: None,
            errors: None,
            object,
            total_emails: None,
        }
    }
}

/// One address `directadd` (or `bulkremovemembers`) could not handle. Public clients read `object`,
/// `email`, `status` and `group_id`.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DirectAddError {
    /// The address as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Extra information, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
    /// The group the error is about (the parent or one of the subgroups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: Option<crate::ids::GroupId>,
    /// Object type, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Why it was not added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Error type, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl DirectAddError {
    /// A `DirectAddError` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        DirectAddError {
            email: None,
            extra: None,
            group_id: None,
            object: None,
            status: None,
            r#type: None,
            additional: Default::default(),
        }
    }
}

/// A post as it is being written.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Draft {
    /// Bcc all.
    pub bcc_all: bool,
    /// Bcc me.
    pub bcc_me: bool,
    /// Body, in HTML.
    pub body: String,
    /// Format of the body.
    pub body_type: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Type of the draft (see `DraftType`; may be empty).
    pub draft_type: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::DraftId,
    /// Whether the post is sent as a special message.
    pub is_special: bool,
    /// ID of the message a reply draft replies to.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub message_id: crate::ids::MessageId,
    /// Next attachment id.
    pub next_attachment_id: i64,
    /// Num attachments.
    pub num_attachments: i64,
    /// Always `draft`.
    pub object: String,
    /// Subject.
    pub subject: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}

/// An attachment uploaded to a draft.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DraftAttachment {
    /// Content type.
    pub content_type: String,
    /// Draft id.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub draft_id: crate::ids::DraftId,
    /// Filename.
    pub filename: String,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::DraftAttachmentId,
    /// Whether the attachment is an inline image.
    pub inline: bool,
    /// Always `draft_attachment`.
    pub object: String,
    /// Size in bytes.
    pub size: i64,
    /// URL of the attachment; may be empty.
    pub url: String,
}

/// A list of draft attachments.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DraftAttachmentList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::DraftAttachment>>,
}

/// A page of drafts.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DraftList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Draft>>,
}

groupkit_core::open_enum! {
    /// Type of a draft.
    pub enum DraftType {
        /// `draft_type_post`
        DraftTypePost = "draft_type_post",
        /// `draft_type_reply`
        DraftTypeReply = "draft_type_reply",
    }
}

groupkit_core::open_enum! {
    /// How a member receives messages by email.
    pub enum EmailDelivery {
        /// `email_delivery_single`
        EmailDeliverySingle = "email_delivery_single",
        /// `email_delivery_digest`
        EmailDeliveryDigest = "email_delivery_digest",
        /// `email_delivery_html_digest`
        EmailDeliveryHtmlDigest = "email_delivery_html_digest",
        /// `email_delivery_special`
        EmailDeliverySpecial = "email_delivery_special",
        /// `email_delivery_none`
        EmailDeliveryNone = "email_delivery_none",
        /// `email_delivery_summary`
        EmailDeliverySummary = "email_delivery_summary",
    }
}

/// Information about an enterprise group. The document names this object but shows none of its
/// fields; every field is kept as received.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EnterpriseInfo {
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl EnterpriseInfo {
    /// A `EnterpriseInfo` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        EnterpriseInfo {
            object: None,
            additional: Default::default(),
        }
    }
}

/// The error object returned (with HTTP 400 for almost every error, 429 when rate limited) when a
/// call fails.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Error {
    /// Extra information, error specific (for example `invalid group_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
    /// A human-readable message; one client reads it before `type`, so newer errors may carry it
    /// (unverified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_message: Option<String>,
    /// Always `error`.
    pub object: String,
    /// The type of error returned.
    pub r#type: crate::models::ErrorType,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Error {
    /// A `Error` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(object: String, r#type: crate::models::ErrorType) -> Self {
        Error {
            extra: None,
            extra_message: None,
            object,
            r#type,
            additional: Default::default(),
        }
    }
}

groupkit_core::open_enum! {
    /// The type of an error. Documented values, the one used by the document's own example
    /// (`unauthorized`) and values seen from real servers; new values appear over time.
    pub enum ErrorType {
        /// `unauthorized_error`
        UnauthorizedError = "unauthorized_error",
        /// `unauthorized`
        Unauthorized = "unauthorized",
        /// `authentication`
        Authentication = "authentication",
        /// `bad_request`
        BadRequest = "bad_request",
        /// `expired`
        Expired = "expired",
        /// `rate_limit`
        RateLimit = "rate_limit",
        /// `inadequate_permissions`
        InadequatePermissions = "inadequate_permissions",
        /// `invalid_value`
        InvalidValue = "invalid_value",
        /// `server`
        Server = "server",
        /// `bad_csrf`
        BadCsrf = "bad_csrf",
        /// `group_not_found`
        GroupNotFound = "group_not_found",
        /// `no_such_group`
        NoSuchGroup = "no_such_group",
        /// `not_subscribed`
        NotSubscribed = "not_subscribed",
        /// `no_permission`
        NoPermission = "no_permission",
        /// `two_factor_required`
        TwoFactorRequired = "two_factor_required",
        /// `2nd_factor_required`
        V2ndFactorRequired = "2nd_factor_required",
        /// `2nd_factor_wrong`
        V2ndFactorWrong = "2nd_factor_wrong",
        /// `pending_invites`
        PendingInvites = "pending_invites",
    }
}

/// A calendar event.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Event {
    /// Whether additional guests may be selected.
    pub additional_guests: bool,
    /// All day.
    pub all_day: bool,
    /// Color as a hex string (`#rrggbb`).
    pub color_hex: String,
    /// Color of the event.
    pub color_name: crate::models::Color,
    /// If not empty, the label of a comment field to show with the RSVP.
    pub comment_label: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Creator name.
    pub creator_name: String,
    /// Description.
    pub description: String,
    /// End time.
    pub end_time: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Name of the group (a subgroup is named `parent+sub`).
    pub group_name: String,
    /// Whether the caller has already RSVPed (then `rsvp_type`, `rsvp_comment` and
    /// `rsvp_additional_guests` hold it).
    pub has_rsvp: bool,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::EventId,
    /// Location.
    pub location: String,
    /// Max attendees.
    pub max_attendees: i64,
    /// Name.
    pub name: String,
    /// Human-friendly group name; may be empty.
    pub nice_group_name: String,
    /// Always `event`.
    pub object: String,
    /// Organizer email.
    pub organizer_email: String,
    /// Organizer name.
    pub organizer_name: String,
    /// Organizer phone.
    pub organizer_phone: String,
    /// Whether an RSVP is requested.
    pub rsvp: bool,
    /// Rsvp additional guests.
    pub rsvp_additional_guests: i64,
    /// Rsvp comment.
    pub rsvp_comment: String,
    /// The caller's previous RSVP (a `RsvpType` value); empty if none.
    pub rsvp_type: String,
    /// Start time.
    pub start_time: groupkit_core::model::Timestamp,
    /// IANA time zone name (for example `America/Los_Angeles`); may be empty.
    pub timezone: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// Yes message.
    pub yes_message: String,
}

/// A page of events.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EventList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Event>>,
}

groupkit_core::open_enum! {
    /// When event summaries are sent.
    pub enum EventSummarySchedule {
        /// `event_summary_weekly_friday`
        EventSummaryWeeklyFriday = "event_summary_weekly_friday",
    }
}

/// What any endpoint returns when called with `extended=true`: a two-element array of the normal
/// response object and the caller's User object. Not used by the generated operations (see the
/// `extended` parameter).
pub type ExtendedResponse = Vec<serde_json::Value>;

/// Recent activity of one group for the logged-in user.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Feed {
    /// Open chats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chats: Option<Vec<crate::models::Chat>>,
    /// Upcoming events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<crate::models::Event>>,
    /// Recent files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<crate::models::File>>,
    /// The group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<crate::models::Group>,
    /// Hashtags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// The caller's subscription to the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_info: Option<crate::models::MemberInfo>,
    /// Always `feed`.
    pub object: String,
    /// Recent photos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photos: Option<Vec<crate::models::Photo>>,
    /// Subgroups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subgroups: Option<Vec<crate::models::Group>>,
    /// Databases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tables: Option<Vec<crate::models::DatabaseTable>>,
    /// Recent topics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<crate::models::FeedTopic>>,
    /// Recent wiki pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikis: Option<Vec<crate::models::WikiPage>>,
}

impl Feed {
    /// A `Feed` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(object: String) -> Self {
        Feed {
            chats: None,
            events: None,
            files: None,
            group: None,
            hashtags: None,
            member_info: None,
            object,
            photos: None,
            subgroups: None,
            tables: None,
            topics: None,
            wikis: None,
        }
    }
}

/// A page of feed objects, one per group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FeedList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Feed>>,
}

/// A topic in a feed, with images from its messages.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FeedTopic {
    /// Images attached to the topic's messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<crate::models::Attachment>>,
    /// The topic.
    pub topic: crate::models::Topic,
}

impl FeedTopic {
    /// A `FeedTopic` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(topic: crate::models::Topic) -> Self {
        FeedTopic { images: None, topic }
    }
}

/// A file, link or folder in a group's Files section.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct File {
    /// Number of entries (folders).
    pub count: i64,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Description (HTML).
    pub desc: String,
    /// Name shown for the person.
    pub display_name: String,
    /// Download url.
    pub download_url: String,
    /// Email address of the uploader; masked (`name@...`) unless the caller may see it.
    pub email: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::FileId,
    /// Is folder.
    pub is_folder: bool,
    /// MIME media type.
    pub media_type: String,
    /// Name.
    pub name: String,
    /// Always `file`.
    pub object: String,
    /// ID of the parent folder; 0 at the top level.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub parent_folder_id: crate::ids::FileId,
    /// Path.
    pub path: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// Whether the person's profile is private.
    pub profile_privacy: crate::models::ProfilePrivacy,
    /// Size in bytes.
    pub size: i64,
    /// Type.
    pub r#type: crate::models::FileType,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// The person's display (user) name.
    pub user_name: String,
}

/// A page of files and folders, with the folder path and the group's storage use.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FileList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::File>>,
    /// Storage used, in gigabytes, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_gigs: Option<String>,
    /// Percentage of the group's file storage used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_percentage: Option<i64>,
    /// The folder listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

groupkit_core::open_enum! {
    /// Type of a file entry.
    pub enum FileType {
        /// `file_type_file`
        FileTypeFile = "file_type_file",
    }
}

groupkit_core::open_enum! {
    /// A list/grid view preference.
    pub enum GridView {
        /// `view_grid`
        ViewGrid = "view_grid",
    }
}

/// A group and its settings. Some fields are left out when the caller lacks the permissions to see
/// them, so only `id`, `object` and `name` are required.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Group {
    /// Alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Allow downloads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_downloads: Option<crate::models::AllowDownloads>,
    /// Allow non subs to post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_non_subs_to_post: Option<bool>,
    /// Allow parent subs to post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_parent_subs_to_post: Option<bool>,
    /// Allow photos in files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_photos_in_files: Option<bool>,
    /// Allow reposts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_reposts: Option<bool>,
    /// Announce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce: Option<bool>,
    /// Auto close threads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_close_threads: Option<bool>,
    /// Auto follow replies default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_follow_replies_default: Option<bool>,
    /// Auto moderate threads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_moderate_threads: Option<bool>,
    /// Bounce attachments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounce_attachments: Option<bool>,
    /// Calendar access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_access: Option<crate::models::GroupAccess>,
    /// Chat access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_access: Option<crate::models::GroupAccess>,
    /// Close threads after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_threads_after: Option<i64>,
    /// URL of the cover photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_photo_url: Option<String>,
    /// When the object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// Database access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_access: Option<crate::models::GroupAccess>,
    /// Default color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_color: Option<crate::models::Color>,
    /// Default date pref.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_date_pref: Option<crate::models::DatePref>,
    /// Default monday start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_monday_start: Option<bool>,
    /// Default time pref.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_time_pref: Option<crate::models::TimePref>,
    /// Default timezone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_timezone: Option<String>,
    /// Description of the group (HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Disable edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_edits: Option<bool>,
    /// Disable no email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_no_email: Option<bool>,
    /// The group's posting address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// Email delivery default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_delivery_default: Option<crate::models::EmailDelivery>,
    /// Event summary schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_summary_schedule: Option<crate::models::EventSummarySchedule>,
    /// The group's extra member data columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_member_data_columns: Option<Vec<crate::models::Column>>,
    /// Files access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_access: Option<crate::models::GroupAccess>,
    /// Message footer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
    /// Force html emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_html_emails: Option<bool>,
    /// Group url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_url: Option<String>,
    /// Handle attachments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle_attachments: Option<crate::models::HandleAttachments>,
    /// Handle virus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle_virus: Option<crate::models::HandleVirus>,
    /// Has cover photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_cover_photo: Option<bool>,
    /// Has icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_icon: Option<bool>,
    /// Hash tag permissions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_tag_permissions: Option<crate::models::HashTagPermissions>,
    /// Hash tags required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_tags_required: Option<bool>,
    /// URL of the icon; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::GroupId,
    /// Whether it is locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Max attachment size default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attachment_size_default: Option<crate::models::MaxAttachmentSize>,
    /// Max number of reposts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_number_of_reposts: Option<i64>,
    /// Max photo size databases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_photo_size_databases: Option<crate::models::MaxPhotoSize>,
    /// Max photo size email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_photo_size_email: Option<crate::models::MaxPhotoSize>,
    /// Max photo size photos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_photo_size_photos: Option<crate::models::MaxPhotoSize>,
    /// Max photo size wiki images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_photo_size_wiki_images: Option<crate::models::MaxPhotoSize>,
    /// Member directory access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_directory_access: Option<crate::models::GroupAccess>,
    /// Members visible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_visible: Option<crate::models::MembersVisible>,
    /// Message selection default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_selection_default: Option<crate::models::MessageSelection>,
    /// Messages count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages_count: Option<i64>,
    /// Min days between reposts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days_between_reposts: Option<i64>,
    /// Moderate threads after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderate_threads_after: Option<i64>,
    /// Moderation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation: Option<crate::models::GroupModeration>,
    /// When the most recent message was posted; Go's zero time (`0001-01-01T00:00:00Z`) or the Unix
    /// epoch in local time when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub most_recent_message: Option<groupkit_core::model::Timestamp>,
    /// Name.
    pub name: String,
    /// New users moderated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_users_moderated: Option<bool>,
    /// Human-friendly group name; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nice_group_name: Option<String>,
    /// Normalize html emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalize_html_emails: Option<bool>,
    /// Always `group`.
    pub object: String,
    /// Open chats count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_chats_count: Option<i64>,
    /// Org domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_domain: Option<String>,
    /// ID of the enterprise organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub org_id: Option<crate::ids::OrgId>,
    /// ID of the parent group; 0 for a parent or stand-alone group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub parent_group_id: Option<crate::ids::GroupId>,
    /// Pending msgs count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_msgs_count: Option<i64>,
    /// Pending subs count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_subs_count: Option<i64>,
    /// The caller's permissions in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perms: Option<crate::models::Perms>,
    /// Photos access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photos_access: Option<crate::models::GroupAccess>,
    /// Description of the group as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_desc: Option<String>,
    /// Plain text only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_text_only: Option<bool>,
    /// Plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<crate::models::GroupPlan>,
    /// Polls access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polls_access: Option<crate::models::PollsAccess>,
    /// Privacy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<crate::models::GroupPrivacy>,
    /// Remove other reply options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_other_reply_options: Option<bool>,
    /// Reply-to setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<crate::models::GroupReplyTo>,
    /// Restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted: Option<bool>,
    /// Send event summaries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_event_summaries: Option<bool>,
    /// Send invites on join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_invites_on_join: Option<bool>,
    /// Whether subgroup footers are kept separate (field name spelled as the server sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seperate_footers: Option<bool>,
    /// Sticky wiki page id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub sticky_wiki_page_id: Option<crate::ids::WikiPageId>,
    /// Sub group access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_group_access: Option<crate::models::SubGroupAccess>,
    /// Sub group categoryid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub sub_group_categoryid: Option<crate::ids::SubGroupCategoryId>,
    /// Subject tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_tag: Option<String>,
    /// Number of subscribers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subs_count: Option<i64>,
    /// Threads count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads_count: Option<i64>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Trial group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_group: Option<bool>,
    /// Type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::GroupType>,
    /// Unmoderate users after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmoderate_users_after: Option<i64>,
    /// When the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// Web site URL; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Wiki access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wiki_access: Option<crate::models::GroupAccess>,
}

groupkit_core::open_enum! {
    /// Who may use a group feature (calendar, files, databases, wiki, photos, member directory,
    /// chats).
    pub enum GroupAccess {
        /// `group_access_subscribers`
        GroupAccessSubscribers = "group_access_subscribers",
        /// `group_access_limited`
        GroupAccessLimited = "group_access_limited",
        /// `group_access_moderators_only`
        GroupAccessModeratorsOnly = "group_access_moderators_only",
        /// `group_access_none`
        GroupAccessNone = "group_access_none",
        /// `group_access_public`
        GroupAccessPublic = "group_access_public",
        /// `group_access_public_limited`
        GroupAccessPublicLimited = "group_access_public_limited",
    }
}

/// An alias of a group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupAlias {
    /// ID of the group the alias points to.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub alias_group_id: crate::ids::GroupId,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::GroupAliasId,
    /// Name.
    pub name: String,
    /// Always `groupalias`.
    pub object: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
}

/// A page of group aliases.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupAliasList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::GroupAlias>>,
}

/// A page of groups.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GroupList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Group>>,
}

groupkit_core::open_enum! {
    /// Moderation mode of a group.
    pub enum GroupModeration {
        /// `moderated`
        Moderated = "moderated",
    }
}

groupkit_core::open_enum! {
    /// The group's plan.
    pub enum GroupPlan {
        /// `group_plan_premium`
        GroupPlanPremium = "group_plan_premium",
    }
}

groupkit_core::open_enum! {
    /// Privacy of a group (`group_privacy_*`) or subgroup (`sub_group_privacy_*`). Subgroups:
    /// `none` is listed in the parent with public archives, `archives` listed with members-only
    /// archives, `unlisted` hidden with members-only archives, `limited_archives` visible to the
    /// parent group's members only.
    pub enum GroupPrivacy {
        /// `group_privacy_none`
        GroupPrivacyNone = "group_privacy_none",
        /// `sub_group_privacy_none`
        SubGroupPrivacyNone = "sub_group_privacy_none",
        /// `group_privacy_archives`
        GroupPrivacyArchives = "group_privacy_archives",
        /// `group_privacy_unlisted`
        GroupPrivacyUnlisted = "group_privacy_unlisted",
        /// `group_privacy_unlisted_public`
        GroupPrivacyUnlistedPublic = "group_privacy_unlisted_public",
        /// `sub_group_privacy_archives`
        SubGroupPrivacyArchives = "sub_group_privacy_archives",
        /// `sub_group_privacy_unlisted`
        SubGroupPrivacyUnlisted = "sub_group_privacy_unlisted",
        /// `sub_group_privacy_limited_archives`
        SubGroupPrivacyLimitedArchives = "sub_group_privacy_limited_archives",
    }
}

groupkit_core::open_enum! {
    /// Where replies to group messages go. `group_reply_only_to_sender` (the document) and
    /// `group_reply_to_sender` (a 2017 client) are both kept; which one servers send today is not
    /// known.
    pub enum GroupReplyTo {
        /// `group_reply_to_group`
        GroupReplyToGroup = "group_reply_to_group",
        /// `group_reply_only_to_sender`
        GroupReplyOnlyToSender = "group_reply_only_to_sender",
        /// `group_reply_to_sender`
        GroupReplyToSender = "group_reply_to_sender",
        /// `group_reply_to_moderators`
        GroupReplyToModerators = "group_reply_to_moderators",
        /// `group_reply_to_group_and_sender`
        GroupReplyToGroupAndSender = "group_reply_to_group_and_sender",
    }
}

groupkit_core::open_enum! {
    /// Type of a group.
    pub enum GroupType {
        /// `group_type_messages`
        GroupTypeMessages = "group_type_messages",
    }
}

groupkit_core::open_enum! {
    /// How attachments are handled.
    pub enum HandleAttachments {
        /// `group_attachments_normal`
        GroupAttachmentsNormal = "group_attachments_normal",
        /// `group_attachments_bounced`
        GroupAttachmentsBounced = "group_attachments_bounced",
        /// `group_attachments_stripped`
        GroupAttachmentsStripped = "group_attachments_stripped",
    }
}

groupkit_core::open_enum! {
    /// What happens to messages with viruses.
    pub enum HandleVirus {
        /// `handle_virus_block`
        HandleVirusBlock = "handle_virus_block",
    }
}

groupkit_core::open_enum! {
    /// Who may create hashtags.
    pub enum HashTagPermissions {
        /// `hash_tag_create_subs`
        HashTagCreateSubs = "hash_tag_create_subs",
    }
}

/// A hashtag of a group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Hashtag {
    /// Close instead of delete.
    pub close_instead_of_delete: bool,
    /// Color as a hex string (`#rrggbb`).
    pub color_hex: String,
    /// Name of the hashtag color (for example `bluejean`).
    pub color_name: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Description.
    pub description: String,
    /// Whether the caller follows the hashtag; `null` when not known.
    pub followed: Option<bool>,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::HashtagId,
    /// Last message date.
    pub last_message_date: groupkit_core::model::Timestamp,
    /// Whether it is locked.
    pub locked: bool,
    /// Moderated.
    pub moderated: bool,
    /// Mods only post.
    pub mods_only_post: bool,
    /// Mods only replies.
    pub mods_only_replies: bool,
    /// Whether the caller muted the hashtag; `null` when not known.
    pub muted: Option<bool>,
    /// Name.
    pub name: String,
    /// No email.
    pub no_email: bool,
    /// Always `hashtag`.
    pub object: String,
    /// Replies unmoderated.
    pub replies_unmoderated: bool,
    /// Reply-to setting.
    pub reply_to: crate::models::ThreadReplyTo,
    /// Special.
    pub special: bool,
    /// Topic count.
    pub topic_count: i64,
    /// Until.
    pub until: crate::models::HashtagUntil,
}

/// A page of hashtags.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct HashtagList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Hashtag>>,
}

groupkit_core::open_enum! {
    /// What happens to topics with the hashtag, and when.
    pub enum HashtagUntil {
        /// `hashtag_delete_month`
        HashtagDeleteMonth = "hashtag_delete_month",
    }
}

groupkit_core::open_enum! {
    /// The user's home page on the web site.
    pub enum HomePage {
        /// `home_page_feed`
        HomePageFeed = "home_page_feed",
        /// `home_page_groups`
        HomePageGroups = "home_page_groups",
    }
}

/// Result of `invite`.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InviteResults {
    /// Addresses that could not be invited, as error objects; `null` when there are none. Type
    /// `pending_invites`: an invitation is already pending (a normal outcome).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::models::Error>>,
    /// The addresses invited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited: Option<Vec<String>>,
    /// Always `invite_results`.
    pub object: String,
    /// Number of addresses given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_emails: Option<i64>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl InviteResults {
    /// A `InviteResults` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(object: String) -> Self {
        InviteResults {
            errors: None,
            invited: None,
            object,
            total_emails: None,
            additional: Default::default(),
        }
    }
}

groupkit_core::open_enum! {
    /// Type of a file link.
    pub enum LinkType {
        /// `generic`
        Generic = "generic",
    }
}

/// The list response format every paginated call uses. Composed with a typed `data` array for each
/// item type (see the `*List` schemas). Iterate by passing `next_page_token` back as `page_token`
/// while `has_more` is true.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListEnvelope {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
}

/// Returned by login calls. The response also sets the session cookies.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Login {
    /// Token for HTTP Basic authentication (requested with `token=true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<groupkit_core::Secret>,
    /// The logged-in user; `user.csrf_token` is the csrf value for cookie-session writes.
    pub user: crate::models::User,
}

impl Login {
    /// A `Login` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(user: crate::models::User) -> Self {
        Login { token: None, user }
    }
}

groupkit_core::open_enum! {
    /// Largest attachment delivered to a member by email.
    pub enum MaxAttachmentSize {
        /// `max_attachment_size_small`
        MaxAttachmentSizeSmall = "max_attachment_size_small",
        /// `max_attachment_size_unlimited`
        MaxAttachmentSizeUnlimited = "max_attachment_size_unlimited",
        /// `max_attachment_size_medium`
        MaxAttachmentSizeMedium = "max_attachment_size_medium",
        /// `max_attachment_size_large`
        MaxAttachmentSizeLarge = "max_attachment_size_large",
        /// `max_attachment_size_none`
        MaxAttachmentSizeNone = "max_attachment_size_none",
    }
}

groupkit_core::open_enum! {
    /// Largest photo size kept (resizing limit).
    pub enum MaxPhotoSize {
        /// `max_photo_size_none`
        MaxPhotoSizeNone = "max_photo_size_none",
        /// `max_photo_size_small`
        MaxPhotoSizeSmall = "max_photo_size_small",
        /// `max_photo_size_medium`
        MaxPhotoSizeMedium = "max_photo_size_medium",
        /// `max_photo_size_large`
        MaxPhotoSizeLarge = "max_photo_size_large",
        /// `max_photo_size_ex_small`
        MaxPhotoSizeExSmall = "max_photo_size_ex_small",
        /// `max_photo_size_medium_small`
        MaxPhotoSizeMediumSmall = "max_photo_size_medium_small",
        /// `max_photo_size_somewhat_small`
        MaxPhotoSizeSomewhatSmall = "max_photo_size_somewhat_small",
    }
}

/// A member's subscription to a group, with the member's profile. The document calls it
/// `member_info`; real `getsubs` responses send `subscription_plus` (with `num_subs`,
/// `pending_messages`, `pending_subs`); the document's pagination example shows an older
/// `subscription`. One schema covers all three.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberInfo {
    /// Format of `about_me`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_format: Option<crate::models::AboutFormat>,
    /// The person's "about me" text.
    pub about_me: String,
    /// Notification preference for account events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_notify: Option<crate::models::NotifyPref>,
    /// Number of approved posts (used to unmoderate new members).
    pub approved_posts: i64,
    /// Whether the member automatically follows topics they reply to.
    pub auto_follow_replies: bool,
    /// Notification preference for chats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_notify: Option<crate::models::NotifyPref>,
    /// Color assigned to the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<crate::models::Color>,
    /// URL of the cover photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_photo_url: Option<String>,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Notification preference for databases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_notify: Option<crate::models::NotifyPref>,
    /// Whether Message-IDs are left unmodified.
    pub dont_munge_message_id: bool,
    /// Email address.
    pub email: String,
    /// How messages are delivered by email.
    pub email_delivery: crate::models::EmailDelivery,
    /// Values of the group's extra member data columns for this member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_member_data: Option<Vec<crate::models::ColumnValue>>,
    /// Notification preference for files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_notify: Option<crate::models::NotifyPref>,
    /// The person's full name.
    pub full_name: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Name of the group (a subgroup is named `parent+sub`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// URL of the icon; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::MemberId,
    /// Location.
    pub location: String,
    /// Largest attachment delivered by email.
    pub max_attachment_size: crate::models::MaxAttachmentSize,
    /// Notification preference for message reports.
    pub message_report_notify: crate::models::NotifyPref,
    /// Which messages the member receives.
    pub message_selection: crate::models::MessageSelection,
    /// Comma-separated list of moderator permissions (`sub_perm_*` values); empty for normal
    /// members. Spellings differ between sources: the document writes `sub_perm_pendingmsg`,
    /// `sub_perm_managehashtags`, `sub_perm_viewmembers`, `sub_perm_managepaidsubscriptions`; a
    /// 2017 client `sub_perm_pendingmsgs` and `sub_perm_createhashtags`. Read it as open text.
    pub mod_permissions: String,
    /// Whether the member is a normal member, a moderator or the owner.
    pub mod_status: crate::models::ModStatus,
    /// Notes moderators keep about the member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator_notes: Option<String>,
    /// When `moderator_notes` was last updated; Go's zero time if never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator_notes_updated: Option<groupkit_core::model::Timestamp>,
    /// When the most recent message was posted; Go's zero time (`0001-01-01T00:00:00Z`) or the Unix
    /// epoch in local time when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub most_recent_message: Option<groupkit_core::model::Timestamp>,
    /// Human-friendly group name; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nice_group_name: Option<String>,
    /// Number of subscribers of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_subs: Option<i64>,
    /// Object type: `member_info`, `subscription_plus` or `subscription`.
    pub object: crate::models::MemberInfoObject,
    /// Who receives messages sent to the group owner address.
    pub owner_msg_notify: crate::models::OwnerMsgNotify,
    /// Number of messages awaiting approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_messages: Option<i64>,
    /// Notification preference for pending messages.
    pub pending_msg_notify: crate::models::NotifyPref,
    /// Notification preference for pending subscriptions.
    pub pending_sub_notify: crate::models::NotifyPref,
    /// Number of subscriptions awaiting approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_subs: Option<i64>,
    /// The member's permissions in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perms: Option<crate::models::Perms>,
    /// Notification preference for photos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_notify: Option<crate::models::NotifyPref>,
    /// Posting (moderation) status of the member.
    pub post_status: crate::models::PostStatus,
    /// ID of the person's profile photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_photo_id: Option<crate::ids::ProfilePhotoId>,
    /// Whether the person's profile is private.
    pub profile_privacy: crate::models::ProfilePrivacy,
    /// The member's signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// Status of the subscription.
    pub status: crate::models::SubStatus,
    /// Notification preference for storage warnings.
    pub storage_notify: crate::models::NotifyPref,
    /// Notification preference for subgroup events.
    pub sub_group_notify: crate::models::NotifyPref,
    /// Notification preference for subscriptions.
    pub sub_notify: crate::models::NotifyPref,
    /// Number of subscribers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subs_count: Option<i64>,
    /// IANA time zone name (for example `America/Los_Angeles`); may be empty.
    pub timezone: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// Whether the member's signature is added to posts made on the web.
    pub use_signature: bool,
    /// Whether the member's signature is added to posts made by email.
    pub use_signature_email: bool,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// The person's display (user) name.
    pub user_name: String,
    /// Status of the user's account.
    pub user_status: crate::models::UserStatus,
    /// Web site URL; may be empty.
    pub website: String,
    /// Notification preference for the wiki.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wiki_notify: Option<crate::models::NotifyPref>,
}

/// A page of member records (`member_info` / `subscription_plus`).
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberInfoList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::MemberInfo>>,
}

groupkit_core::open_enum! {
    /// Object type of a member record: `member_info` (document), `subscription_plus` (real
    /// `getsubs` responses), `subscription` (the document's pagination example).
    pub enum MemberInfoObject {
        /// `member_info`
        MemberInfo = "member_info",
        /// `subscription_plus`
        SubscriptionPlus = "subscription_plus",
        /// `subscription`
        Subscription = "subscription",
    }
}

/// A member notice (a message sent to members on an event, such as being banned, or the group
/// guidelines).
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberNotice {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// For guidelines: subject of the monthly email.
    pub guidelines_monthly_subject: String,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::MemberNoticeId,
    /// Whether this notice is used for email commands.
    pub is_default: bool,
    /// The message, in HTML.
    pub message: String,
    /// Name.
    pub name: String,
    /// Always `member_notice`.
    pub object: String,
    /// For guidelines: whether they are for members only.
    pub private: bool,
    /// For guidelines: send monthly to the group members.
    pub send_monthly: bool,
    /// For guidelines: send monthly to members on special only.
    pub send_monthly_special: bool,
    /// For guidelines: send to new members with the welcome message.
    pub send_on_join: bool,
    /// Subject.
    pub subject: String,
    /// Type.
    pub r#type: crate::models::MemberNoticeType,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
}

/// A page of member notices.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberNoticeList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::MemberNotice>>,
}

groupkit_core::open_enum! {
    /// Type of a member notice. New subgroups come with a default `member_notice_joining` notice.
    pub enum MemberNoticeType {
        /// `member_notice_banned`
        MemberNoticeBanned = "member_notice_banned",
        /// `member_notice_joining`
        MemberNoticeJoining = "member_notice_joining",
    }
}

/// A webhook delivery about a member (`added_member`, `removed_member`, `ban_members`, `joined`,
/// `left`). Every part but `action` and `member_info` may be missing.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemberWebhook {
    /// The event.
    pub action: crate::models::WebhookAction,
    /// When the event happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// The group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<crate::models::WebhookGroup>,
    /// The event's id; the same on redeliveries, so use it to drop duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The member's subscription.
    pub member_info: crate::models::WebhookMemberInfo,
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// How the change was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The id of the webhook that delivered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<i64>,
}

impl MemberWebhook {
    /// A `MemberWebhook` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        action: crate::models::WebhookAction,
        member_info: crate::models::WebhookMemberInfo,
    ) -> Self {
        MemberWebhook {
            action,
            created: None,
            group: None,
            id: None,
            member_info,
            object: None,
            via: None,
            webhook_id: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Which members `getmembers` returns.
    pub enum MembersType {
        /// `members`
        Members = "members",
        /// `mods`
        Mods = "mods",
        /// `pending`
        Pending = "pending",
        /// `banned`
        Banned = "banned",
        /// `bouncing`
        Bouncing = "bouncing",
    }
}

groupkit_core::open_enum! {
    /// Who can see the member list.
    pub enum MembersVisible {
        /// `group_view_members_moderators`
        GroupViewMembersModerators = "group_view_members_moderators",
        /// `group_view_members_subs`
        GroupViewMembersSubs = "group_view_members_subs",
        /// `group_view_members_owners`
        GroupViewMembersOwners = "group_view_members_owners",
    }
}

/// A message in the archives.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Message {
    /// Attachments of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::models::MessageAttachment>>,
    /// Body, in HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Can repost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_repost: Option<bool>,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Has liked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_liked: Option<bool>,
    /// Hashtags attached; `null` when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::MessageId,
    /// Whether it is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_closed: Option<bool>,
    /// Whether it is moderated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_moderated: Option<bool>,
    /// Is plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_plain_text: Option<bool>,
    /// Is reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_reply: Option<bool>,
    /// Message number within the group.
    pub msg_num: i64,
    /// Name of the poster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Num likes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_likes: Option<i64>,
    /// Always `message`.
    pub object: String,
    /// ID of the poll attached to the message; 0 if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub poll_id: Option<crate::ids::PollId>,
    /// URL of the person's profile photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_photo_url: Option<String>,
    /// The quoted part of the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quoted: Option<String>,
    /// The rest of the body after the quoted part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remainder: Option<String>,
    /// Reply-to setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<crate::models::GroupReplyTo>,
    /// Short plain-text snippet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// Subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Subject including the group's subject tag and hashtags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_with_tags: Option<String>,
    /// ID of the topic.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub topic_id: crate::ids::TopicId,
    /// When the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: Option<crate::ids::UserId>,
}

impl Message {
    /// A `Message` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: crate::ids::GroupId,
        id: crate::ids::MessageId,
        msg_num: i64,
        object: String,
        topic_id: crate::ids::TopicId,
    ) -> Self {
        Message {
            attachments: None,
            body: None,
            can_repost: None,
            created,
            group_id,
            has_liked: None,
            hashtags: None,
            id,
            is_closed: None,
            is_moderated: None,
            is_plain_text: None,
            is_reply: None,
            msg_num,
            name: None,
            num_likes: None,
            object,
            poll_id: None,
            profile_photo_url: None,
            quoted: None,
            remainder: None,
            reply_to: None,
            snippet: None,
            subject: None,
            subject_with_tags: None,
            topic_id,
            updated: None,
            user_id: None,
        }
    }
}

/// An attachment of a message.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageAttachment {
    /// URL to download the attachment; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// File name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// ID of the attachment.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::AttachmentId,
    /// URL of a thumbnail for images; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_thumbnail_url: Option<String>,
    /// MIME media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

impl MessageAttachment {
    /// A `MessageAttachment` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::AttachmentId) -> Self {
        MessageAttachment {
            download_url: None,
            filename: None,
            id,
            image_thumbnail_url: None,
            media_type: None,
        }
    }
}

/// The number of messages sent per month.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageHistory {
    /// Message counts per month.
    pub month_counts: Option<Vec<crate::models::MonthCount>>,
    /// Always `message_history`.
    pub object: String,
    /// Time zone offset used, in minutes.
    pub tz_offset: i64,
}

impl MessageHistory {
    /// A `MessageHistory` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        month_counts: Option<Vec<crate::models::MonthCount>>,
        object: String,
        tz_offset: i64,
    ) -> Self {
        MessageHistory {
            month_counts,
            object,
            tz_offset,
        }
    }
}

/// A page of messages, with the group, the caller's permissions and subscription, and (for a topic)
/// the topic.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// URL of the group's cover photo; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_photo_url: Option<String>,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Message>>,
    /// The group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<crate::models::Group>,
    /// The caller's permissions in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_perms: Option<crate::models::Perms>,
    /// The caller's subscription(s) to the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_data: Option<Vec<crate::models::MemberInfo>>,
    /// The topic (for `gettopic`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<crate::models::Topic>,
}

/// A message matched by an archive search.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageSearchResult {
    /// Body, in HTML.
    pub body: String,
    /// Whether the caller may view the person's profile.
    pub can_view_profile: bool,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Whether it has attachments.
    pub has_attachments: bool,
    /// Hashtags attached; `null` when there are none.
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::MessageId,
    /// Whether it is closed.
    pub is_closed: bool,
    /// Whether it is moderated.
    pub is_moderated: bool,
    /// Whether the topic is sticky (kept at the top).
    pub is_sticky: bool,
    /// Message number within the group.
    pub msg_num: i64,
    /// Name.
    pub name: String,
    /// Number of messages in the topic.
    pub num_msgs_in_topic: i64,
    /// Always `message_search_result`.
    pub object: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// Number of revisions of the message.
    pub rev_count: i64,
    /// Subject.
    pub subject: String,
    /// Short plain-text summary.
    pub summary: String,
    /// ID of the topic.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub topic_id: crate::ids::TopicId,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}

/// A page of archive search results, with the search that produced it.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MessageSearchResultList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// Whether the caller may view that poster's profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_view_profile: Option<bool>,
    /// Whether results collapse topics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collapse_topics: Option<bool>,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::MessageSearchResult>>,
    /// End date of the search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<groupkit_core::model::Timestamp>,
    /// Whether signature matches are excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_sigs: Option<bool>,
    /// The hashtag the search is limited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashtag: Option<crate::models::Hashtag>,
    /// Name of the poster the search is limited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ID of the poster the search is limited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub poster_user_id: Option<crate::ids::UserId>,
    /// Preset date range of the search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset_date_range: Option<String>,
    /// Profile photo URL of the poster the search is limited to; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_photo_url: Option<String>,
    /// Start date of the search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<groupkit_core::model::Timestamp>,
}

groupkit_core::open_enum! {
    /// Which messages a member receives.
    pub enum MessageSelection {
        /// `message_selection_all`
        MessageSelectionAll = "message_selection_all",
        /// `message_selection_follow_only`
        MessageSelectionFollowOnly = "message_selection_follow_only",
        /// `message_selection_follow_and_first_message`
        MessageSelectionFollowAndFirstMessage = "message_selection_follow_and_first_message",
    }
}

groupkit_core::open_enum! {
    /// Default message view on the web site.
    pub enum MessageView {
        /// `thread_view`
        ThreadView = "thread_view",
        /// `message_view`
        MessageView = "message_view",
        /// `expanded_message_view`
        ExpandedMessageView = "expanded_message_view",
        /// `polls_view`
        PollsView = "polls_view",
    }
}

groupkit_core::open_enum! {
    /// Whether a member is a normal member, a moderator or the owner.
    pub enum ModStatus {
        /// `sub_modstatus_none`
        SubModstatusNone = "sub_modstatus_none",
        /// `sub_modstatus_moderator`
        SubModstatusModerator = "sub_modstatus_moderator",
        /// `sub_modstatus_owner`
        SubModstatusOwner = "sub_modstatus_owner",
    }
}

/// Number of messages sent in one month.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MonthCount {
    /// Month.
    pub month: i64,
    /// Msgs sent.
    pub msgs_sent: i64,
    /// Always `month_count`.
    pub object: String,
    /// Year.
    pub year: i64,
}

groupkit_core::open_enum! {
    /// How a member is notified of an event.
    pub enum NotifyPref {
        /// `sub_notify_email`
        SubNotifyEmail = "sub_notify_email",
        /// `sub_notify_email_and_app`
        SubNotifyEmailAndApp = "sub_notify_email_and_app",
        /// `sub_notify_none`
        SubNotifyNone = "sub_notify_none",
    }
}

/// Data needed to start an OAuth (Facebook, Apple, Google) login.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OauthLogin {
    /// Android client id.
    pub android_client_id: String,
    /// Ios client id.
    pub ios_client_id: String,
    /// Always `oauth_login`.
    pub object: String,
    /// OAuth scopes to request.
    pub scopes: Vec<String>,
    /// State to pass back to the matching `*loginfinal` call.
    pub state: String,
    /// Web client id.
    pub web_client_id: String,
}

groupkit_core::open_enum! {
    /// Who receives messages sent to the group owner address.
    pub enum OwnerMsgNotify {
        /// `sub_ownermsg_notify_subs`
        SubOwnermsgNotifySubs = "sub_ownermsg_notify_subs",
        /// `sub_ownermsg_notify_all`
        SubOwnermsgNotifyAll = "sub_ownermsg_notify_all",
        /// `sub_ownermsg_notify_none`
        SubOwnermsgNotifyNone = "sub_ownermsg_notify_none",
    }
}

/// A former member of a group (`getpastmembers`). Not in the document: the fields public clients
/// read (`joined`, `action`, `member_info`) and the ones common to member records are named; every
/// field is kept as received.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PastMember {
    /// Why the person is a past member (`expired_member`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<crate::models::PastMemberAction>,
    /// When the record was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The person's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// ID of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: Option<crate::ids::GroupId>,
    /// ID of the past member record.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::PastMemberId,
    /// When the person joined the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<groupkit_core::model::Timestamp>,
    /// The person's member record as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_info: Option<crate::models::MemberInfo>,
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// When the record was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: Option<crate::ids::UserId>,
    /// The person's display (user) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl PastMember {
    /// A `PastMember` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(id: crate::ids::PastMemberId) -> Self {
        PastMember {
            action: None,
            created: None,
            email: None,
            full_name: None,
            group_id: None,
            id,
            joined: None,
            member_info: None,
            object: None,
            updated: None,
            user_id: None,
            user_name: None,
            additional: Default::default(),
        }
    }
}

groupkit_core::open_enum! {
    /// Why a past member left (`PastMember.action`). Only `expired_member` (a pending member who
    /// was never approved) has been seen; other values are kept as sent. Not the webhook's
    /// `action`.
    pub enum PastMemberAction {
        /// `expired_member`
        ExpiredMember = "expired_member",
    }
}

/// A page of past members.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PastMemberList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::PastMember>>,
}

groupkit_core::open_enum! {
    /// Items per page on the web site.
    pub enum PerPagePref {
        /// `user_per_page_pref20`
        UserPerPagePref20 = "user_per_page_pref20",
        /// `user_per_page_pref50`
        UserPerPagePref50 = "user_per_page_pref50",
        /// `user_per_page_pref100`
        UserPerPagePref100 = "user_per_page_pref100",
        /// `user_per_page_pref_infinite`
        UserPerPagePrefInfinite = "user_per_page_pref_infinite",
    }
}

/// Which permissions the caller has in a group. Each subscription grants a set of permissions,
/// determined by whether it is a normal member, a moderator or the owner, and by the group
/// settings.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Perms {
    /// Archives visible.
    pub archives_visible: bool,
    /// Ban members.
    pub ban_members: bool,
    /// Calendar visible.
    pub calendar_visible: bool,
    /// Can post.
    pub can_post: bool,
    /// Can vote.
    pub can_vote: bool,
    /// Chat visible.
    pub chat_visible: bool,
    /// Create hashtags.
    pub create_hashtags: bool,
    /// Database visible.
    pub database_visible: bool,
    /// Delete group.
    pub delete_group: bool,
    /// Download archives.
    pub download_archives: bool,
    /// Download entire group.
    pub download_entire_group: bool,
    /// Download members.
    pub download_members: bool,
    /// Edit archives.
    pub edit_archives: bool,
    /// Files visible.
    pub files_visible: bool,
    /// Guidelines visible.
    pub guidelines_visible: bool,
    /// Hashtags visible.
    pub hashtags_visible: bool,
    /// Invite members.
    pub invite_members: bool,
    /// Make moderator.
    pub make_moderator: bool,
    /// Manage calendar.
    pub manage_calendar: bool,
    /// Manage chats.
    pub manage_chats: bool,
    /// Manage files.
    pub manage_files: bool,
    /// Manage group billing.
    pub manage_group_billing: bool,
    /// Manage group payments.
    pub manage_group_payments: bool,
    /// Manage group settings.
    pub manage_group_settings: bool,
    /// Manage hashtags.
    pub manage_hashtags: bool,
    /// Manage integrations.
    pub manage_integrations: bool,
    /// Manage member subscription options.
    pub manage_member_subscription_options: bool,
    /// Manage members.
    pub manage_members: bool,
    /// Manage pending members.
    pub manage_pending_members: bool,
    /// Manage pending messages.
    pub manage_pending_messages: bool,
    /// Manage photos.
    pub manage_photos: bool,
    /// Manage polls.
    pub manage_polls: bool,
    /// Manage subgroups.
    pub manage_subgroups: bool,
    /// Manage subscription.
    pub manage_subscription: bool,
    /// Manage wiki.
    pub manage_wiki: bool,
    /// Member directory visible.
    pub member_directory_visible: bool,
    /// Members visible.
    pub members_visible: bool,
    /// Mod page.
    pub mod_page: bool,
    /// Always `perms`.
    pub object: String,
    /// Open donations visible.
    pub open_donations_visible: bool,
    /// Photos visible.
    pub photos_visible: bool,
    /// Polls visible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polls_visible: Option<bool>,
    /// Public page.
    pub public_page: bool,
    /// Remove members.
    pub remove_members: bool,
    /// Sponsor visible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_visible: Option<bool>,
    /// Sub page.
    pub sub_page: bool,
    /// Subgroups visible.
    pub subgroups_visible: bool,
    /// View activity.
    pub view_activity: bool,
    /// View member directory.
    pub view_member_directory: bool,
    /// Wiki visible.
    pub wiki_visible: bool,
}

/// A photo.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Photo {
    /// Album id.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub album_id: crate::ids::AlbumId,
    /// Aperture.
    pub aperture: i64,
    /// Attachment num.
    pub attachment_num: i64,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Description (HTML).
    pub desc: String,
    /// Name shown for the person.
    pub display_name: String,
    /// URL to download the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// Email address of the uploader; masked (`name@...`) unless the caller may see it.
    pub email: String,
    /// Focal length.
    pub focal_length: i64,
    /// Image format (for example `jpeg`).
    pub format: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Height.
    pub height: i64,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::PhotoId,
    /// Iso.
    pub iso: i64,
    /// Make.
    pub make: String,
    /// MIME media type.
    pub media_type: String,
    /// Model.
    pub model: String,
    /// Name.
    pub name: String,
    /// Always `photo`.
    pub object: String,
    /// Whether the person's profile is private.
    pub profile_privacy: crate::models::ProfilePrivacy,
    /// Shutter speed.
    pub shutter_speed: i64,
    /// Size in bytes.
    pub size: i64,
    /// When the photo was taken (EXIF).
    pub taken: i64,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// The person's display (user) name.
    pub user_name: String,
    /// Width.
    pub width: i64,
}

/// A page of photos.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PhotoList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Photo>>,
}

groupkit_core::open_enum! {
    /// Who may create polls.
    pub enum PollsAccess {
        /// `polls_access_subscribers`
        PollsAccessSubscribers = "polls_access_subscribers",
    }
}

groupkit_core::open_enum! {
    /// How the user composes posts.
    pub enum PostPref {
        /// `user_postpref_html`
        UserPostprefHtml = "user_postpref_html",
        /// `user_postpref_plain`
        UserPostprefPlain = "user_postpref_plain",
        /// `user_postpref_markdown`
        UserPostprefMarkdown = "user_postpref_markdown",
    }
}

groupkit_core::open_enum! {
    /// Posting (moderation) status of a member.
    pub enum PostStatus {
        /// `sub_poststatus_normal`
        SubPoststatusNormal = "sub_poststatus_normal",
        /// `sub_poststatus_newusermoderated`
        SubPoststatusNewusermoderated = "sub_poststatus_newusermoderated",
        /// `sub_poststatus_allowed`
        SubPoststatusAllowed = "sub_poststatus_allowed",
        /// `sub_poststatus_moderated`
        SubPoststatusModerated = "sub_poststatus_moderated",
        /// `sub_poststatus_notallowed`
        SubPoststatusNotallowed = "sub_poststatus_notallowed",
    }
}

groupkit_core::open_enum! {
    /// Privacy of a person's profile.
    pub enum ProfilePrivacy {
        /// `profile_private`
        ProfilePrivate = "profile_private",
        /// `profile_members`
        ProfileMembers = "profile_members",
        /// `profile_public`
        ProfilePublic = "profile_public",
    }
}

/// Result of `registeruser`.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RegisteredUser {
    /// The new account.
    pub user: crate::models::User,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl RegisteredUser {
    /// A `RegisteredUser` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(user: crate::models::User) -> Self {
        RegisteredUser {
            user,
            additional: Default::default(),
        }
    }
}

/// An RSVP to an event.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Rsvp {
    /// Number of additional guests.
    pub additional_guests: i64,
    /// Comment.
    pub comment: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Email address.
    pub email: String,
    /// Event id.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub event_id: crate::ids::EventId,
    /// The person's full name.
    pub full_name: String,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::RsvpId,
    /// Always `rsvp`.
    pub object: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// The RSVP; `rsvp_waitlist` means the person was waitlisted.
    pub r#type: crate::models::RsvpType,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
    /// The person's display (user) name.
    pub user_name: String,
}

groupkit_core::open_enum! {
    /// The RSVP a person gives (`rsvp_waitlist` is not accepted).
    pub enum RsvpResponse {
        /// `rsvp_yes`
        RsvpYes = "rsvp_yes",
        /// `rsvp_no`
        RsvpNo = "rsvp_no",
        /// `rsvp_maybe`
        RsvpMaybe = "rsvp_maybe",
    }
}

groupkit_core::open_enum! {
    /// An RSVP response; `rsvp_waitlist` means the person was waitlisted.
    pub enum RsvpType {
        /// `rsvp_yes`
        RsvpYes = "rsvp_yes",
        /// `rsvp_no`
        RsvpNo = "rsvp_no",
        /// `rsvp_maybe`
        RsvpMaybe = "rsvp_maybe",
        /// `rsvp_waitlist`
        RsvpWaitlist = "rsvp_waitlist",
    }
}

groupkit_core::open_enum! {
    /// Default search sort order.
    pub enum SearchSort {
        /// `relevance_sort`
        RelevanceSort = "relevance_sort",
        /// `date_sort`
        DateSort = "date_sort",
    }
}

groupkit_core::open_enum! {
    /// Sort direction of a list request.
    pub enum SortDir {
        /// `asc`
        Asc = "asc",
        /// `desc`
        Desc = "desc",
    }
}

groupkit_core::open_enum! {
    /// A sort-direction preference.
    pub enum SortPref {
        /// `sort_none`
        SortNone = "sort_none",
        /// `sort_asc`
        SortAsc = "sort_asc",
        /// `sort_desc`
        SortDesc = "sort_desc",
    }
}

groupkit_core::open_enum! {
    /// Who may create subgroups.
    pub enum SubGroupAccess {
        /// `sub_group_subs`
        SubGroupSubs = "sub_group_subs",
        /// `sub_group_moderators`
        SubGroupModerators = "sub_group_moderators",
        /// `sub_group_owners`
        SubGroupOwners = "sub_group_owners",
    }
}

groupkit_core::open_enum! {
    /// Status of a subscription.
    pub enum SubStatus {
        /// `sub_status_normal`
        SubStatusNormal = "sub_status_normal",
        /// `sub_status_pending`
        SubStatusPending = "sub_status_pending",
        /// `sub_status_banned`
        SubStatusBanned = "sub_status_banned",
    }
}

/// A `created_subgroup` delivery.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SubgroupCreatedWebhook {
    /// Always `created_subgroup`.
    pub action: crate::models::WebhookAction,
    /// When the event happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// The new subgroup's short name, the part after `+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
    /// The group (the parent or the new subgroup: unconfirmed).
    pub group: crate::models::WebhookGroup,
    /// The event's id; the same on redeliveries, so use it to drop duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The id of the webhook that delivered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<i64>,
}

impl SubgroupCreatedWebhook {
    /// A `SubgroupCreatedWebhook` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        action: crate::models::WebhookAction,
        group: crate::models::WebhookGroup,
    ) -> Self {
        SubgroupCreatedWebhook {
            action,
            created: None,
            extra: None,
            group,
            id: None,
            object: None,
            webhook_id: None,
        }
    }
}

/// A `deleted_subgroup` delivery.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SubgroupDeletedWebhook {
    /// Always `deleted_subgroup`.
    pub action: crate::models::WebhookAction,
    /// When the event happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// The deleted subgroup's id.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub extra_id: crate::ids::GroupId,
    /// The event's id; the same on redeliveries, so use it to drop duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The id of the webhook that delivered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<i64>,
}

impl SubgroupDeletedWebhook {
    /// A `SubgroupDeletedWebhook` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(
        action: crate::models::WebhookAction,
        extra_id: crate::ids::GroupId,
    ) -> Self {
        SubgroupDeletedWebhook {
            action,
            created: None,
            extra_id,
            id: None,
            object: None,
            webhook_id: None,
        }
    }
}

/// Returned with HTTP 200 by endpoints that need to return extra information on success.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Success {
    /// Extra information, endpoint specific (for example `pending post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
    /// Always `success`.
    pub object: String,
}

impl Success {
    /// A `Success` with the required fields set and every optional field empty.
    #[inline]
    pub fn new(object: String) -> Self {
        Success { extra: None, object }
    }
}

groupkit_core::open_enum! {
    /// Where replies in a topic go.
    pub enum ThreadReplyTo {
        /// `thread_reply_group_default`
        ThreadReplyGroupDefault = "thread_reply_group_default",
        /// `thread_reply_to_sender`
        ThreadReplyToSender = "thread_reply_to_sender",
    }
}

groupkit_core::open_enum! {
    /// How times are shown: `standard_time` (the document's example), `time_relative` and
    /// `time_absolute` (a 2017 client); probably different generations of the setting, so all three
    /// are kept.
    pub enum TimePref {
        /// `standard_time`
        StandardTime = "standard_time",
        /// `time_relative`
        TimeRelative = "time_relative",
        /// `time_absolute`
        TimeAbsolute = "time_absolute",
    }
}

/// A topic: one or more messages in a group.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Topic {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// The group's subject tag (for example `[actually4]`).
    pub group_subject_tag: String,
    /// Whether it has attachments.
    pub has_attachments: bool,
    /// Hashtags attached; `null` when there are none.
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::TopicId,
    /// Whether it is closed.
    pub is_closed: bool,
    /// Whether it is moderated.
    pub is_moderated: bool,
    /// Whether the topic is sticky (kept at the top).
    pub is_sticky: bool,
    /// When the most recent message was posted; Go's zero time (`0001-01-01T00:00:00Z`) or the Unix
    /// epoch in local time when there is none.
    pub most_recent_message: groupkit_core::model::Timestamp,
    /// Name of the person who started the topic.
    pub name: String,
    /// Number of messages.
    pub num_messages: i64,
    /// Always `topic`.
    pub object: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// Reply-to setting.
    pub reply_to: crate::models::ThreadReplyTo,
    /// Subject.
    pub subject: String,
    /// Short plain-text summary.
    pub summary: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
}

/// A page of topics.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TopicList {
    /// The index of the last item returned.
    pub end_item: i64,
    /// Whether there are more items after this page.
    pub has_more: bool,
    /// Cursor for the next page: pass it as `page_token`. A 64-bit unsigned integer that may exceed
    /// 2^53 (never pass it through a float); `0` on the last page.
    pub next_page_token: u64,
    /// Always `list`.
    pub object: String,
    /// The search query the list answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Secondary sort order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_order: Option<String>,
    /// Sort direction of the list (`asc`, `desc` or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    /// The field the list is sorted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The index of the first item returned.
    pub start_item: i64,
    /// The total number of items.
    pub total_count: i64,
    /// The items of this page; `null` on an empty page.
    pub data: Option<Vec<crate::models::Topic>>,
}

/// A Groups.io user account (the logged-in user).
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct User {
    /// Format of `about_me`.
    pub about_format: crate::models::AboutFormat,
    /// The person's "about me" text.
    pub about_me: String,
    /// Album ordering preference; may be empty.
    pub album_order_by: String,
    /// Album sort dir.
    pub album_sort_dir: crate::models::SortPref,
    /// Allow facebook login.
    pub allow_facebook_login: bool,
    /// Allow google login.
    pub allow_google_login: bool,
    /// Allow sso login.
    pub allow_sso_login: bool,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Token that writes made with a cookie session must send as the `csrf` form field. A string of
    /// digits.
    pub csrf_token: groupkit_core::Secret,
    /// Date pref.
    pub date_pref: crate::models::DatePref,
    /// Default calendar view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_calendar_view: Option<crate::models::CalendarView>,
    /// Default hashtag view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_hashtag_view: Option<crate::models::GridView>,
    /// Default message view.
    pub default_message_view: crate::models::MessageView,
    /// Default rsvp view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_rsvp_view: Option<crate::models::GridView>,
    /// Whether Message-IDs are left unmodified.
    pub dont_munge_message_id: bool,
    /// Email address.
    pub email: String,
    /// Expanded messages sort dir.
    pub expanded_messages_sort_dir: crate::models::SortPref,
    /// The person's full name.
    pub full_name: String,
    /// Whether the user has a profile photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_profile_photo: Option<bool>,
    /// Home page.
    pub home_page: crate::models::HomePage,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::UserId,
    /// Location.
    pub location: String,
    /// Messages sort dir.
    pub messages_sort_dir: crate::models::SortPref,
    /// Monday start.
    pub monday_start: bool,
    /// Always `user`.
    pub object: String,
    /// Per page pref.
    pub per_page_pref: crate::models::PerPagePref,
    /// Photo ordering preference; may be empty.
    pub photos_order_by: String,
    /// Photos sort dir.
    pub photos_sort_dir: crate::models::SortPref,
    /// Post pref.
    pub post_pref: crate::models::PostPref,
    /// ID of the person's profile photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_photo_id: Option<crate::ids::ProfilePhotoId>,
    /// URL of the person's profile photo; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_photo_url: Option<String>,
    /// Whether the person's profile is private.
    pub profile_privacy: crate::models::ProfilePrivacy,
    /// Two-factor recovery codes (empty unless just generated).
    pub recovery_codes: groupkit_core::Secret,
    /// Search sort.
    pub search_sort: crate::models::SearchSort,
    /// Search sort dir.
    pub search_sort_dir: crate::models::SortPref,
    /// Status of the account.
    pub status: crate::models::UserStatus,
    /// The user's subscriptions, one per group, each with the caller's `perms` (the `login`
    /// response carries them; `perms.download_archives` says whether `downloadarchives` may be
    /// called).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<crate::models::MemberInfo>>,
    /// Time pref.
    pub time_pref: crate::models::TimePref,
    /// IANA time zone name (for example `America/Los_Angeles`); may be empty.
    pub timezone: String,
    /// Topic sort dir.
    pub topic_sort_dir: crate::models::SortPref,
    /// Topics sort dir.
    pub topics_sort_dir: crate::models::SortPref,
    /// Two factor enabled.
    pub two_factor_enabled: bool,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// The person's display (user) name.
    pub user_name: String,
    /// Web site URL; may be empty.
    pub website: String,
}

groupkit_core::open_enum! {
    /// Status of a user account. `user_status_not_confirmed` is the wire form (a public client
    /// fixed it against a real payload in 2019); the 2017 spelling `user_status_notconfirmed` is
    /// read as the same value.
    pub enum UserStatus {
        /// `user_status_confirmed`
        UserStatusConfirmed = "user_status_confirmed",
        /// `user_status_not_confirmed` (also read from `user_status_notconfirmed`)
        UserStatusNotConfirmed = "user_status_not_confirmed" | "user_status_notconfirmed",
        /// `user_status_inactive`
        UserStatusInactive = "user_status_inactive",
        /// `user_status_bouncing`
        UserStatusBouncing = "user_status_bouncing",
        /// `user_status_bounced`
        UserStatusBounced = "user_status_bounced",
    }
}

groupkit_core::open_enum! {
    /// How an activity-log entry was caused.
    pub enum Via {
        /// `via_robot`
        ViaRobot = "via_robot",
    }
}

groupkit_core::open_enum! {
    /// The event a webhook delivery reports (its `action`, also sent as the `x-groupsio-action`
    /// header). New actions appear over time.
    pub enum WebhookAction {
        /// `created_subgroup`
        CreatedSubgroup = "created_subgroup",
        /// `deleted_subgroup`
        DeletedSubgroup = "deleted_subgroup",
        /// `added_member`
        AddedMember = "added_member",
        /// `removed_member`
        RemovedMember = "removed_member",
        /// `ban_members`
        BanMembers = "ban_members",
        /// `joined`
        Joined = "joined",
        /// `left`
        Left = "left",
    }
}

/// The group part of a webhook delivery, with the fields receivers were seen to read; any other
/// field is kept as sent.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookGroup {
    /// Alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// When the group was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// Description (HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// The group's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: Option<crate::ids::GroupId>,
    /// Name (a subgroup is named `parent+sub`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Human-friendly group name; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nice_group_name: Option<String>,
    /// Always `group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The parent group's id, for a subgroup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub parent_group_id: Option<crate::ids::GroupId>,
    /// Description as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_desc: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When the group was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl WebhookGroup {
    /// A `WebhookGroup` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        WebhookGroup {
            alias: None,
            created: None,
            desc: None,
            id: None,
            name: None,
            nice_group_name: None,
            object: None,
            parent_group_id: None,
            plain_desc: None,
            title: None,
            updated: None,
            additional: Default::default(),
        }
    }
}

/// The member part of a webhook delivery (a `member_info` record, possibly abridged), with the
/// fields receivers were seen to read; any other field is kept as sent.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WebhookMemberInfo {
    /// When the subscription was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<groupkit_core::model::Timestamp>,
    /// The member's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The member's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The group's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: Option<crate::ids::GroupId>,
    /// The group's name (a subgroup is named `parent+sub`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// The subscription's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: Option<crate::ids::MemberId>,
    /// Object type (`member_info`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Status of the subscription. Deliveries seen carry `approved` and `banned`, which are not
    /// values of `SubStatus`, so it is kept as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the subscription was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// The member's user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: Option<crate::ids::UserId>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl WebhookMemberInfo {
    /// A `WebhookMemberInfo` with the required fields set and every optional field empty.
    #[inline]
    pub fn new() -> Self {
        WebhookMemberInfo {
            created: None,
            email: None,
            full_name: None,
            group_id: None,
            group_name: None,
            id: None,
            object: None,
            status: None,
            updated: None,
            user_id: None,
            additional: Default::default(),
        }
    }
}

/// A wiki page.
#[derive(Clone, Debug, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[non_exhaustive]
pub struct WikiPage {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub group_id: crate::ids::GroupId,
    /// Unique identifier of the object.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub id: crate::ids::WikiPageId,
    /// Whether it is locked.
    pub locked: bool,
    /// Always `wiki_page`.
    pub object: String,
    /// Path.
    pub path: String,
    /// Rev count.
    pub rev_count: i64,
    /// Title.
    pub title: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    #[serde(serialize_with = "groupkit_core::model::as_number")]
    pub user_id: crate::ids::UserId,
}
