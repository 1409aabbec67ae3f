//! The command line, declared once: every subcommand and option is a field here, so `--help` is
//! generated from the same definitions the parser reads. Command-line errors exit with 2.

use clap::builder::{PossibleValuesParser, TypedValueParser as _};
use clap::{Parser, Subcommand, ValueEnum};
use plan_gauge_core::model::MethodName;
use plan_gauge_core::time::Date;
use plan_gauge_core::Lang;
use plan_gauge_ui::{Theme, ViewName};
use std::path::PathBuf;

/// plan-gauge — 规划目标进度 / progress of government plans
#[derive(Debug, Parser)]
#[command(name = "plan-gauge", version, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 校验数据 / validate plan and observation files
    Check(CheckArgs),
    /// 每个目标的状态和原因 / a status and its reason for every target of a plan
    Report(ReportArgs),
    /// 静态 HTML / a component as static HTML (the no-JavaScript fallback)
    Render(RenderArgs),
    /// write the deployable embed folder
    Build(BuildArgs),
    /// serve a folder at http://127.0.0.1:8080
    Serve(ServeArgs),
    /// 演示网站的规划页和方法页 / write the demo portal's plan and method pages
    Site(SiteArgs),
    /// 数据格式的 JSON Schema / print the data format's JSON Schema
    Schema(SchemaArgs),
    /// 观测数据表模板 / an observations sheet to fill in (CSV or .xlsx)
    Template(TemplateArgs),
    /// 从规划原文起草数据 / draft plan data from a plan's own text
    Draft(DraftArgs),
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct CheckArgs {
    /// Plan files (`*.plan.json`) and observation files (JSON or CSV).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,
    /// Write messages in one language only (default: zh-Hans and English).
    #[arg(long, value_parser = parse_lang, value_name = LANGS)]
    pub lang: Option<Lang>,
    #[command(flatten)]
    pub sheet: SheetArg,
}

/// Which sheet of an `.xlsx` workbook holds the observations.
#[derive(Debug, clap::Args)]
pub struct SheetArg {
    /// The sheet of an .xlsx workbook to read (default: the first).
    #[arg(long = "sheet", value_name = "NAME")]
    pub name: Option<String>,
}

/// Where a plan's observations are.
#[derive(Debug, clap::Args)]
pub struct ObservationArgs {
    /// Observations: JSON, CSV (UTF-8, GB18030 or UTF-16) or an .xlsx workbook.
    #[arg(long, value_name = "F")]
    pub observations: Option<String>,
    #[command(flatten)]
    pub sheet: SheetArg,
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct ReportArgs {
    /// The plan file.
    #[arg(value_name = "PLAN")]
    pub plan: String,
    #[command(flatten)]
    pub data: ObservationArgs,
    /// The as-of date (default: today).
    #[arg(long = "as-of", value_parser = parse_date, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// The progress method (default: each indicator's own).
    #[arg(long, value_enum)]
    pub method: Option<Method>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The report's language (default: the plan's).
    #[arg(long, value_parser = parse_lang, value_name = LANGS)]
    pub lang: Option<Lang>,
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct RenderArgs {
    /// The plan file.
    #[arg(value_name = "PLAN", required_unless_present = "stylesheet")]
    pub plan: Option<String>,
    /// The indicator's id (every view but the dashboard).
    #[arg(long, value_name = "ID")]
    pub indicator: Option<String>,
    #[arg(long, default_value = "card", value_parser = view_parser())]
    pub view: ViewName,
    #[arg(long, value_parser = parse_lang, value_name = LANGS)]
    pub lang: Option<Lang>,
    #[command(flatten)]
    pub data: ObservationArgs,
    /// The as-of date (default: today).
    #[arg(long = "as-of", value_parser = parse_date, value_name = "DATE")]
    pub as_of: Option<Date>,
    #[arg(long, default_value = "light", ignore_case = true, value_parser = theme_parser())]
    pub theme: Theme,
    /// Which target of the indicator, from 0.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub target: usize,
    /// Print the stylesheet the HTML needs instead.
    #[arg(long)]
    pub stylesheet: bool,
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct BuildArgs {
    /// The folder to write.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The wasm-pack output of the first module (default: $CARGO_TARGET_DIR/plan-gauge-pkg).
    #[arg(long, value_name = "DIR")]
    pub pkg: Option<PathBuf>,
    /// The wasm-pack output of the second part, built with `--features full` (default:
    /// $CARGO_TARGET_DIR/plan-gauge-pkg-full).
    #[arg(long, value_name = "DIR")]
    pub full_pkg: Option<PathBuf>,
    /// An esbuild executable to minify the loader and the second part's script with (without
    /// it they are sent without their comments and indentation).
    #[arg(long, value_name = "FILE")]
    pub esbuild: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct ServeArgs {
    /// The folder to serve.
    #[arg(long, default_value = "www", value_name = "DIR")]
    pub dir: String,
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8080, value_name = "N")]
    pub port: u16,
}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct SiteArgs {
    /// The folder of `*.plan.json` (and `*.sample.json`) files.
    #[arg(long, default_value = "seeds", value_name = "DIR")]
    pub seeds: PathBuf,
    /// The portal folder to write into.
    #[arg(long, default_value = "www", value_name = "DIR")]
    pub out: PathBuf,
    /// The as-of date (default: today).
    #[arg(long = "as-of", value_parser = parse_date, value_name = "DATE")]
    pub as_of: Option<Date>,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {}

#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct TemplateArgs {
    /// The plan file.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    #[arg(long, value_enum, default_value_t = SheetFormat::Csv)]
    pub format: SheetFormat,
    /// The file to write (CSV goes to standard output without it).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The language of the header and the names (default: the plan's).
    #[arg(long, value_parser = parse_lang, value_name = LANGS)]
    pub lang: Option<Lang>,
}

/// Prints the drafted plan as JSON (ready for `plan-gauge check`; `--evidence` adds how each
/// target was found) and, on standard error, how many targets were found, how many need review and
/// how many the format cannot carry. Exits 1 when the drafted plan has errors `plan-gauge check`
/// would report (the JSON is still written), 2 when a file cannot be read.
#[derive(Debug, clap::Args)]
#[command(args_override_self = true)]
pub struct DraftArgs {
    /// The plan's text, read in order and joined: plain text in UTF-8 (with or without a BOM),
    /// GB18030/GBK or UTF-16, a web page (`.html`) or a Word file (`.docx`); `-` is standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// Write the JSON to this file (written whole, then renamed into place) instead of standard
    /// output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the whole draft, `{"plan": …, "targets": […], "suggestions": […]}`, with every
    /// target's quote, offsets, confidence, flags and what the format cannot carry, and the figures
    /// the rules left alone that may be targets, instead of the plan alone.
    #[arg(long)]
    pub evidence: bool,
    /// The year the text was issued or published, `2024` or `2024-06-28` (a news report's or a
    /// work report's date): 今年, 明年 and 今明两年 count from it when the text states no date of
    /// its own. Default: the date of publication a web page carries (`<meta name="PubDate">`).
    #[arg(long, value_parser = parse_issued, value_name = "YEAR")]
    pub issued: Option<i32>,
    /// Also draft aims that state only a direction (稳步提升, 逐年提高), without a value: flagged,
    /// with low confidence, for an editor to fill in or reject.
    #[arg(long)]
    pub direction_only: bool,
    /// Write the summary in one language only (default: zh-Hans and English).
    #[arg(long, value_parser = parse_lang, value_name = LANGS)]
    pub lang: Option<Lang>,
}

/// `template --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// UTF-8 with a byte-order mark, so Excel and WPS open the Chinese text correctly.
    Csv,
    Xlsx,
}

/// `report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Csv,
    #[value(alias = "md")]
    Markdown,
}

/// `report --method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Method {
    Pace,
    Opensdg,
}

impl From<Method> for MethodName {
    fn from(m: Method) -> MethodName {
        match m {
            Method::Pace => MethodName::Pace,
            Method::Opensdg => MethodName::Opensdg,
        }
    }
}

const LANGS: &str = "zh-Hans|zh-Hant|en";

/// A language tag as `Lang::parse` reads it (`zh-CN`, `zh-TW`, `en-GB` …).
fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| format!("unknown language `{tag}` (zh-Hans, zh-Hant, en)"))
}

/// A year of issue, `2024` or a date `2024-06-28`, among the drafter's years
/// (`plan_gauge_draft::YEARS`).
fn parse_issued(y: &str) -> Result<i32, String> {
    let years = plan_gauge_draft::YEARS;
    let year = match Date::parse(y) {
        Some(d) => Some(d.year),
        None => y.trim().parse::<i32>().ok(),
    };
    year.filter(|y| years.contains(y)).ok_or_else(|| {
        let (from, to) = (years.start(), years.end());
        format!("`{y}` 不是 {from} 到 {to} 之间的年份或日期 / is not a year (or YYYY-MM-DD date) from {from} to {to}")
    })
}

fn parse_date(d: &str) -> Result<Date, String> {
    Date::parse(d).ok_or_else(|| format!("`{d}` is not a YYYY-MM-DD date"))
}

/// The views plan-gauge-ui knows, by their names.
fn view_parser() -> impl clap::builder::TypedValueParser<Value = ViewName> {
    PossibleValuesParser::new(ViewName::ALL.map(ViewName::as_str))
        .map(|s: String| s.parse().unwrap_or_default())
}

/// The themes plan-gauge-ui knows, by their names.
fn theme_parser() -> impl clap::builder::TypedValueParser<Value = Theme> {
    PossibleValuesParser::new(Theme::ALL.map(Theme::as_str))
        .map(|s: String| Theme::parse(&s).unwrap_or_default())
}

/// Parses `args` (without the program name) as the subcommand `name` would, for unit tests.
#[cfg(test)]
pub fn parse(name: &str, args: &[String]) -> Result<Command, String> {
    let argv = ["plan-gauge", name]
        .into_iter()
        .map(String::from)
        .chain(args.iter().cloned());
    Cli::try_parse_from(argv)
        .map(|cli| cli.command)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
