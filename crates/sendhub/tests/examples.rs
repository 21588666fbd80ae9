//! SendHub's own OpenAPI document, example by example: every response body it documents
//! decodes into the generated model it illustrates, and every request body it documents
//! round-trips through the generated request model unchanged. The bodies are the vendor's files
//! (`tests/fixtures/vendor/`), and the spec's own examples of each operation are decoded too.

#![allow(clippy::unwrap_used)]

mod support;

use groupkit_sendhub::models::{
    AddRemoveGroupContactsRequest, AddRemoveGroupContactsResponse, ApiError, Contact, ContactList,
    ContactUpdateRequest, ContactUpsertRequest, DeleteResult, Enterprise, FieldErrors, Group,
    GroupCreateRequest, GroupList, GroupUpdateRequest, Message, MessageContact, MessageGroup,
    SendMessageRequest, Settings, StatusError, ThreadList, ThreadMessageList, UpdateMessageRequest,
    User, UserProfile,
};
use groupkit_sendhub::{ContactId, GroupId, OPERATIONS};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use support::spec;

/// Decodes an operation's answer into its model (and drops it).
type Decoder = fn(Value);

/// Decodes a request body into its model and encodes it again.
type Encoder = fn(Value) -> Value;

/// A vendor example body, as a JSON value.
fn vendor(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/vendor/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Decodes `body` into `T`, naming `what` on failure.
fn decode<T: DeserializeOwned>(what: &str, body: Value) -> T {
    serde_json::from_value(body).unwrap_or_else(|e| {
        panic!(
            "{what} does not decode as {}: {e}",
            std::any::type_name::<T>()
        )
    })
}

/// Decodes the request body `name` into `T` and encodes it back: the same JSON, but for what
/// [`sent`] says.
fn round_trip<T: DeserializeOwned + serde::Serialize>(name: &str) -> T {
    let body = vendor(name);
    let model: T = decode(name, body.clone());
    assert_eq!(
        serde_json::to_value(&model).unwrap(),
        sent(body),
        "{name} round trip"
    );
    model
}

/// What a model decoded from `body` sends back: a `null` optional field is left out, and an
/// offset-less timestamp (UTC, as SendHub writes them) is written with its `Z`.
fn sent(body: Value) -> Value {
    match body {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, sent(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(sent).collect()),
        Value::String(s)
            if s.len() >= 19
                && s.as_bytes()[10] == b'T'
                && s[..4].bytes().all(|b| b.is_ascii_digit())
                && s[19..].bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
        {
            Value::String(format!("{s}Z"))
        }
        other => other,
    }
}

#[test]
fn every_response_file_decodes_into_its_model() {
    let mut decoded = 0;
    let mut check = |name: &str, f: &dyn Fn(&str, Value)| {
        f(name, vendor(name));
        decoded += 1;
    };
    for name in [
        "bob.json",
        "john.json",
        "bobWithContactId.json",
        "johnWithContactId.json",
    ] {
        check(name, &|n, b| {
            let contact: Contact = decode(n, b);
            assert!(contact.id_str.is_some());
        });
    }
    for name in [
        "group1.json",
        "group2.json",
        "createGroupResponse1.json",
        "createGroupResponse2.json",
        "getGroup200Response1.json",
        "getGroup200Response2.json",
        "updateGroup1.json",
        "updateGroup2.json",
    ] {
        check(name, &|n, b| {
            let group: Group = decode(n, b);
            assert_eq!(Some(&group.id), group.id_str.as_ref());
        });
    }
    for name in [
        "listContacts200Response.json",
        "listContacts200Response-2.json",
        "listGroupContacts200Response.json",
    ] {
        check(name, &|n, b| {
            let page: ContactList = decode(n, b);
            assert!(!page.objects.is_empty());
        });
    }
    check("listGroups200Response.json", &|n, b| {
        let page: GroupList = decode(n, b);
        assert_eq!(page.objects.len(), 2);
    });
    for name in [
        "listThreads200Response.json",
        "listThreads200Response-2.json",
    ] {
        check(name, &|n, b| {
            let page: ThreadList = decode(n, b);
            assert!(page.objects.iter().all(|t| t.resource_uri.is_some()));
        });
    }
    for name in ["getThread200Response1.json", "getThread200Response2.json"] {
        check(name, &|n, b| {
            let page: ThreadMessageList = decode(n, b);
            assert!(page.meta.has_unread.is_some());
        });
    }
    for name in ["threadNestedBob.json", "threadNestedJohn.json"] {
        check(name, &|n, b| {
            let contact: MessageContact = decode(n, b);
            // Inside threads the id is an integer that lost precision through a float in the
            // vendor's tooling; `id_str` keeps the real one. Both arrive exactly as written.
            assert_ne!(Some(contact.id.clone()), contact.id_str);
        });
    }
    for name in ["threadNestedGroup1.json", "threadNestedGroup2.json"] {
        check(name, &|n, b| {
            let group: MessageGroup = decode(n, b);
            assert!(group.check_all.is_some());
        });
    }
    check(
        "response_sendMessage201__Sent_message_with_attachment__from_URL_.json",
        &|n, b| {
            let message: Message = decode(n, b);
            assert_eq!(
                message.contacts.unwrap()[0].sms_gateway.as_deref(),
                Some("sendhub")
            );
        },
    );
    for name in [
        "deleteThread200Response.json",
        "response_deleteMessage200__Record_successfully_deleted.json",
    ] {
        check(name, &|n, b| {
            let _: DeleteResult = decode(n, b);
        });
    }
    for name in ["settings.json", "updateSettings.json"] {
        check(name, &|n, b| {
            let settings: Settings = decode(n, b);
            assert!(settings.api_key.is_some());
        });
    }
    check("userProfile.json", &|n, b| {
        let profile: UserProfile = decode(n, b);
        assert_eq!(profile.sendhub_number, "(201) 571-6227");
    });
    check("user.json", &|n, b| {
        let user: User = decode(n, b);
        assert_eq!(user.auth_groups.unwrap().len(), 3);
    });
    check("enterprise.json", &|n, mut b| {
        // The vendor's file has a `$ref` object where the nullable `brand_id` string belongs.
        assert!(b["brand_id"].get("$ref").is_some());
        b["brand_id"] = Value::Null;
        let enterprise: Enterprise = decode(n, b);
        assert_eq!(enterprise.id, "232267963371095740");
    });
    for name in [
        "response_addRemoveGroupContacts202__Failed_to_added_2___remove_1_contacts.json",
        "response_addRemoveGroupContacts202__Successfully_added_1___removed_2_contacts.json",
        "response_addRemoveGroupContacts202__Successfully_added_2__but_the_3rd_was_already_in_the_group.json",
    ] {
        check(name, &|n, b| {
            let _: AddRemoveGroupContactsResponse = decode(n, b);
        });
    }
    // Error bodies: each in the shape the spec's `Error` names for it.
    for name in [
        "errorResponseTtjTooLong.json",
        "response_420PlanLimit.json",
        "response_contact404__Contact_not_found.json",
        "response_deleteMessage404__Message_not_found.json",
        "response_group404__Group_not_found.json",
        "response_thread404__Thread_not_found.json",
    ] {
        check(name, &|n, b| {
            let _: StatusError = decode(n, b);
        });
    }
    for name in [
        "response_429RateLimiting__Too_Many_Requests.json",
        "sendMessage400Response1.json",
        "sendMessage400Response2.json",
        "sendMessage400Response3.json",
    ] {
        check(name, &|n, b| {
            let _: ApiError = decode(n, b);
        });
    }
    for name in [
        "errorResponseMissingNameField.json",
        "response_updateContact400__Missing_id_field_or_incorrect_id_provided.json",
        "response_updateContact400__Missing_name_and_number_fields.json",
        "response_updateGroup400__Missing_id_field_or_incorrect_id_provided.json",
    ] {
        check(name, &|n, b| {
            let errors: FieldErrors = decode(n, b);
            assert!(!errors.is_empty());
        });
    }
    assert_eq!(decoded, 49);
}

#[test]
fn every_request_file_round_trips() {
    for name in [
        "Create_non-existing_contact.json",
        "Updating_a_contacts_name.json",
        "Updating_a_contacts_groups.json",
        "Updating_a_contacts_custom_fields.json",
        "Updating_a_contacts_custom_fields_without_removing_them_from_any_groups_theyre_in.json",
        "Update_my-custom-field-2_without_modifying_or_removing_my-custom-field.json",
    ] {
        round_trip::<ContactUpsertRequest>(name);
    }
    for name in [
        "Updating_a_contacts_name.json",
        "Updating_a_contacts_groups.json",
        "Updating_a_contacts_custom_fields.json",
        "Updating_a_contacts_custom_fields_without_removing_them_from_any_groups_theyre_in.json",
    ] {
        let contact = round_trip::<ContactUpdateRequest>(name);
        assert_eq!(contact.id, ContactId::from("116006957938283973"));
    }
    let custom = round_trip::<ContactUpsertRequest>("Updating_a_contacts_custom_fields.json");
    assert_eq!(
        custom.additional["my-custom-field"],
        json!("My custom value")
    );
    for name in [
        "Creating_a_group.json",
        "Creating_a_group_with_more_options.json",
    ] {
        round_trip::<GroupCreateRequest>(name);
    }
    for name in [
        "Updating_a_group.json",
        "Updating_a_group_with_more_options.json",
    ] {
        let group = round_trip::<GroupUpdateRequest>(name);
        assert_eq!(group.id, GroupId::from("115999753870990933"));
    }
    // The settings a PUT sends are the settings a GET answers with.
    round_trip::<Settings>("updateSettings.json");
}

#[test]
fn the_files_that_are_not_bodies_are_known() {
    assert_eq!(
        vendor("getContact200Response.json"),
        json!({"$ref": "#/components/examples/bob"})
    );
    assert_eq!(vendor("derp.json"), json!("asdf"));
    let listed = std::fs::read_dir(format!(
        "{}/tests/fixtures/vendor",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .count();
    // The vendor's 62 files (49 responses, 10 request bodies, the text/html 400, the two
    // non-bodies) and the README.
    assert_eq!(listed, 63);
}

/// Decodes every example the spec attaches to an operation's success response into the type
/// the operation returns, by sending nothing: each is read as the operation's model.
#[test]
fn the_specs_examples_decode_as_their_operations_answer() {
    let decoders: &[(&str, Decoder)] = &[
        ("list_groups", |b| {
            drop(decode::<GroupList>("list_groups", b))
        }),
        ("create_group", |b| drop(decode::<Group>("create_group", b))),
        ("get_group", |b| drop(decode::<Group>("get_group", b))),
        ("update_group", |b| drop(decode::<Group>("update_group", b))),
        ("list_group_contacts", |b| {
            drop(decode::<ContactList>("list_group_contacts", b))
        }),
        ("add_remove_group_contacts", |b| {
            drop(decode::<AddRemoveGroupContactsResponse>(
                "add_remove_group_contacts",
                b,
            ))
        }),
        ("list_contacts", |b| {
            drop(decode::<ContactList>("list_contacts", b))
        }),
        ("upsert_contact", |b| {
            drop(decode::<Contact>("upsert_contact", b))
        }),
        ("get_contact", |b| drop(decode::<Contact>("get_contact", b))),
        ("update_contact", |b| {
            drop(decode::<Contact>("update_contact", b))
        }),
        ("list_threads", |b| {
            drop(decode::<ThreadList>("list_threads", b))
        }),
        ("list_thread_messages", |b| {
            drop(decode::<ThreadMessageList>("list_thread_messages", b))
        }),
        ("delete_thread", |b| {
            drop(decode::<DeleteResult>("delete_thread", b))
        }),
        ("send_message", |b| {
            drop(decode::<Message>("send_message", b))
        }),
        ("delete_message", |b| {
            drop(decode::<DeleteResult>("delete_message", b))
        }),
        ("get_settings", |b| {
            drop(decode::<Settings>("get_settings", b))
        }),
        ("update_settings", |b| {
            drop(decode::<Settings>("update_settings", b))
        }),
        ("get_profile", |b| {
            drop(decode::<UserProfile>("get_profile", b))
        }),
        ("get_enterprise", |b| {
            drop(decode::<Enterprise>("get_enterprise", b))
        }),
        ("get_user", |b| drop(decode::<User>("get_user", b))),
    ];
    let mut decoded = 0;
    for (op, decode_body) in decoders {
        for example in spec().response_examples(op) {
            if (200..300).contains(&example.status) {
                decode_body(example.body);
                decoded += 1;
            }
        }
    }
    assert!(decoded >= 30, "{decoded} examples decoded");
    // The operations without a documented success body are covered by `tests/operations.rs`.
    let without: Vec<&str> = OPERATIONS
        .iter()
        .map(|(name, ..)| *name)
        .filter(|name| !decoders.iter().any(|(op, _)| op == name))
        .collect();
    assert_eq!(
        without,
        [
            "delete_contact",
            "delete_group",
            "get_message",
            "list_scheduled_messages",
            "list_users",
            "login",
            "update_message",
            "upsert_contacts",
        ]
    );
}

/// The spec's request examples (the vendor's, some converted as `specs/DECISIONS.md` says)
/// round-trip through the request models.
#[test]
fn the_specs_request_examples_round_trip() {
    let requests: &[(&str, Encoder)] = &[
        ("upsert_contact", |b| enc::<ContactUpsertRequest>(b)),
        ("update_contact", |b| enc::<ContactUpdateRequest>(b)),
        ("send_message", |b| enc::<SendMessageRequest>(b)),
        ("update_message", |b| enc::<UpdateMessageRequest>(b)),
        ("create_group", |b| enc::<GroupCreateRequest>(b)),
        ("update_group", |b| enc::<GroupUpdateRequest>(b)),
        ("add_remove_group_contacts", |b| {
            enc::<AddRemoveGroupContactsRequest>(b)
        }),
        ("update_settings", |b| enc::<Settings>(b)),
    ];
    let mut count = 0;
    for (op, encode) in requests {
        let (_, _, operation) = spec().operation(op);
        let examples = operation
            .pointer("/requestBody/content/application~1json/examples")
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("{op}: request examples"));
        for (name, example) in examples {
            let body = example["value"].clone();
            assert_eq!(encode(body.clone()), sent(body), "{op} {name}");
            count += 1;
        }
    }
    assert!(count >= 20, "{count} request examples");
}

fn enc<T: DeserializeOwned + serde::Serialize>(body: Value) -> Value {
    serde_json::to_value(decode::<T>("request example", body)).unwrap()
}

#[test]
fn a_scheduled_time_reads_in_the_form_it_was_sent_and_without_an_offset() {
    let mut body = vendor("response_sendMessage201__Sent_message_with_attachment__from_URL_.json");
    for (at, want) in [
        ("2069-04-20T04:20:59+0000", "2069-04-20T04:20:59+00:00"),
        ("2069-04-20T04:20:59", "2069-04-20T04:20:59+00:00"),
    ] {
        body["scheduled_at"] = json!(at);
        let message: Message = decode(at, body.clone());
        assert_eq!(
            message.scheduled_at.unwrap().to_utc().to_rfc3339(),
            want,
            "{at}"
        );
    }
}
