//! Whole-pass tests on Arabic sentences written for them (not from the seeds).

use super::*;
use crate::figure::{Kind, Qualifier, Status, Vague, Victims};

fn run(s: &str) -> Vec<Figure> {
    extract("t", s, &Options { published: Some("2023-05-04".into()) })
}

/// `(kind, qualifier, value)` of each figure.
fn kqv(s: &str) -> Vec<(Kind, Qualifier, u64)> {
    run(s).into_iter().map(|f| (f.kind, f.qualifier, f.value)).collect()
}

use Kind::*;
use Qualifier::*;

#[test]
fn smoke() {
    assert_eq!(kqv("قتل 5 أشخاص في هجوم"), [(Killed, Exact, 5)]);
}
