//! `skiff compose` (issue 15, in progress): multi-container applications from compose
//! files. A layer beside `build`: load → model → plan → apply through the engine's public
//! API only; never touches the store, state or runtime directly. So far: the pure pieces
//! every command needs — variable interpolation (`interpolate`) and which files make a
//! project, its name and its `.env` (`project`).

pub mod interpolate;
pub mod project;
