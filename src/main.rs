//! The `disclose` binary: parse the command line, call the library, map results to exit codes
//! (0 clean, 1 a rule failed, 2 unusable input or usage).

mod cli;

use clap::Parser;
use cli::{Cli, Command, Format, ReportArgs};
use disclose::diag::{self, Diagnostics};
use disclose::source::files::SourceFiles;
use disclose::summary::{BuildReport, count};
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match cli.command {
        Command::Build(ref args) => build(&cli, args),
        Command::Check(ref args) => check(&cli, &args.report),
        Command::Rules => rules(),
        Command::Explain { ref id } => explain(id),
        Command::Init { ref dir } => init(&cli, dir),
        Command::New(ref args) => new_notice(&cli, args),
        Command::Codes(ref args) => codes(args),
        Command::Serve(ref args) => serve(&cli, args),
        Command::Diff {
            ref notice,
            ref a,
            ref b,
            ref lang,
            format,
        } => diff(&cli, notice, (a, b), lang.as_deref(), format),
        Command::At {
            ref notice,
            ref date,
            format,
        } => at(&cli, notice, date, format),
        Command::Version {
            action: cli::VersionAction::New { ref notice, major },
        } => version_new(&cli, notice, major),
        Command::Publish(ref args) => publish(&cli, args),
    }
}

/// A command line clap cannot parse. A mistyped command is answered with the nearest one by
/// edit distance (`bulid` → `build`), which clap's own ranking does not put first.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::CommandFactory;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() == ErrorKind::InvalidSubcommand
        && let Some(ContextValue::String(typed)) = e.get(ContextKind::InvalidSubcommand)
    {
        let cmd = Cli::command();
        let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        if let Some(near) = disclose::vocab::closest(typed, names.iter().copied()) {
            eprintln!(
                "error: unrecognized subcommand '{typed}'\n\n  tip: a similar subcommand exists: '{near}'\n\nFor more information, try '--help'."
            );
            return ExitCode::from(EXIT_INPUT);
        }
    }
    let code = e.exit_code();
    drop(e.print());
    ExitCode::from(u8::try_from(code).unwrap_or(EXIT_INPUT))
}

fn serve(cli: &Cli, args: &cli::ServeArgs) -> ExitCode {
    let Ok(today) = today(cli) else {
        return ExitCode::from(EXIT_INPUT);
    };
    let options = disclose::serve::Options {
        root: cli.root().to_path_buf(),
        bind: args.bind,
        port: args.port,
        open: args.open,
        poll: args.poll,
        today,
    };
    match disclose::serve::serve(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
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
    let text = diag::render(fmt, diags, files, &disclose::rules::infos());
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
    let Ok(today) = today(cli) else {
        return ExitCode::from(EXIT_INPUT);
    };
    let ran = match disclose::check_at(cli.root(), args.deny_warnings, today) {
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
        eprintln!("ok: {} checked", count(ran.notices, "notice", "notices"));
    }
    lock_note(cli);
    ExitCode::SUCCESS
}

/// Where `build` writes: `--out` taken from the current folder, or public/ in the site's root.
fn out_dir(cli: &Cli, args: &cli::BuildArgs) -> std::path::PathBuf {
    match &args.out {
        Some(out) if out.is_absolute() => out.clone(),
        Some(out) => std::env::current_dir()
            .map(|cwd| cwd.join(out))
            .unwrap_or_else(|_| out.clone()),
        None => cli.root().join("public"),
    }
}

fn build(cli: &Cli, args: &cli::BuildArgs) -> ExitCode {
    let out = out_dir(cli, args);
    let t = Instant::now();
    let Ok(today) = today(cli) else {
        return ExitCode::from(EXIT_INPUT);
    };
    let options = disclose::BuildOptions {
        force: args.force,
        deny_warnings: args.report.deny_warnings,
        today,
        drafts: args.drafts,
        data_only: args.data_only,
    };
    let json = args.report.format == Format::Json;
    match disclose::build_at(cli.root(), &out, options) {
        Ok(built) => {
            let report = BuildReport::new(
                &built.ran,
                built.stats.as_ref(),
                &out,
                args.drafts,
                t.elapsed(),
            );
            let diags = &built.ran.diagnostics;
            if json {
                print_build_json(diags, &built.ran.files, &report, None);
            } else if !diags.is_empty() {
                print(&args.report, diags, &built.ran.files);
            }
            if let Some(stats) = &built.stats {
                stage_times(cli, stats, t);
                if let Some((path, why)) = &stats.written.leftover {
                    eprintln!(
                        "warning: the previous output, moved to {}, was not removed: {why}",
                        path.display()
                    );
                }
            }
            if !json && !args.quiet {
                eprint!("{}", report.human());
            }
            if built.stats.is_none() {
                return failed(diags);
            }
            lock_note(cli);
            ExitCode::SUCCESS
        }
        Err(disclose::Error::Render(report)) | Err(disclose::Error::Load(report)) => {
            build_failed(args, &report, &out, t, EXIT_INPUT)
        }
        Err(disclose::Error::Check(report)) => build_failed(args, &report, &out, t, EXIT_RULES),
        Err(e @ (disclose::Error::Output(_) | disclose::Error::PartlyWritten(_))) => {
            let untouched = matches!(e, disclose::Error::Output(_));
            let report = BuildReport::stopped(&out, untouched, t.elapsed());
            if json {
                let empty = disclose::Report {
                    files: SourceFiles::default(),
                    diagnostics: Diagnostics::default(),
                };
                print_build_json(
                    &empty.diagnostics,
                    &empty.files,
                    &report,
                    Some(e.to_string()),
                );
            } else {
                eprintln!("error: {e}");
                if !args.quiet {
                    eprint!("{}", report.human());
                }
            }
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// A build that stopped on its diagnostics before running the notices.
fn build_failed(
    args: &cli::BuildArgs,
    report: &disclose::Report,
    out: &std::path::Path,
    t: Instant,
    code: u8,
) -> ExitCode {
    let summary = BuildReport::stopped(out, true, t.elapsed());
    if args.report.format == Format::Json {
        print_build_json(&report.diagnostics, &report.files, &summary, None);
    } else {
        print(&args.report, &report.diagnostics, &report.files);
        if !args.quiet {
            eprint!("{}", summary.human());
        }
    }
    ExitCode::from(code)
}

/// `build --format json`: one document, the diagnostics and the build report beside them.
fn print_build_json(
    diags: &Diagnostics,
    files: &SourceFiles,
    report: &BuildReport,
    error: Option<String>,
) {
    let mut extra = serde_json::Map::new();
    extra.insert(
        "build".to_string(),
        serde_json::to_value(report).unwrap_or(serde_json::Value::Null),
    );
    if let Some(e) = error {
        extra.insert("error".to_string(), serde_json::Value::String(e));
    }
    let text = diag::json::render_with(diags, files, extra);
    drop(std::io::stdout().write_all(text.as_bytes()));
}

/// `-v`: how long each stage of a build took.
fn stage_times(cli: &Cli, stats: &disclose::BuildStats, t: Instant) {
    if cli.verbose {
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        eprintln!(
            "{:>8} {:>7.1} ms  walk the tree, load the site's settings, locales and theme",
            "open",
            ms(stats.open)
        );
        eprintln!(
            "{:>8} {:>7.1} ms  read, check and render every notice, write the files to a staging folder",
            "run",
            ms(stats.render.saturating_sub(stats.open))
        );
        eprintln!(
            "{:>8} {:>7.1} ms  put the new output in place",
            "emit",
            ms(stats.emit)
        );
        verbose(cli, "build", t);
    }
}

/// `--today`, if given and a date.
fn today(cli: &Cli) -> Result<Option<disclose::model::Date>, ()> {
    match &cli.today {
        None => Ok(None),
        Some(s) => disclose::model::Date::parse(s).map(Some).ok_or_else(|| {
            eprintln!("error: --today {s} is not a date\nhelp: write YYYY-MM-DD, e.g. 2024-09-01");
        }),
    }
}

/// A site without a lock has published versions nobody guards: say so after a run that passed.
fn lock_note(cli: &Cli) {
    if !cli.root().join(disclose::source::lock::PATH).exists() {
        eprintln!(
            "note: there is no {}, so an edit to a published version goes unnoticed; record every published version with `disclose publish --all`",
            disclose::source::lock::PATH
        );
    }
}

/// Diagnostics in the human format on stderr (coloured on a terminal unless NO_COLOR is set).
fn eprint_report(report: &disclose::Report) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let fmt = diag::Format::Human { color };
    eprint!(
        "{}",
        diag::render(fmt, &report.diagnostics, &report.files, &[])
    );
}

/// The warnings of the check a lifecycle command ran.
fn show_warnings(warnings: Option<disclose::Report>) {
    if let Some(report) = warnings {
        eprint_report(&report);
    }
}

/// A lifecycle command failed: say why (with the diagnostics, when it was the check).
fn lifecycle_failed(e: disclose::publish::LifecycleError) -> ExitCode {
    if let disclose::publish::LifecycleError::Check(report) = &e {
        eprint_report(report);
        eprintln!("error: nothing was changed: the site must pass `disclose check` with it");
        return failed(&report.diagnostics);
    }
    eprintln!("error: {e}");
    ExitCode::from(EXIT_INPUT)
}

fn version_new(cli: &Cli, notice: &str, major: bool) -> ExitCode {
    match disclose::publish::new_version(cli.root(), notice, major) {
        Ok(v) => {
            eprintln!(
                "created {} as a draft copy of {notice} {}: edit it, then publish it with
  disclose publish {notice} {}",
                v.dir.display(),
                v.from,
                v.to
            );
            ExitCode::SUCCESS
        }
        Err(e) => lifecycle_failed(e),
    }
}

fn new_notice(cli: &Cli, args: &cli::NewArgs) -> ExitCode {
    match disclose::new_notice::new_notice(cli.root(), &args.notice, args.from.as_deref()) {
        Ok(made) => {
            let langs: Vec<&str> = made.languages.iter().map(|l| l.code()).collect();
            match &made.from {
                Some((from, v)) => eprintln!(
                    "created {} as a draft copy of {from} {v}, in {}",
                    made.dir.display(),
                    langs.join(", ")
                ),
                None => eprintln!(
                    "created {}: an outline of facts.toml and {}, a draft",
                    made.dir.display(),
                    count(langs.len(), "language file", "language files")
                ),
            }
            for (file, keys) in &made.dropped {
                eprintln!(
                    "left out of {file} the labels of ids the copy does not define: {}",
                    keys.join(", ")
                );
            }
            eprintln!(
                "next: fill in the TODOs; `disclose check` lists what is still missing, `disclose codes` the codes you may write"
            );
            ExitCode::SUCCESS
        }
        Err(e) => lifecycle_failed(e),
    }
}

/// Load the whole site for a question about its history; on failure, print why.
fn load_for_history(cli: &Cli) -> Result<disclose::model::Site, ExitCode> {
    disclose::load(cli.root()).map_err(|report| {
        eprint!("{report}");
        eprintln!("error: the site must load before its history can be read");
        ExitCode::from(EXIT_INPUT)
    })
}

fn diff(
    cli: &Cli,
    notice: &str,
    versions: (&str, &str),
    lang: Option<&str>,
    format: cli::DiffFormat,
) -> ExitCode {
    let site = match load_for_history(cli) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let report = disclose::inspect::language(&site, lang)
        .and_then(|l| disclose::inspect::diff(&site, notice, versions, l));
    match report {
        Ok(r) => {
            print_answer(&r, format);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// Print an answer of `diff` or `at`: as text for a terminal, or as JSON.
fn print_answer<T: std::fmt::Display + serde::Serialize>(r: &T, format: cli::DiffFormat) {
    match format {
        cli::DiffFormat::Human => print!("{r}"),
        cli::DiffFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
        ),
    }
}

fn at(cli: &Cli, notice: &str, date: &str, format: cli::DiffFormat) -> ExitCode {
    let Some(day) = disclose::publish::parse_date(date) else {
        eprintln!("error: {date} is not a date\nhelp: write YYYY-MM-DD, e.g. 2024-09-01");
        return ExitCode::from(EXIT_INPUT);
    };
    let site = match load_for_history(cli) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match disclose::inspect::at(&site, notice, day) {
        Ok(r) => {
            print_answer(&r, format);
            if r.version.is_some() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_RULES)
            }
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn publish(cli: &Cli, args: &cli::PublishArgs) -> ExitCode {
    use disclose::publish as p;
    let date = |s: &Option<String>, what: &str| match s {
        None => Ok(None),
        Some(s) => p::parse_date(s).map(Some).ok_or_else(|| {
            eprintln!(
                "error: --{what} {s} is not a date
help: write YYYY-MM-DD, e.g. 2024-09-01"
            );
            ExitCode::from(EXIT_INPUT)
        }),
    };
    let today = match self::today(cli) {
        Ok(t) => t.unwrap_or_else(p::today),
        Err(()) => return ExitCode::from(EXIT_INPUT),
    };
    if args.all {
        return match p::publish_all(cli.root(), today) {
            Ok((recorded, warnings)) if recorded.is_empty() => {
                show_warnings(warnings);
                eprintln!(
                    "every published version is already in {}",
                    disclose::source::lock::PATH
                );
                ExitCode::SUCCESS
            }
            Ok((recorded, warnings)) => {
                show_warnings(warnings);
                for (n, v) in &recorded {
                    eprintln!("recorded {n} {v}");
                }
                eprintln!(
                    "recorded {} in {}",
                    count(recorded.len(), "published version", "published versions"),
                    disclose::source::lock::PATH
                );
                ExitCode::SUCCESS
            }
            Err(e) => lifecycle_failed(e),
        };
    }
    let (Some(notice), Some(version)) = (&args.notice, &args.version) else {
        eprintln!(
            "error: name the notice and the version, e.g. disclose publish business-contacts 2.2"
        );
        return ExitCode::from(EXIT_INPUT);
    };
    if args.amend {
        let reason = args.reason.as_deref().unwrap_or("");
        return match p::amend(cli.root(), notice, version, reason, today) {
            Ok(warnings) => {
                show_warnings(warnings);
                eprintln!(
                    "recorded a correction to {notice} {version} in {} ({today}): {reason}",
                    disclose::source::lock::PATH
                );
                ExitCode::SUCCESS
            }
            Err(e) => lifecycle_failed(e),
        };
    }
    let (published, effective) =
        match (date(&args.date, "date"), date(&args.effective, "effective")) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(code), _) | (_, Err(code)) => return code,
        };
    match p::publish(cli.root(), notice, version, published, effective, today) {
        Ok(done) => {
            show_warnings(done.warnings);
            for (n, v) in &done.also_recorded {
                eprintln!("recorded {n} {v}, published before the lock existed");
            }
            let effective = done
                .effective
                .map(|e| format!(", in effect from {e}"))
                .unwrap_or_default();
            if done.recorded_only {
                eprintln!(
                    "recorded {notice} {version} (published on {}) in {}",
                    done.date,
                    disclose::source::lock::PATH
                );
            } else {
                eprintln!(
                    "published {notice} {version} on {}{effective} and recorded it in {}",
                    done.date,
                    disclose::source::lock::PATH
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => lifecycle_failed(e),
    }
}

fn codes(args: &cli::CodesArgs) -> ExitCode {
    let Some(name) = &args.kind else {
        print!("{}", disclose::codes::kinds());
        return ExitCode::SUCCESS;
    };
    match disclose::codes::find(name).and_then(|k| disclose::codes::list(k, &args.lang)) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
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

fn init(cli: &Cli, dir: &std::path::Path) -> ExitCode {
    if let Some(root) = &cli.root {
        eprintln!(
            "error: `init` creates a new site in DIR, and takes no --root (given: {})\nhelp: name the new site's folder as DIR: disclose init {}",
            root.display(),
            root.join(dir).display()
        );
        return ExitCode::from(EXIT_INPUT);
    }
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
