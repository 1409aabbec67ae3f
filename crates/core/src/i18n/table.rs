//! How the locale tables are declared and filled in.

/// Declares a table of words: a struct whose fields are `&'static str`, written once, with
/// `fields()` listing each field's name and text in the same order (the parity test and
/// translators read it). Fields after a `;` are nested tables, listed by their own `fields()`.
macro_rules! words {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident, )*
            $( ; $( $(#[$nmeta:meta])* $nested:ident : $nty:ty, )* )?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: &'static str, )*
            $( $( $(#[$nmeta])* pub $nested: $nty, )* )?
        }

        impl $name {
            /// Each word of this table (nested tables not included) as `(field name, text)`, in
            /// the order the table declares them.
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($field), self.$field), )*]
            }
        }
    };
}

/// Writes a template with its facts: each `{key}` whose key is among `values` is replaced once,
/// in the template's order; values are never rescanned, and unknown keys stay as written.
/// `fill("{name}达到{value}", &[("name", "企业"), ("value", "685家")])` → `企业达到685家`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
