//! The view state that travels in the URL, and the filter it applies. (Being written: see issues 4 and 5.)
