//! The `disclose` binary: parse the command line, call the library, map results to exit codes
//! (0 clean, 1 a rule failed, 2 unusable input or usage).

mod cli;

use clap::Parser;
use cli::{Cli, Command, Format, ReportArgs};
use disclose::diag::{self, Diagnostics};
use disclose::source::files::SourceFiles;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

/// Rendering allocates many small strings on every thread, where mimalloc is faster than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXIT_RULES: u8 = 1;
const EXIT_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(ref args) => build(&cli, args),
        Command::Check(ref args) => check(&cli, &args.report),
        Command::Rules => rules(),
        Command::Explain { ref id } => explain(id),
        Command::Init { ref dir } => init(dir),
        Command::Serve => not_yet("serve"),
        Command::Diff { .. } => not_yet("diff"),
        Command::Version { .. } => not_yet("version"),
        Command::Publish { .. } => not_yet("publish"),
    }
}

fn not_yet(name: &str) -> ExitCode {
    eprintln!("error: `disclose {name}` is not available yet in this version of disclose");
    eprintln!("help: `disclose build` and `disclose check` are; see `disclose --help`");
    ExitCode::from(EXIT_INPUT)
}

fn format(args: &ReportArgs) -> diag::Format {
    match args.format {
        Format::Human => diag::Format::Human {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        },
        Format::Json => diag::Format::Json,
        Format::Github => diag::Format::Github,
        Format::Sarif => diag::Format::Sarif,
    }
}

/// Human diagnostics go to stderr; machine formats to stdout, where CI collects them.
fn print(args: &ReportArgs, diags: &Diagnostics, files: &SourceFiles) {
    let fmt = format(args);
    let text = diag::render(fmt, diags, files);
    let result = match fmt {
        diag::Format::Human { .. } => std::io::stderr().write_all(text.as_bytes()),
        _ => std::io::stdout().write_all(text.as_bytes()),
    };
    drop(result);
}

fn verbose(cli: &Cli, stage: &str, since: Instant) {
    if cli.verbose {
        eprintln!(
            "{stage:>8} {:>7.1} ms",
            since.elapsed().as_secs_f64() * 1000.0
        );
    }
}

fn fails(args: &ReportArgs, diags: &Diagnostics) -> bool {
    diags.has_errors() || (args.deny_warnings && !diags.is_empty())
}

/// The exit code for a run whose diagnostics fail it.
fn failed(diags: &Diagnostics) -> ExitCode {
    ExitCode::from(if diags.has_load_errors() {
        EXIT_INPUT
    } else {
        EXIT_RULES
    })
}

fn check(cli: &Cli, args: &ReportArgs) -> ExitCode {
    let t = Instant::now();
    let ran = match disclose::check_at(&cli.root, args.deny_warnings) {
        Ok(ran) => ran,
        Err(report) => {
            print(args, &report.diagnostics, &report.files);
            return ExitCode::from(EXIT_INPUT);
        }
    };
    verbose(cli, "check", t);
    print(args, &ran.diagnostics, &ran.files);
    if ran.diagnostics.has_load_errors() {
        return ExitCode::from(EXIT_INPUT);
    }
    if fails(args, &ran.diagnostics) {
        return ExitCode::from(EXIT_RULES);
    }
    if matches!(args.format, Format::Human) {
        eprintln!("ok: {} notices checked", ran.notices);
    }
    ExitCode::SUCCESS
}

fn build(cli: &Cli, args: &cli::BuildArgs) -> ExitCode {
    let out = if args.out.is_absolute() {
        args.out.clone()
    } else {
        cli.root.join(&args.out)
    };
    let t = Instant::now();
    let options = disclose::BuildOptions {
        force: args.force,
        deny_warnings: args.report.deny_warnings,
    };
    match disclose::build_at(&cli.root, &out, options) {
        Ok(built) => {
            let diags = &built.ran.diagnostics;
            if !diags.is_empty() {
                print(&args.report, diags, &built.ran.files);
            }
            let Some(stats) = built.stats else {
                eprintln!("error: nothing was built; the previous output, if any, is unchanged");
                return failed(diags);
            };
            if cli.verbose {
                eprintln!(
                    "{:>8} {:>7.1} ms",
                    "run",
                    stats.render.as_secs_f64() * 1000.0
                );
                eprintln!(
                    "{:>8} {:>7.1} ms",
                    "emit",
                    stats.emit.as_secs_f64() * 1000.0
                );
            }
            verbose(cli, "build", t);
            let reused = match built.ran.cached {
                0 => String::new(),
                n => format!(
                    "; {n} of {} notices unchanged since the last build",
                    built.ran.notices
                ),
            };
            let removed = match stats.written.removed {
                0 => String::new(),
                n => format!(", {n} removed"),
            };
            eprintln!(
                "built {} pages and {} JSON files into {} ({} files written, {} unchanged{removed}{reused})",
                stats.pages,
                stats.json,
                stats.written.out.display(),
                stats.written.written,
                stats.written.unchanged,
            );
            if let Some((path, why)) = &stats.written.leftover {
                eprintln!(
                    "warning: the previous output, moved to {}, was not removed: {why}",
                    path.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(disclose::Error::Render(report)) | Err(disclose::Error::Load(report)) => {
            print(&args.report, &report.diagnostics, &report.files);
            eprintln!("error: nothing was built; the previous output, if any, is unchanged");
            ExitCode::from(EXIT_INPUT)
        }
        Err(disclose::Error::Check(report)) => {
            print(&args.report, &report.diagnostics, &report.files);
            ExitCode::from(EXIT_RULES)
        }
        Err(e @ disclose::Error::Output { .. }) => {
            eprintln!("error: {e}");
            eprintln!("the previous output, if any, is unchanged");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn rules() -> ExitCode {
    let mut out = String::new();
    for r in disclose::rules::registry() {
        let sev = match r.severity {
            diag::Severity::Error => "error",
            diag::Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "{:<5} {:<8} {:<28} {}\n",
            r.id, sev, r.articles, r.summary
        ));
    }
    print!("{out}");
    ExitCode::SUCCESS
}

fn explain(id: &str) -> ExitCode {
    match disclose::rules::find(id) {
        Some(r) => {
            println!("{} — {}", r.id, r.summary);
            if !r.articles.is_empty() {
                println!("GDPR {}\n", r.articles);
            }
            println!("{}\n", r.explanation.trim());
            if !r.example.is_empty() {
                println!("Example:\n\n{}", r.example.trim_end());
            }
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: there is no rule `{id}`");
            eprintln!("help: `disclose rules` lists them all");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn init(dir: &std::path::Path) -> ExitCode {
    match disclose::init::init(dir) {
        Ok(()) => {
            eprintln!(
                "created a site in {}; run `disclose build --root {}` to build it",
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
