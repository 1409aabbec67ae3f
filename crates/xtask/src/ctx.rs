//! What every step shares: where things are ([`Ctx`]), a failed step ([`Failure`]) and running
//! commands with their output passing through.

use std::env;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A failed step: what failed and what to do about it.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) what: String,
    pub(crate) todo: String,
}

impl Failure {
    pub(crate) fn new(what: impl Into<String>, todo: impl Into<String>) -> Failure {
        Failure {
            what: what.into(),
            todo: todo.into(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.what, self.todo)
    }
}

/// Where things are.
pub(crate) struct Ctx {
    pub(crate) root: PathBuf,
    pub(crate) target: PathBuf,
}

impl Ctx {
    pub(crate) fn new() -> Ctx {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let target = env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .map(|t| if t.is_absolute() { t } else { root.join(t) })
            .unwrap_or_else(|| root.join("target"));
        Ctx { root, target }
    }

    pub(crate) fn pkg_dir(&self) -> PathBuf {
        self.target.join("plan-gauge-pkg")
    }

    /// The second part's wasm-pack output (`--features full`).
    pub(crate) fn full_pkg_dir(&self) -> PathBuf {
        self.target.join("plan-gauge-pkg-full")
    }

    /// The release bundle's own target folder: its flags (build-std, immediate abort) differ from
    /// the test builds', and sharing one folder would make each rebuild the other.
    pub(crate) fn bundle_target(&self) -> PathBuf {
        self.target.join("bundle")
    }

    pub(crate) fn cli_bin(&self) -> PathBuf {
        self.target.join("debug").join("plan-gauge")
    }

    pub(crate) fn e2e_dir(&self) -> PathBuf {
        self.root.join("tests").join("e2e")
    }

    pub(crate) fn tools_dir(&self) -> PathBuf {
        self.root.join("crates").join("xtask").join("npm")
    }

    pub(crate) fn tools_bin(&self) -> PathBuf {
        self.tools_dir().join("node_modules").join(".bin")
    }

    /// PATH with the npm build tools first, so that wasm-pack finds binaryen's wasm-opt.
    pub(crate) fn tools_path(&self) -> std::ffi::OsString {
        let mut dirs = vec![self.tools_bin()];
        if let Some(path) = env::var_os("PATH") {
            dirs.extend(env::split_paths(&path));
        }
        env::join_paths(dirs).unwrap_or_default()
    }
}

pub(crate) fn header(title: &str) {
    println!("\n==> {title}");
}

/// Runs `cmd` with inherited output; a non-zero exit becomes a [`Failure`] with `todo`.
pub(crate) fn run(cmd: &mut Command, todo: &str) -> Result<(), Failure> {
    println!("$ {}", show(cmd));
    let status = cmd
        .status()
        .map_err(|e| Failure::new(format!("could not start `{}`: {e}", show(cmd)), todo))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(
            format!("`{}` exited with {status}", show(cmd)),
            todo,
        ))
    }
}

pub(crate) fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// The first line of `program args…`'s standard output, if it runs and succeeds.
pub(crate) fn version_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    // Some tools (nginx -v) print their version on stderr.
    let text = if out.stdout.is_empty() {
        String::from_utf8_lossy(&out.stderr)
    } else {
        String::from_utf8_lossy(&out.stdout)
    };
    Some(text.lines().next().unwrap_or("").trim().to_string())
}
