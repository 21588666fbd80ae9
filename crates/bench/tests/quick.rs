//! The suite's smoke check: `groupkit-bench run --quick` runs every benchmark once on small
//! sizes (about 10 s in a debug build) and ends with a verdict line.

use std::process::Command;

use groupkit_bench::style::Style;

#[test]
fn quick_run_prints_every_figure_and_a_verdict() {
    let output = Command::new(env!("CARGO_BIN_EXE_groupkit-bench"))
        .args(["run", "--quick"])
        .output()
        .expect("run groupkit-bench");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for style in Style::ALL {
        for figure in [
            format!("listing_{style}_default_over_hand: "),
            format!("requests_per_listing_{style}: "),
            format!("rss_{style}_10000_items_groupkit_over_hand: "),
        ] {
            assert!(stdout.contains(&figure), "no {figure:?} in\n{stdout}");
        }
    }
    assert!(
        stdout.contains("single_get_groupkit_over_bare: "),
        "{stdout}"
    );
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last == "verdict: all targets met" || last.starts_with("verdict: missed: "),
        "last line {last:?}"
    );
}
