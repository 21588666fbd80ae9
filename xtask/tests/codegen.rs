//! The generator: fresh output on disk, determinism, and the Rust it writes for small specs.

#![allow(clippy::unwrap_used)]

use xtask::codegen;
use xtask::spec::Spec;

/// Plain `cargo test` catches generated code that is older than its spec.
#[test]
fn generated_code_is_fresh() {
    let outcome = codegen::run(true).unwrap();
    let changed: Vec<String> = outcome
        .changed
        .iter()
        .map(|(path, diff)| format!("{}\n{diff}", path.display()))
        .collect();
    assert!(
        changed.is_empty() && outcome.stale.is_empty(),
        "generated code is stale: run `cargo xtask codegen` and commit the result\n{}\nno longer generated: {:?}",
        changed.join("\n"),
        outcome.stale
    );
}

const SPEC: &str = r##"
openapi: 3.1.0
info: {title: t, version: "1"}
servers: [{url: "https://api.example.com/v1"}]
x-groupkit-retry: {statuses: [409], quota_statuses: [420], wait_in_body: {pointer: /timeLeft, format: clock}}
x-groupkit-auth:
  - {scheme: raw_key, header: Authorization}
  - {scheme: query, params: [username, api_key]}
paths:
  /things/:
    get:
      operationId: listThings
      x-groupkit-name: list_things
      summary: List things.
      x-groupkit-pagination: {style: offset, limit: limit, offset: offset, items: /objects, total: /meta/total_count, next: /meta/next}
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ThingList"}
  /things/{id}:
    post:
      operationId: updateThing
      x-groupkit-name: update_thing
      x-groupkit-one-of: [{name: GroupRef, params: [group_id, group_name], required: false}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: [string, integer]}}
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name, colour]
              properties:
                name: {type: string}
                group_id: {type: integer, x-groupkit-id: group}
                group_name: {type: string}
                colour: {type: string}
      responses:
        "204": {description: done}
components:
  schemas:
    ThingList:
      allOf:
        - $ref: "#/components/schemas/Envelope"
        - type: object
          required: [objects]
          properties:
            objects: {type: array, items: {$ref: "#/components/schemas/Thing"}}
    Envelope:
      type: object
      properties:
        meta: {type: object, properties: {total_count: {type: integer}, next: {type: [string, "null"]}}}
    Thing:
      type: object
      description: A thing.
      required: [id, type, created]
      properties:
        id: {type: [string, integer]}
        type: {$ref: "#/components/schemas/Kind"}
        created: {type: string, format: date-time}
        note: {type: [string, "null"]}
        status: {type: integer, enum: [15, -2], x-groupkit-open-enum: true, x-groupkit-enum-names: [ACTIVE, REPORTED]}
      additionalProperties: true
    Kind:
      type: string
      enum: [Group.created, plain]
      x-groupkit-open-enum: true
"##;

/// The text without whitespace or trailing commas, to look for code whatever its line breaks.
fn squash(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(",)", ")")
        .replace(",]", "]")
        .replace(",}", "}")
}

fn generated(name: &str) -> String {
    let spec = Spec::from_yaml("demo.yaml", SPEC).unwrap();
    let files = codegen::generate(&spec).unwrap();
    files.into_iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn output_is_deterministic_and_stamped() {
    let spec = Spec::from_yaml("demo.yaml", SPEC).unwrap();
    let first = codegen::generate(&spec).unwrap();
    let second = codegen::generate(&spec).unwrap();
    assert_eq!(first, second);
    for (_, text) in &first {
        assert!(text.starts_with(
            "// @generated from specs/demo.yaml by cargo xtask codegen; do not edit.\n"
        ));
    }
}

#[test]
fn models_follow_the_schema() {
    let models = generated("models.rs");
    // Required fields are plain, optional and nullable ones are options; keywords are raw.
    assert!(
        models.contains("pub id: groupkit_core::model::Id,"),
        "{models}"
    );
    assert!(models.contains("pub r#type: crate::models::Kind,"));
    assert!(models.contains("pub created: groupkit_core::model::Timestamp,"));
    assert!(models.contains("pub note: Option<String>,"));
    // allOf parts are merged into one struct.
    assert!(models.contains("pub struct ThingList {"));
    assert!(models.contains("pub objects: Vec<crate::models::Thing>,"));
    assert!(models.contains("pub meta: Option<crate::models::EnvelopeMeta>,"));
    // Enums are open, integer enums keep their names.
    assert!(models.contains("groupkit_core::open_enum! {"));
    assert!(models.contains("GroupCreated = \"Group.created\","));
    assert!(models.contains("Reported = -2 => \"REPORTED\","));
    assert!(models.contains("/// A thing."));
}

#[test]
fn operations_build_requests_from_the_spec() {
    let ops = generated("operations.rs");
    assert!(
        squash(&ops).contains(&squash(
            "groupkit_core::Operation::get(\"list_things\", \"/things/\")"
        )),
        "{ops}"
    );
    assert!(ops.contains("pub fn items(self) -> groupkit_core::ItemStream<crate::models::Thing>"));
    assert!(ops.contains("groupkit_core::Style::Offset(groupkit_core::pagination::Offset"));
    // explode: false joins with commas; the path parameter is the argument, an optional
    // selector a setter.
    assert!(ops.contains(".join(\",\")"));
    assert!(
        squash(&ops).contains(&squash(
            "pub fn update_thing(&self, id: impl Into<groupkit_core::model::Id>) -> UpdateThing<groupkit_core::Missing, groupkit_core::Missing> {"
        )),
        "{ops}"
    );
    assert!(
        ops.contains("pub fn group(mut self, value: impl Into<crate::ids::GroupRef>) -> Self {")
    );
    assert!(ops.contains("if let Some(value) = &self.inputs.group {"));
    // Required values are named and tracked by the builder's type, in the document's order.
    assert!(
        ops.contains("pub struct UpdateThing<Name, Colour> {"),
        "{ops}"
    );
    assert!(ops.contains("impl UpdateThing<String, String> {"));
    // The selector sends the parameter of its variant; no run-time check is left.
    assert!(ops.contains("crate::ids::GroupRef::Id(value) => {"));
    assert!(!ops.contains("exactly_one"));
    assert!(!ops.contains("#[allow("));
    assert!(ops.contains("request = request.form(form);"));
    assert!(ops.contains("pub async fn send(self) -> groupkit_core::Result<()>"));
    // Every client method has an example that compiles in the crate's doctests.
    assert!(ops.contains("/// ```no_run"));
}

#[test]
fn module_and_client_carry_the_spec_facts() {
    let module = generated("mod.rs");
    for fact in [
        "statuses: &[409],",
        "quota_statuses: &[420],",
        "pointer: \"/timeLeft\",",
        "format: groupkit_core::retry::WaitFormat::Clock,",
    ] {
        assert!(module.contains(fact), "{fact} in {module}");
    }
    assert!(module.contains("(\"list_things\", \"GET\", \"/things/\")"));
    let client = generated("client.rs");
    assert!(
        client.contains("default_base_url: Some(\"https://api.example.com/v1\"),"),
        "{client}"
    );
    assert!(client.contains("error_decoder: Some(crate::error::decode),"));
    // One builder method per auth scheme of the spec: here a raw key and query credentials.
    assert!(
        client
            .contains("pub fn api_key(mut self, key: impl Into<groupkit_core::Secret>) -> Self {")
    );
    assert!(client.contains("groupkit_core::Auth::raw_key(key)"));
    assert!(client.contains("pub fn credentials("));
    assert!(squash(&client).contains(&squash(
        "(\"username\", username.into()), (\"api_key\", api_key.into())"
    )));
    assert!(client.contains("pub fn build(self) -> groupkit_core::Result<Client>"));
}

#[test]
fn extra_properties_are_kept_in_a_map() {
    let models = generated("models.rs");
    assert!(models.contains("#[serde(flatten)]\n    pub additional: std::collections::BTreeMap<String, serde_json::Value>,"), "{models}");
}

#[test]
fn ids_and_selectors_are_types() {
    let ids = generated("ids.rs");
    assert!(ids.contains("pub struct GroupId;"), "{ids}");
    assert!(ids.contains("pub enum GroupRef {"));
    assert!(ids.contains("Id(crate::ids::GroupId),"));
    assert!(ids.contains("Name(String),"));
    assert!(ids.contains("impl From<&str> for GroupRef {"));
    assert!(ids.contains("impl From<i32> for GroupRef {"));
}

/// A model a request sends that cannot have `new` (two text fields side by side) gets a
/// typestate builder; one that only arrives does not.
#[test]
fn request_models_without_new_get_a_builder() {
    let spec = Spec::from_yaml(
        "builders.yaml",
        r##"
openapi: 3.1.0
info: {title: t, version: "1"}
servers: [{url: "https://api.example.com/v1"}]
x-groupkit-auth: [{scheme: raw_key, header: Authorization}]
paths:
  /contacts/:
    patch:
      operationId: upsertContacts
      x-groupkit-name: upsert_contacts
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [objects]
              properties:
                objects: {type: array, items: {$ref: "#/components/schemas/ContactRequest"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Contact"}
components:
  schemas:
    ContactRequest:
      type: object
      required: [name, number]
      properties:
        name: {type: string}
        number: {type: string}
        build: {type: boolean}
      additionalProperties: true
    Contact:
      type: object
      required: [name, number]
      properties:
        name: {type: string}
        number: {type: string}
"##,
    )
    .unwrap();
    let files = codegen::generate(&spec).unwrap();
    let file = |name: &str| files.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    let models = squash(&file("models.rs")).replace(",>", ">");
    assert!(models.contains(&squash(
        "pub fn builder() -> ContactRequestBuilder<groupkit_core::Missing, groupkit_core::Missing> {"
    )));
    assert!(models.contains(&squash(
        "impl<Number> ContactRequestBuilder<groupkit_core::Missing, Number> {"
    )));
    assert!(models.contains(&squash(
        "impl ContactRequestBuilder<String, String> { /// The `ContactRequest`, every required field set. #[inline] pub fn build(self) -> ContactRequest {"
    )));
    // `build` is the builder's: the field's setter is `set_build`.
    assert!(models.contains(&squash("pub fn set_build(mut self, value: bool) -> Self {")));
    assert!(models.contains(&squash(
        "pub fn additional(mut self, key: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {"
    )));
    assert!(models.contains("```compile_fail"));
    assert!(
        !models.contains("ContactBuilder"),
        "only what requests send"
    );
    // The operation's example builds a real item.
    assert!(file("operations.rs").contains(
        ".objects(vec![groupkit_builders::models::ContactRequest::builder().name(\"value\").number(\"value\").build()])"
    ));
}
