//! [`Text`] as the chart scene's [`Words`]: the same words for the page, its
//! downloads and the static first paint (natively, in `tally page`).

use super::count::{count, ARTICLES};
use super::{format, headline, Text};
use crate::chart::scene::Words;
use crate::chart::{DateForm, Slot};
use crate::figure::{Figure, Kind, Status, Vague};
use crate::view::{self, GroupBy, Lang};

/// `en` or `ar`, by the language of `t`.
fn pick(t: Text, en: &'static str, ar: &'static str) -> &'static str {
    match t.lang {
        Lang::En => en,
        Lang::Ar => ar,
    }
}

impl Text {
    /// Who made a figure's claim, in words (its claimant's name, or «not attributed»).
    pub fn claimant(self, f: &Figure) -> String {
        match &f.claimant {
            Some(_) => self.source_name(view::source_key(f, GroupBy::Claimant), GroupBy::Claimant),
            None => self.unattributed().to_owned(),
        }
    }

    /// The words a screen reader and the tooltip give for a mark.
    pub fn describe(self, f: &Figure) -> String {
        let lang = self.lang;
        let c = self.comma();
        let mut s = format!(
            "{} {} ({}){c}{}{c}{}",
            format::quantity(f, lang),
            self.kind(f.kind),
            self.victims(f.victims),
            self.claimant(f),
            format::reported(f.reported.as_deref(), lang)
        );
        if f.status != Status::Asserted {
            s.push_str(" — ");
            s.push_str(self.status(f.status));
        }
        s
    }
}

impl Words for Text {
    fn rtl(&self) -> bool {
        Text::rtl(*self)
    }
    fn number(&self, v: f64) -> String {
        format::number(v, self.lang)
    }
    fn date_tick(&self, day: i64, form: DateForm) -> String {
        format::date_tick(day, form, self.lang)
    }
    fn kind(&self, k: Kind) -> String {
        Text::kind(*self, k).to_owned()
    }
    fn vague(&self, v: Vague) -> String {
        self.vague_class(v).to_owned()
    }
    fn slot(&self, s: Slot) -> String {
        match s {
            Slot::Earlier => self.earlier(),
            Slot::Later => self.later(),
            Slot::Undated => self.undated(),
        }
        .to_owned()
    }
    fn panel_name(&self, k: Kind, log: bool) -> String {
        let scale = if log { self.scale_log() } else { self.scale_linear() };
        format!("{} — {} ({})", Text::kind(*self, k), self.chart_title(), scale)
    }
    fn chart_desc(&self) -> String {
        Text::chart_desc(*self).to_owned()
    }
    fn describe(&self, f: &Figure) -> String {
        Text::describe(*self, f)
    }
    fn source_name(&self, key: &str) -> String {
        // An article id names an article; any other key is a claimant's label.
        let by = if headline(key, true).is_some() { GroupBy::Article } else { GroupBy::Claimant };
        Text::source_name(*self, key, by)
    }
    fn other_sources(&self) -> String {
        pick(*self, "Other sources", "مصادر أخرى").to_owned()
    }
    fn carried_by(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, _) => format!(" — carried by {}", count(n, &ARTICLES, self.lang)),
            // (after «في», two is genitive)
            (Lang::Ar, 2) => " — ورد في مقالين".to_owned(),
            (Lang::Ar, _) => format!(" — ورد في {}", count(n, &ARTICLES, self.lang)),
        }
    }
    fn title(&self) -> String {
        self.chart_title().to_owned()
    }
    fn value_axis(&self, log: bool) -> String {
        let t = *self;
        if log {
            pick(t, "Number of people (logarithmic scale)", "عدد الأشخاص (مقياس لوغاريتمي)")
        } else {
            pick(t, "Number of people (linear scale)", "عدد الأشخاص (مقياس خطي)")
        }
        .to_owned()
    }
    fn time_axis(&self) -> String {
        pick(*self, "Date reported", "تاريخ الإعلان").to_owned()
    }
    fn note(&self, muted: bool, vague: bool, apart: bool) -> String {
        let t = *self;
        let mut s = String::from(pick(
            t,
            "Filled marks are exact figures, hollow ones approximate; arrows mark lower or upper bounds, bars ranges.",
            "العلامات الممتلئة أرقام دقيقة والمفرغة تقريبية؛ والأسهم حدود دنيا أو عليا، والخطوط العمودية نطاقات.",
        ));
        if vague {
            s.push(' ');
            s.push_str(pick(
                t,
                "Bands are vague quantities (dozens, hundreds), drawn over their whole class.",
                "الأشرطة كميات غير محددة (عشرات، مئات) مرسومة على امتداد فئتها كاملة.",
            ));
        }
        if muted {
            s.push(' ');
            s.push_str(pick(t, "Grey struck-through marks were retracted or denied.", "العلامات الرمادية المشطوبة أرقام مسحوبة أو منفية."));
        }
        if apart {
            s.push(' ');
            s.push_str(pick(
                t,
                "Marks under «earlier» or «later» are dated far from the others.",
                "العلامات تحت «أقدم» أو «أحدث» تواريخها بعيدة عن تواريخ الباقي.",
            ));
        }
        s
    }
    fn source_line(&self) -> String {
        Text::source_line(*self).to_owned()
    }
    fn exported(&self, day: i64) -> String {
        format!("{} {}", pick(*self, "Exported", "تاريخ التصدير:"), format::day_long(day, self.lang))
    }
}
