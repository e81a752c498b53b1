//! One stable sort for the page, over indices with a comparator behind a
//! reference: every sort of the view, the chart and the table goes through
//! this one function, where each `slice::sort_by` with its own closure would
//! add a copy of the standard library's sort (several KB of wasm each).

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (a merge sort; insertion sort for short runs).
pub fn by(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    merge_sort(v, &mut Vec::with_capacity(v.len()), &|a: &usize, b: &usize| cmp(*a, *b) == Ordering::Greater);
}

/// Sorts `v` stably by its keys (precomputed: a comparison is one integer
/// comparison, not a call through a closure; at 500 articles a few thousand
/// items are sorted several times on opening). Ties keep their order.
pub fn pairs(v: &mut [(u64, usize)]) {
    merge_sort(v, &mut Vec::with_capacity(v.len()), &|a: &(u64, usize), b: &(u64, usize)| a.0 > b.0);
}

/// The one merge sort behind [`by`] and [`pairs`]: stable, `after(a, b)`
/// telling when `a` goes after `b`.
fn merge_sort<T: Copy>(v: &mut [T], tmp: &mut Vec<T>, after: &impl Fn(&T, &T) -> bool) {
    let n = v.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && after(&v[j - 1], &v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], tmp, after);
    merge_sort(&mut v[mid..], tmp, after);
    if !after(&v[mid - 1], &v[mid]) {
        return; // already in order
    }
    tmp.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        // On a tie the left one first, so the sort is stable.
        if !after(&v[i], &v[j]) {
            tmp.push(v[i]);
            i += 1;
        } else {
            tmp.push(v[j]);
            j += 1;
        }
    }
    tmp.extend_from_slice(&v[i..mid]);
    tmp.extend_from_slice(&v[j..n]);
    v.copy_from_slice(tmp);
}

/// The order that sorts `len` items stably by `cmp` on their positions.
pub fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..len).collect();
    by(&mut idx, cmp);
    idx
}

/// `items` put in `order` (from [`order`]).
pub fn apply<T: Clone>(items: &[T], order: &[usize]) -> Vec<T> {
    order.iter().map(|&i| items[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(keys in proptest::collection::vec(0u8..8, 0..200)) {
            let mut ours: Vec<usize> = (0..keys.len()).collect();
            by(&mut ours, &|a, b| keys[a].cmp(&keys[b]));
            let mut std: Vec<usize> = (0..keys.len()).collect();
            std.sort_by_key(|&i| keys[i]);
            prop_assert_eq!(ours, std);
        }
    }

    proptest! {
        #[test]
        fn keyed_pairs_sort_like_the_standard_stable_sort(keys in proptest::collection::vec(0u64..6, 0..200)) {
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            pairs(&mut ours);
            let mut std: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn order_and_apply() {
        let words = ["c", "a", "b", "a"];
        let o = order(words.len(), &|a, b| words[a].cmp(words[b]));
        assert_eq!(o, [1, 3, 2, 0]);
        assert_eq!(apply(&words, &o), ["a", "a", "b", "c"]);
    }
}
