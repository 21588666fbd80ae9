//! Each check on a small document: the base document passes everything, and each test breaks it in
//! one way and shows the check that should notice does, at the right place.

use serde_json::{Value, json};
use xtask::{
    spec::Spec,
    validate::{
        self, ExpectedOperations, OasValidator, Problem, check_conventions, check_counts,
        check_examples, check_names, check_pagination, check_refs, check_root, check_sandbox,
        render_error_body,
    },
};

/// A document that passes every check: an offset-paginated list under a templated path, a
/// form-encoded login, a provider-reality logout, a webhook, `$ref`s to schemas and parameters, and
/// the sandbox's collections, error table and operation blocks.
const BASE: &str = r##"
openapi: 3.1.0
info: {title: Demo, version: "1"}
x-groupkit-provider: demo
x-groupkit-auth:
  - {scheme: bearer}
  - {scheme: session, login_operation: login, logout_operation: logout, csrf_source: /csrf, csrf_field: csrf}
x-groupkit-error:
  schema: {$ref: '#/components/schemas/Error'}
  statuses: [400, 404]
x-groupkit-retry: {statuses: [409], quota_statuses: [420], wait_in_body: {pointer: /timeLeft, format: clock}}
x-groupkit-sandbox:
  collections:
    users: {schema: {$ref: '#/components/schemas/User'}, size: 30, id_field: id,
      owner: {collection: groups, field: group_id}}
    groups: {schema: {$ref: '#/components/schemas/Group'}, size: 5, id_field: id,
      owner: {collection: groups, field: parent_id, roots: 2, none: 0},
      name_field: name, names: [core, web, api]}
  errors:
    body: {detail: '{message}'}
    unauthorized: {status: 403, code: authentication_failed}
    invalid: {status: 400, code: invalid}
    not_found: {status: 404, code: not_found}
    rate_limited: {status: 429, code: throttled}
    bad_csrf: {status: 400, code: bad_csrf}
    server_error: {status: 500, code: error}
paths:
  /groups/{group_id}/users:
    parameters:
      - {name: group_id, in: path, required: true, schema: {type: integer, x-groupkit-id: group}}
    get:
      operationId: listUsers
      x-groupkit-name: list_users
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
        - $ref: '#/components/parameters/Offset'
      x-groupkit-pagination: {style: offset, limit: limit, offset: offset, items: /objects, total: /meta/total_count, next: /meta/next}
      x-groupkit-sandbox: {collection: users, action: list, parent: {param: group_id, field: group_id}}
      responses:
        "200":
          description: A page of users.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/UserPage'}
              examples:
                page:
                  value: {objects: [{id: 1, name: Ann, created: not-a-date}], meta: {total_count: 1, next: null}}
  /login:
    post:
      operationId: login
      x-groupkit-name: login
      x-groupkit-sandbox: {action: login}
      x-groupkit-one-of: [{name: Contact, params: [email, phone]}]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              allOf:
                - {type: object, properties: {email: {type: string}}, required: [email]}
                - {type: object, properties: {phone: {type: string}}}
            example: {email: a@example.com}
      responses:
        "200": {description: Logged in.}
  /logout:
    post:
      operationId: logout
      x-groupkit-name: logout
      x-groupkit-sandbox: {action: logout}
      x-groupkit-source: provider-reality
      x-groupkit-csrf: true
      responses:
        "204": {description: Logged out.}
webhooks:
  userCreated:
    post:
      x-groupkit-name: user_created
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/User'}
            example: {id: u1, name: Bo}
      responses:
        "200": {description: Acknowledged.}
components:
  parameters:
    Offset: {name: offset, in: query, schema: {type: integer, minimum: 0}}
  schemas:
    Error: {type: object, properties: {detail: {type: string}}}
    Group:
      type: object
      properties:
        id: {type: integer, x-groupkit-id: group}
        parent_id: {type: integer, x-groupkit-id: group}
        name: {type: string}
      required: [id]
    User:
      type: object
      properties:
        id: {type: [string, integer], x-groupkit-id: user}
        name: {type: [string, "null"]}
        group_id: {type: integer, x-groupkit-id: group}
        friends: {type: [array, "null"], items: {type: [string, integer, "null"], x-groupkit-id: user}}
        created: {type: string, format: date-time}
        role: {type: [string, "null"], enum: [admin, member, null], x-groupkit-open-enum: true}
        status: {type: integer, enum: [0, 1], x-groupkit-open-enum: true, x-groupkit-enum-names: [ACTIVE, BANNED]}
      required: [id]
    UserPage:
      type: object
      properties:
        objects: {type: array, items: {$ref: '#/components/schemas/User'}}
        meta:
          type: object
          properties:
            total_count: {type: integer}
            next: {type: [string, "null"], format: uri}
"##;

const LIST: &str = "/paths/~1groups~1{group_id}~1users/get";

const DEMO_COUNTS: &[ExpectedOperations] = &[ExpectedOperations {
    provider: "demo",
    document: 2,
    provider_reality: 1,
    vendor_document: 0,
}];

fn base() -> Spec {
    Spec::from_yaml("demo.yaml", BASE).expect("the base document parses")
}

/// The base document with `value` written at `pointer` (`Value::Null` removes the key instead).
fn with(pointer: &str, value: Value) -> Spec {
    with_all(&[(pointer, value)])
}

/// The base document with each edit of [`with`] applied in turn.
fn with_all(edits: &[(&str, Value)]) -> Spec {
    let mut spec = base();
    for (pointer, value) in edits {
        set(&mut spec, pointer, value.clone());
    }
    spec
}

fn set(spec: &mut Spec, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
    let key = key.replace("~1", "/").replace("~0", "~");
    let parent = spec.doc.pointer_mut(parent).expect("the parent exists");
    match (parent, value) {
        (Value::Object(map), Value::Null) => {
            map.remove(&key);
        }
        (Value::Object(map), value) => {
            map.insert(key, value);
        }
        (Value::Array(items), value) => {
            items[key.parse::<usize>().expect("an index")] = value;
        }
        _ => panic!("{pointer} is not inside a container"),
    }
}

fn oas() -> OasValidator {
    OasValidator::new().expect("the vendored schemas compile")
}

/// Asserts that `problems` has exactly one problem, at `pointer`, whose message contains `text`.
fn assert_one(problems: &[Problem], pointer: &str, text: &str) {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    assert_eq!(problems[0].file, "demo.yaml");
    assert_eq!(problems[0].pointer, pointer, "{problems:#?}");
    assert!(problems[0].message.contains(text), "{problems:#?}");
}

#[test]
fn base_document_passes_every_check() {
    let spec = base();
    let (summary, problems) = validate::validate_spec(&spec, &oas());
    // The real table does not know `demo`; everything else must be clean.
    assert_one(&problems, "", "not a known provider");
    assert_eq!((summary.operations, summary.provider_reality), (3, 1));
    assert_eq!((summary.webhooks, summary.examples), (1, 3));
    assert!(check_counts(&spec, DEMO_COUNTS).is_empty());
}

#[test]
fn oas_schema_catches_missing_info() {
    let problems = oas().check(&with("/info", Value::Null));
    assert_one(&problems, "", "info");
}

#[test]
fn oas_schema_catches_unknown_operation_field() {
    let problems = oas().check(&with(&format!("{LIST}/summaryy"), json!("typo")));
    assert!(!problems.is_empty());
    assert!(
        problems.iter().any(|p| p.pointer.starts_with(LIST)),
        "{problems:#?}"
    );
}

#[test]
fn oas_dialect_catches_bad_schema_object() {
    // OpenAPI 3.0 habit: `required: true` on a property. Only the dialect (not the bare OAS schema,
    // which accepts any object as a Schema Object) rejects it.
    let at = "/components/schemas/Error/properties/detail/required";
    let problems = oas().check(&with(at, json!(true)));
    assert!(!problems.is_empty());
    assert!(
        problems
            .iter()
            .all(|p| p.pointer.starts_with("/components/schemas/Error")),
        "{problems:#?}"
    );
}

#[test]
fn refs_catches_broken_and_external_refs() {
    let at = "/components/schemas/UserPage/properties/objects/items/$ref";
    let problems = check_refs(&with(at, json!("#/components/schemas/Usr")));
    assert_one(
        &problems,
        "/components/schemas/UserPage/properties/objects/items/$ref",
        "does not resolve",
    );
    let problems = check_refs(&with(at, json!("other.yaml#/components/schemas/User")));
    assert_one(
        &problems,
        "/components/schemas/UserPage/properties/objects/items/$ref",
        "internal",
    );
}

#[test]
fn refs_catches_broken_parameter_ref() {
    let problems = check_refs(&with("/components/parameters/Offset", Value::Null));
    assert_one(
        &problems,
        &format!("{LIST}/parameters/1/$ref"),
        "does not resolve",
    );
}

#[test]
fn examples_catches_response_example_not_matching_ref_schema() {
    let at = format!("{LIST}/responses/200/content/application~1json/examples/page/value");
    let example = json!({"objects": [{"name": "no id"}], "meta": {"total_count": "1"}});
    let (checked, problems) = check_examples(&with(&at, example));
    assert_eq!(checked, 3);
    assert_one(&problems, &at, "example does not match");
    // Both defects, each with where it is in the example.
    assert!(problems[0].message.contains("/objects/0"), "{problems:#?}");
    assert!(
        problems[0].message.contains("/meta/total_count"),
        "{problems:#?}"
    );
}

#[test]
fn examples_catches_request_and_webhook_examples() {
    let at = "/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/example";
    let (_, problems) = check_examples(&with(at, json!({"mail": "a@example.com"})));
    assert_one(&problems, at, "email");
    let at = "/webhooks/userCreated/post/requestBody/content/application~1json/example";
    let (_, problems) = check_examples(&with(at, json!({"id": true})));
    assert_one(&problems, at, "example does not match");
}

#[test]
fn examples_catches_missing_schema() {
    let at = "/webhooks/userCreated/post/requestBody/content/application~1json/schema";
    let (_, problems) = check_examples(&with(at, Value::Null));
    assert_one(&problems, at, "no schema");
}

#[test]
fn names_catches_missing_bad_and_duplicate_names() {
    let at = format!("{LIST}/x-groupkit-name");
    assert_one(
        &check_names(&with(&at, Value::Null)),
        &at,
        "no x-groupkit-name",
    );
    assert_one(
        &check_names(&with(&at, json!("listUsers"))),
        &at,
        "snake_case",
    );
    assert_one(
        &check_names(&with(&at, json!("match"))),
        &at,
        "Rust keyword",
    );
    let problems = check_names(&with(&at, json!("logout")));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("also used by"),
        "{problems:#?}"
    );
}

#[test]
fn names_covers_webhooks_in_their_own_namespace() {
    let at = "/webhooks/userCreated/post/x-groupkit-name";
    assert_one(
        &check_names(&with(at, Value::Null)),
        at,
        "webhook has no x-groupkit-name",
    );
    // The same name as a client method is fine: webhooks name events, not methods.
    assert!(check_names(&with(at, json!("list_users"))).is_empty());
    let problems = check_names(&with(
        "/webhooks/userCreated/post/operationId",
        json!("login"),
    ));
    assert_one(
        &problems,
        "/webhooks/userCreated/post/operationId",
        "also used by",
    );
}

#[test]
fn names_catches_duplicate_operation_id() {
    let problems = check_names(&with(&format!("{LIST}/operationId"), json!("login")));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("operationId `login`"),
        "{problems:#?}"
    );
}

#[test]
fn pagination_catches_unknown_style() {
    let at = format!("{LIST}/x-groupkit-pagination/style");
    assert_one(
        &check_pagination(&with(&at, json!("offsett"))),
        &at,
        "style must be one of",
    );
}

#[test]
fn pagination_catches_missing_and_extra_keys() {
    let block = format!("{LIST}/x-groupkit-pagination");
    let problems = check_pagination(&with(&format!("{block}/total"), Value::Null));
    assert_one(&problems, &block, "needs `total`");
    let problems = check_pagination(&with(&format!("{block}/token"), json!("page_token")));
    assert_one(
        &problems,
        &format!("{block}/token"),
        "not a key of style `offset`",
    );
}

#[test]
fn pagination_catches_unknown_parameter() {
    let at = format!("{LIST}/x-groupkit-pagination/offset");
    assert_one(
        &check_pagination(&with(&at, json!("start"))),
        &at,
        "not a parameter",
    );
}

#[test]
fn pagination_catches_pointers_outside_the_response() {
    let block = format!("{LIST}/x-groupkit-pagination");
    let at = format!("{block}/next");
    assert_one(
        &check_pagination(&with(&at, json!("/meta/nxt"))),
        &at,
        "not a field",
    );
    assert_one(
        &check_pagination(&with(&at, json!("meta/next"))),
        &at,
        "JSON Pointer",
    );
    let at = format!("{block}/items");
    assert_one(
        &check_pagination(&with(&at, json!("/meta"))),
        &at,
        "not an array",
    );
}

#[test]
fn pagination_page_number_needs_a_declared_header() {
    let block = json!({"style": "page_number", "page": "offset", "page_size": "limit",
                       "items": "/objects", "has_more_header": "X-Has-More"});
    let at = format!("{LIST}/x-groupkit-pagination");
    let mut spec = with(&at, block);
    let problems = check_pagination(&spec);
    assert_one(&problems, &format!("{at}/has_more_header"), "not declared");
    let response = spec
        .doc
        .pointer_mut(&format!("{LIST}/responses/200"))
        .and_then(Value::as_object_mut)
        .expect("the 200 response");
    response.insert(
        "headers".into(),
        json!({"x-has-more": {"schema": {"type": "boolean"}}}),
    );
    assert!(check_pagination(&spec).is_empty());
}

#[test]
fn counts_catch_wrong_count_and_unknown_source() {
    let spec = base();
    let wrong = [ExpectedOperations {
        document: 3,
        ..DEMO_COUNTS[0]
    }];
    assert_one(
        &check_counts(&spec, &wrong),
        "/paths",
        "2 operations with x-groupkit-source `document`, expected 3",
    );
    let at = "/paths/~1logout/post/x-groupkit-source";
    let problems = check_counts(&with(at, json!("reality")), DEMO_COUNTS);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].pointer, at);
    assert!(
        problems[1]
            .message
            .contains("`provider-reality`, expected 1"),
        "{problems:#?}"
    );
}

#[test]
fn counts_table_lists_every_provider() {
    let providers: Vec<_> = validate::EXPECTED_OPERATIONS
        .iter()
        .map(|row| row.provider)
        .collect();
    assert_eq!(providers, ["groupboss", "groupsio", "sendhub", "habitate"]);
    let groupsio = validate::EXPECTED_OPERATIONS[1];
    assert_eq!((groupsio.document, groupsio.provider_reality), (63, 25));
    let sendhub = validate::EXPECTED_OPERATIONS[2];
    assert_eq!(
        (
            sendhub.document,
            sendhub.provider_reality,
            sendhub.vendor_document
        ),
        (7, 0, 21)
    );
}

#[test]
fn counts_accept_the_vendor_document() {
    let at = "/paths/~1logout/post/x-groupkit-source";
    let vendor = [ExpectedOperations {
        provider_reality: 0,
        vendor_document: 1,
        ..DEMO_COUNTS[0]
    }];
    assert!(check_counts(&with(at, json!("vendor-document")), &vendor).is_empty());
    let problems = check_counts(&with(at, json!("vendor-document")), DEMO_COUNTS);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[1]
            .message
            .contains("1 operations with x-groupkit-source `vendor-document`, expected 0"),
        "{problems:#?}"
    );
}

#[test]
fn root_catches_wrong_provider_and_missing_error() {
    let at = "/x-groupkit-provider";
    assert_one(
        &check_root(&with(at, json!("groupsio"))),
        at,
        "must be `demo`",
    );
    assert_one(
        &check_root(&with("/x-groupkit-error", Value::Null)),
        "",
        "missing x-groupkit-error",
    );
    let at = "/x-groupkit-error/statuses";
    assert_one(&check_root(&with(at, json!([]))), at, "statuses");
}

#[test]
fn root_checks_the_unavailable_statuses() {
    let at = "/x-groupkit-error/unavailable";
    assert!(check_root(&with(at, json!([404, 503]))).is_empty());
    for bad in [
        json!([200]),
        json!(["404"]),
        json!([]),
        json!(404),
        json!([99]),
    ] {
        assert_one(&check_root(&with(at, bad)), at, "4xx/5xx");
    }
}

#[test]
fn root_catches_bad_retry_hints() {
    let at = "/x-groupkit-retry/quota_statuses";
    assert_one(&check_root(&with(at, json!(["420"]))), at, "HTTP statuses");
    let at = "/x-groupkit-retry/wait_in_body";
    assert_one(
        &check_root(&with(at, json!({"pointer": "timeLeft", "format": "clock"}))),
        at,
        "JSON `pointer`",
    );
    assert_one(
        &check_root(&with(
            at,
            json!({"pointer": "/timeLeft", "format": "minutes"}),
        )),
        at,
        "`seconds` or `clock`",
    );
    let at = "/x-groupkit-retry/backoff";
    assert_one(&check_root(&with(at, json!(1))), at, "unknown key");
}

#[test]
fn root_catches_bad_auth() {
    let at = "/x-groupkit-auth";
    assert_one(&check_root(&with(at, json!([]))), at, "non-empty list");
    let at = "/x-groupkit-auth/0/scheme";
    assert_one(
        &check_root(&with(at, json!("oauth"))),
        at,
        "scheme must be one of",
    );
    let at = "/x-groupkit-auth/1/login_operation";
    assert_one(&check_root(&with(at, json!("sign_in"))), at, "operation");
    let at = "/x-groupkit-auth/0";
    assert_one(
        &check_root(&with(at, json!({"scheme": "raw_key"}))),
        at,
        "needs `header`",
    );
}

#[test]
fn conventions_catch_bad_operation_extensions() {
    let at = "/paths/~1login/post/x-groupkit-one-of/0/params/1";
    assert_one(
        &check_conventions(&with(at, json!("mobile"))),
        at,
        "neither a parameter",
    );
    let at = "/paths/~1login/post/x-groupkit-one-of/0/params";
    assert_one(
        &check_conventions(&with(at, json!(["email"]))),
        at,
        "at least two",
    );
    let at = "/paths/~1logout/post/x-groupkit-csrf";
    assert_one(
        &check_conventions(&with(at, json!("yes"))),
        at,
        "true or false",
    );
}

#[test]
fn conventions_catch_schema_defects() {
    let user = "/components/schemas/User/properties";
    let at = format!("{user}/name/nullable");
    assert_one(
        &check_conventions(&with(&at, json!(true))),
        &at,
        "OpenAPI 3.0",
    );
    let at = format!("{user}/role/x-groupkit-open-enum");
    assert_one(
        &check_conventions(&with(&at, Value::Null)),
        &format!("{user}/role"),
        "open-enum",
    );
    let at = format!("{user}/status/x-groupkit-enum-names");
    for names in [
        json!(["ACTIVE"]),
        json!(["ACTIVE", "ACTIVE"]),
        json!(["Active", "BANNED"]),
    ] {
        assert_one(
            &check_conventions(&with(&at, names)),
            &format!("{user}/status"),
            "enum-names",
        );
    }
    // Aliases: other spellings of a string enum's values, never values themselves.
    let at = format!("{user}/role/x-groupkit-enum-aliases");
    assert!(check_conventions(&with(&at, json!({"administrator": "admin"}))).is_empty());
    for (aliases, says) in [
        (json!({"administrator": "root"}), "must name a value"),
        (json!({"member": "admin"}), "is a value of the enum"),
        (json!({"administrator": 1}), "must name a value"),
        (json!({}), "must map each alias"),
        (json!(["admin"]), "must map each alias"),
    ] {
        let problems = check_conventions(&with(&at, aliases.clone()));
        assert!(
            problems.iter().any(|p| p.message.contains(says)),
            "{aliases}: {problems:?}"
        );
    }
    let at = format!("{user}/name/x-groupkit-enum-aliases");
    assert_one(
        &check_conventions(&with(&at, json!({"a": "b"}))),
        &at,
        "belongs on a string enum",
    );
    // Inline schemas of a request body are walked too.
    let at = "/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema/allOf/1/properties/phone/enum";
    assert_one(
        &check_conventions(&with(at, json!(["sms"]))),
        &at[..at.len() - 5],
        "open-enum",
    );
}

#[test]
fn ids_name_a_snake_case_entity() {
    let at = "/components/schemas/User/properties/group_id/x-groupkit-id";
    for (bad, text) in [
        (json!("Group"), "not a snake_case entity name"),
        (json!("group-id"), "not a snake_case entity name"),
        (json!(true), "must be an entity name"),
    ] {
        assert_one(&check_conventions(&with(at, bad)), at, text);
    }
    // Path parameters, properties and nullable `items` of a nullable array are all fine.
    assert!(check_conventions(&base()).is_empty());
}

#[test]
fn ids_sit_only_on_id_shaped_schemas() {
    let user = "/components/schemas/User/properties";
    // The array itself is not an id: its items are.
    let at = format!("{user}/friends/x-groupkit-id");
    assert_one(
        &check_conventions(&with(&at, json!("user"))),
        &at,
        "goes on the array's `items`",
    );
    for schema in [
        json!({"type": "boolean", "x-groupkit-id": "user"}),
        json!({"type": "object", "x-groupkit-id": "user"}),
        json!({"type": ["string", "number"], "x-groupkit-id": "user"}),
    ] {
        assert_one(
            &check_conventions(&with(&format!("{user}/name"), schema)),
            &format!("{user}/name/x-groupkit-id"),
            "integer, string or [string, integer]",
        );
    }
    // A `$ref` has no type of its own to check.
    let schema = json!({"$ref": "#/components/schemas/Error", "x-groupkit-id": "user"});
    assert_one(
        &check_conventions(&with(&format!("{user}/name"), schema)),
        &format!("{user}/name/x-groupkit-id"),
        "its own `type`",
    );
    // On the Parameter Object instead of its schema.
    let at = "/components/parameters/Offset/x-groupkit-id";
    assert_one(
        &check_conventions(&with(at, json!("user"))),
        at,
        "goes on a schema",
    );
    // Integer, string, and either, each with null, pass.
    for ty in [
        json!("integer"),
        json!(["string", "null"]),
        json!(["integer", "string", "null"]),
    ] {
        let schema = json!({"type": ty, "x-groupkit-id": "user"});
        assert!(check_conventions(&with(&format!("{user}/name"), schema)).is_empty());
    }
}

#[test]
fn one_of_needs_the_named_form() {
    let one_of = "/paths/~1login/post/x-groupkit-one-of";
    // The old form, a bare list of names, says what to write instead.
    let at = format!("{one_of}/0");
    assert_one(
        &check_conventions(&with(&at, json!(["email", "phone"]))),
        &at,
        "not a bare list of names",
    );
    assert_one(
        &check_conventions(&with(&format!("{at}/name"), Value::Null)),
        &at,
        "needs a `name`",
    );
    for bad in ["contact", "Contact_Ref", "Contact-Ref"] {
        assert_one(
            &check_conventions(&with(&format!("{at}/name"), json!(bad))),
            &format!("{at}/name"),
            "not a PascalCase type name",
        );
    }
    assert_one(
        &check_conventions(&with(&format!("{at}/variants"), json!(["Email"]))),
        &format!("{at}/variants"),
        "unknown key `variants`",
    );
    assert_one(
        &check_conventions(&with(&format!("{at}/params"), json!(["email", "email"]))),
        &format!("{at}/params/1"),
        "listed twice",
    );
    assert_one(
        &check_conventions(&with(one_of, json!([]))),
        one_of,
        "non-empty list",
    );
}

#[test]
fn one_of_variants_need_a_name_of_their_own() {
    // `contact` and `contact_email`: nothing is left of `contact` to name a variant.
    let at = "/paths/~1login/post";
    let spec = with_all(&[
        (
            &format!("{at}/x-groupkit-one-of"),
            json!([{"name": "Contact", "params": ["contact", "contact_email"]}]),
        ),
        (
            &format!("{at}/parameters"),
            json!([{"name": "contact", "in": "query", "schema": {"type": "string"}},
                   {"name": "contact_email", "in": "query", "schema": {"type": "string"}}]),
        ),
    ]);
    assert_one(
        &check_conventions(&spec),
        &format!("{at}/x-groupkit-one-of/0/params"),
        "all prefix",
    );
}

/// The base document with a second `Contact` choice, on the list operation: two more query
/// parameters (`[name, type]` each) and the choice between them.
fn with_list_contact(params: [(&str, &str); 2]) -> Spec {
    let mut spec = base();
    let list = spec
        .doc
        .pointer_mut(LIST)
        .and_then(Value::as_object_mut)
        .expect("the list operation");
    let names: Vec<&str> = params.iter().map(|(name, _)| *name).collect();
    list.insert(
        "x-groupkit-one-of".into(),
        json!([{"name": "Contact", "params": names}]),
    );
    let inputs = list
        .get_mut("parameters")
        .and_then(Value::as_array_mut)
        .expect("the list's parameters");
    for (name, ty) in params {
        inputs.push(json!({"name": name, "in": "query", "schema": {"type": ty}}));
    }
    spec
}

#[test]
fn one_of_name_means_one_set_of_variants_and_types() {
    // The same variants with the same types, under another prefix: fine.
    let spec = with_list_contact([("user_email", "string"), ("user_phone", "string")]);
    assert!(
        check_conventions(&spec).is_empty(),
        "{:#?}",
        check_conventions(&spec)
    );
    // Other variants under the same name.
    let spec = with_list_contact([("email", "string"), ("mobile", "string")]);
    assert_one(
        &check_conventions(&spec),
        "/paths/~1login/post/x-groupkit-one-of/0/params",
        "has the variants email, phone here but email, mobile",
    );
    // The same variants, but `phone` is an integer in one and a string in the other.
    let spec = with_list_contact([("email", "string"), ("phone", "integer")]);
    assert_one(
        &check_conventions(&spec),
        "/paths/~1login/post/x-groupkit-one-of/0/params",
        "`phone` variant is `string` here but `integer`",
    );
}

#[test]
fn pagination_page_size_states_its_bounds() {
    let limit = format!("{LIST}/parameters/0/schema");
    let at = format!("{LIST}/x-groupkit-pagination/limit");
    for (schema, text) in [
        (json!({"type": "integer"}), "needs `minimum`"),
        (
            json!({"type": "integer", "maximum": 100}),
            "needs `minimum`",
        ),
        (json!({"type": "integer", "minimum": 0}), "at least 1 item"),
        (
            json!({"type": "integer", "minimum": 10, "maximum": 5}),
            "below its `minimum`",
        ),
        (
            json!({"type": "string", "minimum": 1}),
            "must be an integer",
        ),
    ] {
        assert_one(&check_pagination(&with(&limit, schema)), &at, text);
    }
    // No documented maximum: `minimum` alone is enough.
    assert!(check_pagination(&with(&limit, json!({"type": "integer", "minimum": 1}))).is_empty());
}

#[test]
fn pagination_start_is_never_negative() {
    let offset = "/components/parameters/Offset/schema";
    let at = format!("{LIST}/x-groupkit-pagination/offset");
    assert_one(
        &check_pagination(&with(offset, json!({"type": "integer"}))),
        &at,
        "needs `minimum`",
    );
    assert_one(
        &check_pagination(&with(offset, json!({"type": "integer", "minimum": -1}))),
        &at,
        "never negative",
    );
    // A string cursor is opaque: nothing to bound.
    assert!(check_pagination(&with(offset, json!({"type": "string"}))).is_empty());
}

#[test]
fn validate_dir_reports_missing_and_unparsable_documents() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("validate_dir_fixture");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the fixture directory");
    std::fs::write(dir.join("groupboss.yaml"), "openapi: [unclosed\n").expect("write");
    let report = validate::validate_dir(&dir).expect("the validator runs");
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(report.summaries.is_empty());
    assert_eq!(problems.len(), 4, "{problems:#?}");
    for missing in ["groupsio", "sendhub", "habitate"] {
        assert!(problems.contains(&format!(
            "{missing}.yaml#: missing: expected in {}",
            dir.display()
        )));
    }
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("groupboss.yaml#: cannot parse")),
        "{problems:#?}"
    );
}

const SANDBOX: &str = "/x-groupkit-sandbox";
const USERS: &str = "/x-groupkit-sandbox/collections/users";
const ERRORS: &str = "/x-groupkit-sandbox/errors";
const LIST_SANDBOX: &str = "/paths/~1groups~1{group_id}~1users/get/x-groupkit-sandbox";
const LOGIN_SANDBOX: &str = "/paths/~1login/post/x-groupkit-sandbox";

#[test]
fn sandbox_base_passes_and_root_is_required() {
    assert!(check_sandbox(&base()).is_empty());
    assert_one(
        &check_sandbox(&with(SANDBOX, Value::Null)),
        "",
        "missing x-groupkit-sandbox",
    );
    assert_one(
        &check_sandbox(&with(&format!("{SANDBOX}/collections"), Value::Null)),
        SANDBOX,
        "needs `collections`",
    );
    assert_one(
        &check_sandbox(&with(ERRORS, Value::Null)),
        SANDBOX,
        "needs `errors`",
    );
    let at = format!("{SANDBOX}/colections");
    assert_one(&check_sandbox(&with(&at, json!({}))), &at, "unknown key");
}

#[test]
fn sandbox_catches_collection_schema_defects() {
    let at = format!("{USERS}/schema");
    assert_one(
        &check_sandbox(&with(&at, json!({"$ref": "#/components/schemas/Usr"}))),
        &at,
        "does not resolve",
    );
    // The README's first sketch wrote the reference as a bare string; the sandbox reads a `$ref`.
    assert_one(
        &check_sandbox(&with(&at, json!("#/components/schemas/User"))),
        &at,
        "{$ref:",
    );
    let pages = format!("{SANDBOX}/collections/pages");
    let array = json!({"schema": {"$ref": "#/components/schemas/UserPage/properties/objects"},
                       "size": 3, "id_field": "id"});
    assert_one(
        &check_sandbox(&with(&pages, array)),
        &format!("{pages}/schema"),
        "must be an object schema",
    );
    let at = format!("{USERS}/id_field");
    assert_one(
        &check_sandbox(&with(&at, json!("uuid"))),
        &at,
        "`uuid` is not a property",
    );
    assert_one(&check_sandbox(&with(&at, Value::Null)), &at, "id_field");
}

#[test]
fn sandbox_catches_bad_sizes_and_unknown_keys() {
    let at = format!("{USERS}/size");
    for size in [json!(0), json!(-5), json!("30"), json!(2.5), Value::Null] {
        assert_one(&check_sandbox(&with(&at, size)), &at, "positive integer");
    }
    let at = format!("{USERS}/id_feild");
    assert_one(&check_sandbox(&with(&at, json!("id"))), &at, "unknown key");
}

#[test]
fn sandbox_catches_error_table_defects() {
    assert_one(
        &check_sandbox(&with(&format!("{ERRORS}/not_found"), Value::Null)),
        ERRORS,
        "needs the failure kind `not_found`",
    );
    let at = format!("{ERRORS}/not_found/status");
    for status in [json!(99), json!(600), json!("404"), Value::Null] {
        assert_one(&check_sandbox(&with(&at, status)), &at, "HTTP status");
    }
    let at = format!("{ERRORS}/not_found/code");
    assert_one(&check_sandbox(&with(&at, Value::Null)), &at, "`code`");
    let at = format!("{ERRORS}/not_found/empty");
    assert_one(
        &check_sandbox(&with(&at, json!("yes"))),
        &at,
        "true or false",
    );
    let at = format!("{ERRORS}/forbidden");
    let kind = json!({"status": 403, "code": "forbidden"});
    assert_one(
        &check_sandbox(&with(&at, kind)),
        &at,
        "unknown failure kind",
    );
    let at = format!("{ERRORS}/body");
    assert_one(
        &check_sandbox(&with(&at, json!("{message}"))),
        &at,
        "mapping",
    );
    assert_one(
        &check_sandbox(&with(&at, json!({"detail": "{mesage}"}))),
        &at,
        "unknown placeholder `{mesage}`",
    );
}

#[test]
fn sandbox_needs_bad_csrf_only_with_a_csrf_session() {
    let at = format!("{ERRORS}/bad_csrf");
    assert_one(
        &check_sandbox(&with(&at, Value::Null)),
        ERRORS,
        "needs the failure kind `bad_csrf`",
    );
    let spec = with_all(&[
        (&at, Value::Null),
        ("/x-groupkit-auth/1", json!({"scheme": "bearer"})),
    ]);
    assert!(check_sandbox(&spec).is_empty());
}

#[test]
fn sandbox_rendered_error_body_must_match_the_error_schema() {
    // The body carries the code; the provider's schema allows only some codes.
    let code = json!({"type": "string", "enum": ["authentication_failed", "invalid", "not_found",
                      "throttled", "bad_csrf", "error"], "x-groupkit-open-enum": true});
    let edits = |not_found: Value| {
        with_all(&[
            (
                &format!("{ERRORS}/body"),
                json!({"detail": "{message}", "code": "{code}"}),
            ),
            ("/components/schemas/Error/properties/code", code.clone()),
            (&format!("{ERRORS}/not_found"), not_found),
        ])
    };
    assert!(check_sandbox(&edits(json!({"status": 404, "code": "not_found"}))).is_empty());
    let problems = check_sandbox(&edits(json!({"status": 404, "code": "no_such_thing"})));
    assert_one(
        &problems,
        &format!("{ERRORS}/not_found"),
        "does not match x-groupkit-error.schema",
    );
    assert!(problems[0].message.contains("at `/code`"), "{problems:#?}");
    // An empty answer has no body to check.
    let empty = json!({"status": 401, "code": "no_such_thing", "empty": true});
    assert!(check_sandbox(&edits(empty)).is_empty());
    // `{status}` alone becomes a number: a string field then fails.
    let problems = check_sandbox(&with(
        &format!("{ERRORS}/body"),
        json!({"detail": "{status}"}),
    ));
    assert_eq!(problems.len(), 6, "{problems:#?}");
    assert!(
        problems
            .iter()
            .all(|p| p.message.contains("is not of type"))
    );
}

#[test]
fn sandbox_error_template_rendering() {
    let template = json!({"status": "{status}", "text": "HTTP {status}: {code}",
                          "list": ["{id}"], "n": 1, "message": "{message}"});
    let body = render_error_body(&template, 404, "not_found");
    assert_eq!(body["status"], json!(404));
    assert_eq!(body["text"], json!("HTTP 404: not_found"));
    assert_eq!(body["n"], json!(1));
    assert!(body["list"][0].as_str().is_some_and(|id| !id.contains('{')));
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn sandbox_catches_unknown_action_and_collection() {
    let at = format!("{LIST_SANDBOX}/action");
    assert_one(
        &check_sandbox(&with(&at, json!("fetch"))),
        &at,
        "action must be one of",
    );
    let at = format!("{LIST_SANDBOX}/collection");
    assert_one(
        &check_sandbox(&with(&at, json!("people"))),
        &at,
        "`people` is not a collection",
    );
    assert_one(
        &check_sandbox(&with(&at, Value::Null)),
        LIST_SANDBOX,
        "needs `collection`",
    );
    let at = format!("{LIST_SANDBOX}/colection");
    assert_one(
        &check_sandbox(&with(&at, json!("users"))),
        &at,
        "unknown key",
    );
    let at = "/webhooks/userCreated/post/x-groupkit-sandbox";
    assert_one(
        &check_sandbox(&with(
            at,
            json!({"collection": "users", "action": "create"}),
        )),
        at,
        "webhooks",
    );
}

#[test]
fn sandbox_list_needs_pagination() {
    let block = json!({"collection": "users", "action": "list"});
    assert_one(
        &check_sandbox(&with(LOGIN_SANDBOX, block)),
        &format!("{LOGIN_SANDBOX}/action"),
        "x-groupkit-pagination",
    );
}

#[test]
fn sandbox_id_names_a_parameter_or_body_field() {
    // A body field (form-encoded login) and a path parameter both name an item.
    let by_field = json!({"collection": "users", "action": "delete", "id": "email"});
    assert!(check_sandbox(&with(LOGIN_SANDBOX, by_field)).is_empty());
    let by_param = json!({"collection": "users", "action": "update", "id": "group_id"});
    let problems = check_sandbox(&with(LIST_SANDBOX, by_param));
    // (It answers with a page, not a user: see the answer check.)
    assert!(
        problems.iter().all(|p| !p.pointer.ends_with("/id")),
        "{problems:#?}"
    );
    let at = format!("{LOGIN_SANDBOX}/id");
    let block = json!({"collection": "users", "action": "get", "id": "user_id"});
    assert_one(
        &check_sandbox(&with(LOGIN_SANDBOX, block)),
        &at,
        "`user_id` is neither a parameter nor a top-level request body field",
    );
    let block = json!({"collection": "users", "action": "get"});
    assert_one(
        &check_sandbox(&with(LOGIN_SANDBOX, block)),
        LOGIN_SANDBOX,
        "needs `id`",
    );
    let at = format!("{LIST_SANDBOX}/id");
    assert_one(
        &check_sandbox(&with(&at, json!("group_id"))),
        &at,
        "names no item",
    );
}

#[test]
fn sandbox_move_needs_a_target_collection() {
    let block = json!({"collection": "users", "action": "move", "id": "email", "to": "users"});
    assert!(check_sandbox(&with(LOGIN_SANDBOX, block)).is_empty());
    let at = format!("{LOGIN_SANDBOX}/to");
    assert_one(
        &check_sandbox(&with_all(&[
            (
                LOGIN_SANDBOX,
                json!({"collection": "users", "action": "move", "id": "email"}),
            ),
            (&at, json!("archive")),
        ])),
        &at,
        "`archive` is not a collection",
    );
    let block = json!({"collection": "users", "action": "move", "id": "email"});
    assert_one(
        &check_sandbox(&with(LOGIN_SANDBOX, block)),
        LOGIN_SANDBOX,
        "needs `to`",
    );
    let at = format!("{LIST_SANDBOX}/to");
    assert_one(
        &check_sandbox(&with(&at, json!("users"))),
        &at,
        "only `move`",
    );
}

#[test]
fn sandbox_parent_names_an_input_and_an_item_field() {
    let parent = format!("{LIST_SANDBOX}/parent");
    let at = format!("{parent}/param");
    assert_one(
        &check_sandbox(&with(&at, json!("group"))),
        &at,
        "`group` is neither a parameter",
    );
    let at = format!("{parent}/field");
    assert_one(
        &check_sandbox(&with(&at, json!("team_id"))),
        &at,
        "`team_id` is not a property",
    );
    assert_one(
        &check_sandbox(&with(&at, json!(5))),
        &parent,
        "{param, field}",
    );
    // Without a field, the parent is the collection's direct owner.
    assert!(check_sandbox(&with(&at, Value::Null)).is_empty());
    let at = format!("{LIST_SANDBOX}/action");
    let problems = check_sandbox(&with_all(&[
        (&at, json!("move")),
        (&format!("{LIST_SANDBOX}/id"), json!("group_id")),
    ]));
    assert!(
        problems.iter().any(|p| p.pointer == parent
            && p.message
                .contains("applies to list, get, create, update and delete")),
        "{problems:#?}"
    );
}

#[test]
fn sandbox_collection_must_be_what_the_operation_answers() {
    // A collection of error details, listed by an operation whose pages hold users.
    let problems = check_sandbox(&with_all(&[
        (
            "/x-groupkit-sandbox/collections/details",
            json!({"schema": {"$ref": "#/components/schemas/Error"}, "size": 5, "id_field": "detail"}),
        ),
        (
            LIST_SANDBOX,
            json!({"collection": "details", "action": "list"}),
        ),
    ]));
    assert_one(
        &problems,
        &format!("{LIST_SANDBOX}/collection"),
        "holds `#/components/schemas/Error` but the operation answers with `#/components/schemas/User`",
    );
    // A get answers with one item, not a page.
    let block = json!({"collection": "users", "action": "get", "id": "group_id"});
    assert_one(
        &check_sandbox(&with(LIST_SANDBOX, block)),
        &format!("{LIST_SANDBOX}/collection"),
        "answers with `#/components/schemas/UserPage`",
    );
}

const GROUPS: &str = "/x-groupkit-sandbox/collections/groups";

#[test]
fn sandbox_owners_name_a_collection_and_item_fields() {
    let owner = format!("{USERS}/owner");
    let at = format!("{owner}/collection");
    assert_one(
        &check_sandbox(&with(&at, json!("teams"))),
        &at,
        "`teams` is not a collection",
    );
    let at = format!("{owner}/field");
    let problems = check_sandbox(&with(&at, json!("team_id")));
    assert!(
        problems
            .iter()
            .any(|p| p.pointer == at && p.message.contains("property")),
        "{problems:#?}"
    );
    let at = format!("{owner}/inherit");
    let problems = check_sandbox(&with(&at, json!({"name": "title"})));
    assert_one(&problems, &format!("{at}/name"), "`groups`'s items");
    let at = format!("{owner}/colour");
    assert_one(&check_sandbox(&with(&at, json!(1))), &at, "unknown key");
}

#[test]
fn sandbox_trees_need_roots_and_names_need_a_name_field() {
    let at = format!("{GROUPS}/owner/roots");
    assert_one(
        &check_sandbox(&with(&at, Value::Null)),
        &at,
        "needs `roots`",
    );
    assert_one(
        &check_sandbox(&with(&at, json!(0))),
        &at,
        "at least one root",
    );
    let at = format!("{GROUPS}/name_field");
    assert_one(
        &check_sandbox(&with(&at, Value::Null)),
        &format!("{GROUPS}/names"),
        "needs a `name_field`",
    );
    assert_one(&check_sandbox(&with(&at, json!("title"))), &at, "property");
    let at = format!("{GROUPS}/names");
    assert_one(
        &check_sandbox(&with(&at, json!([1]))),
        &at,
        "list of strings",
    );
    let six = json!(["a", "b", "c", "d", "e", "f"]);
    assert_one(&check_sandbox(&with(&at, six)), &at, "6 names for 5 items");
}

#[test]
fn sandbox_parent_must_reach_an_owner() {
    let parent = format!("{LIST_SANDBOX}/parent");
    let problems = check_sandbox(&with(&format!("{parent}/field"), json!("name")));
    assert_one(
        &problems,
        &parent,
        "neither `users`'s owner field nor inherited",
    );
    let problems = check_sandbox(&with(&format!("{USERS}/owner"), Value::Null));
    assert_one(&problems, &parent, "declares no `owner`");
}
