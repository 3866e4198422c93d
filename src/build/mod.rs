//! L3: `skiff build` (issue 6, in progress). Built so far: the Dockerfile parser and docker's
//! variable substitution (`dockerfile`). Still to come: the build plan (stages, targets),
//! step execution through the engine, the layer writer, the cache.

pub mod config;
pub mod copy;
pub mod dockerfile;
pub mod ignore;
pub mod plan;
pub mod run;
