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
        #[repr(C)]
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

            /// How many words the table has (nested tables not included).
            #[allow(dead_code)]
            pub(crate) const COUNT: usize = [$( stringify!($field), )*].len();

            /// The table read back from its words in [`fields`](Self::fields)' order (a packed
            /// locale, [`crate::i18n::words`]); `None` when the words run out.
            #[allow(dead_code)]
            pub(crate) fn from_words(
                words: &mut impl Iterator<Item = &'static str>,
            ) -> Option<$name> {
                // Read in one loop and moved as a whole: written field by field, this is about
                // 30 bytes of module per word (10 KB for the widget's tables).
                const _: () = assert!(
                    std::mem::size_of::<$name>() == $name::COUNT * std::mem::size_of::<&str>()
                );
                let mut all = [""; Self::COUNT];
                for slot in &mut all {
                    *slot = words.next()?;
                }
                // SAFETY: a `repr(C)` struct of `COUNT` fields, each a `&'static str` (the
                // assertion above rules out nested tables), has the layout of
                // `[&'static str; COUNT]`, field `i` at index `i`.
                Some(unsafe { std::mem::transmute::<[&'static str; Self::COUNT], $name>(all) })
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
