//! The scene's tests: what each panel, mark, dense panel and picture holds,
//! and that no two of its texts overlap.

use super::*;
use crate::chart::labels::{intersects, mark_boxes};
use crate::chart::{layout, LayoutOptions};
use crate::figure::{Quantity, Status};
use crate::view::testing::{by, fig, qty};
use crate::view::{GroupBy, Scale};

fn sample() -> Vec<Figure> {
    let mut figs = vec![
        by(fig("a1", Kind::Killed, 8, Some("2022-01-05")), "Police"),
        by(fig("a1", Kind::Killed, 225, Some("2022-01-07")), "Interior Ministry"),
        fig("a2", Kind::Arrested, 7939, Some("2022-01-06")),
        qty(fig("a2", Kind::Killed, 0, Some("2022-01-10")), Quantity::Vague(Vague::Tens)),
        qty(by(fig("a3", Kind::Injured, 0, Some("2022-01")), "Police"), Quantity::Range(100, 150)),
        fig("a3", Kind::Injured, 1000, None),
        qty(by(fig("a3", Kind::Killed, 0, Some("2022-01-10")), "Information Ministry"), Quantity::MoreThan(164)),
    ];
    figs[6].status = Status::Retracted;
    figs
}

fn series() -> Vec<String> {
    ["Police", "Interior Ministry", "Unattributed", "Information Ministry", "Nobody"].map(String::from).to_vec()
}

fn chart(rtl: bool) -> (Vec<Figure>, Chart) {
    let figs = sample();
    let opts = LayoutOptions {
        width: 640.0,
        panel_height: 240.0,
        scale: Scale::Log,
        by: GroupBy::Claimant,
        rtl,
        kinds: Kind::ALL.to_vec(),
        series: series(),
        focus: true,
        axis: None,
    };
    let c = layout(&figs, &(0..figs.len()).collect::<Vec<_>>(), &opts);
    (figs, c)
}

/// Every node, depth first.
fn walk<'a>(nodes: &'a [Node], out: &mut Vec<&'a Node>) {
    for n in nodes {
        out.push(n);
        if let Node::Group(g) = n {
            walk(&g.children, out);
        }
    }
}

fn groups<'a>(nodes: &'a [Node], class: &str) -> Vec<&'a Group> {
    let mut all = Vec::new();
    walk(nodes, &mut all);
    all.into_iter()
        .filter_map(|n| match n {
            Node::Group(g) if g.class == class || g.class.split(' ').next() == Some(class) => Some(g),
            _ => None,
        })
        .collect()
}

fn texts<'a>(nodes: &'a [Node], class: &str) -> Vec<&'a Label> {
    let mut all = Vec::new();
    walk(nodes, &mut all);
    all.into_iter()
        .filter_map(|n| match n {
            Node::Text(l) if l.class == class => Some(l),
            _ => None,
        })
        .collect()
}

/// `n` killed figures of two sources over 30 days, the odd ones «more than».
fn many(n: usize) -> Vec<Figure> {
    (0..n)
        .map(|i| {
            let day = format!("2022-01-{:02}", 1 + i % 30);
            let f = by(fig(&format!("a{i}"), Kind::Killed, 10 + i as u64, Some(&day)), ["Police", "Interior Ministry"][i % 2]);
            if i % 2 == 1 { qty(f, Quantity::MoreThan(10 + i as u64)) } else { f }
        })
        .collect()
}

/// The page's nodes of the first panel of `figs` laid out with `opts`.
fn killed_panel(figs: &[Figure], opts: LayoutOptions) -> Vec<Node> {
    let c = layout(figs, &(0..figs.len()).collect::<Vec<_>>(), &opts);
    panel(&c.panels[0], c.width, figs, &Plain::default(), None, true)
}

/// The killed panel alone, 900 px wide, on a log scale, by claimant.
fn killed_900() -> LayoutOptions {
    LayoutOptions {
        width: 900.0,
        panel_height: 240.0,
        scale: Scale::Log,
        by: GroupBy::Claimant,
        rtl: false,
        kinds: vec![Kind::Killed],
        series: series(),
        focus: true,
        axis: None,
    }
}

#[test]
fn a_dense_panel_merges_its_marks_and_has_one_cursor() {
    let figs = many(DENSE + 50);
    let opts = killed_900();
    let c = layout(&figs, &(0..figs.len()).collect::<Vec<_>>(), &opts);
    let p = &c.panels[0];
    assert!(p.marks.len() > DENSE);
    let nodes = panel(p, c.width, &figs, &Plain::default(), None, true);
    // One focusable mark: the cursor, on the earliest mark, with its label.
    let marks = groups(&nodes, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].class, "mark cursor");
    let order = step_order(p);
    let first = &p.marks[order[0]];
    let attr = |g: &Group, k: &str| g.attrs.iter().find(|a| a.0 == k).map(|a| a.1.clone());
    assert_eq!(attr(marks[0], "data-fig"), Some(figure_key(&figs[first.figure])));
    assert_eq!(attr(marks[0], "aria-label"), Some(mark_label(first, &figs, &Plain::default())));
    // Every mark's glyph is drawn once, by one path of its series' layer
    // (filled or hollow): a subpath per mark, no element of its own.
    let layers = groups(&nodes, "layer");
    assert_eq!(layers.len(), 2, "one layer per source");
    let mut points = 0;
    for l in &layers {
        assert!(!l.children.iter().any(|n| matches!(n, Node::Marker { shape, .. } if matches!(**shape, Node::Path { .. }))), "a shape as a marker");
        for n in &l.children {
            if let Node::Path { class: "glyph" | "glyph hollow", d, .. } = n {
                points += d.matches('M').count();
            }
        }
    }
    assert_eq!(points, p.marks.len());
    // Each at its mark: a dot on the point itself, another shape from its start.
    let num = crate::chart::palette::num;
    for l in &layers {
        let series: Vec<&Mark> = p.marks.iter().filter(|m| series_attr(m.series) == l.attrs[0].1).collect();
        let shape = series_shape(series[0].series);
        let ((sx, sy), tail) = crate::chart::palette::shape_tail(shape, MARK_SIZE + 1.0);
        let (sx, sy, tail) = if shape == crate::chart::palette::Shape::Circle { (0.0, 0.0, "h0".to_string()) } else { (sx, sy, tail) };
        let mut want: Vec<String> = series.iter().map(|m| format!("M{} {}{tail}", num(m.x + sx), num(m.y + sy))).collect();
        let mut drawn: Vec<String> = Vec::new();
        for n in &l.children {
            if let Node::Path { class: "glyph" | "glyph hollow", d, .. } = n {
                drawn.extend(d.split('M').filter(|s| !s.is_empty()).map(|s| format!("M{s}")));
            }
        }
        want.sort();
        drawn.sort();
        assert_eq!(drawn, want, "layer {:?}", l.attrs);
    }
    // The «more than» signs that have room: one text each layer, in a marker that
    // a path of points places on those marks (not a text per mark).
    let mut signs = Vec::new();
    for l in &layers {
        assert!(!l.children.iter().any(|n| matches!(n, Node::Text(t) if t.text == ">")), "a sign as a text of its own");
        for n in &l.children {
            let Node::Marker { id, shape } = n else { continue };
            let Node::Text(t) = &**shape else { continue };
            assert_eq!((t.class, t.text.as_str(), t.x), ("sign", ">", 0.0));
            let Some(Node::Points { d, .. }) = l.children.iter().find(|n| matches!(n, Node::Points { marker, .. } if marker == id)) else { panic!("{id} placed nowhere") };
            signs.extend(d.split('M').filter(|s| !s.is_empty()).map(str::to_owned));
        }
    }
    assert!(!signs.is_empty(), "no sign drawn");
    let more_than: Vec<String> = p.marks.iter().filter(|m| m.glyph == Glyph::MoreThan).map(|m| format!("{} {}", crate::chart::palette::num(m.x), crate::chart::palette::num(m.y))).collect();
    assert!(signs.iter().all(|s| more_than.contains(s)), "a sign off a «more than» mark");
    // The markers' ids are unique in the panel, and differ in another panel or layout.
    let ids: Vec<String> = layers.iter().flat_map(|l| &l.children).filter_map(|n| if let Node::Marker { id, .. } = n { Some(id.clone()) } else { None }).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    let narrow = panel(p, c.width - 100.0, &figs, &Plain::default(), None, false);
    let other: Vec<String> = groups(&narrow, "layer").iter().flat_map(|l| &l.children).filter_map(|n| if let Node::Marker { id, .. } = n { Some(id.clone()) } else { None }).collect();
    assert!(other.iter().all(|id| !ids.contains(id)), "{other:?}");
    // Selecting a figure puts the cursor on it.
    let chosen = &p.marks[order[5]];
    let key = figure_key(&figs[chosen.figure]);
    let nodes = panel(p, c.width, &figs, &Plain::default(), Some(&key), true);
    let marks = groups(&nodes, "mark");
    assert_eq!(marks[0].class, "mark cursor selected");
    assert_eq!(attr(marks[0], "data-fig"), Some(key));
    // In a download or the static first paint, the same paths and no cursor.
    let nodes = panel(p, c.width, &figs, &Plain::default(), None, false);
    assert!(groups(&nodes, "mark").is_empty());
    assert_eq!(groups(&nodes, "layer").len(), 2);
}

#[test]
fn a_panels_key_follows_what_it_is_made_of_not_its_rounding() {
    let figs = many(DENSE + 50);
    let opts = killed_900();
    let all: Vec<usize> = (0..figs.len()).collect();
    let key_of = |figs: &[Figure], opts: &LayoutOptions, lang: &str| {
        let c = layout(figs, &all, opts);
        key(&c.panels[0], c.width, lang, figs)
    };
    let k = key_of(&figs, &opts, "ar");
    assert_eq!(k.len(), 16);
    assert_eq!(key_of(&figs, &opts, "ar"), k, "the same layout, the same key");
    // Positions off by less than the writer's tenth of a pixel (a last bit of a logarithm): the same key.
    let c = layout(&figs, &all, &opts);
    let mut nudged = c.panels[0].clone();
    nudged.marks.iter_mut().for_each(|m| m.y += 1e-9);
    assert_eq!(key(&nudged, c.width, "ar", &figs), k);
    // Another language, width, number or date: another key.
    assert_ne!(key_of(&figs, &opts, "en"), k);
    assert_ne!(key_of(&figs, &LayoutOptions { width: 800.0, ..opts.clone() }, "ar"), k);
    let mut other = figs.clone();
    other[7].value += 1;
    assert_ne!(key_of(&other, &opts, "ar"), k);
    let mut other = figs.clone();
    other[7].reported = Some("2022-01-29".into());
    assert_ne!(key_of(&other, &opts, "ar"), k);
}

#[test]
fn a_panel_has_one_mark_group_per_mark_with_its_attributes() {
    let (figs, c) = chart(false);
    let p = &c.panels[0];
    let nodes = panel(p, c.width, &figs, &Plain::default(), Some(&figure_key(&figs[0])), true);
    let marks = groups(&nodes, "mark");
    assert_eq!(marks.len(), p.marks.len());
    for (g, m) in marks.iter().zip(&p.marks) {
        let attr = |k: &str| g.attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
        assert_eq!(attr("data-fig"), Some(figure_key(&figs[m.figure]).as_str()));
        assert_eq!(attr("data-glyph"), Some(glyph_name(m.glyph)));
        assert_eq!((attr("tabindex"), attr("role")), (Some("0"), Some("button")));
        assert!(attr("aria-label").is_some_and(|l| l.len() > 5));
        assert_eq!(g.class.contains("muted"), m.muted);
        assert_eq!(g.class.contains("selected"), figure_key(&figs[m.figure]) == figure_key(&figs[0]));
    }
    assert!(matches!(nodes[0], Node::Title { .. }) && matches!(nodes[1], Node::Desc { .. }));
    // Not interactive: no title, no focus, no hit area; still the data attributes.
    let nodes = panel(p, c.width, &figs, &Plain::default(), None, false);
    assert!(!matches!(nodes[0], Node::Title { .. }));
    for g in groups(&nodes, "mark") {
        assert!(g.attrs.iter().all(|(k, _)| !["tabindex", "role", "aria-label"].contains(k)));
        assert!(g.attrs.iter().any(|(k, _)| *k == "data-fig"));
        assert!(!g.children.iter().any(|n| matches!(n, Node::Circle { class: "hit", .. })));
    }
}

#[test]
fn a_source_s_figures_over_time_are_joined_and_named_at_the_end() {
    let f = |v: u64, d: &str, who: &str| {
        let mut x = crate::view::testing::by(crate::view::testing::fig("a", Kind::Killed, v, Some(d)), who);
        x.article = format!("{who}{d}");
        x
    };
    let mut figs = vec![f(10, "2024-03-01", "Health Ministry"), f(40, "2024-03-05", "Health Ministry"), f(90, "2024-03-09", "Health Ministry"), f(7, "2024-03-03", "Police")];
    // Another group of people from the same source is never joined to it.
    let mut other = f(3, "2024-03-07", "Health Ministry");
    other.victims = crate::figure::Victims::Children;
    figs.push(other);
    let nodes = killed_panel(&figs, LayoutOptions { width: 800.0, series: vec!["Health Ministry".into(), "Police".into()], ..killed_900() });
    let mut flat = Vec::new();
    walk(&nodes, &mut flat);
    let lines: Vec<&Node> = flat.iter().copied().filter(|n| matches!(n, Node::Path { class: "series-line", .. })).collect();
    assert_eq!(lines.len(), 1, "one line: the ministry's three dates (the police have one, the children one)");
    if let Node::Path { d, .. } = lines[0] {
        assert_eq!(d.matches('L').count(), 2);
    }
    let labels = texts(&nodes, "line-label");
    let names: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
    assert!(names.contains(&"Health Ministry"), "{names:?}");
    // No label box covers another.
    let boxes: Vec<(f64, f64)> = labels.iter().map(|l| (l.x, l.y)).collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!((a.1 - b.1).abs() >= 10.0 || (a.0 - b.0).abs() >= 60.0, "{boxes:?}");
        }
    }
}

#[test]
fn crowded_signs_and_counts_never_cover_each_other() {
    // Forty "at least" claims of nearby values on three days: their signs would pile up.
    let mut figs = Vec::new();
    for i in 0..40u64 {
        let mut f = crate::view::testing::by(
            crate::view::testing::qty(
                crate::view::testing::fig("a", Kind::Killed, 10, Some(["2024-03-01", "2024-03-02", "2024-03-03"][i as usize % 3])),
                crate::figure::Quantity::AtLeast(10 + i),
            ),
            ["Police", "Army", "UN"][i as usize % 3],
        );
        f.article = format!("a{i}");
        figs.push(f);
    }
    let nodes = killed_panel(&figs, LayoutOptions { width: 320.0, series: vec!["Police".into(), "Army".into(), "UN".into()], ..killed_900() });
    let mut flat = Vec::new();
    walk(&nodes, &mut flat);
    // Every text drawn inside the plot (signs, counts, line labels), as the writer places it.
    let boxes: Vec<Rect> = flat
        .iter()
        .filter_map(|n| match n {
            Node::Text(l) if l.text.len() <= 3 && !l.vertical => {
                let wd = text_width(&l.text, 11.0);
                Some(Rect { x: l.x - wd / 2.0 + 1.0, y: l.y - 7.0, width: wd - 2.0, height: 8.0 })
            }
            _ => None,
        })
        .collect();
    let signs = flat.iter().filter(|n| matches!(n, Node::Text(l) if l.text == "≥")).count();
    assert!(signs > 0 && signs < 40, "some signs shown, crowded ones left out: {signs}");
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!overlaps(a, b), "{a:?} covers {b:?}");
        }
    }
}

#[test]
fn grid_and_axis_lines_carry_their_stroke() {
    let (figs, c) = chart(false);
    let nodes = panel(&c.panels[0], c.width, &figs, &Plain::default(), None, false);
    let mut all = Vec::new();
    walk(&nodes, &mut all);
    let lines: Vec<_> = all
        .iter()
        .filter_map(|n| match n {
            Node::Line { class, style, .. } if *class == "grid" || *class == "axis" => Some((*class, style)),
            _ => None,
        })
        .collect();
    assert!(lines.iter().filter(|(c, _)| *c == "grid").count() >= 2);
    assert!(lines.iter().filter(|(c, _)| *c == "axis").count() >= 2);
    for (class, s) in lines {
        assert_eq!(s.stroke, Some(if class == "grid" { Paint::Grid } else { Paint::Axis }));
        assert_eq!(s.stroke_width, Some(1.0));
    }
}

#[test]
fn the_picture_has_title_legend_axes_note_source_and_date() {
    let (figs, c) = chart(false);
    let names: Vec<String> = series().iter().map(|s| format!("name of {s}")).collect();
    let today = Date::parse("2026-11-30").unwrap().to_days();
    let s = picture(&c, &figs, &names, &Plain::default(), today);
    assert_eq!(s.width, 640.0 + GUTTER);
    assert!(s.height > c.height + 100.0);
    assert_eq!(texts(&s.nodes, "title")[0].text, "Reported figures by date and source");
    // Legend entries are exactly the series with marks, in order.
    let entries = groups(&s.nodes, "legend-entry");
    let legend: Vec<String> = entries
        .iter()
        .map(|g| match &g.children[1] {
            Node::Text(l) => l.text.clone(),
            _ => panic!(),
        })
        .collect();
    let mut want: Vec<usize> = c.panels.iter().flat_map(|p| p.marks.iter().map(|m| m.series)).collect();
    want.sort();
    want.dedup();
    assert_eq!(legend, want.iter().map(|&i| names[i].clone()).collect::<Vec<_>>());
    assert_eq!(legend.len(), 4, "Nobody has no mark: {legend:?}");
    for (g, &i) in entries.iter().zip(&want) {
        assert!(matches!(&g.children[0], Node::Path { style, .. } if style.fill == Some(Paint::Color(series_color(i)))));
    }
    // Panels with their marks, one value-axis label each, one time-axis label.
    let panels = groups(&s.nodes, "panel");
    assert_eq!(panels.len(), 3);
    assert_eq!(groups(&s.nodes, "mark").len(), figs.len());
    let axis = texts(&s.nodes, "axis-label");
    assert_eq!(axis.iter().filter(|l| l.vertical).count(), 3);
    assert_eq!(axis.iter().filter(|l| !l.vertical).map(|l| l.text.as_str()).collect::<Vec<_>>(), ["Date reported"]);
    let note: String = texts(&s.nodes, "note").iter().map(|l| l.text.clone()).collect::<Vec<_>>().join(" ");
    assert!(note.contains("retracted") && note.contains("vague"), "{note}");
    assert!(texts(&s.nodes, "source-line")[0].text.starts_with("Source:"));
    assert_eq!(texts(&s.nodes, "export-date")[0].text, "Exported 30 November 2026");
    // Everything lies inside the picture.
    for l in texts(&s.nodes, "note").iter().chain(&texts(&s.nodes, "title")) {
        assert!(l.x >= 0.0 && l.x + text_width(&l.text, NOTE_SIZE) <= s.width && l.y < s.height, "{l:?}");
    }
    // No retracted or vague figure: the note does not mention them.
    let plain: Vec<Figure> = figs.iter().filter(|f| f.status == Status::Asserted && f.vague.is_none()).cloned().collect();
    let c2 = layout(&plain, &(0..plain.len()).collect::<Vec<_>>(), &LayoutOptions {
        width: 640.0,
        panel_height: 240.0,
        scale: Scale::Linear,
        by: GroupBy::Claimant,
        rtl: false,
        kinds: Kind::ALL.to_vec(),
        series: series(),
        focus: true,
        axis: None,
    });
    let s2 = picture(&c2, &plain, &names, &Plain::default(), today);
    let note: String = texts(&s2.nodes, "note").iter().map(|l| l.text.clone()).collect();
    assert!(!note.contains("retracted") && !note.contains("Bands") && !note.contains("earlier"), "{note}");
    // A figure dated years before the others: the note says where it stands.
    let mut far = plain.clone();
    far.push(Figure { reported: Some("2011-03-01".into()), ..plain[0].clone() });
    let c3 = layout(&far, &(0..far.len()).collect::<Vec<_>>(), &LayoutOptions { width: 640.0, panel_height: 240.0, scale: Scale::Log, by: GroupBy::Claimant, rtl: false, kinds: Kind::ALL.to_vec(), series: series(), focus: true, axis: None });
    let note: String = texts(&picture(&c3, &far, &names, &Plain::default(), today).nodes, "note").iter().map(|l| l.text.clone()).collect::<Vec<_>>().join(" ");
    assert!(note.contains("«earlier»"), "{note}");
}

#[test]
fn rtl_captions_start_at_the_right() {
    let (figs, c) = chart(true);
    let s = picture(&c, &figs, &series(), &Plain { rtl: true }, 0);
    for class in ["title", "note", "source-line", "export-date"] {
        for l in texts(&s.nodes, class) {
            assert!(l.rtl, "{class} is written right to left");
            assert_eq!(l.style.anchor, Some(Anchor::Right), "{class}");
            assert_eq!(l.x, s.width - PAD, "{class}");
        }
    }
    // The legend flows from the right: the first entry is rightmost.
    let xs: Vec<f64> = groups(&s.nodes, "legend-entry")
        .iter()
        .map(|g| match &g.children[1] {
            Node::Text(l) => {
                assert_eq!(l.style.anchor, Some(Anchor::Right));
                l.x
            }
            _ => panic!(),
        })
        .collect();
    assert!(xs.windows(2).all(|w| w[0] > w[1]), "{xs:?}");
    // The value axis's label is on the right, beyond the panels.
    for l in texts(&s.nodes, "axis-label").iter().filter(|l| l.vertical) {
        assert!(l.x > c.width - 10.0, "{l:?}");
    }
    let ltr = picture(&chart(false).1, &figs, &series(), &Plain::default(), 0);
    for l in texts(&ltr.nodes, "title") {
        assert!(!l.rtl && l.style.anchor == Some(Anchor::Left) && l.x == PAD);
    }
}

#[test]
fn band_labels_cover_no_mark_in_the_sample() {
    for rtl in [false, true] {
        let (figs, c) = chart(rtl);
        let p = &c.panels[0];
        let nodes = panel(p, c.width, &figs, &Plain { rtl }, None, false);
        let labels = texts(&nodes, "band-label");
        assert_eq!(labels.len(), 1);
        let l = labels[0];
        let w = text_width(&l.text, LABEL_SIZE);
        let b = crate::chart::Rect { x: l.x - w / 2.0, y: l.y - 0.8 * LABEL_SIZE, width: w, height: 1.05 * LABEL_SIZE };
        for m in &p.marks {
            for r in mark_boxes(m) {
                assert!(!intersects(&b, &r), "rtl {rtl}: {b:?} covers {r:?} of {m:?}");
            }
        }
    }
}

#[test]
fn helpers() {
    assert_eq!(grouped(7939.0), "7,939");
    assert_eq!(grouped(1_234_567.0), "1,234,567");
    assert_eq!(grouped(-1234.5), "-1,234.5");
    assert_eq!(grouped(10.0), "10");
    assert_eq!(wrap("aa bb cc", 1000.0, 10.0), ["aa bb cc"]);
    assert_eq!(wrap("aa bb cc", 15.0, 10.0), ["aa", "bb", "cc"]);
    assert!(wrap("", 10.0, 10.0).is_empty());
    assert!(text_width("عشرات", 10.0) > 20.0 && text_width("dozens", 10.0) > 30.0);
    let day = Date::parse("2023-01-05").unwrap().to_days();
    let forms = [DateForm::Day, DateForm::DayYear, DateForm::Month, DateForm::MonthYear, DateForm::Year];
    assert_eq!(forms.map(|f| Plain::default().date_tick(day, f)), ["5 Jan", "5 Jan 2023", "Jan", "Jan 2023", "2023"]);
}

#[test]
fn a_time_axis_over_months_or_years_names_them_and_its_dates_stay_apart() {
    // Figures over six years, and over fourteen months (what a reader's own
    // articles can span): the ticks must not all read «1 Jan», the first names
    // its year, and their labels must not touch.
    let sets: [&[&str]; 2] = [
        &["2019-03-10", "2020-06-01", "2021-01-20", "2022-09-05", "2023-05-12", "2024-07-24"],
        &["2023-05-12", "2023-08-30", "2023-12-03", "2024-02-14", "2024-07-24"],
    ];
    for days in sets {
        let figs: Vec<Figure> = days.iter().enumerate().map(|(i, d)| by(fig(&format!("a{i}"), Kind::Killed, 10 + i as u64, Some(d)), "Police")).collect();
        for width in [320.0, 375.0, 640.0, 900.0] {
            let nodes = killed_panel(&figs, LayoutOptions { width, ..killed_900() });
            let ticks: Vec<&Label> = groups(&groups(&nodes, "x-axis")[0].children, "tick")
                .iter()
                .flat_map(|g| g.children.iter())
                .filter_map(|n| match n {
                    Node::Text(l) => Some(l),
                    _ => None,
                })
                .collect();
            let names: Vec<&str> = ticks.iter().map(|l| l.text.as_str()).collect();
            assert!(names.len() >= 2, "{width}: {names:?}");
            assert!(names.windows(2).all(|w| w[0] != w[1]), "{width}: {names:?}");
            assert!(names[0].contains("20"), "{width}: the first tick without its year: {names:?}");
            let boxes: Vec<Rect> = ticks
                .iter()
                .map(|l| {
                    let wd = text_width(&l.text, 11.0);
                    Rect { x: l.x - wd / 2.0, y: l.y - 9.0, width: wd, height: 12.0 }
                })
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!overlaps(a, b), "{width}: {names:?}: {a:?} covers {b:?}");
                }
            }
        }
    }
}
