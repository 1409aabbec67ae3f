//! Validation codes and their messages. Each code is declared once here, with its name in JSON
//! output and documentation and its field in the locale tables: adding a code is one line here,
//! one message per locale, and the check in [`crate::validate`] that finds it.

use super::Lang;

/// Declares [`Code`] and [`ErrorStrings`] from one list of `Variant => snake_name`.
macro_rules! codes {
    ($( $(#[$meta:meta])* $variant:ident => $field:ident, )*) => {
        /// What is wrong. Each code has a message template in every locale table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[$meta])* $variant, )*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$( Code::$variant, )*];

            /// Every code, in documentation order.
            pub fn all() -> impl Iterator<Item = Code> {
                Code::ALL.iter().copied()
            }

            /// The snake_case name used in JSON output and documentation.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Code::$variant => stringify!($field), )*
                }
            }

            /// The message template in `lang`; `{name}` marks a fact filled in.
            pub fn template(self, lang: Lang) -> &'static str {
                let e = lang.errors();
                match self {
                    $( Code::$variant => e.$field, )*
                }
            }
        }

        words! {
            /// One message template per [`Code`], named as the code is.
            pub struct ErrorStrings {
                $( $field, )*
            }
        }
    };
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

codes! {
    /// The text is not valid JSON.
    JsonSyntax => json_syntax,
    /// Valid JSON, but a field has the wrong type, is missing or is unknown.
    JsonShape => json_shape,
    /// The browser's `JSON.parse` refused the text (`{detail}` is its message).
    BadJson => bad_json,
    /// A field of a parsed file has the wrong JSON type (the widget's reader; `{expected}` is a
    /// JSON type name).
    WrongShape => wrong_shape,
    /// A required field is absent.
    MissingField => missing_field,
    /// A field the format does not have.
    UnknownField => unknown_field,
    /// A name that is not one of the format's names for this field.
    UnknownValue => unknown_value,
    /// A text holds an invisible bidirectional control (pasted with it): a warning; what shows
    /// the text drops it.
    BidiControl => bidi_control,
    /// `format` is not `plan-gauge/1`.
    Format => format,
    /// An id has characters other than lowercase ASCII letters, digits, `-` and `_`.
    IdSyntax => id_syntax,
    DuplicateId => duplicate_id,
    /// A required text is empty.
    Empty => empty,
    BadDate => bad_date,
    BadPeriod => bad_period,
    /// The plan's period ends before it starts or lies outside 1900–2100.
    PlanPeriod => plan_period,
    UnknownLocale => unknown_locale,
    UnknownSection => unknown_section,
    UnknownIndicator => unknown_indicator,
    /// Observations name another plan.
    PlanMismatch => plan_mismatch,
    /// An indicator other than a qualitative task has no target.
    NoTarget => no_target,
    NoMilestone => no_milestone,
    MilestonesOutOfOrder => milestones_out_of_order,
    /// A year lies outside the plan's period.
    YearOutsidePeriod => year_outside_period,
    /// A value is missing where the kind needs one, or present where it must not be.
    ValueRequired => value_required,
    ValueForbidden => value_forbidden,
    /// NaN or infinity.
    NotFinite => not_finite,
    /// The unit does not fit the kind (shares and coverage are in %, …).
    UnitMismatch => unit_mismatch,
    /// A value is out of the range the kind allows (a share above 100%, a binary value of 2 …).
    OutOfRange => out_of_range,
    /// The comparator does not fit the kind, or `upper` is used without `range`.
    ComparatorMismatch => comparator_mismatch,
    /// The series does not fit the kind.
    SeriesMismatch => series_mismatch,
    /// A multiple target needs a baseline year.
    BaselineRequired => baseline_required,
    /// The baseline is not before the first milestone.
    BaselineOrder => baseline_order,
    DuplicateObservation => duplicate_observation,
    /// A missing observation has a value, or a value is absent without the missing status.
    MissingMismatch => missing_mismatch,
    /// A missing observation does not say why.
    MissingWithoutReason => missing_without_reason,
    UnknownStatus => unknown_status,
    NotANumber => not_a_number,
    /// CSV: a required column is absent or an unknown column is present.
    CsvHeader => csv_header,
    /// CSV: wrong number of fields or an unclosed quote.
    CsvRow => csv_row,
    /// A target names no lead agency.
    NoLeadAgency => no_lead_agency,
    /// An observation names no source.
    NoSource => no_source,
    /// Observations name a plan that was not given, so their indicators could not be checked.
    PlanNotGiven => plan_not_given,
    /// An indicator's `decimals` is above [`MAX_DECIMALS`](crate::model::MAX_DECIMALS).
    BadDecimals => bad_decimals,
    /// `agencies` names an agency that no target or task of the plan names (nor the issuer).
    UnknownAgency => unknown_agency,
    /// The direction does not fit the target: a rank must be `lower`, a stated decrease `lower`,
    /// a stated increase `higher`.
    DirectionMismatch => direction_mismatch,
    /// An observation's `bound` is not one of `at_least`, `more_than`, `at_most`, `less_than`.
    UnknownBound => unknown_bound,
    /// A link in the data is not an `http` or `https` URL.
    BadUrl => bad_url,
    /// The file's bytes are not text in the encoding it was read as (UTF-8, UTF-16, GB18030).
    BadEncoding => bad_encoding,
    /// The JSON nests deeper than any plan does (a damaged or hostile file).
    TooDeep => too_deep,
    /// A workbook that cannot be read: damaged, password-protected, or without the sheet named.
    BadWorkbook => bad_workbook,
    /// Merged cells in a sheet's header or data rows.
    MergedCells => merged_cells,
    /// A file larger than plan-gauge reads.
    TooLarge => too_large,
}
