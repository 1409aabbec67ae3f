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

    /// Reads `light`, `dark` or `large` in any case and with spaces around (as `plan-gauge render
    /// --theme` does); `str::parse` reads exactly the names [`Theme::as_str`] writes (as the
    /// embed's `theme` attribute does).
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

impl std::fmt::Display for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Theme {
    type Err = String;

    fn from_str(s: &str) -> Result<Theme, String> {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                let all = Theme::ALL.map(Theme::as_str);
                format!("unknown theme `{s}` ({})", crate::text::one_of(&all))
            })
    }
}

/// The root class list of a component: `pg-root pg-theme-… <own>`.
pub fn root_class(theme: Theme, own: &str) -> String {
    format!("pg-root {} {own}", theme.class())
}
