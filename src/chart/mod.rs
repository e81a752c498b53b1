//! The chart: scales, axes and marks, computed without a DOM.
//!
//! Observable Plot style, scales and marks kept apart:
//! - [`scale`]: linear, log and time scales (domain → pixels, and back);
//! - [`ticks`]: nice tick values (numbers only; the UI formats labels);
//! - [`marks`]: [`layout`] turns shown figures into panels of marks;
//! - [`palette`]: series colours and shapes, and SVG paths for the shapes;
//! - [`labels`]: one label per run of vague bands of a class, placed off the marks;
//! - [`scene`]: the chart as a plain scene tree (panels, axes, marks, legend,
//!   title, notes), the words it needs coming through [`scene::Words`];
//! - [`svg`]: the one writer, scene → SVG markup, for the page and the downloads.

pub mod labels;
pub mod marks;
pub mod palette;
pub mod scale;
pub mod scene;
pub mod svg;
pub mod ticks;

pub use labels::{band_labels, mark_boxes, BandLabel};
pub use marks::{dodge, layout, Chart, Glyph, LayoutOptions, Mark, Panel, Rect, Slot, DODGE, MARK_SIZE};
pub use palette::{num, series_color, series_shape, shape_path, Shape, PALETTE};
pub use scale::{LinearScale, LogScale, TimeScale, YScale};
pub use ticks::{date_forms, day_ticks, linear_ticks, log_ticks, tick_step, DateForm, Tick};
