use super::Strings;

pub(super) static STRINGS: Strings = Strings {
    language_name: "English",
    sample_data: "Illustrative sample data",
};
