//! The engine's words: status labels, reason and headline templates, the method page
//! ([`crate::explain`] fills them in).

words! {
    /// The engine's words in one locale: status labels, reason and headline templates
    /// (`{name}` marks a fact filled in) and the methods' names.
    pub struct EngineStrings {
        /// Status labels.
        status_achieved,
        status_on_track,
        status_at_risk,
        status_off_track,
        status_missed,
        status_no_data,
        status_too_early,
        status_cannot_assess,
        /// Verdict words at the end of a pace sentence.
        reason_verdict_on_track,
        reason_verdict_at_risk,
        reason_verdict_off_track,
        /// Target phrases; `{value}` and `{upper}` are formatted values.
        reason_cmp_ge,
        reason_cmp_gt,
        reason_cmp_le,
        reason_cmp_lt,
        reason_cmp_approx,
        reason_cmp_range,
        /// A growth-rate target; `{target}` is a target phrase.
        reason_growth_target,
        /// A multiple of a baseline, resolved.
        reason_multiple_target,
        /// A change stated against the base year, with the level it means: `{target}`, `{change}`
        /// (one of the four change words below) and `{year}`, the base year.
        reason_change_target,
        /// The same change when the base-year value is not known.
        reason_change_alone,
        reason_change_down,
        reason_change_up,
        reason_points_down,
        reason_points_up,
        /// A rank target: `{value}` is the position with its unit (前10名).
        reason_rank_target,
        /// A target that states only a direction (稳步提升).
        reason_trend_up,
        reason_trend_down,
        /// A published value that is only a bound (至少, 突破): `{value}` is the figure.
        value_at_least,
        value_more_than,
        value_at_most,
        value_less_than,
        /// The latest value meets the final target.
        reason_target_met,
        /// Pace method.
        reason_pace_compared,
        /// Cumulative targets, before the pace sentence.
        reason_cumulative_total,
        /// Open SDG with a target.
        reason_cagr_ratio,
        /// Open SDG without a target.
        reason_cagr_no_target,
        /// Open SDG progress bands.
        reason_band_target_achieved,
        reason_band_substantial,
        reason_band_moderate,
        reason_band_limited,
        reason_band_deterioration,
        /// Growth-rate targets.
        reason_growth_compared,
        /// Annual floors and ranges.
        reason_years_met,
        reason_years_unknown,
        /// The deadline passed unmet.
        reason_deadline_passed,
        /// The deadline passed, the final-year figure is not out yet.
        reason_final_pending,
        reason_no_observations,
        /// With no figure: where the plan's path stands at the as-of `{date}`: `{value}`.
        reason_expected_by_now,
        reason_not_started_no_new,
        reason_not_started_elapsed,
        reason_not_started_year,
        reason_no_baseline,
        reason_no_baseline_year,
        reason_too_few_points,
        reason_not_comparable,
        /// Binary targets.
        reason_binary_done,
        reason_stage_done,
        reason_binary_not_yet,
        reason_binary_final_year,
        /// Qualitative tasks.
        reason_stage_in_progress,
        reason_stage_not_started,
        reason_stage_not_started_late,
        reason_not_done_deadline,
        /// A multiple whose baseline is unknown.
        reason_times,
        /// A cumulative target; `{target}` is a target phrase.
        reason_cumulative_target,
        /// Notes appended to a reason.
        reason_note_break,
        reason_note_base_moved,
        reason_note_aspirational,
        reason_note_provisional,
        /// Headline sentences.
        headline_value,
        headline_no_value,
        headline_annual,
        headline_cumulative,
        headline_task,
        headline_flag_provisional,
        headline_flag_estimated,
        headline_flag_revised,
        headline_flag_break,
        headline_state_done,
        headline_state_in_progress,
        headline_state_not_started,
        headline_state_yes,
        headline_state_no,
        headline_state_unknown,
        /// Method names.
        method_pace_name,
        method_opensdg_name,
    }
}

words! {
    /// The method page for citizens, one paragraph per rule, in one locale: a table of its own
    /// ([`Lang::method`](super::Lang::method)), so that a module that never shows the page (the
    /// widget) does not carry it.
    pub struct MethodStrings {
        method_pace,
        method_opensdg,
        method_level,
        method_growth_rate,
        method_annual,
        method_cumulative,
        method_multiple,
        method_binary,
        method_qualitative,
        method_comparators,
        method_final,
        method_data,
    }
}
