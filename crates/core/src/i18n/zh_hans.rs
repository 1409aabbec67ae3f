use super::Strings;

pub(super) static STRINGS: Strings = Strings {
    language_name: "简体中文",
    sample_data: "示例数据",
};
