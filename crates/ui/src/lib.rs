//! plan-gauge-ui: Leptos components that present what `plan-gauge-core` computed.
