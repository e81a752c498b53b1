//! [`Set`]: the view's sets (kinds, groups of people, sources) as a sorted
//! list without repeats.
//!
//! They hold a handful of items, a few hundred at most (the sources of a large
//! set), and are read far more often than changed. A `BTreeSet` would do as
//! well, but the page's wasm would then carry the tree's code for each item
//! type, and the standard library's sort that builds a tree from a list, once
//! per item type: about 8 KB gzipped for three sets. Here everything is a
//! binary search in a `Vec`.

use std::borrow::Borrow;

/// A set kept as a sorted `Vec` with no repeats; iterates in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Set<T> {
        Set(Vec::new())
    }
}

impl<T: Ord> Set<T> {
    pub fn new() -> Set<T> {
        Set(Vec::new())
    }

    fn find<Q: Ord + ?Sized>(&self, x: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|e| e.borrow().cmp(x))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(x).is_ok()
    }

    /// Adds `x`; false if it was there.
    pub fn insert(&mut self, x: T) -> bool {
        match self.find(&x) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, x);
                true
            }
        }
    }

    /// Takes `x` out; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(x) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> Extend<T> for Set<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for x in items {
            self.insert(x);
        }
    }
}

impl<T: Ord> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Set<T> {
        let mut s = Set::new();
        s.extend(items);
        s
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for Set<T> {
    fn from(items: [T; N]) -> Set<T> {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a Set<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for Set<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    proptest! {
        /// Any run of inserts and removes leaves the set a BTreeSet would hold.
        #[test]
        fn behaves_as_a_btree_set(ops in proptest::collection::vec((any::<bool>(), 0u8..20), 0..200)) {
            let (mut ours, mut theirs) = (Set::new(), BTreeSet::new());
            for (add, x) in ops {
                if add {
                    prop_assert_eq!(ours.insert(x), theirs.insert(x));
                } else {
                    prop_assert_eq!(ours.remove(&x), theirs.remove(&x));
                }
                prop_assert_eq!(ours.len(), theirs.len());
            }
            prop_assert!(ours.iter().eq(theirs.iter()));
            for x in 0u8..20 {
                prop_assert_eq!(ours.contains(&x), theirs.contains(&x));
            }
        }
    }

    #[test]
    fn built_from_a_list_is_sorted_without_repeats() {
        let s: Set<String> = ["b", "a", "b", "c"].map(String::from).into();
        assert_eq!(s.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(s.contains("a") && !s.contains("d"));
        assert_eq!(s, Set::from(["c", "a", "b"].map(String::from)));
    }
}
