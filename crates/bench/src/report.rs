//! Printing figures as `name: value (note)` lines and keeping the list of missed targets.

/// The targets missed so far.
#[derive(Debug, Default)]
pub struct Verdict {
    missed: Vec<String>,
}

impl Verdict {
    /// Prints an informative figure.
    pub fn info(&self, name: &str, value: impl std::fmt::Display) {
        println!("{name}: {value}");
    }

    /// Prints a judged figure, `name: value (target ...) met|MISSED`, and remembers a miss.
    pub fn judge(&mut self, name: &str, value: impl std::fmt::Display, target: &str, met: bool) {
        println!(
            "{name}: {value} (target {target}) {}",
            if met { "met" } else { "MISSED" }
        );
        if !met {
            self.missed.push(name.to_owned());
        }
    }

    /// The last line: `verdict: all targets met` or `verdict: missed: a, b`.
    pub fn finish(&self) {
        if self.missed.is_empty() {
            println!("verdict: all targets met");
        } else {
            println!("verdict: missed: {}", self.missed.join(", "));
        }
    }
}
