//! Extraction throughput on a large synthetic corpus (plain `Instant`, no
//! harness): sentences written for the purpose, recombined with noise into
//! ~4 KB articles. Prints MB/s for the whole corpus and for 1x, 2x, 4x slices,
//! so linear growth shows as a flat MB/s.
//!
//! Run: `cargo bench --bench extract` (set TALLY_BENCH_MB to change the size).

use std::hint::black_box;
use std::time::Instant;
use tally::extract::{extract, Options};

const SENTENCES: &[&str] = &[
    "أعلنت وزارة الداخلية مقتل 18 من عناصر الأمن و26 من المسلحين في اشتباكات عنيفة.",
    "وقال مصدر طبي إن ثلاثة متظاهرين لقوا حتفهم وأصيب ٤٠ آخرون بجروح.",
    "ارتفعت حصيلة ضحايا الزلزال إلى 250 قتيلا، بحسب الدفاع المدني.",
    "قُتل متظاهر وأصيب شرطيان خلال المواجهات التي شهدتها العاصمة ليل الأحد.",
    "وأفادت منظمة حقوقية باعتقال ما لا يقل عن مئة وخمسة وثلاثين ناشطا منذ بداية الاحتجاجات.",
    "وشارك في المظاهرة نحو 20 ألف متظاهر في 15 مدينة يوم 3 مارس 2023.",
    "وأحرق المحتجون 37 سيارة و120 متجرا، فيما تضررت حوالي 300 شركة.",
    "ونفت الشرطة ما تردد عن مقتل ۵ محتجين في الضاحية الجنوبية.",
    "ويبلغ عدد سكان المدينة 1,8 مليون نسمة، وانقطعت عنها الكهرباء لمدة خمسة أيام.",
    "وذكرت قناة “العربية 24” أن الحريق أتى على 40 منزلا خلال ساعتين.",
    "وأكد الناطق باسم الجيش أن قواته ألقت القبض على نحو 8 آلاف مشتبه به.",
    "وكان الرئيس قد قال الأربعاء 5 كانون الثاني 2022 إن البلاد تواجه تهديدا إرهابيا.",
    "Protesters stormed the mayor's office https://t.co/KvArooitXG pic.twitter.com/Im19CrxQJ7",
    "وتواصلت الاحتجاجات اليوم الخميس في عدد من المدن الكبرى وسط انتشار أمني كثيف.",
];

const NOISE: &[&str] = &["ـــ", "\u{200F}", "«", "»", "،", " ", "\n", "١٢٣", "۴۵", "َ", "ُ", "ِ", "...", "(", ")"];

fn corpus(bytes: usize) -> Vec<String> {
    let mut seed = 0x853C_49E6_748F_EA9Bu64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut articles = Vec::new();
    let mut total = 0;
    while total < bytes {
        let mut a = String::with_capacity(4200);
        while a.len() < 4000 {
            let r = next();
            a.push_str(SENTENCES[r as usize % SENTENCES.len()]);
            a.push_str(NOISE[(r >> 20) as usize % NOISE.len()]);
            a.push(if r % 5 == 0 { '\n' } else { ' ' });
        }
        total += a.len();
        articles.push(a);
    }
    articles
}

/// Extracts every article; returns (MB, seconds, figures).
fn run(articles: &[String]) -> (f64, f64, usize) {
    let opts = Options::default();
    let bytes: usize = articles.iter().map(String::len).sum();
    let t = Instant::now();
    let mut figures = 0;
    for (i, a) in articles.iter().enumerate() {
        figures += black_box(extract(&i.to_string(), a, &opts)).len();
    }
    (bytes as f64 / 1e6, t.elapsed().as_secs_f64(), figures)
}

fn main() {
    let mb: usize = std::env::var("TALLY_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(24);
    let all = corpus(mb << 20);
    // warm up (builds the word table)
    run(&all[..all.len().min(50)]);
    let (m, s, n) = run(&all);
    println!("extract: {m:.1} MB in {s:.3} s = {:.1} MB/s ({n} figures)", m / s);
    let quarter = all.len() / 4;
    for k in [1, 2, 4] {
        let (m, s, _) = run(&all[..quarter * k]);
        println!("extract {k}x ({m:.1} MB): {s:.3} s = {:.1} MB/s", m / s);
    }
    // one long article, to show a single text is linear too
    for k in [1, 2, 4] {
        let one = all[..(quarter * k / 16).max(1)].concat();
        let (m, s, _) = run(std::slice::from_ref(&one));
        println!("single article {k}x ({m:.1} MB): {s:.3} s = {:.1} MB/s", m / s);
    }
}
