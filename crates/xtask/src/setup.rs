//! `cargo xtask setup`: installs only what is missing and says what it found.

use crate::ctx::{header, run, version_of, Ctx, Failure};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Installs what is missing; prints "installing X" or "X: present (version)" for each tool.
pub(crate) fn setup(ctx: &Ctx) -> Result<(), Failure> {
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
pub(crate) fn has_wasm_target() -> bool {
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

pub(crate) const DEBIAN_FALLBACK: &str = "where rustup cannot download, install Debian's `rustc-web cargo-web \
     rust-web-src lld` and build the wasm32 std with `RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
     cargo build --release -Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test --target \
     wasm32-unknown-unknown` in a throwaway crate (profile without LTO); copy its lib*.rlib (not the \
     crate's own) into /usr/lib/rustlib/wasm32-unknown-unknown/lib/ and link \
     /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld to /usr/bin/lld";

/// The wasm32 target: `rustup target add`, or on a Debian toolchain without rustup, the wasm32
/// std built from Debian's Rust sources.
pub(crate) fn wasm_target(ctx: &Ctx, apt: &mut Apt) -> Result<(), Failure> {
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
pub(crate) fn debian_wasm_std(ctx: &Ctx, apt: &mut Apt) -> Result<(), Failure> {
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

pub(crate) fn rust_components() -> Result<(), Failure> {
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
pub(crate) fn rust_src() {
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
pub(crate) fn has_rust_src() -> bool {
    version_of("rustc", &["--print", "sysroot"]).is_some_and(|sysroot| {
        Path::new(&sysroot)
            .join("lib/rustlib/src/rust/library/std/Cargo.toml")
            .is_file()
    })
}

/// The wasm-bindgen version Cargo.lock resolved; the CLI must equal it exactly.
pub(crate) fn locked_wasm_bindgen(ctx: &Ctx) -> Result<String, Failure> {
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

pub(crate) fn wasm_bindgen_cli(ctx: &Ctx) -> Result<(), Failure> {
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

pub(crate) fn cargo_tool(name: &str, krate: &str, version_args: &[&str]) -> Result<(), Failure> {
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
pub(crate) struct Apt {
    updated: bool,
}

impl Apt {
    pub(crate) fn install(&mut self, packages: &[&str]) -> Result<(), Failure> {
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

pub(crate) fn apt_tool(
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
pub(crate) fn cjk_font(apt: &mut Apt) -> Result<(), Failure> {
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
pub(crate) fn same_browser_versions() -> Result<(), Failure> {
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
pub(crate) fn npm_ci(dir: &Path, label: &str) -> Result<(), Failure> {
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
