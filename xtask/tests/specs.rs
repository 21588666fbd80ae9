//! The real documents under `specs/` pass every check.

use xtask::{spec, validate};

#[test]
fn real_specs_pass_validation() {
    let report = validate::validate_dir(&spec::specs_dir()).expect("the validator runs");
    let summaries: Vec<String> = report.summaries.iter().map(ToString::to_string).collect();
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{}\n\n{} problems:\n  {}",
        summaries.join("\n"),
        problems.len(),
        problems.join("\n  ")
    );
}
