//! plan-gauge-embed: the cdylib loaded by `plan-gauge.js`.
