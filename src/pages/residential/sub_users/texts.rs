//! The card's problems in words, in the current language: a name or a GB amount that
//! cannot be sent, and how a refused or lost write is said.

use crate::{
    api::ApiError,
    logic::{
        count::CountProblem,
        traffic::{GbProblem, NameProblem, MAX_NAME_CHARS},
    },
};

/// A name's problem.
pub fn name_problem(problem: NameProblem) -> String {
    match problem {
        NameProblem::Empty => tr!(sub_users.name_empty).into(),
        NameProblem::TooLong => trf!(sub_users.name_long, max = MAX_NAME_CHARS),
        NameProblem::NotPrintable => tr!(sub_users.name_control).into(),
    }
}

/// Whose GB a transfer takes: the owner's, or (taking back) a sub-user's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// The account owner gives.
    Owner,
    /// The named sub-user gives back.
    SubUser(&'a str),
}

/// A GB amount's problem.
pub fn gb_problem(problem: GbProblem, from: Source<'_>) -> String {
    match (problem, from) {
        (GbProblem::Text(CountProblem::Empty), _) => tr!(p0f.qty_empty).into(),
        (GbProblem::Text(CountProblem::Negative), _) => tr!(p0f.qty_negative).into(),
        (GbProblem::Text(CountProblem::NotWhole), _) => tr!(p0f.qty_whole).into(),
        (GbProblem::Text(CountProblem::NotANumber), _) => tr!(p0f.qty_nan).into(),
        (GbProblem::Text(CountProblem::TooLarge), _) => tr!(p0f.qty_large).into(),
        (GbProblem::Zero, _) => tr!(sub_users.gb_zero).into(),
        (GbProblem::MoreThanLeft { available }, Source::Owner) => trf!(sub_users.owner_short, available = available),
        (GbProblem::MoreThanLeft { available }, Source::SubUser(name)) => {
            trf!(sub_users.user_short, name = name, available = available)
        }
    }
}

/// The warning beside a control whose write's answer was lost.
pub fn lost() -> &'static str {
    tr!(sub_users.lost)
}

/// The sentence beside a control whose write the server refused.
pub fn failed(error: &ApiError) -> String {
    trf!(sub_users.failed, error = error)
}
