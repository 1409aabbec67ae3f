//! Short names for what a wasm-bindgen module and its glue call each other.
//!
//! wasm-bindgen names each import after the browser function it wraps plus a hash
//! (`__wbg_createElement_de4a31ed2fb252be`), under the module `./plan_gauge_embed_bg.js`, and
//! exports its own helpers as `__wbindgen_malloc` and the like. Every name is written twice, in
//! the module and in the glue, and the hashes do not compress: about 2.6 KB of the first load's
//! gzip. [`shorten`] gives each import, the import module and each of wasm-bindgen's own
//! exports a short name (`a`, `b`, …), in the module and in the glue alike. The exports the
//! glue wraps for the loader (`render`, `load`, …) keep their names.
//!
//! Only the import and export sections change; every other section is copied byte for byte.
//! A glue that does not name each of them is refused: renaming one side only would break the
//! widget at start.

/// The module and the glue with short names (see the module docs), or why not.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    const HEADER: &[u8] = b"\0asm\x01\0\0\0";
    let body = wasm
        .strip_prefix(HEADER)
        .ok_or("it does not start with the WebAssembly version 1 header")?;
    let mut sections = Vec::new();
    let mut r = Reader { bytes: body, at: 0 };
    while !r.done() {
        let id = r.byte()?;
        let len = r.len()?;
        sections.push((id, r.take(len)?));
    }
    let exports = match sections.iter().find(|(id, _)| *id == EXPORT) {
        Some((_, bytes)) => read_exports(bytes)?,
        None => Vec::new(),
    };
    let mut names = Names::new(exports.iter().map(|e| e.name));
    let mut glue = glue.to_string();
    let mut out = HEADER.to_vec();
    for (id, bytes) in sections {
        let bytes = match id {
            IMPORT => rename_imports(bytes, &mut names, &mut glue)?,
            EXPORT => rename_exports(&exports, &mut names, &mut glue)?,
            _ => bytes.to_vec(),
        };
        out.push(id);
        write_len(&mut out, bytes.len());
        out.extend_from_slice(&bytes);
    }
    Ok((out, glue))
}

const IMPORT: u8 = 2;
const EXPORT: u8 = 7;

/// Rewrites the import section with short module and field names, and the glue to match.
fn rename_imports(bytes: &[u8], names: &mut Names, glue: &mut String) -> Result<Vec<u8>, String> {
    let mut r = Reader { bytes, at: 0 };
    let count = r.len()?;
    let mut out = Vec::new();
    write_len(&mut out, count);
    let mut modules: Vec<(String, String)> = Vec::new();
    for _ in 0..count {
        let module = r.name()?;
        let field = r.name()?;
        let start = r.at;
        match r.byte()? {
            // A function: its type index.
            0 => {
                r.len()?;
            }
            // A table: its element type, then its limits.
            1 => {
                r.byte()?;
                r.limits()?;
            }
            2 => r.limits()?,
            // A global: its value type and mutability.
            3 => {
                r.take(2)?;
            }
            // A tag: its attribute and type index.
            4 => {
                r.byte()?;
                r.len()?;
            }
            kind => {
                return Err(format!(
                    "import `{module}.{field}` is of an unknown kind {kind}"
                ))
            }
        }
        let kind = &bytes[start..r.at];
        let short_module = match modules.iter().find(|(long, _)| long == module) {
            Some((_, short)) => short.clone(),
            None => {
                let short = names.next();
                replace_string(glue, module, &short)
                    .map_err(|()| format!("the glue does not name the import module `{module}`"))?;
                modules.push((module.to_string(), short.clone()));
                short
            }
        };
        let short_field = names.next();
        replace_identifier(glue, field, &short_field)
            .map_err(|()| format!("the glue does not name the import `{field}`"))?;
        write_name(&mut out, &short_module);
        write_name(&mut out, &short_field);
        out.extend_from_slice(kind);
    }
    if !r.done() {
        return Err("the import section has bytes after its last import".into());
    }
    Ok(out)
}

/// One export: its name and the bytes that follow it (kind and index).
struct Export<'a> {
    name: &'a str,
    rest: &'a [u8],
}

fn read_exports(bytes: &[u8]) -> Result<Vec<Export<'_>>, String> {
    let mut r = Reader { bytes, at: 0 };
    let count = r.len()?;
    let mut exports = Vec::new();
    for _ in 0..count {
        let name = r.name()?;
        let start = r.at;
        r.byte()?;
        r.len()?;
        exports.push(Export {
            name,
            rest: &bytes[start..r.at],
        });
    }
    if !r.done() {
        return Err("the export section has bytes after its last export".into());
    }
    Ok(exports)
}

/// Whether wasm-bindgen exports `name` for its own glue only (its allocator, its tables, its
/// start function), not for the code that uses the glue.
fn is_glue_only(name: &str) -> bool {
    name.starts_with("__wbindgen_") || name.starts_with("__externref_")
}

/// Rewrites the export section: wasm-bindgen's own exports the glue uses get short names.
fn rename_exports(
    exports: &[Export<'_>],
    names: &mut Names,
    glue: &mut String,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    write_len(&mut out, exports.len());
    for export in exports {
        let mut name = export.name.to_string();
        if is_glue_only(&name) {
            let short = names.next();
            // An export the glue never uses keeps its name.
            if replace_identifier(glue, &name, &short).is_ok() {
                name = short;
            }
        }
        write_name(&mut out, &name);
        out.extend_from_slice(export.rest);
    }
    Ok(out)
}

/// Short names, `a` to `Z`, then `ba`, `bb`, …, skipping the names of exports that keep theirs.
struct Names {
    count: usize,
    taken: Vec<String>,
}

impl Names {
    fn new<'a>(exports: impl Iterator<Item = &'a str>) -> Names {
        Names {
            count: 0,
            taken: exports
                .filter(|n| !is_glue_only(n))
                .map(str::to_string)
                .collect(),
        }
    }

    fn next(&mut self) -> String {
        const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        loop {
            let mut k = self.count;
            self.count += 1;
            // The letters of `k` in base 52, the last digit first.
            let mut name = String::new();
            loop {
                name.insert(0, char::from(LETTERS[k % LETTERS.len()]));
                k /= LETTERS.len();
                if k == 0 {
                    break;
                }
            }
            if !self.taken.contains(&name) {
                return name;
            }
        }
    }
}

/// Replaces every occurrence of the identifier `old` (not part of a longer identifier) in `js`;
/// `Err` when there is none.
fn replace_identifier(js: &mut String, old: &str, new: &str) -> Result<(), ()> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut rest = js.as_str();
    let mut found = false;
    while let Some(i) = rest.find(old) {
        let before = rest[..i].chars().last().or_else(|| out.chars().last());
        let after = rest[i + old.len()..].chars().next();
        let whole = before.is_none_or(|c| !is_ident(c)) && after.is_none_or(|c| !is_ident(c));
        out.push_str(&rest[..i]);
        out.push_str(if whole { new } else { old });
        found |= whole;
        rest = &rest[i + old.len()..];
    }
    out.push_str(rest);
    *js = out;
    found.then_some(()).ok_or(())
}

/// Replaces the string literal `"old"` or `'old'` in `js` with `"new"`; `Err` when there is none.
fn replace_string(js: &mut String, old: &str, new: &str) -> Result<(), ()> {
    let mut found = false;
    for quote in ['"', '\''] {
        let literal = format!("{quote}{old}{quote}");
        if js.contains(&literal) {
            *js = js.replace(&literal, &format!("\"{new}\""));
            found = true;
        }
    }
    found.then_some(()).ok_or(())
}

/// Reads a WebAssembly binary: bytes, LEB128 numbers and names, each an error at the end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("it ends in the middle")?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or("a section or name runs past the end")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    /// An unsigned LEB128 number of at most 32 bits.
    fn len(&mut self) -> Result<usize, String> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return usize::try_from(value).map_err(|_| "a number is too large".to_string());
            }
        }
        Err("a number is longer than five bytes".into())
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let len = self.len()?;
        std::str::from_utf8(self.take(len)?).map_err(|_| "a name is not UTF-8".to_string())
    }

    /// Limits: a flags byte, the minimum, and the maximum when flag 1 is set.
    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.len()?;
        if flags & 1 == 1 {
            self.len()?;
        }
        Ok(())
    }
}

fn write_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_len(out, name.len());
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn section(id: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![id];
        write_len(&mut out, payload.len());
        out.extend_from_slice(payload);
        out
    }

    /// A module with a custom section holding `tag` (so that modules can differ), and the given
    /// function imports (module, field) and exports (name, function index).
    pub(crate) fn module(tag: &str, imports: &[(&str, &str)], exports: &[(&str, u8)]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut custom = Vec::new();
        write_name(&mut custom, "tag");
        custom.extend_from_slice(tag.as_bytes());
        wasm.extend(section(0, &custom));
        // One type: () -> ().
        wasm.extend(section(1, &[1, 0x60, 0, 0]));
        if !imports.is_empty() {
            let mut payload = Vec::new();
            write_len(&mut payload, imports.len());
            for (m, f) in imports {
                write_name(&mut payload, m);
                write_name(&mut payload, f);
                payload.extend_from_slice(&[0, 0]);
            }
            wasm.extend(section(IMPORT, &payload));
        }
        if !exports.is_empty() {
            let mut payload = Vec::new();
            write_len(&mut payload, exports.len());
            for (name, index) in exports {
                write_name(&mut payload, name);
                payload.extend_from_slice(&[0, *index]);
            }
            wasm.extend(section(EXPORT, &payload));
        }
        wasm
    }

    const MODULE: &str = "./plan_gauge_embed_bg.js";
    const GLUE: &str = "function N(){return{\"./plan_gauge_embed_bg.js\":{\
        __wbg_get_d7176cfb76d71114:function(e,n){return e[n>>>0]},\
        __wbg_get_unchecked_e6325ad374eff861:function(e,n){return e[n>>>0]},\
        __wbindgen_init_externref_table:function(){_.__wbindgen_externrefs.set(0,void 0)}}}}\
        function b(t){return _.__wbindgen_malloc(t,1)}function V(t){return _.render(t)}";

    fn imports() -> Vec<(&'static str, &'static str)> {
        vec![
            (MODULE, "__wbg_get_d7176cfb76d71114"),
            (MODULE, "__wbg_get_unchecked_e6325ad374eff861"),
            (MODULE, "__wbindgen_init_externref_table"),
        ]
    }

    #[test]
    fn renames_imports_and_glue_exports_alike_and_keeps_the_rest() {
        let exports = [
            ("render", 3),
            ("__wbindgen_malloc", 4),
            ("__wbindgen_externrefs", 5),
            ("__wbindgen_unused", 6),
        ];
        let wasm = module("x", &imports(), &exports);
        let (short, glue) = shorten(&wasm, GLUE).unwrap();
        assert_eq!(
            glue,
            "function N(){return{\"a\":{b:function(e,n){return e[n>>>0]},\
             c:function(e,n){return e[n>>>0]},d:function(){_.f.set(0,void 0)}}}}\
             function b(t){return _.e(t,1)}function V(t){return _.render(t)}"
        );
        let expected = module(
            "x",
            &[("a", "b"), ("a", "c"), ("a", "d")],
            &[("render", 3), ("e", 4), ("f", 5), ("__wbindgen_unused", 6)],
        );
        assert_eq!(short, expected);
        assert!(short.len() < wasm.len());
    }

    #[test]
    fn a_module_without_imports_or_exports_is_unchanged() {
        let wasm = module("plain", &[], &[]);
        assert_eq!(shorten(&wasm, "x").unwrap(), (wasm, "x".to_string()));
    }

    #[test]
    fn short_names_skip_the_names_of_kept_exports() {
        let mut names = Names::new(["a", "c", "__wbindgen_free"].into_iter());
        let got: Vec<String> = (0..3).map(|_| names.next()).collect();
        assert_eq!(got, ["b", "d", "e"]);
        let mut names = Names::new(std::iter::empty());
        let last = (0..=52).map(|_| names.next()).last();
        assert_eq!(last.as_deref(), Some("ba"));
    }

    #[test]
    fn a_glue_that_does_not_name_an_import_is_refused() {
        let wasm = module("x", &imports(), &[]);
        let glue = GLUE.replace("__wbg_get_d7176cfb76d71114:", "other:");
        let e = shorten(&wasm, &glue).unwrap_err();
        assert!(e.contains("__wbg_get_d7176cfb76d71114"), "{e}");
        let glue = GLUE.replace(MODULE, "./other.js");
        let e = shorten(&wasm, &glue).unwrap_err();
        assert!(e.contains(MODULE), "{e}");
    }

    #[test]
    fn a_name_inside_a_longer_name_is_left_alone() {
        let mut js = "x.ab_c+ab+$ab+ab_".to_string();
        replace_identifier(&mut js, "ab", "Q").unwrap();
        assert_eq!(js, "x.ab_c+Q+$ab+ab_");
        assert!(replace_identifier(&mut js, "zz", "Q").is_err());
    }

    #[test]
    fn damaged_modules_are_errors_not_panics() {
        let wasm = module("x", &imports(), &[("__wbindgen_malloc", 4)]);
        for end in 0..wasm.len() {
            let cut = &wasm[..end];
            // Cuts at a section boundary are whole modules; any other cut is refused.
            let _ = shorten(cut, GLUE);
        }
        assert!(shorten(b"\0asm\x01\0\0\0\x02\x05\x01", GLUE).is_err());
        assert!(shorten(b"not wasm", GLUE).is_err());
        let mut bad_kind = module("x", &[(MODULE, "__wbg_get_d7176cfb76d71114")], &[]);
        let at = bad_kind.len() - 2;
        bad_kind[at] = 9;
        assert!(shorten(&bad_kind, GLUE)
            .unwrap_err()
            .contains("unknown kind 9"));
    }
}
