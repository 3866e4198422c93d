//! L0: small helpers with no knowledge of containers: atomic files, locks, human units, time.

pub mod fs;
pub mod glob;
pub mod human;
pub mod ids;
pub mod lock;
pub mod net;
pub mod parallel;
pub mod random;
pub mod sdnotify;
pub mod text;
pub mod time;
pub mod units;
