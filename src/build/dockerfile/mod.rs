//! The Dockerfile language: `parse` (text to instructions) and `expand` (docker's variable
//! substitution and word rules, applied per step with the ARG/ENV values in force).

pub mod expand;
pub mod parse;

pub use parse::{Args, Dockerfile, Flag, Heredoc, Instruction, ParseError, parse};
