//! `cargo xtask setup | demo [--port N] | test`: the two README commands and the setup they share.
//!
//! Standard library only. Every step prints a header; a failing step says what failed and what to
//! do, and the command exits non-zero. Tools' own output (cargo, wasm-pack, node) passes through.

use std::env;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const USAGE: &str = "\
cargo xtask — build helper for plan-gauge

  cargo xtask setup              install what is missing (idempotent)
  cargo xtask demo [--port N]    build the embed bundle and serve www/ at http://127.0.0.1:8080/
  cargo xtask test               run every test: fmt, clippy, native, browser, end-to-end
  cargo xtask bench              size of the embed bundle, twiggy, and 200 gauges against ECharts
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let ctx = Ctx::new();
    let result = match args.first().map(String::as_str) {
        Some("setup") => no_more(&args).and_then(|()| setup(&ctx)),
        Some("demo") => demo_port(&args).and_then(|port| demo(&ctx, port)),
        Some("test") => no_more(&args).and_then(|()| test(&ctx)),
        Some("bench") => no_more(&args).and_then(|()| bench(&ctx)),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: FAILED: {}\nxtask: what to do: {}", e.what, e.todo);
            ExitCode::FAILURE
        }
    }
}

fn no_more(args: &[String]) -> Result<(), Failure> {
    match args.get(1) {
        None => Ok(()),
        Some(a) => Err(Failure::new(
            format!("unexpected argument `{a}`"),
            "see `cargo xtask help`",
        )),
    }
}

fn demo_port(args: &[String]) -> Result<u16, Failure> {
    let bad = |a: &str| {
        Failure::new(
            format!("bad argument `{a}`"),
            "usage: cargo xtask demo [--port N]",
        )
    };
    match args.get(1..).unwrap_or_default() {
        [] => Ok(8080),
        [flag, n] if flag == "--port" => n.parse().map_err(|_| bad(n)),
        [other, ..] => Err(bad(other)),
    }
}

/// A failed step: what failed and what to do about it.
#[derive(Debug)]
struct Failure {
    what: String,
    todo: String,
}

impl Failure {
    fn new(what: impl Into<String>, todo: impl Into<String>) -> Failure {
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
struct Ctx {
    root: PathBuf,
    target: PathBuf,
}

impl Ctx {
    fn new() -> Ctx {
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

    fn pkg_dir(&self) -> PathBuf {
        self.target.join("plan-gauge-pkg")
    }

    /// The release bundle's own target folder: its flags (build-std, immediate abort) differ from
    /// the test builds', and sharing one folder would make each rebuild the other.
    fn bundle_target(&self) -> PathBuf {
        self.target.join("bundle")
    }

    fn cli_bin(&self) -> PathBuf {
        self.target.join("debug").join("plan-gauge")
    }

    fn e2e_dir(&self) -> PathBuf {
        self.root.join("tests").join("e2e")
    }

    fn tools_dir(&self) -> PathBuf {
        self.root.join("crates").join("xtask").join("npm")
    }

    fn tools_bin(&self) -> PathBuf {
        self.tools_dir().join("node_modules").join(".bin")
    }

    /// PATH with the npm build tools first, so that wasm-pack finds binaryen's wasm-opt.
    fn tools_path(&self) -> std::ffi::OsString {
        let mut dirs = vec![self.tools_bin()];
        if let Some(path) = env::var_os("PATH") {
            dirs.extend(env::split_paths(&path));
        }
        env::join_paths(dirs).unwrap_or_default()
    }
}

fn header(title: &str) {
    println!("\n==> {title}");
}

/// Runs `cmd` with inherited output; a non-zero exit becomes a [`Failure`] with `todo`.
fn run(cmd: &mut Command, todo: &str) -> Result<(), Failure> {
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

fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// The first line of `program args…`'s standard output, if it runs and succeeds.
fn version_of(program: &str, args: &[&str]) -> Option<String> {
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

// ---------------------------------------------------------------------------------------------
// setup

/// Installs what is missing; prints "installing X" or "X: present (version)" for each tool.
fn setup(ctx: &Ctx) -> Result<(), Failure> {
    header("setup: tools for building and testing");
    let mut apt = Apt::default();
    wasm_target(ctx, &mut apt)?;
    rust_components()?;
    rust_src();
    wasm_bindgen_cli(ctx)?;
    cargo_tool("wasm-pack", "wasm-pack", &["--version"])?;
    apt_tool(&mut apt, "chromium", &["--version"], &["chromium"])?;
    apt_tool(
        &mut apt,
        "chromedriver",
        &["--version"],
        &["chromium-driver"],
    )?;
    same_browser_versions()?;
    // The end-to-end test of the shipped nginx.conf runs Debian's nginx (tests/e2e/nginx.test.mjs).
    apt_tool(&mut apt, "/usr/sbin/nginx", &["-v"], &["nginx"])?;
    cjk_font(&mut apt)?;
    apt_tool(&mut apt, "node", &["--version"], &["nodejs", "npm"])?;
    apt_tool(&mut apt, "npm", &["--version"], &["npm"])?;
    // wasm-opt comes from npm `binaryen` (pinned in crates/xtask/npm): Debian bookworm's binaryen
    // 108 rewrites wasm-bindgen's externref table so that the module fails to start in Chromium.
    npm_ci(
        &ctx.tools_dir(),
        "build tools (crates/xtask/npm: binaryen, esbuild)",
    )?;
    let wasm_opt = ctx.tools_bin().join("wasm-opt");
    match version_of(&wasm_opt.to_string_lossy(), &["--version"]) {
        Some(v) => println!("wasm-opt: present ({v}, npm binaryen)"),
        None => {
            return Err(Failure::new(
                format!("{} does not run", wasm_opt.display()),
                "delete crates/xtask/npm/node_modules and run `cargo xtask setup` again",
            ))
        }
    }
    npm_ci(
        &ctx.e2e_dir(),
        "end-to-end test packages (tests/e2e: playwright-core)",
    )?;
    Ok(())
}

/// True when rustc has a standard library for wasm32-unknown-unknown.
fn has_wasm_target() -> bool {
    version_of(
        "rustc",
        &[
            "--print",
            "target-libdir",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )
    .is_some_and(|dir| {
        fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with("libstd-"))
            })
            .unwrap_or(false)
    })
}

const DEBIAN_FALLBACK: &str = "where rustup cannot download, install Debian's `rustc-web cargo-web \
     rust-web-src lld` and build the wasm32 std with `RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
     cargo build --release -Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test --target \
     wasm32-unknown-unknown` in a throwaway crate (profile without LTO); copy its lib*.rlib (not the \
     crate's own) into /usr/lib/rustlib/wasm32-unknown-unknown/lib/ and link \
     /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld to /usr/bin/lld";

/// The wasm32 target: `rustup target add`, or on a Debian toolchain without rustup, the wasm32
/// std built from Debian's Rust sources.
fn wasm_target(ctx: &Ctx, apt: &mut Apt) -> Result<(), Failure> {
    let rustc = version_of("rustc", &["--version"]).unwrap_or_default();
    if has_wasm_target() {
        println!("wasm32-unknown-unknown target: present ({rustc})");
        return Ok(());
    }
    println!("installing wasm32-unknown-unknown target");
    if version_of("rustup", &["--version"]).is_some() {
        run(
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
            DEBIAN_FALLBACK,
        )?;
    } else {
        debian_wasm_std(ctx, apt)?;
    }
    if !has_wasm_target() {
        return Err(Failure::new(
            "rustc still has no wasm32-unknown-unknown standard library",
            DEBIAN_FALLBACK,
        ));
    }
    Ok(())
}

/// Builds the wasm32 std with Debian's toolchain and installs it next to the host's.
fn debian_wasm_std(ctx: &Ctx, apt: &mut Apt) -> Result<(), Failure> {
    println!("no rustup: building the wasm32 std from Debian's Rust sources");
    apt.install(&["rustc-web", "cargo-web", "rust-web-src", "lld"])?;
    let todo = DEBIAN_FALLBACK;
    let fail = |what: String| Failure::new(what, todo);
    let dir = ctx.target.join("wasm32-std-build");
    fs::create_dir_all(dir.join("src"))
        .map_err(|e| fail(format!("cannot create {}: {e}", dir.display())))?;
    fs::write(
        dir.join("Cargo.toml"),
        "[package]\nname = \"wasm32-std-build\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
         [workspace]\n\n[profile.release]\nlto = false\n",
    )
    .and_then(|()| fs::write(dir.join("src").join("lib.rs"), ""))
    .map_err(|e| {
        fail(format!(
            "cannot write the throwaway crate in {}: {e}",
            dir.display()
        ))
    })?;
    run(
        Command::new("cargo")
            .args([
                "build",
                "--release",
                "-Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .env("RUSTC_BOOTSTRAP", "1")
            .env("RUSTFLAGS", "-Cembed-bitcode=yes")
            .env_remove("CARGO_TARGET_DIR")
            .current_dir(&dir),
        todo,
    )?;
    let deps = dir.join("target/wasm32-unknown-unknown/release/deps");
    let dest = PathBuf::from("/usr/lib/rustlib/wasm32-unknown-unknown/lib");
    fs::create_dir_all(&dest)
        .map_err(|e| fail(format!("cannot create {}: {e}", dest.display())))?;
    let entries =
        fs::read_dir(&deps).map_err(|e| fail(format!("cannot read {}: {e}", deps.display())))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("lib")
            && name.ends_with(".rlib")
            && !name.starts_with("libwasm32_std_build")
        {
            fs::copy(entry.path(), dest.join(&name))
                .map_err(|e| fail(format!("cannot copy {name} to {}: {e}", dest.display())))?;
        }
    }
    let lld = Path::new("/usr/bin/lld");
    if !lld.exists() {
        std::os::unix::fs::symlink(
            "/usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld",
            lld,
        )
        .map_err(|e| fail(format!("cannot link /usr/bin/lld: {e}")))?;
    }
    Ok(())
}

fn rust_components() -> Result<(), Failure> {
    for (component, args) in [
        ("rustfmt", ["fmt", "--version"]),
        ("clippy", ["clippy", "--version"]),
    ] {
        if let Some(v) = version_of("cargo", &args) {
            println!("{component}: present ({v})");
            continue;
        }
        println!("installing {component}");
        run(
            Command::new("rustup").args(["component", "add", component]),
            &format!("install the Rust component {component} (`rustup component add {component}`)"),
        )?;
    }
    Ok(())
}

/// The standard library's sources, so that the bundle can rebuild std for size. Debian's
/// `rust-web-src` provides them on the fallback route; without them the bundle is built with the
/// prebuilt std and is larger (`build_demo` says so), which is not a failure.
fn rust_src() {
    if has_rust_src() {
        println!("rust-src: present");
        return;
    }
    println!("installing rust-src (rebuilds the wasm std for a smaller bundle)");
    let added = Command::new("rustup")
        .args(["component", "add", "rust-src"])
        .status()
        .is_ok_and(|s| s.success());
    if !added || !has_rust_src() {
        println!(
            "rust-src: not available (`rustup component add rust-src`, or Debian's rust-web-src); \
             the bundle will use the prebuilt std"
        );
    }
}

/// True when the sysroot has the std sources `-Zbuild-std` needs.
fn has_rust_src() -> bool {
    version_of("rustc", &["--print", "sysroot"]).is_some_and(|sysroot| {
        Path::new(&sysroot)
            .join("lib/rustlib/src/rust/library/std/Cargo.toml")
            .is_file()
    })
}

/// The wasm-bindgen version Cargo.lock resolved; the CLI must equal it exactly.
fn locked_wasm_bindgen(ctx: &Ctx) -> Result<String, Failure> {
    let lock = fs::read_to_string(ctx.root.join("Cargo.lock")).map_err(|e| {
        Failure::new(
            format!("cannot read Cargo.lock: {e}"),
            "run `cargo generate-lockfile` in the repository root",
        )
    })?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(v.to_string());
            }
        }
    }
    Err(Failure::new(
        "Cargo.lock has no wasm-bindgen entry",
        "run `cargo generate-lockfile` in the repository root",
    ))
}

fn wasm_bindgen_cli(ctx: &Ctx) -> Result<(), Failure> {
    let want = locked_wasm_bindgen(ctx)?;
    let have = version_of("wasm-bindgen", &["--version"]);
    let runner = version_of("wasm-bindgen-test-runner", &["--version"]);
    let expected = format!("wasm-bindgen {want}");
    if have.as_deref() == Some(expected.as_str()) && runner.is_some() {
        println!("wasm-bindgen-cli: present ({want}, as in Cargo.lock)");
        return Ok(());
    }
    match have {
        Some(v) => {
            println!("installing wasm-bindgen-cli {want} (found `{v}`, Cargo.lock needs {want})")
        }
        None => println!("installing wasm-bindgen-cli {want}"),
    }
    // Without --locked: the CLI's own lock file pins dependencies this toolchain may not build.
    run(
        Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]),
        &format!(
            "install it by hand: `cargo install wasm-bindgen-cli --version {want}`; \
             make sure ~/.cargo/bin comes first on PATH"
        ),
    )?;
    let now = version_of("wasm-bindgen", &["--version"]);
    if now.as_deref() != Some(expected.as_str()) {
        return Err(Failure::new(
            format!("`wasm-bindgen --version` says {now:?}, Cargo.lock needs {want}"),
            "put ~/.cargo/bin first on PATH or remove the other wasm-bindgen",
        ));
    }
    Ok(())
}

fn cargo_tool(name: &str, krate: &str, version_args: &[&str]) -> Result<(), Failure> {
    if let Some(v) = version_of(name, version_args) {
        println!("{name}: present ({v})");
        return Ok(());
    }
    println!("installing {name}");
    run(
        Command::new("cargo").args(["install", krate]),
        &format!("install it by hand: `cargo install {krate}`; make sure ~/.cargo/bin is on PATH"),
    )?;
    if version_of(name, version_args).is_none() {
        return Err(Failure::new(
            format!("{name} was installed but does not run"),
            "make sure ~/.cargo/bin is on PATH",
        ));
    }
    Ok(())
}

/// apt-get, with one `apt-get update` before the first install.
#[derive(Default)]
struct Apt {
    updated: bool,
}

impl Apt {
    fn install(&mut self, packages: &[&str]) -> Result<(), Failure> {
        let root = version_of("id", &["-u"]).is_some_and(|u| u == "0");
        let todo = format!(
            "install the Debian packages by hand: `sudo apt-get update && sudo apt-get install -y {}`",
            packages.join(" ")
        );
        let apt = |args: &[&str]| {
            let mut cmd = if root {
                Command::new("apt-get")
            } else {
                let mut c = Command::new("sudo");
                c.arg("apt-get");
                c
            };
            cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            cmd
        };
        if !self.updated {
            run(&mut apt(&["update"]), &todo)?;
            self.updated = true;
        }
        let mut args = vec!["install", "-y", "--no-install-recommends"];
        args.extend_from_slice(packages);
        run(&mut apt(&args), &todo)
    }
}

fn apt_tool(
    apt: &mut Apt,
    name: &str,
    version_args: &[&str],
    packages: &[&str],
) -> Result<(), Failure> {
    if let Some(v) = version_of(name, version_args) {
        println!("{name}: present ({v})");
        return Ok(());
    }
    println!("installing {name} (Debian: {})", packages.join(" "));
    apt.install(packages)?;
    if version_of(name, version_args).is_none() {
        return Err(Failure::new(
            format!("{name} was installed but does not run"),
            format!(
                "check `{name} --version`; the Debian packages are {}",
                packages.join(" ")
            ),
        ));
    }
    Ok(())
}

/// A Chinese font, so that screenshots of the pages show Chinese text rather than empty boxes.
fn cjk_font(apt: &mut Apt) -> Result<(), Failure> {
    let zh_fonts = || {
        version_of("fc-list", &[":lang=zh", "family"])
            .map(|list| list.lines().next().unwrap_or("").to_string())
            .filter(|first| !first.trim().is_empty())
    };
    if let Some(family) = zh_fonts() {
        println!("Chinese font: present ({family})");
        return Ok(());
    }
    println!("installing a Chinese font (Debian: fonts-wqy-microhei)");
    apt.install(&["fonts-wqy-microhei"])?;
    match zh_fonts() {
        Some(_) => Ok(()),
        None => Err(Failure::new(
            "no Chinese font after installing fonts-wqy-microhei",
            "check `fc-list :lang=zh`; any Debian CJK font package will do (fonts-noto-cjk)",
        )),
    }
}

/// Chromium and ChromeDriver must come from the same release, or sessions fail obscurely.
fn same_browser_versions() -> Result<(), Failure> {
    let number = |program: &str| {
        version_of(program, &["--version"]).and_then(|v| {
            v.split_whitespace()
                .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .map(str::to_string)
        })
    };
    let (browser, driver) = (number("chromium"), number("chromedriver"));
    if browser.is_some() && browser == driver {
        return Ok(());
    }
    Err(Failure::new(
        format!("chromium {browser:?} and chromedriver {driver:?} differ"),
        "install both from the same source: `apt-get install chromium chromium-driver`",
    ))
}

/// `npm ci` in `dir`, unless it already ran for exactly this package-lock.json.
fn npm_ci(dir: &Path, label: &str) -> Result<(), Failure> {
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| {
        Failure::new(
            format!(
                "cannot read {}: {e}",
                dir.join("package-lock.json").display()
            ),
            "restore it from git",
        )
    })?;
    // The stamp holds the lock file `npm ci` last installed.
    let stamp = dir.join("node_modules").join(".plan-gauge-lock");
    if fs::read(&stamp).is_ok_and(|s| s == lock) {
        println!("{label}: present");
        return Ok(());
    }
    println!("installing {label} (npm ci)");
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
        &format!(
            "run `npm ci` in {} and read npm's message (the npm registry must be reachable)",
            dir.display()
        ),
    )?;
    fs::write(&stamp, &lock).map_err(|e| {
        Failure::new(
            format!("cannot write {}: {e}", stamp.display()),
            "check that node_modules is writable",
        )
    })
}

// ---------------------------------------------------------------------------------------------
// demo

fn demo(ctx: &Ctx, port: u16) -> Result<(), Failure> {
    setup(ctx)?;
    build_demo(ctx)?;
    header(&format!("serve www/ on port {port} (Ctrl-C stops)"));
    run(
        Command::new(ctx.cli_bin())
            .args(["serve", "--dir", "www", "--port", &port.to_string()])
            .current_dir(&ctx.root),
        &format!(
            "if the port is taken, choose another: `cargo xtask demo --port {}`",
            port.wrapping_add(1)
        ),
    )
}

/// Builds the wasm bundle and the CLI, and writes www/dist and www/data.
fn build_demo(ctx: &Ctx) -> Result<(), Failure> {
    header("build the embed bundle (wasm-pack, release, wasm-opt -Oz from npm binaryen)");
    let pkg = ctx.pkg_dir();
    let mut wasm_pack = Command::new("wasm-pack");
    wasm_pack
        .args([
            "build",
            "crates/embed",
            "--release",
            "--target",
            "no-modules",
        ])
        .arg("--out-dir")
        .arg(&pkg)
        .args([
            "--out-name",
            "plan_gauge_embed",
            "--no-pack",
            "--no-typescript",
            "--mode",
            "no-install",
        ])
        .env("PATH", ctx.tools_path())
        .env("CARGO_TARGET_DIR", ctx.bundle_target())
        .current_dir(&ctx.root);
    if has_rust_src() {
        // std rebuilt for size, panics that trap at once (the loader treats any trap as a dead
        // module and keeps every fallback), and no source locations: about 13 % less gzip than
        // the prebuilt std (measured with `cargo xtask bench`). The -Z flags are unstable, hence
        // RUSTC_BOOTSTRAP, the same route Debian's toolchain takes for the wasm std.
        println!("std: rebuilt for size (-Zbuild-std, optimize_for_size, immediate abort)");
        wasm_pack
            .env("RUSTC_BOOTSTRAP", "1")
            .env(
                "RUSTFLAGS",
                "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none",
            )
            .args([
                "--",
                "-Zbuild-std=std,panic_abort",
                "-Zbuild-std-features=optimize_for_size",
            ]);
    } else {
        println!("std: prebuilt (no rust-src; the bundle is about 13 % larger)");
    }
    run(
        &mut wasm_pack,
        "read the compiler errors above; `cargo check -p plan-gauge-embed --target wasm32-unknown-unknown` \
         shows them faster",
    )?;

    header("minify the wasm-bindgen glue (esbuild from crates/xtask/npm)");
    let glue = pkg.join("plan_gauge_embed.js");
    run(
        Command::new(ctx.tools_bin().join("esbuild"))
            .arg(&glue)
            .args(["--minify", "--allow-overwrite", "--log-level=warning"])
            .arg(format!("--outfile={}", glue.display())),
        "run `cargo xtask setup` (it installs esbuild in crates/xtask/npm)",
    )?;

    header("build the plan-gauge command");
    run(
        Command::new("cargo")
            .args([
                "build",
                "--package",
                "plan-gauge-cli",
                "--bin",
                "plan-gauge",
            ])
            .current_dir(&ctx.root),
        "read the compiler errors above",
    )?;

    header("copy the seed plans to www/data/");
    copy_seeds(ctx)?;

    header("generate the portal pages (plan-gauge site)");
    run(
        Command::new(ctx.cli_bin())
            .args(["site", "--seeds", "seeds", "--out", "www"])
            .current_dir(&ctx.root),
        "read the message above; `plan-gauge check seeds/*.json` finds problems in the seed data",
    )?;

    header("assemble www/dist/ (plan-gauge build)");
    run(
        Command::new(ctx.cli_bin())
            .args(["build", "--out", "www/dist", "--pkg"])
            .arg(&pkg)
            .current_dir(&ctx.root),
        "read the message above; the wasm-pack output must be in target/plan-gauge-pkg",
    )
}

/// Copies `seeds/*.json` to `www/data/` (not committed; the seeds stay the one source).
fn copy_seeds(ctx: &Ctx) -> Result<(), Failure> {
    let seeds = ctx.root.join("seeds");
    let data = ctx.root.join("www").join("data");
    let todo = "check that seeds/ exists and www/data/ is writable";
    fs::create_dir_all(&data)
        .map_err(|e| Failure::new(format!("cannot create www/data: {e}"), todo))?;
    let entries =
        fs::read_dir(&seeds).map_err(|e| Failure::new(format!("cannot read seeds/: {e}"), todo))?;
    let mut copied = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json" || e == "csv") {
            let to = data.join(entry.file_name());
            fs::copy(&path, &to).map_err(|e| {
                Failure::new(
                    format!("cannot copy {} to {}: {e}", path.display(), to.display()),
                    todo,
                )
            })?;
            copied += 1;
        }
    }
    println!("copied {copied} files from seeds/ to www/data/");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// test

fn test(ctx: &Ctx) -> Result<(), Failure> {
    let started = Instant::now();
    let mut steps: Vec<(String, f64)> = Vec::new();
    let mut step = |name: &str, f: &dyn Fn() -> Result<(), Failure>| -> Result<(), Failure> {
        header(name);
        let t = Instant::now();
        f()?;
        steps.push((name.to_string(), t.elapsed().as_secs_f64()));
        Ok(())
    };
    let cargo = |args: &[&str]| {
        let mut c = Command::new("cargo");
        c.args(args).current_dir(&ctx.root);
        c
    };

    step("setup", &|| setup(ctx))?;
    step("format (cargo fmt --check)", &|| {
        run(
            &mut cargo(&["fmt", "--all", "--", "--check"]),
            "run `cargo fmt --all` and commit the result",
        )
    })?;
    step("lint, native (cargo clippy -D warnings)", &|| {
        run(
            &mut cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings above (they are errors here)",
        )
    })?;
    step("lint, wasm32 (cargo clippy -D warnings)", &|| {
        run(
            &mut cargo(&[
                "clippy",
                "--package",
                "plan-gauge-ui",
                "--package",
                "plan-gauge-embed",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings above (they are errors here)",
        )
    })?;
    step("native tests (cargo test --workspace)", &|| {
        run(
            &mut cargo(&["test", "--workspace"]),
            "the failing test and its message are above; rerun it alone with `cargo test -p CRATE NAME`",
        )
    })?;
    let webdriver = write_webdriver_json(ctx)?;
    for krate in ["crates/ui", "crates/embed"] {
        step(
            &format!("browser tests, {krate} (wasm-pack test --headless --chrome)"),
            &|| {
                run(
                Command::new("wasm-pack")
                    .args(["test", "--headless", "--chrome", "--mode", "no-install", krate])
                    .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver)
                    .current_dir(&ctx.root),
                &format!(
                    "the failing test is above; rerun with `wasm-pack test --headless --chrome {krate}` \
                     (or without --headless to watch it in a browser)"
                ),
            )
            },
        )?;
    }
    step("demo bundle", &|| build_demo(ctx))?;
    step("end-to-end tests (tests/e2e, node --test)", &|| {
        run(
            Command::new("node")
                .args(["--test", "--test-reporter=spec"])
                .env("PLAN_GAUGE_BIN", ctx.cli_bin())
                .env("PLAN_GAUGE_WWW", ctx.root.join("www"))
                .current_dir(ctx.e2e_dir()),
            "the failing test is above; screenshots are in tests/artifacts/; \
             rerun with `cd tests/e2e && node --test`",
        )
    })?;

    header("summary");
    for (name, secs) in &steps {
        println!("  ok  {secs:>7.1}s  {name}");
    }
    println!(
        "xtask: all {} steps passed in {:.0}s",
        steps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// bench (embed): not a test; figures go to tests/artifacts/bench.json

fn bench(ctx: &Ctx) -> Result<(), Failure> {
    setup(ctx)?;
    build_demo(ctx)?;
    header("twiggy (cargo install twiggy if absent)");
    cargo_tool("twiggy", "twiggy", &["--version"])?;
    // The same module as www/dist, through wasm-bindgen but not wasm-opt, so that it keeps names.
    let names_dir = ctx.target.join("plan-gauge-names");
    let rustc_out = ctx
        .bundle_target()
        .join("wasm32-unknown-unknown")
        .join("release")
        .join("plan_gauge_embed.wasm");
    run(
        Command::new("wasm-bindgen")
            .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
            .arg(&names_dir)
            .arg(&rustc_out),
        "wasm-bindgen must be on PATH (cargo xtask setup installs it)",
    )?;
    let bench_dir = ctx.root.join("tests").join("bench");
    npm_ci(&bench_dir, "bench packages (tests/bench: echarts, esbuild)")?;
    header("bench (tests/bench/bench.mjs, headless Chromium)");
    run(
        Command::new("node")
            .arg("bench.mjs")
            .arg("--names")
            .arg(names_dir.join("plan_gauge_embed_bg.wasm"))
            .env("PLAN_GAUGE_BIN", ctx.cli_bin())
            .env("PLAN_GAUGE_WWW", ctx.root.join("www"))
            .current_dir(&bench_dir),
        "read the message above; `cd tests/bench && node bench.mjs` reruns it",
    )
}

/// ChromeDriver capabilities for the browser tests: Debian's Chromium, no background traffic.
fn write_webdriver_json(ctx: &Ctx) -> Result<PathBuf, Failure> {
    let path = ctx.target.join("webdriver.json");
    let json = r#"{"goog:chromeOptions":{"args":["--disable-gpu","--disable-background-networking","--disable-component-update","--no-first-run","--disable-sync","--disable-quic"]}}"#;
    fs::create_dir_all(&ctx.target)
        .and_then(|()| fs::write(&path, json))
        .map_err(|e| {
            Failure::new(
                format!("cannot write {}: {e}", path.display()),
                "check that the target folder is writable",
            )
        })?;
    Ok(path)
}
