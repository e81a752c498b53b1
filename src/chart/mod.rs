//! The chart: scales, axes and marks, computed without a DOM.
//!
//! Observable Plot style, scales and marks kept apart:
//! - [`scale`]: linear, log and time scales (domain → pixels, and back);
//! - [`ticks`]: nice tick values (numbers only; the UI formats labels);
//! - [`marks`]: [`layout`] turns shown figures into panels of marks;
//! - [`palette`]: series colours and shapes, and SVG paths for the shapes;
//! - [`labels`]: one label per run of vague bands of a class.

pub mod labels;
pub mod marks;
pub mod palette;
pub mod scale;
pub mod ticks;

pub use labels::{band_labels, BandLabel};
pub use marks::{dodge, layout, Chart, Glyph, LayoutOptions, Mark, Panel, Rect, DODGE, MARK_SIZE};
pub use palette::{num, series_color, series_shape, shape_path, Shape, PALETTE};
pub use scale::{LinearScale, LogScale, TimeScale, YScale};
pub use ticks::{day_ticks, linear_ticks, log_ticks, tick_step, Tick};
