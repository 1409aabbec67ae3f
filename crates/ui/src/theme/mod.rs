//! Themes: a class on each component's root that sets the `--pg-*` custom properties.

/// The look of a component. Every colour pairing of every theme meets WCAG 2.2 AA contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// 适老化: larger text, thicker strokes, stronger contrast.
    Large,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Large];

    /// Reads `light`, `dark` or `large` (as in the embed's `theme` attribute).
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "large" => Some(Theme::Large),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Large => "large",
        }
    }

    /// The class that selects the theme, e.g. `pg-theme-dark`.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "pg-theme-light",
            Theme::Dark => "pg-theme-dark",
            Theme::Large => "pg-theme-large",
        }
    }
}

/// The root class list of a component: `pg-root pg-theme-… <own>`.
pub fn root_class(theme: Theme, own: &str) -> String {
    format!("pg-root {} {own}", theme.class())
}
