//! Medians, spreads and CPU time.

use std::time::Duration;

/// Repeated measurements of one thing.
#[derive(Clone, Debug, Default)]
pub struct Samples(Vec<f64>);

impl Samples {
    /// Adds one measurement.
    pub fn push(&mut self, value: f64) {
        self.0.push(value);
    }

    fn sorted(&self) -> Vec<f64> {
        let mut values = self.0.clone();
        values.sort_by(f64::total_cmp);
        values
    }

    /// The median (the upper one of an even count); NaN when empty.
    pub fn median(&self) -> f64 {
        let values = self.sorted();
        values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
    }

    /// `median (min–max, n runs)`, with `decimals` decimals.
    pub fn summary(&self, decimals: usize) -> String {
        let values = self.sorted();
        match (values.first(), values.last()) {
            (Some(min), Some(max)) => format!(
                "{:.decimals$} (min {min:.decimals$}, max {max:.decimals$}, {} runs)",
                self.median(),
                values.len()
            ),
            _ => "none".into(),
        }
    }
}

/// Milliseconds, for printing.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// CPU time this process's threads have used, from `/proc/self/task/*/schedstat` (nanosecond
/// resolution, no unsafe `getrusage` call); zero where there is no /proc.
pub fn cpu_time() -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    let nanos: u64 = tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(nanos)
}
