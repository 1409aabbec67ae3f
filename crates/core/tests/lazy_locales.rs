//! With `lazy-locales` (the widget's modules), only simplified Chinese is built in; another
//! locale's widget words come from its words file. Run by `cargo xtask test` as
//! `cargo test -p plan-gauge-core --features lazy-locales --test lazy_locales`.
#![cfg(feature = "lazy-locales")]

use plan_gauge_core::i18n::{words, Lang};

#[test]
fn another_locale_is_available_once_its_words_file_is_read() {
    assert!(Lang::ZhHans.available());
    assert!(!Lang::En.available());
    assert!(!Lang::ZhHant.available());
    // Before its file is read, a locale's tables are simplified Chinese: the widget asks first.
    assert_eq!(
        Lang::En.strings().language_name,
        Lang::ZhHans.strings().language_name
    );

    // A damaged file leaves the locale unavailable.
    let en = Lang::En.pack_words();
    assert!(words::load(en[..en.len() - 3].to_string()).is_err());
    assert!(words::load(en.replacen(" en ", " xx ", 1)).is_err());
    assert!(!Lang::En.available());

    assert_eq!(words::load(en), Ok(Lang::En));
    assert!(Lang::En.available());
    assert_eq!(Lang::En.strings().language_name, "English");
    assert_eq!(
        Lang::En.format().scales.first().map(|s| s.1),
        Some(" trillion")
    );
    assert!(!Lang::ZhHant.available());

    assert_eq!(words::load(Lang::ZhHant.pack_words()), Ok(Lang::ZhHant));
    assert_eq!(Lang::ZhHant.strings().language_name, "繁體中文");
}
