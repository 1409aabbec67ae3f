use super::Strings;

pub(super) static STRINGS: Strings = Strings {
    language_name: "繁體中文",
    sample_data: "示例數據",
};
