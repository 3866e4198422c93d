//! `skiff compose` (issue 15, in progress): multi-container applications from compose
//! files. A layer beside `build`: load → model → plan → apply through the engine's public
//! API only; never touches the store, state or runtime directly. So far the loading:
//! variable interpolation (`interpolate`), which files make a project, its name and its
//! `.env` (`project`), YAML to an interpolated, merged value tree (`load`), and the
//! project as the command line and environment describe it (`loader`); which services a
//! command acts on and their start order (`order`); what `up` will do, as data (`plan`);
//! service keys that come in several forms, read into one (`service`).

pub mod apply;
pub mod extend;
pub mod interpolate;
pub mod load;
pub mod loader;
pub mod locate;
pub mod order;
pub mod plan;
pub mod project;
pub mod runspec;
pub mod service;
