//! The portal pages' own words: the frame, a plan's page and the method page (`plan-gauge site`
//! fills them in; statuses, method paragraphs and widget words come from the other tables).

words! {
    /// Words of the generated portal pages in one locale; `{name}` marks a fact filled in.
    pub struct SiteStrings {
        // The frame.
        skip,
        site_name,
        nav_label,
        nav_home,
        nav_generator,
        nav_author,
        nav_method,
        nav_guide,
        nav_format,
        nav_gallery,
        nav_accessibility,
        footer_note,

        // A plan's page.
        not_stated,
        fact_issuer,
        fact_doc,
        fact_issued,
        fact_period,
        /// `{start}`, `{end}`: the plan's period.
        period,
        fact_source,
        fact_source_link,
        banner,
        /// The note on a plan's page over published figures: `{found}` of `{total}` targets have
        /// a published figure.
        published_banner,
        /// The link from a plan's page to its demonstration over sample data.
        demo_link,
        /// The link from the demonstration back to the published figures.
        published_link,
        dashboard,
        dashboard_note,
        article,
        /// The link to the page in the other language.
        other_version,
        method_link,
        /// `{quote}`, `{leads}`: the plan's words about a featured indicator and who leads it.
        plan_says,
        /// Between agency names and between status counts.
        list_sep,
        sample_data,
        published_data,
        /// `{date}`: when the plan was issued.
        issued_on,
        /// `{doc}`: the document number.
        doc_in_parens,
        /// `{issuer}`, `{when}`, `{title}`, `{doc}`, `{start}`, `{end}`, `{total}`, `{data}`, `{counts}`.
        lede,

        // The method page.
        method_title,
        method_h1,
        method_intro,
        statuses_h,
        statuses_note,
        /// `{expected}`: the widgets' word for the expected progress.
        expected_h,
        /// `{expected}`.
        expected_text,
        thresholds_h,
        pace_ratio,
        status_col,
        /// `{share}`: the least share of the time that must have passed.
        too_early,
        sdg_with_target,
        sdg_without_target,
        data_h,
        /// `{no_data}`, `{provisional}`, `{estimated}`, `{revised}`, `{break}`.
        data_text,
        rules_h,
    }
}
