// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! Models: every object and enum of the spec.

groupkit_core::open_enum! {
    /// Format of a person's "about me" text.
    pub enum AboutFormat {
        /// `about_html`
        AboutHtml = "about_html",
    }
}

/// An activity log entry.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ActivityLog {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Text of the entry.
    pub entry: String,
    /// ID of the group.
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Always `activity_log`.
    pub object: String,
    /// Via.
    pub via: crate::models::Via,
}

impl ActivityLog {
    /// A `ActivityLog` with the required fields set and every optional field empty.
    pub fn new(
        created: groupkit_core::model::Timestamp,
        entry: String,
        group_id: i64,
        id: i64,
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl ActivityLogList {
    /// A `ActivityLogList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::ActivityLog>>,
    ) -> Self {
        ActivityLogList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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

groupkit_core::open_enum! {
    /// Who may download the group's archives.
    pub enum AllowDownloads {
        /// `allow_downloads_no`
        AllowDownloadsNo = "allow_downloads_no",
    }
}

/// An image attachment shown in a feed topic.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Attachment {
    /// Attach num.
    pub attach_num: i64,
    /// Content.
    pub content: String,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// ID of the attachment (the document shows an empty string).
    pub id: groupkit_core::model::Id,
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
    pub thread_id: i64,
    /// URL of a thumbnail; may be empty.
    pub thumbnail_url: String,
    /// Type.
    pub r#type: String,
    /// ID of the user.
    pub user_id: i64,
}

impl Attachment {
    /// A `Attachment` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        attach_num: i64,
        content: String,
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        id: groupkit_core::model::Id,
        image_height: i64,
        image_width: i64,
        message_num: i64,
        name: String,
        object: String,
        sub_type: String,
        thread_id: i64,
        thumbnail_url: String,
        r#type: String,
        user_id: i64,
    ) -> Self {
        Attachment {
            attach_num,
            content,
            created,
            group_id,
            id,
            image_height,
            image_width,
            message_num,
            name,
            object,
            sub_type,
            thread_id,
            thumbnail_url,
            r#type,
            user_id,
        }
    }
}

/// One bounce.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BounceInfo {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
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

impl BounceInfo {
    /// A `BounceInfo` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        is_hard: bool,
        msg_id: i64,
        object: String,
        response: String,
        subject: String,
        r#type: crate::models::DeliveryType,
    ) -> Self {
        BounceInfo {
            created,
            group_id,
            is_hard,
            msg_id,
            object,
            response,
            subject,
            r#type,
        }
    }
}

/// A page of bounces.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl BounceInfoList {
    /// A `BounceInfoList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::BounceInfo>>,
    ) -> Self {
        BounceInfoList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub user_id: i64,
}

impl Chat {
    /// A `Chat` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        can_view_profile: bool,
        chat_sub: crate::models::ChatSub,
        created: groupkit_core::model::Timestamp,
        desc: String,
        group_id: i64,
        id: i64,
        is_closed: bool,
        name: String,
        num_messages: i64,
        object: String,
        profile_photo_url: String,
        subject: String,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
    ) -> Self {
        Chat {
            can_view_profile,
            chat_sub,
            created,
            desc,
            group_id,
            id,
            is_closed,
            name,
            num_messages,
            object,
            profile_photo_url,
            subject,
            updated,
            user_id,
        }
    }
}

/// A page of chats.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl ChatList {
    /// A `ChatList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Chat>>,
    ) -> Self {
        ChatList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A message in a chat.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChatMessage {
    /// ID of the chat.
    pub chat_id: i64,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Number of the message this message deletes, if any.
    pub delete_msg_num: i64,
    /// Name shown for the person.
    pub display_name: String,
    /// Email address of the poster; masked (`name@...`) unless the caller may see it.
    pub email: String,
    /// ID of the group.
    pub group_id: i64,
    /// Whether the message is historical.
    pub historical: bool,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub user_id: i64,
    /// The person's display (user) name.
    pub user_name: String,
    /// Version of the message.
    pub version: i64,
}

impl ChatMessage {
    /// A `ChatMessage` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chat_id: i64,
        created: groupkit_core::model::Timestamp,
        delete_msg_num: i64,
        display_name: String,
        email: String,
        group_id: i64,
        historical: bool,
        id: i64,
        message: String,
        msg_num: i64,
        object: String,
        photo_height: i64,
        photo_width: i64,
        profile_color: String,
        profile_photo_url: String,
        profile_privacy: crate::models::ProfilePrivacy,
        tapback_counts: Option<serde_json::Value>,
        tapbacks: Option<Vec<serde_json::Value>>,
        r#type: crate::models::ChatMessageType,
        user_id: i64,
        user_name: String,
        version: i64,
    ) -> Self {
        ChatMessage {
            chat_id,
            created,
            delete_msg_num,
            display_name,
            email,
            group_id,
            historical,
            id,
            message,
            msg_num,
            object,
            photo_height,
            photo_width,
            profile_color,
            profile_photo_url,
            profile_privacy,
            tapback_counts,
            tapbacks,
            r#type,
            user_id,
            user_name,
            version,
        }
    }
}

/// A page of chat messages.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl ChatMessageList {
    /// A `ChatMessageList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::ChatMessage>>,
    ) -> Self {
        ChatMessageList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

groupkit_core::open_enum! {
    /// Type of a chat message.
    pub enum ChatMessageType {
        /// `chat_msg_type_normal`
        ChatMsgTypeNormal = "chat_msg_type_normal",
    }
}

/// A subscription of a user to a chat.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChatSub {
    /// ID of the chat.
    pub chat_id: i64,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Number of the last chat message the user has seen.
    pub last_msg_seen: i64,
    /// Always `chat_sub`.
    pub object: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    pub user_id: i64,
}

impl ChatSub {
    /// A `ChatSub` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chat_id: i64,
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        id: i64,
        last_msg_seen: i64,
        object: String,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
    ) -> Self {
        ChatSub {
            chat_id,
            created,
            group_id,
            id,
            last_msg_seen,
            object,
            updated,
            user_id,
        }
    }
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub id: i64,
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
    pub fn new(id: i64, name: String, r#type: crate::models::ColumnType) -> Self {
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ColumnValue {
    /// Checkbox value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    /// Address: city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ID of the column this value belongs to.
    pub col_id: i64,
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
    pub fn new(col_id: i64, col_type: crate::models::ColumnType) -> Self {
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DatabaseRow {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Num vals.
    pub num_vals: i64,
    /// Always `databaserow`.
    pub object: String,
    /// Row num.
    pub row_num: i64,
    /// ID of the table.
    pub table_id: i64,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// The row's values, one per column.
    pub vals: Option<Vec<crate::models::ColumnValue>>,
}

impl DatabaseRow {
    /// A `DatabaseRow` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        id: i64,
        num_vals: i64,
        object: String,
        row_num: i64,
        table_id: i64,
        updated: groupkit_core::model::Timestamp,
        vals: Option<Vec<crate::models::ColumnValue>>,
    ) -> Self {
        DatabaseRow {
            created,
            group_id,
            id,
            num_vals,
            object,
            row_num,
            table_id,
            updated,
            vals,
        }
    }
}

/// A page of database rows.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl DatabaseRowList {
    /// A `DatabaseRowList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::DatabaseRow>>,
    ) -> Self {
        DatabaseRowList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A database table.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub user_id: i64,
    /// View table.
    pub view_table: crate::models::DatabaseAccess,
}

impl DatabaseTable {
    /// A `DatabaseTable` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        add_rows: crate::models::DatabaseAccess,
        columns: Option<Vec<crate::models::Column>>,
        created: groupkit_core::model::Timestamp,
        desc: String,
        desc_type: String,
        display_template: String,
        edit_rows: crate::models::DatabaseAccess,
        edit_table: crate::models::DatabaseAccess,
        group_id: i64,
        id: i64,
        id_default_hidden: bool,
        max_col_id: i64,
        max_row_id: i64,
        name: String,
        num_columns: i64,
        num_rows: i64,
        object: String,
        short_desc: String,
        updated: groupkit_core::model::Timestamp,
        updated_default_hidden: bool,
        user_id: i64,
        view_table: crate::models::DatabaseAccess,
    ) -> Self {
        DatabaseTable {
            add_rows,
            columns,
            created,
            desc,
            desc_type,
            display_template,
            edit_rows,
            edit_table,
            group_id,
            id,
            id_default_hidden,
            max_col_id,
            max_row_id,
            name,
            num_columns,
            num_rows,
            object,
            short_desc,
            updated,
            updated_default_hidden,
            user_id,
            view_table,
        }
    }
}

/// A page of database tables.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl DatabaseTableList {
    /// A `DatabaseTableList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::DatabaseTable>>,
    ) -> Self {
        DatabaseTableList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

groupkit_core::open_enum! {
    /// Date display format.
    pub enum DatePref {
        /// `us_date`
        UsDate = "us_date",
    }
}

/// A member's delivery information for a group.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
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

impl DeliveryInfo {
    /// A `DeliveryInfo` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        attempt_msg_id: i64,
        attempt_response: String,
        attempt_subject: String,
        attempt_time: groupkit_core::model::Timestamp,
        attempt_type: crate::models::DeliveryType,
        bounces: Option<Vec<crate::models::BounceInfo>>,
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        object: String,
        success_msg_id: i64,
        success_response: String,
        success_subject: String,
        success_time: groupkit_core::model::Timestamp,
        success_type: crate::models::DeliveryType,
        updated: groupkit_core::model::Timestamp,
    ) -> Self {
        DeliveryInfo {
            attempt_msg_id,
            attempt_response,
            attempt_subject,
            attempt_time,
            attempt_type,
            bounces,
            created,
            group_id,
            object,
            success_msg_id,
            success_response,
            success_subject,
            success_time,
            success_type,
            updated,
        }
    }
}

groupkit_core::open_enum! {
    /// Type of a delivery or bounce.
    pub enum DeliveryType {
        /// `delivery_bounce_probe`
        DeliveryBounceProbe = "delivery_bounce_probe",
    }
}

/// Result of `directadd`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DirectAdd {
    /// The subscriptions created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_members: Option<Vec<crate::models::MemberInfo>>,
    /// Addresses that could not be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::models::DirectAddError>>,
    /// Always `direct_add`.
    pub object: String,
    /// Number of addresses given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_emails: Option<i64>,
}

impl DirectAdd {
    /// A `DirectAdd` with the required fields set and every optional field empty.
    pub fn new(object: String) -> Self {
        DirectAdd {
            added_members: None,
            errors: None,
            object,
            total_emails: None,
        }
    }
}

/// One address `directadd` could not add.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DirectAddError {
    /// The address as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Extra information, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
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
    pub fn new() -> Self {
        DirectAddError {
            email: None,
            extra: None,
            object: None,
            status: None,
            r#type: None,
            additional: Default::default(),
        }
    }
}

/// A post as it is being written.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Whether the post is sent as a special message.
    pub is_special: bool,
    /// ID of the message a reply draft replies to.
    pub message_id: i64,
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
    pub user_id: i64,
}

impl Draft {
    /// A `Draft` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        bcc_all: bool,
        bcc_me: bool,
        body: String,
        body_type: String,
        created: groupkit_core::model::Timestamp,
        draft_type: String,
        group_id: i64,
        id: i64,
        is_special: bool,
        message_id: i64,
        next_attachment_id: i64,
        num_attachments: i64,
        object: String,
        subject: String,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
    ) -> Self {
        Draft {
            bcc_all,
            bcc_me,
            body,
            body_type,
            created,
            draft_type,
            group_id,
            id,
            is_special,
            message_id,
            next_attachment_id,
            num_attachments,
            object,
            subject,
            updated,
            user_id,
        }
    }
}

/// An attachment uploaded to a draft.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DraftAttachment {
    /// Content type.
    pub content_type: String,
    /// Draft id.
    pub draft_id: i64,
    /// Filename.
    pub filename: String,
    /// Unique identifier of the object.
    pub id: i64,
    /// Whether the attachment is an inline image.
    pub inline: bool,
    /// Always `draft_attachment`.
    pub object: String,
    /// Size in bytes.
    pub size: i64,
    /// URL of the attachment; may be empty.
    pub url: String,
}

impl DraftAttachment {
    /// A `DraftAttachment` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        content_type: String,
        draft_id: i64,
        filename: String,
        id: i64,
        inline: bool,
        object: String,
        size: i64,
        url: String,
    ) -> Self {
        DraftAttachment {
            content_type,
            draft_id,
            filename,
            id,
            inline,
            object,
            size,
            url,
        }
    }
}

/// A list of draft attachments.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl DraftAttachmentList {
    /// A `DraftAttachmentList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::DraftAttachment>>,
    ) -> Self {
        DraftAttachmentList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A page of drafts.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl DraftList {
    /// A `DraftList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Draft>>,
    ) -> Self {
        DraftList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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
    }
}

/// Information about an enterprise group. The document names this object but shows none of its
/// fields; every field is kept as received.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub fn new() -> Self {
        EnterpriseInfo {
            object: None,
            additional: Default::default(),
        }
    }
}

/// The error object returned (with HTTP 400 for almost every error, 429 when rate limited) when a
/// call fails.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    /// Extra information, error specific (for example `invalid group_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<String>,
    /// Always `error`.
    pub object: String,
    /// The type of error returned.
    pub r#type: crate::models::ErrorType,
}

impl Error {
    /// A `Error` with the required fields set and every optional field empty.
    pub fn new(object: String, r#type: crate::models::ErrorType) -> Self {
        Error {
            extra: None,
            object,
            r#type,
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
    }
}

/// A calendar event.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Name of the group (a subgroup is named `parent+sub`).
    pub group_name: String,
    /// Whether the caller has already RSVPed (then `rsvp_type`, `rsvp_comment` and
    /// `rsvp_additional_guests` hold it).
    pub has_rsvp: bool,
    /// Unique identifier of the object.
    pub id: i64,
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

impl Event {
    /// A `Event` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        additional_guests: bool,
        all_day: bool,
        color_hex: String,
        color_name: crate::models::Color,
        comment_label: String,
        created: groupkit_core::model::Timestamp,
        creator_name: String,
        description: String,
        end_time: groupkit_core::model::Timestamp,
        group_id: i64,
        group_name: String,
        has_rsvp: bool,
        id: i64,
        location: String,
        max_attendees: i64,
        name: String,
        nice_group_name: String,
        object: String,
        organizer_email: String,
        organizer_name: String,
        organizer_phone: String,
        rsvp: bool,
        rsvp_additional_guests: i64,
        rsvp_comment: String,
        rsvp_type: String,
        start_time: groupkit_core::model::Timestamp,
        timezone: String,
        updated: groupkit_core::model::Timestamp,
        yes_message: String,
    ) -> Self {
        Event {
            additional_guests,
            all_day,
            color_hex,
            color_name,
            comment_label,
            created,
            creator_name,
            description,
            end_time,
            group_id,
            group_name,
            has_rsvp,
            id,
            location,
            max_attendees,
            name,
            nice_group_name,
            object,
            organizer_email,
            organizer_name,
            organizer_phone,
            rsvp,
            rsvp_additional_guests,
            rsvp_comment,
            rsvp_type,
            start_time,
            timezone,
            updated,
            yes_message,
        }
    }
}

/// A page of events.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl EventList {
    /// A `EventList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Event>>,
    ) -> Self {
        EventList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl FeedList {
    /// A `FeedList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Feed>>,
    ) -> Self {
        FeedList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A topic in a feed, with images from its messages.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub fn new(topic: crate::models::Topic) -> Self {
        FeedTopic { images: None, topic }
    }
}

/// A file, link or folder in a group's Files section.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Is folder.
    pub is_folder: bool,
    /// MIME media type.
    pub media_type: String,
    /// Name.
    pub name: String,
    /// Always `file`.
    pub object: String,
    /// ID of the parent folder; 0 at the top level.
    pub parent_folder_id: i64,
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
    pub user_id: i64,
    /// The person's display (user) name.
    pub user_name: String,
}

impl File {
    /// A `File` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        count: i64,
        created: groupkit_core::model::Timestamp,
        desc: String,
        display_name: String,
        download_url: String,
        email: String,
        group_id: i64,
        id: i64,
        is_folder: bool,
        media_type: String,
        name: String,
        object: String,
        parent_folder_id: i64,
        path: String,
        profile_photo_url: String,
        profile_privacy: crate::models::ProfilePrivacy,
        size: i64,
        r#type: crate::models::FileType,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
        user_name: String,
    ) -> Self {
        File {
            count,
            created,
            desc,
            display_name,
            download_url,
            email,
            group_id,
            id,
            is_folder,
            media_type,
            name,
            object,
            parent_folder_id,
            path,
            profile_photo_url,
            profile_privacy,
            size,
            r#type,
            updated,
            user_id,
            user_name,
        }
    }
}

/// A page of files and folders, with the folder path and the group's storage use.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl FileList {
    /// A `FileList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::File>>,
    ) -> Self {
        FileList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
            files_gigs: None,
            files_percentage: None,
            path: None,
        }
    }
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub id: i64,
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
    pub org_id: Option<i64>,
    /// ID of the parent group; 0 for a parent or stand-alone group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_group_id: Option<i64>,
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
    pub sticky_wiki_page_id: Option<i64>,
    /// Sub group access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_group_access: Option<crate::models::SubGroupAccess>,
    /// Sub group categoryid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_group_categoryid: Option<i64>,
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

impl Group {
    /// A `Group` with the required fields set and every optional field empty.
    pub fn new(id: i64, name: String, object: String) -> Self {
        Group {
            alias: None,
            allow_downloads: None,
            allow_non_subs_to_post: None,
            allow_parent_subs_to_post: None,
            allow_photos_in_files: None,
            allow_reposts: None,
            announce: None,
            auto_close_threads: None,
            auto_follow_replies_default: None,
            auto_moderate_threads: None,
            bounce_attachments: None,
            calendar_access: None,
            chat_access: None,
            close_threads_after: None,
            cover_photo_url: None,
            created: None,
            database_access: None,
            default_color: None,
            default_date_pref: None,
            default_monday_start: None,
            default_time_pref: None,
            default_timezone: None,
            desc: None,
            disable_edits: None,
            disable_no_email: None,
            email_address: None,
            email_delivery_default: None,
            event_summary_schedule: None,
            extra_member_data_columns: None,
            files_access: None,
            footer: None,
            force_html_emails: None,
            group_url: None,
            handle_attachments: None,
            handle_virus: None,
            has_cover_photo: None,
            has_icon: None,
            hash_tag_permissions: None,
            hash_tags_required: None,
            icon_url: None,
            id,
            locked: None,
            max_attachment_size_default: None,
            max_number_of_reposts: None,
            max_photo_size_databases: None,
            max_photo_size_email: None,
            max_photo_size_photos: None,
            max_photo_size_wiki_images: None,
            member_directory_access: None,
            members_visible: None,
            message_selection_default: None,
            messages_count: None,
            min_days_between_reposts: None,
            moderate_threads_after: None,
            moderation: None,
            most_recent_message: None,
            name,
            new_users_moderated: None,
            nice_group_name: None,
            normalize_html_emails: None,
            object,
            open_chats_count: None,
            org_domain: None,
            org_id: None,
            parent_group_id: None,
            pending_msgs_count: None,
            pending_subs_count: None,
            perms: None,
            photos_access: None,
            plain_desc: None,
            plain_text_only: None,
            plan: None,
            polls_access: None,
            privacy: None,
            remove_other_reply_options: None,
            reply_to: None,
            restricted: None,
            send_event_summaries: None,
            send_invites_on_join: None,
            seperate_footers: None,
            sticky_wiki_page_id: None,
            sub_group_access: None,
            sub_group_categoryid: None,
            subject_tag: None,
            subs_count: None,
            threads_count: None,
            title: None,
            trial_group: None,
            r#type: None,
            unmoderate_users_after: None,
            updated: None,
            website: None,
            wiki_access: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Who may use a group feature (calendar, files, databases, wiki, photos, member directory,
    /// chats).
    pub enum GroupAccess {
        /// `group_access_subscribers`
        GroupAccessSubscribers = "group_access_subscribers",
        /// `group_access_limited`
        GroupAccessLimited = "group_access_limited",
    }
}

/// An alias of a group.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupAlias {
    /// ID of the group the alias points to.
    pub alias_group_id: i64,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// Unique identifier of the object.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Always `groupalias`.
    pub object: String,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
}

impl GroupAlias {
    /// A `GroupAlias` with the required fields set and every optional field empty.
    pub fn new(
        alias_group_id: i64,
        created: groupkit_core::model::Timestamp,
        id: i64,
        name: String,
        object: String,
        updated: groupkit_core::model::Timestamp,
    ) -> Self {
        GroupAlias {
            alias_group_id,
            created,
            id,
            name,
            object,
            updated,
        }
    }
}

/// A page of group aliases.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl GroupAliasList {
    /// A `GroupAliasList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::GroupAlias>>,
    ) -> Self {
        GroupAliasList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A page of groups.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl GroupList {
    /// A `GroupList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Group>>,
    ) -> Self {
        GroupList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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
    /// Privacy of a group (`group_privacy_*`) or subgroup (`sub_group_privacy_*`).
    pub enum GroupPrivacy {
        /// `group_privacy_none`
        GroupPrivacyNone = "group_privacy_none",
        /// `sub_group_privacy_none`
        SubGroupPrivacyNone = "sub_group_privacy_none",
    }
}

groupkit_core::open_enum! {
    /// Where replies to group messages go.
    pub enum GroupReplyTo {
        /// `group_reply_to_group`
        GroupReplyToGroup = "group_reply_to_group",
        /// `group_reply_only_to_sender`
        GroupReplyOnlyToSender = "group_reply_only_to_sender",
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
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

impl Hashtag {
    /// A `Hashtag` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        close_instead_of_delete: bool,
        color_hex: String,
        color_name: String,
        created: groupkit_core::model::Timestamp,
        description: String,
        followed: Option<bool>,
        group_id: i64,
        id: i64,
        last_message_date: groupkit_core::model::Timestamp,
        locked: bool,
        moderated: bool,
        mods_only_post: bool,
        mods_only_replies: bool,
        muted: Option<bool>,
        name: String,
        no_email: bool,
        object: String,
        replies_unmoderated: bool,
        reply_to: crate::models::ThreadReplyTo,
        special: bool,
        topic_count: i64,
        until: crate::models::HashtagUntil,
    ) -> Self {
        Hashtag {
            close_instead_of_delete,
            color_hex,
            color_name,
            created,
            description,
            followed,
            group_id,
            id,
            last_message_date,
            locked,
            moderated,
            mods_only_post,
            mods_only_replies,
            muted,
            name,
            no_email,
            object,
            replies_unmoderated,
            reply_to,
            special,
            topic_count,
            until,
        }
    }
}

/// A page of hashtags.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl HashtagList {
    /// A `HashtagList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Hashtag>>,
    ) -> Self {
        HashtagList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl ListEnvelope {
    /// A `ListEnvelope` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
    ) -> Self {
        ListEnvelope {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
        }
    }
}

/// Returned by login calls. The response also sets the session cookies.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    }
}

groupkit_core::open_enum! {
    /// Largest photo size kept (resizing limit).
    pub enum MaxPhotoSize {
        /// `max_photo_size_none`
        MaxPhotoSizeNone = "max_photo_size_none",
    }
}

/// A member's subscription to a group, with the member's profile. The document calls it
/// `member_info`; real `getsubs` responses send `subscription_plus` (with `num_subs`,
/// `pending_messages`, `pending_subs`); the document's pagination example shows an older
/// `subscription`. One schema covers all three.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Name of the group (a subgroup is named `parent+sub`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// URL of the icon; empty if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Unique identifier of the object.
    pub id: i64,
    /// Location.
    pub location: String,
    /// Largest attachment delivered by email.
    pub max_attachment_size: crate::models::MaxAttachmentSize,
    /// Notification preference for message reports.
    pub message_report_notify: crate::models::NotifyPref,
    /// Which messages the member receives.
    pub message_selection: crate::models::MessageSelection,
    /// Comma-separated list of moderator permissions (`sub_perm_*` values); empty for normal
    /// members.
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
    pub profile_photo_id: Option<String>,
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
    pub user_id: i64,
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

impl MemberInfo {
    /// A `MemberInfo` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        about_me: String,
        approved_posts: i64,
        auto_follow_replies: bool,
        created: groupkit_core::model::Timestamp,
        dont_munge_message_id: bool,
        email: String,
        email_delivery: crate::models::EmailDelivery,
        full_name: String,
        group_id: i64,
        id: i64,
        location: String,
        max_attachment_size: crate::models::MaxAttachmentSize,
        message_report_notify: crate::models::NotifyPref,
        message_selection: crate::models::MessageSelection,
        mod_permissions: String,
        mod_status: crate::models::ModStatus,
        object: crate::models::MemberInfoObject,
        owner_msg_notify: crate::models::OwnerMsgNotify,
        pending_msg_notify: crate::models::NotifyPref,
        pending_sub_notify: crate::models::NotifyPref,
        post_status: crate::models::PostStatus,
        profile_privacy: crate::models::ProfilePrivacy,
        status: crate::models::SubStatus,
        storage_notify: crate::models::NotifyPref,
        sub_group_notify: crate::models::NotifyPref,
        sub_notify: crate::models::NotifyPref,
        timezone: String,
        updated: groupkit_core::model::Timestamp,
        use_signature: bool,
        use_signature_email: bool,
        user_id: i64,
        user_name: String,
        user_status: crate::models::UserStatus,
        website: String,
    ) -> Self {
        MemberInfo {
            about_format: None,
            about_me,
            account_notify: None,
            approved_posts,
            auto_follow_replies,
            chat_notify: None,
            color: None,
            cover_photo_url: None,
            created,
            database_notify: None,
            dont_munge_message_id,
            email,
            email_delivery,
            extra_member_data: None,
            file_notify: None,
            full_name,
            group_id,
            group_name: None,
            icon_url: None,
            id,
            location,
            max_attachment_size,
            message_report_notify,
            message_selection,
            mod_permissions,
            mod_status,
            moderator_notes: None,
            moderator_notes_updated: None,
            most_recent_message: None,
            nice_group_name: None,
            num_subs: None,
            object,
            owner_msg_notify,
            pending_messages: None,
            pending_msg_notify,
            pending_sub_notify,
            pending_subs: None,
            perms: None,
            photo_notify: None,
            post_status,
            profile_photo_id: None,
            profile_privacy,
            signature: None,
            status,
            storage_notify,
            sub_group_notify,
            sub_notify,
            subs_count: None,
            timezone,
            updated,
            use_signature,
            use_signature_email,
            user_id,
            user_name,
            user_status,
            website,
            wiki_notify: None,
        }
    }
}

/// A page of member records (`member_info` / `subscription_plus`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl MemberInfoList {
    /// A `MemberInfoList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::MemberInfo>>,
    ) -> Self {
        MemberInfoList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MemberNotice {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// For guidelines: subject of the monthly email.
    pub guidelines_monthly_subject: String,
    /// Unique identifier of the object.
    pub id: i64,
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

impl MemberNotice {
    /// A `MemberNotice` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        guidelines_monthly_subject: String,
        id: i64,
        is_default: bool,
        message: String,
        name: String,
        object: String,
        private: bool,
        send_monthly: bool,
        send_monthly_special: bool,
        send_on_join: bool,
        subject: String,
        r#type: crate::models::MemberNoticeType,
        updated: groupkit_core::model::Timestamp,
    ) -> Self {
        MemberNotice {
            created,
            group_id,
            guidelines_monthly_subject,
            id,
            is_default,
            message,
            name,
            object,
            private,
            send_monthly,
            send_monthly_special,
            send_on_join,
            subject,
            r#type,
            updated,
        }
    }
}

/// A page of member notices.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl MemberNoticeList {
    /// A `MemberNoticeList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::MemberNotice>>,
    ) -> Self {
        MemberNoticeList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

groupkit_core::open_enum! {
    /// Type of a member notice.
    pub enum MemberNoticeType {
        /// `member_notice_banned`
        MemberNoticeBanned = "member_notice_banned",
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
    }
}

/// A message in the archives.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub group_id: i64,
    /// Has liked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_liked: Option<bool>,
    /// Hashtags attached; `null` when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub poll_id: Option<i64>,
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
    pub topic_id: i64,
    /// When the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
}

impl Message {
    /// A `Message` with the required fields set and every optional field empty.
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        id: i64,
        msg_num: i64,
        object: String,
        topic_id: i64,
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageAttachment {
    /// URL to download the attachment; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// File name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// ID of the attachment.
    pub id: i64,
    /// URL of a thumbnail for images; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_thumbnail_url: Option<String>,
    /// MIME media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

impl MessageAttachment {
    /// A `MessageAttachment` with the required fields set and every optional field empty.
    pub fn new(id: i64) -> Self {
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl MessageList {
    /// A `MessageList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Message>>,
    ) -> Self {
        MessageList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            cover_photo_url: None,
            data,
            group: None,
            group_perms: None,
            sub_data: None,
            topic: None,
        }
    }
}

/// A message matched by an archive search.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MessageSearchResult {
    /// Body, in HTML.
    pub body: String,
    /// Whether the caller may view the person's profile.
    pub can_view_profile: bool,
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// Whether it has attachments.
    pub has_attachments: bool,
    /// Hashtags attached; `null` when there are none.
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub topic_id: i64,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    pub user_id: i64,
}

impl MessageSearchResult {
    /// A `MessageSearchResult` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        body: String,
        can_view_profile: bool,
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        has_attachments: bool,
        hashtags: Option<Vec<crate::models::Hashtag>>,
        id: i64,
        is_closed: bool,
        is_moderated: bool,
        is_sticky: bool,
        msg_num: i64,
        name: String,
        num_msgs_in_topic: i64,
        object: String,
        profile_photo_url: String,
        rev_count: i64,
        subject: String,
        summary: String,
        topic_id: i64,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
    ) -> Self {
        MessageSearchResult {
            body,
            can_view_profile,
            created,
            group_id,
            has_attachments,
            hashtags,
            id,
            is_closed,
            is_moderated,
            is_sticky,
            msg_num,
            name,
            num_msgs_in_topic,
            object,
            profile_photo_url,
            rev_count,
            subject,
            summary,
            topic_id,
            updated,
            user_id,
        }
    }
}

/// A page of archive search results, with the search that produced it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub poster_user_id: Option<i64>,
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

impl MessageSearchResultList {
    /// A `MessageSearchResultList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::MessageSearchResult>>,
    ) -> Self {
        MessageSearchResultList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            can_view_profile: None,
            collapse_topics: None,
            data,
            end_date: None,
            exclude_sigs: None,
            hashtag: None,
            name: None,
            poster_user_id: None,
            preset_date_range: None,
            profile_photo_url: None,
            start_date: None,
        }
    }
}

groupkit_core::open_enum! {
    /// Which messages a member receives.
    pub enum MessageSelection {
        /// `message_selection_all`
        MessageSelectionAll = "message_selection_all",
    }
}

groupkit_core::open_enum! {
    /// Default message view on the web site.
    pub enum MessageView {
        /// `thread_view`
        ThreadView = "thread_view",
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl MonthCount {
    /// A `MonthCount` with the required fields set and every optional field empty.
    pub fn new(month: i64, msgs_sent: i64, object: String, year: i64) -> Self {
        MonthCount {
            month,
            msgs_sent,
            object,
            year,
        }
    }
}

groupkit_core::open_enum! {
    /// How a member is notified of an event.
    pub enum NotifyPref {
        /// `sub_notify_email`
        SubNotifyEmail = "sub_notify_email",
        /// `sub_notify_email_and_app`
        SubNotifyEmailAndApp = "sub_notify_email_and_app",
    }
}

/// Data needed to start an OAuth (Facebook, Apple, Google) login.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl OauthLogin {
    /// A `OauthLogin` with the required fields set and every optional field empty.
    pub fn new(
        android_client_id: String,
        ios_client_id: String,
        object: String,
        scopes: Vec<String>,
        state: String,
        web_client_id: String,
    ) -> Self {
        OauthLogin {
            android_client_id,
            ios_client_id,
            object,
            scopes,
            state,
            web_client_id,
        }
    }
}

groupkit_core::open_enum! {
    /// Who receives messages sent to the group owner address.
    pub enum OwnerMsgNotify {
        /// `sub_ownermsg_notify_subs`
        SubOwnermsgNotifySubs = "sub_ownermsg_notify_subs",
    }
}

/// A former member of a group (`getpastmembers`). Not in the document: only the fields common to
/// member records are named; every field is kept as received.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PastMember {
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
    pub group_id: Option<i64>,
    /// ID of the past member record.
    pub id: i64,
    /// Object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// When the record was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<groupkit_core::model::Timestamp>,
    /// ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The person's display (user) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// Properties the spec does not name, as sent.
    #[serde(flatten)]
    pub additional: std::collections::BTreeMap<String, serde_json::Value>,
}

impl PastMember {
    /// A `PastMember` with the required fields set and every optional field empty.
    pub fn new(id: i64) -> Self {
        PastMember {
            created: None,
            email: None,
            full_name: None,
            group_id: None,
            id,
            object: None,
            updated: None,
            user_id: None,
            user_name: None,
            additional: Default::default(),
        }
    }
}

/// A page of past members.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl PastMemberList {
    /// A `PastMemberList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::PastMember>>,
    ) -> Self {
        PastMemberList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

groupkit_core::open_enum! {
    /// Items per page on the web site.
    pub enum PerPagePref {
        /// `user_per_page_pref20`
        UserPerPagePref20 = "user_per_page_pref20",
    }
}

/// Which permissions the caller has in a group. Each subscription grants a set of permissions,
/// determined by whether it is a normal member, a moderator or the owner, and by the group
/// settings.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl Perms {
    /// A `Perms` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        archives_visible: bool,
        ban_members: bool,
        calendar_visible: bool,
        can_post: bool,
        can_vote: bool,
        chat_visible: bool,
        create_hashtags: bool,
        database_visible: bool,
        delete_group: bool,
        download_archives: bool,
        download_entire_group: bool,
        download_members: bool,
        edit_archives: bool,
        files_visible: bool,
        guidelines_visible: bool,
        hashtags_visible: bool,
        invite_members: bool,
        make_moderator: bool,
        manage_calendar: bool,
        manage_chats: bool,
        manage_files: bool,
        manage_group_billing: bool,
        manage_group_payments: bool,
        manage_group_settings: bool,
        manage_hashtags: bool,
        manage_integrations: bool,
        manage_member_subscription_options: bool,
        manage_members: bool,
        manage_pending_members: bool,
        manage_pending_messages: bool,
        manage_photos: bool,
        manage_polls: bool,
        manage_subgroups: bool,
        manage_subscription: bool,
        manage_wiki: bool,
        member_directory_visible: bool,
        members_visible: bool,
        mod_page: bool,
        object: String,
        open_donations_visible: bool,
        photos_visible: bool,
        public_page: bool,
        remove_members: bool,
        sub_page: bool,
        subgroups_visible: bool,
        view_activity: bool,
        view_member_directory: bool,
        wiki_visible: bool,
    ) -> Self {
        Perms {
            archives_visible,
            ban_members,
            calendar_visible,
            can_post,
            can_vote,
            chat_visible,
            create_hashtags,
            database_visible,
            delete_group,
            download_archives,
            download_entire_group,
            download_members,
            edit_archives,
            files_visible,
            guidelines_visible,
            hashtags_visible,
            invite_members,
            make_moderator,
            manage_calendar,
            manage_chats,
            manage_files,
            manage_group_billing,
            manage_group_payments,
            manage_group_settings,
            manage_hashtags,
            manage_integrations,
            manage_member_subscription_options,
            manage_members,
            manage_pending_members,
            manage_pending_messages,
            manage_photos,
            manage_polls,
            manage_subgroups,
            manage_subscription,
            manage_wiki,
            member_directory_visible,
            members_visible,
            mod_page,
            object,
            open_donations_visible,
            photos_visible,
            polls_visible: None,
            public_page,
            remove_members,
            sponsor_visible: None,
            sub_page,
            subgroups_visible,
            view_activity,
            view_member_directory,
            wiki_visible,
        }
    }
}

/// A photo.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Photo {
    /// Album id.
    pub album_id: i64,
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
    /// Email address of the uploader; masked (`name@...`) unless the caller may see it.
    pub email: String,
    /// Focal length.
    pub focal_length: i64,
    /// Image format (for example `jpeg`).
    pub format: String,
    /// ID of the group.
    pub group_id: i64,
    /// Height.
    pub height: i64,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub user_id: i64,
    /// The person's display (user) name.
    pub user_name: String,
    /// Width.
    pub width: i64,
}

impl Photo {
    /// A `Photo` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        album_id: i64,
        aperture: i64,
        attachment_num: i64,
        created: groupkit_core::model::Timestamp,
        desc: String,
        display_name: String,
        email: String,
        focal_length: i64,
        format: String,
        group_id: i64,
        height: i64,
        id: i64,
        iso: i64,
        make: String,
        media_type: String,
        model: String,
        name: String,
        object: String,
        profile_privacy: crate::models::ProfilePrivacy,
        shutter_speed: i64,
        size: i64,
        taken: i64,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
        user_name: String,
        width: i64,
    ) -> Self {
        Photo {
            album_id,
            aperture,
            attachment_num,
            created,
            desc,
            display_name,
            email,
            focal_length,
            format,
            group_id,
            height,
            id,
            iso,
            make,
            media_type,
            model,
            name,
            object,
            profile_privacy,
            shutter_speed,
            size,
            taken,
            updated,
            user_id,
            user_name,
            width,
        }
    }
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
    }
}

groupkit_core::open_enum! {
    /// Posting (moderation) status of a member.
    pub enum PostStatus {
        /// `sub_poststatus_normal`
        SubPoststatusNormal = "sub_poststatus_normal",
        /// `sub_poststatus_newusermoderated`
        SubPoststatusNewusermoderated = "sub_poststatus_newusermoderated",
    }
}

groupkit_core::open_enum! {
    /// Privacy of a person's profile.
    pub enum ProfilePrivacy {
        /// `profile_private`
        ProfilePrivate = "profile_private",
    }
}

/// An RSVP to an event.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub event_id: i64,
    /// The person's full name.
    pub full_name: String,
    /// ID of the group.
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
    /// Always `rsvp`.
    pub object: String,
    /// URL of the person's profile photo; empty if none.
    pub profile_photo_url: String,
    /// The RSVP; `rsvp_waitlist` means the person was waitlisted.
    pub r#type: crate::models::RsvpType,
    /// When the object was last updated.
    pub updated: groupkit_core::model::Timestamp,
    /// ID of the user.
    pub user_id: i64,
    /// The person's display (user) name.
    pub user_name: String,
}

impl Rsvp {
    /// A `Rsvp` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        additional_guests: i64,
        comment: String,
        created: groupkit_core::model::Timestamp,
        email: String,
        event_id: i64,
        full_name: String,
        group_id: i64,
        id: i64,
        object: String,
        profile_photo_url: String,
        r#type: crate::models::RsvpType,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
        user_name: String,
    ) -> Self {
        Rsvp {
            additional_guests,
            comment,
            created,
            email,
            event_id,
            full_name,
            group_id,
            id,
            object,
            profile_photo_url,
            r#type,
            updated,
            user_id,
            user_name,
        }
    }
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
    }
}

groupkit_core::open_enum! {
    /// Status of a subscription.
    pub enum SubStatus {
        /// `sub_status_normal`
        SubStatusNormal = "sub_status_normal",
    }
}

/// Returned with HTTP 200 by endpoints that need to return extra information on success.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// 12 or 24 hour time display.
    pub enum TimePref {
        /// `standard_time`
        StandardTime = "standard_time",
    }
}

/// A topic: one or more messages in a group.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Topic {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// The group's subject tag (for example `[actually4]`).
    pub group_subject_tag: String,
    /// Whether it has attachments.
    pub has_attachments: bool,
    /// Hashtags attached; `null` when there are none.
    pub hashtags: Option<Vec<crate::models::Hashtag>>,
    /// Unique identifier of the object.
    pub id: i64,
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

impl Topic {
    /// A `Topic` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        group_subject_tag: String,
        has_attachments: bool,
        hashtags: Option<Vec<crate::models::Hashtag>>,
        id: i64,
        is_closed: bool,
        is_moderated: bool,
        is_sticky: bool,
        most_recent_message: groupkit_core::model::Timestamp,
        name: String,
        num_messages: i64,
        object: String,
        profile_photo_url: String,
        reply_to: crate::models::ThreadReplyTo,
        subject: String,
        summary: String,
        updated: groupkit_core::model::Timestamp,
    ) -> Self {
        Topic {
            created,
            group_id,
            group_subject_tag,
            has_attachments,
            hashtags,
            id,
            is_closed,
            is_moderated,
            is_sticky,
            most_recent_message,
            name,
            num_messages,
            object,
            profile_photo_url,
            reply_to,
            subject,
            summary,
            updated,
        }
    }
}

/// A page of topics.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

impl TopicList {
    /// A `TopicList` with the required fields set and every optional field empty.
    pub fn new(
        end_item: i64,
        has_more: bool,
        next_page_token: u64,
        object: String,
        start_item: i64,
        total_count: i64,
        data: Option<Vec<crate::models::Topic>>,
    ) -> Self {
        TopicList {
            end_item,
            has_more,
            next_page_token,
            object,
            query: None,
            second_order: None,
            sort_dir: None,
            sort_field: None,
            start_item,
            total_count,
            data,
        }
    }
}

/// A Groups.io user account (the logged-in user).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// Home page.
    pub home_page: crate::models::HomePage,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub profile_photo_id: Option<String>,
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

impl User {
    /// A `User` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        about_format: crate::models::AboutFormat,
        about_me: String,
        album_order_by: String,
        album_sort_dir: crate::models::SortPref,
        allow_facebook_login: bool,
        allow_google_login: bool,
        allow_sso_login: bool,
        created: groupkit_core::model::Timestamp,
        csrf_token: groupkit_core::Secret,
        date_pref: crate::models::DatePref,
        default_message_view: crate::models::MessageView,
        dont_munge_message_id: bool,
        email: String,
        expanded_messages_sort_dir: crate::models::SortPref,
        full_name: String,
        home_page: crate::models::HomePage,
        id: i64,
        location: String,
        messages_sort_dir: crate::models::SortPref,
        monday_start: bool,
        object: String,
        per_page_pref: crate::models::PerPagePref,
        photos_order_by: String,
        photos_sort_dir: crate::models::SortPref,
        post_pref: crate::models::PostPref,
        profile_privacy: crate::models::ProfilePrivacy,
        recovery_codes: groupkit_core::Secret,
        search_sort: crate::models::SearchSort,
        search_sort_dir: crate::models::SortPref,
        status: crate::models::UserStatus,
        time_pref: crate::models::TimePref,
        timezone: String,
        topic_sort_dir: crate::models::SortPref,
        topics_sort_dir: crate::models::SortPref,
        two_factor_enabled: bool,
        updated: groupkit_core::model::Timestamp,
        user_name: String,
        website: String,
    ) -> Self {
        User {
            about_format,
            about_me,
            album_order_by,
            album_sort_dir,
            allow_facebook_login,
            allow_google_login,
            allow_sso_login,
            created,
            csrf_token,
            date_pref,
            default_calendar_view: None,
            default_hashtag_view: None,
            default_message_view,
            default_rsvp_view: None,
            dont_munge_message_id,
            email,
            expanded_messages_sort_dir,
            full_name,
            home_page,
            id,
            location,
            messages_sort_dir,
            monday_start,
            object,
            per_page_pref,
            photos_order_by,
            photos_sort_dir,
            post_pref,
            profile_photo_id: None,
            profile_photo_url: None,
            profile_privacy,
            recovery_codes,
            search_sort,
            search_sort_dir,
            status,
            time_pref,
            timezone,
            topic_sort_dir,
            topics_sort_dir,
            two_factor_enabled,
            updated,
            user_name,
            website,
        }
    }
}

groupkit_core::open_enum! {
    /// Status of a user account.
    pub enum UserStatus {
        /// `user_status_confirmed`
        UserStatusConfirmed = "user_status_confirmed",
    }
}

groupkit_core::open_enum! {
    /// How an activity-log entry was caused.
    pub enum Via {
        /// `via_robot`
        ViaRobot = "via_robot",
    }
}

/// A wiki page.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WikiPage {
    /// When the object was created.
    pub created: groupkit_core::model::Timestamp,
    /// ID of the group.
    pub group_id: i64,
    /// Unique identifier of the object.
    pub id: i64,
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
    pub user_id: i64,
}

impl WikiPage {
    /// A `WikiPage` with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        created: groupkit_core::model::Timestamp,
        group_id: i64,
        id: i64,
        locked: bool,
        object: String,
        path: String,
        rev_count: i64,
        title: String,
        updated: groupkit_core::model::Timestamp,
        user_id: i64,
    ) -> Self {
        WikiPage {
            created,
            group_id,
            id,
            locked,
            object,
            path,
            rev_count,
            title,
            updated,
            user_id,
        }
    }
}
