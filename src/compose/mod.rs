//! `skiff compose` (issue 15): multi-container applications from compose files. A layer
//! beside `build`: load → model → plan → apply through the engine's public API only; never
//! touches the store, state or runtime directly. Loading: variable interpolation
//! (`interpolate`), which files make a project, its name and its `.env` (`project`), YAML
//! to an interpolated value tree (`load`), `include:` and `extends:` (`extend`), the
//! project as the command line and environment describe it (`loader`), where a key is
//! written for error messages (`locate`). Deciding: which services a command acts on and
//! their start order (`order`), what `up` will do as data (`plan`), service keys with
//! several forms read into one (`service`), a replica as `run` flags (`runspec`).
//! Applying: the executor of `up`'s plan through a `Backend` (`apply`).

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
