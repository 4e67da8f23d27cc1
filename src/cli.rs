//! The command line: clap definitions and help texts. Nothing here does work; `main.rs` calls
//! the library.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

/// Compile privacy-notice source into a four-language static site, and fail when a disclosure
/// that GDPR Art. 13 or 14 requires is missing.
///
/// Run it in a site's root folder, the one holding content/ (or pass --root). `disclose init
/// my-site` creates a small site to start from.
#[derive(Debug, Parser)]
#[command(name = "disclose", version, max_term_width = 100)]
pub struct Cli {
    /// The site's root folder, holding content/ and optionally locales/ and themes/ (default:
    /// the current folder). Not for `init`, which takes the new site's folder as DIR.
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// Print how long each stage took, on stderr: for build, loading the site's settings,
    /// running the notices (read, check, render, write to a staging folder) and putting the
    /// output in place; for check, the whole check.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// The day the checks take as today (default: the system's date, UTC), e.g. to see what
    /// a build will say once a version's date has come.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The site's root folder: `--root`, or the current folder.
    pub fn root(&self) -> &Path {
        self.root.as_deref().unwrap_or(Path::new("."))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the source, then write the site to public/ (or --out).
    ///
    /// Nothing is written when a check fails: the previous site stays as it was. The new site is
    /// written to a staging folder beside the output and swapped in only when complete.
    Build(BuildArgs),
    /// Run every rule (GDPR Art. 13/14, translations, consistency) and report what is missing.
    ///
    /// Exit code 0 when clean, 1 when a rule failed, 2 when the source cannot be read.
    Check(CheckArgs),
    /// List every rule with its id, GDPR article and summary.
    Rules,
    /// Explain one rule, with an example of the source that satisfies it.
    Explain {
        /// The rule id, e.g. R10.
        id: String,
    },
    /// Create a minimal site that builds, in DIR.
    ///
    /// DIR is the new site's root; `--root` does not apply (give the folder as DIR).
    Init {
        /// The folder to create; it must not exist or be empty.
        dir: PathBuf,
    },
    /// Start a new notice: its first draft version (1.0) in every language of the site.
    ///
    /// facts.toml has every required key, commented with what to write and which GDPR article
    /// asks for it; each language file has the required sections as headings with TODO
    /// markers. `disclose check` then lists what is still to fill in. With --from, the newest
    /// version of another notice is copied instead, as a draft, without the labels the copy
    /// does not use.
    New(NewArgs),
    /// List the codes a facts.toml may use, with their words in one language and when to use
    /// each.
    ///
    /// Without a kind, lists the kinds (legal-bases, categories, recipients, …). Works offline,
    /// from the built-in vocabulary.
    Codes(CodesArgs),
    /// Preview the site in your browser, drafts included, rebuilt as you edit.
    ///
    /// Open the address it prints. Each time you save a file the pages rebuild and reload; a
    /// problem is shown over every page until the file is fixed. Nothing is written to public/.
    /// Stop it with Ctrl+C.
    Serve(ServeArgs),
    /// Show what changed between two versions of a notice: each change in the facts as a
    /// sentence, marked material or not with the reason, then each changed section's words.
    ///
    /// Exit code 0 whether or not anything changed; 2 when the notice or a version is unknown.
    Diff {
        /// The notice's id (its folder under content/notices/).
        notice: String,
        /// The older version, e.g. 2.0.
        a: String,
        /// The newer version, e.g. 2.1.
        b: String,
        /// The language to word the changes in: nb, sv, da, fi or sv-FI (default: the
        /// site's default language).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// How to print the changes.
        #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
        format: DiffFormat,
    },
    /// Print the version of a notice that was in force on a day, with its addresses.
    ///
    /// Exit code 0 when a version was in force, 1 when none was yet.
    At {
        /// The notice's id (its folder under content/notices/).
        notice: String,
        /// The day, YYYY-MM-DD.
        date: String,
        /// How to print the answer.
        #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
        format: DiffFormat,
    },
    /// Manage versions: `disclose version new <notice>` starts a draft.
    Version {
        /// What to do: `new` starts a draft.
        #[command(subcommand)]
        action: VersionAction,
    },
    /// Date a version and record its content hash in content/disclose.lock.
    ///
    /// `disclose publish <notice> <version>` dates a draft (today, or --date) and records it; a
    /// version that already has a date is recorded with it. `--amend --reason "…"` records an
    /// editorial correction to a published version; `--all` records every version already
    /// published. The site must pass `disclose check` afterwards, or nothing is changed.
    Publish(PublishArgs),
}

#[derive(Debug, Subcommand)]
pub enum VersionAction {
    /// Copy a notice's newest version into a draft with the next number (2.1 → 2.2; with
    /// --major, 3.0), without its dates and change summaries.
    New {
        /// The notice's id (its folder under content/notices/).
        notice: String,
        /// Start the next major version (2.1 → 3.0).
        #[arg(long)]
        major: bool,
    },
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The notice's id (its folder under content/notices/), e.g. business-contacts.
    #[arg(required_unless_present = "all")]
    pub notice: Option<String>,
    /// The version to publish (or, with --amend, the published version corrected), e.g. 2.2:
    /// its folder's name under content/notices/<notice>/.
    #[arg(required_unless_present = "all")]
    pub version: Option<String>,
    /// The publication date (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "amend")]
    pub date: Option<String>,
    /// The date the version takes effect, if later than its publication (WP260 para 30).
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "amend")]
    pub effective: Option<String>,
    /// Record an editorial correction (a typo, a broken link) to a published version.
    #[arg(long, requires = "reason")]
    pub amend: bool,
    /// What the correction is, shown in the change history (required with --amend).
    #[arg(long, requires = "amend", value_name = "TEXT")]
    pub reason: Option<String>,
    /// Record every version that has a published date but is not in the lock yet.
    #[arg(long, conflicts_with_all = ["notice", "version", "amend", "date", "effective"])]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Where to write the site (default: public/ in the site's root). A relative DIR is taken
    /// from the current folder, as in any other command. The folder is replaced whole, so
    /// disclose replaces only a new or empty folder, or one it wrote itself (it leaves a
    /// .disclose-output file there).
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Replace an existing --out folder that disclose did not write, with everything in it.
    /// (The site's own source, a repository, your home folder and / are refused even so.)
    #[arg(long)]
    pub force: bool,

    /// Include drafts, for a preview: each draft page says it is a draft, and is kept out of
    /// search engines (noindex) and the sitemap. Build them into another folder than the one
    /// you publish, e.g. --drafts --out preview.
    #[arg(long)]
    pub drafts: bool,

    /// Write the data only: every notice.json, api/ (index and each version's data) and
    /// schema/, no pages, for pipelines that read notices as data. Use another --out than the
    /// site's.
    #[arg(long)]
    pub data_only: bool,

    /// Print no build report (problems found are still printed).
    #[arg(long, short)]
    pub quiet: bool,

    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The new notice's id: its folder's name under content/notices/ (lower-case letters,
    /// digits and single hyphens, starting with a letter), e.g. job-applicants.
    pub notice: String,
    /// Copy the newest version of this notice (its id) instead of starting from an outline.
    #[arg(long, value_name = "NOTICE")]
    pub from: Option<String>,
}

#[derive(Debug, Args)]
pub struct CodesArgs {
    /// The kind of code to list: legal-bases, categories, recipients, sources, mechanisms,
    /// triggers, rights, right-reasons, waiver-grounds, cookie-categories, cookie-parties,
    /// countries, authorities, collections, requirements, acts, bounds, roles. Leave it out to
    /// list the kinds.
    pub kind: Option<String>,
    /// The language of the words: nb, sv, da, fi or sv-FI.
    #[arg(long, default_value = "nb", value_name = "LANG")]
    pub lang: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port).
    #[arg(long, short, default_value_t = disclose::serve::DEFAULT_PORT)]
    pub port: u16,

    /// The address to listen on. The default, 127.0.0.1, is reachable from this computer only;
    /// another address shows your drafts to whoever can reach it.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: std::net::IpAddr,

    /// Open the preview in the default browser.
    #[arg(long)]
    pub open: bool,

    /// Look for changed files every half second, for folders that send no change events
    /// (some network drives and containers).
    #[arg(long)]
    pub poll: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// How to print diagnostics (and, for build, the report: `json` prints one document with
    /// both; see README.md).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Treat warnings as errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Output formats for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-like text; coloured on a terminal unless NO_COLOR is set.
    Human,
    /// One JSON document (see README.md for its shape).
    Json,
    /// GitHub Actions workflow commands (::error file=…,line=…::…).
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// Output formats of `diff` and `at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Text for a terminal.
    Human,
    /// One JSON document, for scripts.
    Json,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every subcommand and every argument of every subcommand explains itself in `--help`.
    #[test]
    fn every_command_and_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && !arg.is_hide_set() && arg.get_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                let name = format!("{path} {}", sub.get_name());
                if sub.get_name() != "help" && sub.get_about().is_none() {
                    missing.push(name.clone());
                }
                walk(sub, &name, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "disclose", &mut missing);
        assert!(missing.is_empty(), "no help text: {missing:?}");
        Cli::command().debug_assert();
    }
}
