//! The timed runs, in this process (which has no counting allocator): listings at full speed,
//! listings with latency, and single GETs. Contenders alternate within each round so that a
//! change in the machine's load hits them alike; ratios are medians of per-round ratios.

use std::time::{Duration, Instant};

use crate::hand;
use crate::kit::Kit;
use crate::report::Verdict;
use crate::stats::{Samples, cpu_time, ms};
use crate::style::Style;

/// Sizes and repetitions.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Items a timed listing.
    pub items: u64,
    /// Rounds of the timed listings.
    pub rounds: usize,
    /// Pages a listing on the slow server.
    pub latency_pages: u64,
    /// Rounds on the slow server.
    pub latency_rounds: usize,
    /// Single GETs per contender.
    pub gets: usize,
    /// Single GETs per block (contenders alternate by block).
    pub get_block: usize,
}

/// Which listing runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Contender {
    Default,
    One,
    Hand,
}

impl Contender {
    const ALL: [Contender; 3] = [Contender::Default, Contender::One, Contender::Hand];

    fn name(self) -> &'static str {
        match self {
            Contender::Default => "groupkit_default",
            Contender::One => "groupkit_concurrency1",
            Contender::Hand => "hand",
        }
    }
}

/// One listing of `items` items by `who`; panics (a crash, not a figure) if it fails or
/// yields the wrong number of items.
async fn list(
    who: Contender,
    kit: &Kit,
    http: &reqwest::Client,
    style: Style,
    base: &str,
    items: u64,
) {
    let result = match who {
        Contender::Default => kit.list(None).await,
        Contender::One => kit.list(Some(1)).await,
        Contender::Hand => hand::list(http, style, base).await,
    };
    match result {
        Ok(n) if n == items => {}
        Ok(n) => panic!("{style} {}: listed {n} items, expected {items}", who.name()),
        Err(e) => panic!("{style} {}: {e}", who.name()),
    }
}

/// Per style: groupkit at its defaults and at concurrency 1 against the hand loop, on the
/// server without latency.
pub async fn listings(server: &str, plan: &Plan, verdict: &mut Verdict) {
    let http = hand::http_client();
    for style in Style::ALL {
        let (n, base) = (plan.items, style.base_url(server, plan.items));
        let kit = Kit::new(style, &base);
        for who in Contender::ALL {
            list(who, &kit, &http, style, &base, n).await; // warm-up: connections, caches
        }
        let mut times: [Samples; 3] = Default::default();
        let (mut default_ratio, mut one_ratio) = (Samples::default(), Samples::default());
        for round in 0..plan.rounds {
            let mut took = [0.0; 3];
            for k in 0..3 {
                let which = (round + k) % 3;
                let start = Instant::now();
                list(Contender::ALL[which], &kit, &http, style, &base, n).await;
                took[which] = ms(start.elapsed());
            }
            for (samples, t) in times.iter_mut().zip(took) {
                samples.push(t);
            }
            default_ratio.push(took[0] / took[2]);
            one_ratio.push(took[1] / took[2]);
        }
        let pages = style.pages(n);
        for (who, samples) in Contender::ALL.iter().zip(&times) {
            verdict.info(
                &format!("listing_{style}_{}_ms", who.name()),
                format!(
                    "{} ({n} items, {pages} pages of {})",
                    samples.summary(1),
                    style.page_size()
                ),
            );
        }
        verdict.info(
            &format!("listing_{style}_concurrency1_over_hand"),
            format!("{:.3} (informative)", one_ratio.median()),
        );
        let ratio = default_ratio.median();
        verdict.judge(
            &format!("listing_{style}_default_over_hand"),
            format!("{ratio:.3} (per-round ratios {})", default_ratio.summary(3)),
            "<= 1.00",
            ratio <= 1.0,
        );
    }
}

/// Per style, on the server that waits 20 ms before each response: groupkit's speedup over
/// the hand loop, and the requests each listing sent (counted by the server).
pub async fn latency(slow: &str, plan: &Plan, verdict: &mut Verdict) {
    let http = hand::http_client();
    for style in Style::ALL {
        let n = plan.latency_pages * style.page_size();
        let (base, pages) = (style.base_url(slow, n), style.pages(n));
        let kit = Kit::new(style, &base);
        list(Contender::Default, &kit, &http, style, &base, n).await;
        list(Contender::Hand, &kit, &http, style, &base, n).await;
        let (mut kit_ms, mut hand_ms) = (Samples::default(), Samples::default());
        let (mut kit_requests, mut hand_requests) = (0, 0);
        for _ in 0..plan.latency_rounds {
            for (who, samples, requests) in [
                (Contender::Default, &mut kit_ms, &mut kit_requests),
                (Contender::Hand, &mut hand_ms, &mut hand_requests),
            ] {
                reset(&http, slow).await;
                let start = Instant::now();
                list(who, &kit, &http, style, &base, n).await;
                samples.push(ms(start.elapsed()));
                *requests = (*requests).max(count(&http, slow, style).await);
            }
        }
        verdict.info(
            &format!("latency_{style}_groupkit_default_ms"),
            format!("{} ({pages} pages, 20 ms each)", kit_ms.summary(0)),
        );
        verdict.info(
            &format!("latency_{style}_hand_ms"),
            format!("{} ({pages} pages, 20 ms each)", hand_ms.summary(0)),
        );
        verdict.info(
            &format!("latency_{style}_speedup_over_hand"),
            format!(
                "{:.2}x (informative; styles that must read a page to find the next cannot overlap)",
                hand_ms.median() / kit_ms.median()
            ),
        );
        verdict.judge(
            &format!("requests_per_listing_{style}"),
            format!("{kit_requests} (most of any round; hand loop {hand_requests}; pages needed {pages})"),
            &format!("= {pages}"),
            kit_requests == pages,
        );
    }
}

/// Groups.io `getgroup`, groupkit against bare reqwest, in alternating blocks.
pub async fn single_gets(server: &str, plan: &Plan, verdict: &mut Verdict) {
    let http = hand::http_client();
    let base = Style::Cursor.base_url(server, 1);
    let kit = Kit::new(Style::Cursor, &base);
    let block = plan.get_block.max(1);
    let run = |groupkit: bool| {
        let (kit, http, base) = (&kit, &http, &base);
        async move {
            let (start, cpu) = (Instant::now(), cpu_time());
            for _ in 0..block {
                let group = if groupkit {
                    kit.get_group().await
                } else {
                    hand::get_group(http, base).await
                };
                std::hint::black_box(group.unwrap());
            }
            (start.elapsed(), cpu_time().saturating_sub(cpu))
        }
    };
    run(true).await; // warm-up
    run(false).await;
    let (mut kit_us, mut bare_us, mut ratios) = Default::default();
    let (mut kit_cpu, mut bare_cpu) = (Duration::ZERO, Duration::ZERO);
    let per_get = |d: Duration| d.as_secs_f64() * 1e6 / block as f64;
    for b in 0..plan.gets.div_ceil(block) {
        let ((kit_wall, kc), (bare_wall, bc)) = if b % 2 == 0 {
            let k = run(true).await;
            (k, run(false).await)
        } else {
            let h = run(false).await;
            (run(true).await, h)
        };
        Samples::push(&mut kit_us, per_get(kit_wall));
        Samples::push(&mut bare_us, per_get(bare_wall));
        Samples::push(
            &mut ratios,
            kit_wall.as_secs_f64() / bare_wall.as_secs_f64(),
        );
        kit_cpu += kc;
        bare_cpu += bc;
    }
    let gets = plan.gets.div_ceil(block) * block;
    verdict.info(
        "single_get_groupkit_us",
        format!(
            "{} (per GET, blocks of {block}; {gets} GETs)",
            kit_us.summary(1)
        ),
    );
    verdict.info(
        "single_get_bare_reqwest_us",
        format!(
            "{} (per GET, blocks of {block}; {gets} GETs)",
            bare_us.summary(1)
        ),
    );
    if !bare_cpu.is_zero() {
        verdict.info(
            "single_get_cpu_groupkit_over_bare",
            format!(
                "{:.3} (informative: this process's CPU, {:.1} vs {:.1} µs per GET)",
                kit_cpu.as_secs_f64() / bare_cpu.as_secs_f64(),
                kit_cpu.as_secs_f64() * 1e6 / gets as f64,
                bare_cpu.as_secs_f64() * 1e6 / gets as f64
            ),
        );
    }
    let ratio = ratios.median();
    verdict.judge(
        "single_get_groupkit_over_bare",
        format!("{ratio:.3} (per-block ratios {})", ratios.summary(3)),
        "<= 1.05",
        ratio <= 1.05,
    );
}

/// `count` single GETs by one implementation, nothing else (for profilers).
pub fn gets_only(server: &str, who: crate::memory::Implementation, count: u64) {
    let base = Style::Cursor.base_url(server, 1);
    crate::runtime().block_on(async {
        let (kit, http) = (Kit::new(Style::Cursor, &base), hand::http_client());
        for _ in 0..count {
            let group = match who {
                crate::memory::Implementation::Groupkit => kit.get_group().await,
                crate::memory::Implementation::Hand => hand::get_group(&http, &base).await,
            };
            std::hint::black_box(group.unwrap());
        }
    });
}

async fn reset(http: &reqwest::Client, server: &str) {
    http.get(format!("{server}/__reset")).send().await.unwrap();
}

async fn count(http: &reqwest::Client, server: &str, style: Style) -> u64 {
    let url = format!("{server}/__count?style={style}");
    let text = http.get(url).send().await.unwrap().text().await.unwrap();
    text.trim().parse().unwrap()
}
