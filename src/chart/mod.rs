//! The chart: scales, axes and marks, computed without a DOM. (Being written: see issue 4.)
