//! Times each stage of the pipeline in-process on a generated site.
//!
//! `cargo bench --bench pipeline -- [notices]` (default 200). Generate the site first with
//! `cargo run --release --example gen_site -- <notices> target/bench-site`; `benches/run.sh`
//! does both and also times the whole command against Hugo on equivalent Markdown.
//!
//! Prints the median of several runs per stage and the time per page. Figures on a shared
//! machine vary: compare ratios measured in the same session, not absolute times.

use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = std::env::var("DISCLOSE_BENCH_SITE").unwrap_or_else(|_| "target/bench-site".into());
    let root = Path::new(&root);
    if !root.join("content/site.toml").is_file() {
        eprintln!(
            "no site at {}: run `cargo run --release --example gen_site -- 1000 {}` first",
            root.display(),
            root.display()
        );
        std::process::exit(2);
    }
    let runs = 5;
    let (mut load, mut check, mut render, mut emit) = (vec![], vec![], vec![], vec![]);
    let mut pages = 0;
    let out = root.join("public");
    for _ in 0..runs {
        let t = Instant::now();
        let site = disclose::load(root).map_err(|r| r.to_string())?;
        load.push(t.elapsed());
        let t = Instant::now();
        let diags = disclose::check(&site);
        check.push(t.elapsed());
        if diags.has_errors() {
            return Err("the generated site does not check clean".into());
        }
        let t = Instant::now();
        let files = disclose::render::render(&site).map_err(|d| format!("{d:?}"))?;
        render.push(t.elapsed());
        pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
        let t = Instant::now();
        disclose::emit::write_site(&out, root, &files, false).map_err(|e| e.to_string())?;
        emit.push(t.elapsed());
    }
    let total = median(load.clone())
        + median(check.clone())
        + median(render.clone())
        + median(emit.clone());
    println!(
        "site: {} ({pages} pages), median of {runs} runs",
        root.display()
    );
    for (name, v) in [
        ("load", load),
        ("check", check),
        ("render", render),
        ("emit", emit),
    ] {
        println!("{name:>8} {:>9.1} ms", median(v).as_secs_f64() * 1e3);
    }
    println!(
        "{:>8} {:>9.1} ms  ({:.3} ms per page)",
        "total",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / pages.max(1) as f64
    );
    Ok(())
}
