//! The built `tally` binary scored against reference figures by
//! `tests/fixtures/score.py` (every figure, every attribute):
//!
//! - the five seed articles (`articles/`, reference `tests/fixtures/gold-seeds.json`):
//!   perfect, from `--embedded` and from the files;
//! - three tuned regression sets of other events, countries and dialects, each
//!   with its reference `gold.json`: `tests/fixtures/regression1/` (once called
//!   `unseen`), `regression2/` (once `heldout2`) and `regression3/` (once
//!   `heldout3`). Each was written by someone else before the fixes it led to,
//!   and the extractor was then fixed on it up to F1 1.00: they no longer
//!   estimate how it does on unseen text, and their thresholds (the levels
//!   reached) only guard against regressions;
//! - `tests/fixtures/blind4/` to `blind174/`: sets written blind (by helpers that
//!   had read neither the extractor nor the other fixtures' articles) and scored
//!   once before any rule was changed for them. The latest first scores are the
//!   estimate for unseen text (README); once rules were fixed on a set it is a
//!   regression set, and its thresholds hold the level reached, less 0.01.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `tally ARGS` in the repository and returns what it printed.
fn tally(args: &[String]) -> Vec<u8> {
    let run = Command::new(env!("CARGO_BIN_EXE_tally")).args(args).current_dir(root()).output().expect("tally runs");
    assert!(run.status.success(), "tally {args:?} failed:\n{}", String::from_utf8_lossy(&run.stderr));
    run.stdout
}

/// The `.txt` files of a fixture folder, sorted, as paths from the repository root.
fn texts(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    files.sort();
    files
}

/// Scores JSON Lines against `gold` (texts in `dir`) and fails below the thresholds.
fn score(label: &str, gold: &str, dir: &str, jsonl: &[u8], min_f1: &str, min_strict: &str) {
    let out: PathBuf = std::env::temp_dir().join(format!("tally-{}-{label}.jsonl", std::process::id()));
    std::fs::write(&out, jsonl).unwrap();
    let scored = Command::new("python3")
        .args(["tests/fixtures/score.py", gold, dir])
        .arg(&out)
        .args(["--min-f1", min_f1, "--min-strict", min_strict, "--label", label])
        .current_dir(root())
        .output()
        .expect("python3 runs");
    let _ = std::fs::remove_file(&out);
    let report = String::from_utf8_lossy(&scored.stdout);
    assert!(
        scored.status.success(),
        "{label}: below F1 {min_f1} / strict {min_strict}:\n{report}{}",
        String::from_utf8_lossy(&scored.stderr)
    );
}

fn score_seeds(label: &str, jsonl: &[u8]) {
    score(label, "tests/fixtures/gold-seeds.json", "articles", jsonl, "1", "1");
}

#[test]
fn embedded_articles_score_perfectly() {
    score_seeds("seeds-embedded", &tally(&["extract".into(), "--embedded".into()]));
}

/// Runs `tally extract` on each seed file, passing `--published` only for the
/// articles whose text fixes no date (see `publication_dates_from_the_text`):
/// the other dates come from the extractor's own reading of the text.
#[test]
fn article_files_score_perfectly_with_inferred_dates() {
    use tally::extract::publication_date;
    let mut all = Vec::new();
    for a in tally::articles::embedded::ARTICLES {
        let mut args = vec!["extract".to_string()];
        if publication_date(a.text, None, None).is_none() {
            args.push(format!("--published={}", a.published.unwrap()));
        }
        args.push(format!("articles/{}.txt", a.id));
        all.extend(tally(&args));
    }
    score_seeds("seeds-files", &all);
}

/// The text alone fixes the publication date of every seed whose text has one.
#[test]
fn publication_dates_from_the_text() {
    use tally::extract::{publication_date, DateSource};
    for a in tally::articles::embedded::ARTICLES {
        let got = publication_date(a.text, None, None);
        match a.id {
            // no date in the text / only a page clock the text contradicts
            "002_30c12b966f330ae1" | "004_10bd69eb99a8aa9f" => assert_eq!(got, None, "{}", a.id),
            _ => assert_eq!(got, Some((a.published.unwrap().to_string(), DateSource::Text)), "{}", a.id),
        }
    }
}

/// Every article of a fixture set, dates read from each file's header or text.
fn fixture_set(dir: &str, min_f1: &str, min_strict: &str) {
    let files = texts(dir);
    assert!(files.len() >= 12, "{dir}: {} articles", files.len());
    // (the reader's day fixed, so that a dateline without its year reads the same on any
    // machine's clock: the day these references were last written for)
    let mut args = vec!["extract".to_string(), "--today".to_string(), "2026-12-04".to_string()];
    args.extend(files);
    score(dir.rsplit('/').next().unwrap(), &format!("{dir}/gold.json"), dir, &tally(&args), min_f1, min_strict);
}

/// Tuned regression set 1 (once `unseen`): first scored at F1 0.87, strict
/// 0.53; tuned to F1 1.00, strict 0.99.
#[test]
fn regression1_articles_hold_their_level() {
    fixture_set("tests/fixtures/regression1", "0.99", "0.98");
}

/// Tuned regression set 2 (once `heldout2`): written before the fixes it led
/// to; first scored at F1 0.93, strict 0.42; tuned to F1 1.00, strict 1.00. (Its
/// reference gained one optional figure in the twenty-eighth session: «نفت وزارة الداخلية ما
/// تردد عن وفاة مشجع», a rumoured death denied, which it had left out; optional figures are
/// neither counted nor held against.)
#[test]
fn regression2_articles_hold_their_level() {
    fixture_set("tests/fixtures/regression2", "1.00", "1.00");
}

/// Tuned regression set 3 (once `heldout3`: Sahel, Tigray, Bangladesh,
/// Nigeria, Haiti, Sudan, Somalia, Kuwait, a Lebanese live blog, bulleted and
/// tabled tolls), written before reading the rules; first scored at F1 0.94,
/// strict 0.64; tuned to F1 1.00, strict 0.91.
#[test]
fn regression3_articles_hold_their_level() {
    fixture_set("tests/fixtures/regression3", "1.00", "0.90");
}

/// Blind set 4 (18 articles: Morocco, Algeria, Tunisia, Libya, Sudan, Saudi
/// Arabia, the UAE, Oman, Bahrain, Iraq, Syria, Jordan, Palestine, Lebanon,
/// Egypt), written by someone who had read neither the rules nor the other
/// fixtures. Scored once before any rule change: P 0.93, R 0.87, F1 0.897,
/// strict 0.439 (claimant right on 76 of 87 matched figures): that first
/// score is the estimate for unseen text when it was scored (README). After the fixes for issue
/// 11: P 0.99, R 0.99, F1 0.99, strict 0.950 (claimant 97 of 99); after the
/// twelfth session's, P 1.00, strict 0.97. The thresholds guard that level.
#[test]
fn blind4_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind4", "0.99", "0.96");
}

/// Blind set 5 (16 articles, 2 December 2026: Yemen, Somalia, Mauritania,
/// Iraqi Kurdistan, a Gaza live blog, Lebanon, Syria, Libya, Morocco, Egypt,
/// Kuwait, Sudan, Niger, Algeria, Jordan and a rights group's report), written
/// by a helper who had read neither the rules nor the other fixtures, and
/// scored once, with no rule changed for it: P 0.96, R 0.91, F1 0.935, strict
/// 0.52 (claimant right on 86 of 94 matched figures, the report date on 67).
/// That first score is today's estimate for unseen text (README). Seven
/// general rules written after it (ages, infections, «ضبط النفس»,
/// currencies, bracketed datelines, «published | updated» lines, a number
/// after its noun) reached P 1.00, R 0.93, F1 0.965, strict 0.58; the day
/// a report names in its own clause and a past month's toll («مارس الماضي»,
/// «حينها»), and «فنّد» as a denial, then strict 0.68 (70 of 103; report date
/// right on 88 of 96); «قضى على», «حبس», «نعى», «والصحيح» and the rules
/// written for blind6 and blind7, F1 0.98 and strict 0.74; the rules written
/// for blind8, blind9 and blind10 (KUNA's trailer, far claimants), strict 0.79;
/// those for blind12 and blind13, R 0.97, F1 0.99, strict 0.81. The thresholds
/// guard that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.83; the threshold follows.
#[test]
fn blind5_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind5", "0.98", "0.84");
}

/// Blind set 6 (16 articles, 2 December 2026: outlets and countries new to
/// the fixtures), written blind by a helper after blind5's fixes and scored
/// once, with no rule changed for it: P 0.92, R 0.91, F1 0.91, strict 0.35
/// (the report date right on 46 of 90 matched figures: in four articles the
/// extractor found no publication date). That first score is today's
/// estimate for unseen text (README). Four more date-line forms, the time of
/// a report fronted before its verb or named in the attribution after the
/// figure, the same source's day carried to its next sentences, and the
/// claimant, filter, number, victim and status rules of that day brought it
/// to P 0.99, R 0.98, F1 0.98, strict 0.82 (report date right on 90 of 97),
/// and the later sets' rules to F1 0.99, strict 0.85, and the twelfth
/// session's (a governor «والي», «بينهم 17 تلقوا العلاج») to R 1.00, strict
/// 0.87: a regression set now; the thresholds hold that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.88; the threshold follows.
#[test]
fn blind6_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind6", "0.99", "0.91");
}

/// Blind set 7 (16 articles, 2 December 2026: outlets new to the fixtures,
/// ten new countries), written blind by a helper after blind6's fixes and
/// scored once, with no rule changed for it: P 0.96, R 0.91, F1 0.93, strict
/// 0.53 (claimant right on 76 of 90 matched figures, report date on 77). That
/// first score is today's estimate for unseen text (README). The general
/// rules written after it (README) brought it to P 1.00, R 0.96, F1 0.98,
/// strict 0.77, the later sets' rules to R 0.99, F1 0.99, strict 0.84, and
/// blind15's (who passed round a denied number) to strict 0.85; a regression
/// set now, the thresholds hold that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.87; the threshold follows.
#[test]
fn blind7_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind7", "0.98", "0.87");
}

/// Blind set 8 (12 articles, 2 December 2026: Arab outlets new to the
/// fixtures), written blind by a helper after blind7's fixes and scored once,
/// at 51c1283, with no rule changed for it: P 0.90, R 0.92, F1 0.91, strict
/// 0.52 (claimant right on 51 of 66 matched figures, report date on 62). That
/// first score is today's estimate for unseen text (README). Six general
/// rules written after it (committal to custody, crimes counted, the released
/// and rescued, the injured who died) brought it to P 0.99, R 0.94, F1 0.96,
/// strict 0.59; denials that name whose numbers they reject, and the claimant
/// rules of the next session (statements «صدر عن», «بيّن المصدر أن», a pronoun's
/// source), to strict 0.79; the rules of blind13's session (an arrest
/// campaign's reach over places and a comma, a medical centre, a parenthesis
/// naming the counted), to R 0.99, F1 0.99, strict 0.84. The thresholds hold
/// that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.85; the threshold follows.
#[test]
fn blind8_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind8", "0.98", "0.89");
}

/// Blind set 9 (14 articles, 2 December 2026: Iraq, Kurdistan, Syria,
/// Palestine, Egypt, Tunisia, Morocco, Saudi Arabia and Qatar through outlets
/// new to the fixtures, in three lengths), written blind by a helper and
/// scored once, at 9f7b8d6, with no rule changed for it: P 0.97, R 0.91, F1
/// 0.94, strict 0.49 (claimant right on 58 of 83 matched figures, report
/// date on 69). The general rules written after it and blind10 (README)
/// brought it to P 1.00, R 0.98, F1 0.99, strict 0.85, and blind13's session
/// (a headline's figure kept in the body) to R 0.99, strict 0.86; the
/// thresholds hold that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.87, and the sixteenth's (members named by no group are a force's) to 0.91;
/// the threshold follows.
#[test]
fn blind9_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind9", "0.99", "0.90");
}

/// Blind set 10 (14 articles, 2 December 2026: events outside the Arab world
/// as Arabic-language international outlets report them), written blind by a
/// helper at the same time as blind9 and scored once, with the same rules
/// and none changed for it: P 0.95, R 0.86, F1 0.90, strict 0.59 (13
/// required figures missed). The general rules written after it brought it
/// to P 0.98, R 0.97, F1 0.97, strict 0.82, and blind13's (charges brought
/// against some of those held are no new count; two groups counted together
/// as people) to P 0.99, F1 0.98, strict 0.85, and blind15's (a toll's group
/// before its counted noun) to strict 0.86; the thresholds hold that level.
#[test]
fn blind10_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind10", "0.97", "0.87");
}

/// Blind set 11 (14 articles, 2 December 2026: seven Arab-world stories and
/// seven from elsewhere, outlets new to the fixtures), written blind by a
/// helper after the fixes for blind9 and blind10, and scored once, at
/// aa29afc, with no rule changed for it: P 0.97, R 0.98, F1 0.97, strict 0.69
/// (claimant right on 82 of 95 matched figures, report date on 86): the
/// estimate for unseen text (README). The general rules written after it
/// (one more date line, sources that read on, «رفض هذا الرقم», «من العام
/// نفسه», and blind12's) brought it to P 0.99, R 1.00, F1 0.99, strict 0.89,
/// and the twelfth session's to strict 0.90; the thresholds hold that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.93, and the fourteenth's (blind18's date lines) to 0.94; the threshold follows.
#[test]
fn blind11_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind11", "0.98", "0.94");
}

/// Blind set 12 (12 articles, 2 December 2026: Bahrain, Somalia, Mauritania,
/// Tripoli, the West Bank, Guelmim, Bunia, Nigeria, Oman, Pakistan,
/// Afghanistan and Rio through outlets new to the fixtures), written blind by
/// a helper after blind11's fixes and scored once, at 93b6efb, with no rule
/// changed for it: P 0.97, R 0.93, F1 0.95, strict 0.54 (claimant right on 69
/// of 84 matched figures, report date on 65): the estimate for unseen text
/// with the session's final rules (README). The general rules written after
/// it (a clock joined to a dateline's day, arrest campaigns that «طالت» a
/// count, verbs of informing, a dual joined by «و») brought it to P 0.99,
/// R 0.97, F1 0.98, strict 0.77, blind13's session to R 0.99, F1 0.99,
/// strict 0.85, and blind15's (a year-less day's year up to five years after
/// the latest named) to strict 0.90; the thresholds hold that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.91; the threshold follows.
#[test]
fn blind12_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind12", "0.98", "0.92");
}

/// Blind set 13 (14 articles, 2 December 2026: Tunisia, Egypt, Kuwait, the
/// Kyrgyz-Tajik border, Mexico, Serbia, Senegal, Manipur, Taiz, Iran,
/// Bangladesh, Deir ez-Zor, Madagascar and Amhara through outlets new to the
/// fixtures; four headers without a full date), written blind by a helper
/// and scored once, at a766bee, with no rule changed for it: P 0.98, R 0.97,
/// F1 0.97, strict 0.57 (report date right on 69 of 95 matched figures,
/// claimant on 81): the estimate for unseen text when it was scored (README). The general rules
/// written after it (a Hijri dateline, a year-less date set by its weekday, a
/// body «في» a place, the scope of a correction, «هلاك», «قدّم العلاج لـ»)
/// brought it to P 0.99, R 1.00, F1 0.99, strict 0.88, and blind14's to
/// strict 0.89; the thresholds hold that level.
#[test]
fn blind13_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind13", "0.98", "0.88");
}

/// Blind set 14 (14 articles, 2 December 2026: Saudi Arabia, Zimbabwe, the
/// Philippines, Georgia, Colombia, Tajikistan, Uganda, Nepal, Papua New
/// Guinea, Niger, Venezuela, Spain, Guinea and Myanmar through outlets new to
/// the fixtures; headers with a relative time or a date without its year),
/// written blind by a helper after blind13's fixes and scored once, at
/// e7a1c89, with no rule changed for it: P 1.00, R 0.98, F1 0.99, strict 0.63
/// (report date right on 77 of 99 matched figures, claimant on 93, status on
/// 92): the estimate for unseen text when it was scored (README). The general rules written
/// after it (a year-less date's year after the latest named, a clock-first
/// dateline, rejections of a source in its own sentence, a deleted post, a
/// parenthesis naming the counted) brought it to P 1.00, R 1.00, F1 1.00,
/// strict 0.78, and blind15's (Georgia's year-less night dated by its
/// weekday, a source named again shorter) to strict 0.84; the thresholds hold
/// that level.
/// The thirteenth session's rules (blind15's and the older sets' misses) brought it to
/// strict 0.87, and the fourteenth's («من» and the group after a toll's noun) to 0.88;
/// the threshold follows.
#[test]
fn blind14_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind14", "0.99", "0.90");
}

/// Blind set 15 (14 articles, 2 December 2026: Jordan, Libya, Sudan,
/// Tanzania, Algeria, Peru, Turkey, Haiti, Iraq, Ghana, Ukraine, Burkina Faso,
/// Indonesia and Chad through outlets new to the fixtures; a cholera outbreak,
/// a chlorine leak, a stampede, a crackdown), written blind by a helper after
/// blind14's fixes and scored once, at c62d19e, with no rule changed for it:
/// P 0.97, R 0.97, F1 0.97, strict 0.72 (claimant right on 89 of 98 matched
/// figures, report date on 87): the estimate for unseen text when it was scored (README). The
/// general rules written after it (README) brought it to P 1.00, R 1.00, F1
/// 1.00, strict 0.93, and the session's later rules (Civil Protection as a
/// source of its own) to strict 0.96; the thresholds hold that level.
#[test]
fn blind15_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind15", "0.99", "0.95");
}

/// Blind set 16 (14 articles, 2 December 2026: Oman, the Comoros, South Sudan,
/// Ivory Coast, Morocco, Kenya, Pakistan, Nigeria, Mali, Afghanistan, Brazil,
/// South Africa, Somalia and Lebanon through outlets new to the blind13-15
/// tables; a heat wave, a poisoning, a prison break), written blind by a
/// helper at the end of the thirteenth session and scored once, at 733a203,
/// with no rule changed for it: P 0.98, R 0.94, F1 0.96, strict 0.78 (claimant
/// right on 105 of 111 matched figures, report date on 105): the estimate for
/// unseen text (README). The general rules written after it (README) brought
/// it to P 0.99, R 0.99, F1 0.99, strict 0.90, and blind18's (the headline under a
/// date line) to F1 1.00, strict 0.91; the thresholds hold that level.
#[test]
fn blind16_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind16", "0.99", "0.94");
}

/// Blind set 17 (14 articles, 2 December 2026: Bangladesh, Tunisia, Ecuador,
/// Madagascar, Egypt, Ethiopia, Mexico, China, Angola, Thailand and Cambodia,
/// India, Iran, Mozambique and Syria through outlets new to the blind14-16
/// tables; a garment-factory fire, a cholera outbreak, a stampede, an
/// earthquake), written blind by a helper at the start of the fourteenth
/// session and scored once, at 9102116, with no rule changed for it: P 0.97,
/// R 0.93, F1 0.95, strict 0.70 (claimant right on 96 of 106 matched figures,
/// report date on 96): the estimate for unseen text when it was scored (README). The general
/// rules written after it (README) brought it to P 1.00, R 0.97, F1 0.99,
/// strict 0.96; the thresholds hold that level.
#[test]
fn blind17_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind17", "0.98", "0.96");
}

/// Blind set 18 (14 articles, 2 December 2026: Senegal, Uzbekistan,
/// Guatemala, Niger, El Salvador, Papua New Guinea, Nepal, Colombia, Vietnam,
/// Russia, the Philippines, Uganda, Chile and Georgia through outlets new to
/// the blind15-17 tables; a dam breach, a ferry fire, a church bombing,
/// wildfires, a hostage rescue), written blind by a helper in the fourteenth
/// session after blind17's rules and scored once, at 2617871, with no rule
/// changed for it: P 0.99, R 0.97, F1 0.98, strict 0.68 (report date right on
/// 76 of 104 matched figures): the estimate for unseen text when it was scored (README). The
/// general rules written after it (README) brought it to P 1.00, R 0.99, F1
/// 1.00, strict 0.96; the thresholds hold that level.
#[test]
fn blind18_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind18", "0.99", "0.95");
}

/// Blind set 19 (14 articles, 2 December 2026: Zambia, Chad, Sri Lanka,
/// Yemen, Iraq, Indonesia, Cameroon, Haiti, Bolivia, Malawi, Venezuela, the
/// Central African Republic, Sierra Leone and Libya through outlets new to the
/// blind16-18 tables; a mine flood, a lightning strike, a mall fire, a
/// stampede at a food distribution, election violence), written blind by a
/// helper at the end of the fourteenth session, after blind18's rules, and
/// scored once, at 282d6d2, with no rule changed for it: P 0.97, R 0.95, F1
/// 0.96, strict 0.66 (report date right on 91 of 115 matched figures,
/// claimant on 104): the estimate for unseen text until blind21's (README). The
/// rules written after it (README) brought it to P 0.99, R 0.98, F1 0.99, strict 0.81; the
/// thresholds hold that level.
#[test]
fn blind19_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind19", "0.99", "0.87");
}

/// Blind set 20 (14 articles, 2 December 2026: Morocco, Lebanon, Saudi Arabia,
/// Laos, Kyrgyzstan, Algeria, France, Jordan, Kenya, Honduras, Afghanistan,
/// Togo, Somalia and the Republic of the Congo; food poisoning at a wedding, a
/// building collapse, a fog pile-up, tainted alcohol, cross-border shelling, a
/// maternity hospital fire, a Channel crossing, a gas leak, a tanker blast, a
/// plane crash, an air strike on a wedding, mass arrests after a rally, a market
/// bombing, an arms depot's explosions), written blind by a helper in the
/// fifteenth session and scored once, at 5fe921b, with no rule changed for it:
/// P 0.95, R 0.93, F1 0.94, strict 0.66 (report date right on 95 of 106 matched
/// figures, claimant on 95). The rules written after it (README) brought it to
/// P 0.99, R 0.98, F1 0.99, strict 0.94; the thresholds hold that level.
#[test]
fn blind20_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind20", "0.98", "0.94");
}

/// Blind set 21 (14 articles, 2 December 2026: Mauritania, Japan, Oman, Turkey,
/// Sudan, Pakistan, Bahrain, Nigeria, Benin, the DR Congo, Ivory Coast,
/// Palestine, Kuwait and the United States; a gold well's collapse, a
/// snowstorm, a tanker blast at anchor, a fireworks factory, a drone strike on
/// a market, a pilgrims' bus, a plant fire told by a press release, a weekly
/// epidemic roundup, a checkpoint attack, a prison break, a stadium crush told
/// by a live blog, clashes with «عاجل» lines, an interview, a tornado
/// outbreak), written blind by a helper in the fifteenth session after
/// blind20's rules and scored once, at 139adc8, with no rule changed for it:
/// P 0.99, R 0.96, F1 0.98, strict 0.70 (report date right on 91 of 103 matched
/// figures, claimant on 92): the estimate for unseen text until blind22's
/// (README). The rules written after it (README) brought it to P 1.00, R 0.98,
/// F1 0.99, strict 0.90, and the sixteenth session's (a ticker's heads) to
/// strict 0.91; the thresholds hold that level.
#[test]
fn blind21_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind21", "0.98", "0.90");
}

/// Blind set 22 (14 articles, 2 December 2026: Zimbabwe, Djibouti, Greece,
/// Peru, Ethiopia, Armenia and Azerbaijan, Ecuador, Mali, a wire digest
/// (Myanmar, Nepal, Madagascar, Uzbekistan), Spain, Bangladesh, Burkina Faso,
/// Tanzania and the UAE; a mine shaft, migrants found in a truck, a detention
/// centre riot, a bridge collapse, a festival crush, a border clash, a hostage
/// rescue, an ambush on a bus, a heatwave analysis, a rights report with a
/// table, an explainer with a timeline, a court report, flash floods in a print
/// paper), written blind by a helper in the fifteenth session after blind20's
/// and blind21's rules and scored once, at a4e4d67, with no rule changed for
/// it: P 0.97, R 0.94, F1 0.95, strict 0.66 (report date right on 102 of 111
/// matched figures, claimant on 97): the estimate for unseen text until
/// blind23's (README).
/// The rules written after it (README) brought it to P 0.99, R 0.98, F1 0.99,
/// strict 0.84; the thresholds hold that level.
#[test]
fn blind22_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind22", "0.98", "0.84");
}

/// Blind set 23 (14 articles, 2 December 2026: Syria, Qatar, Senegal, Mexico,
/// Egypt, Tunisia, Yemen, Colombia, Haiti, Libya, Uganda, Chad, Mozambique and
/// Indonesia; a landmine told by a TV ticker, a crime page, a fuel depot blast,
/// a wedding shooting, a train fire told by a ministry's release, teachers
/// arrested, a tribal clash, a military plane crash, an attack on a hospital, a
/// football riot, a boat capsizing told by eyewitnesses, an NGO's cholera
/// situation report, a cyclone's live page, a collapse a week on), written
/// blind by a helper at the end of the fifteenth session after blind20-22's
/// rules and scored once, at b962f32, with no rule changed for it: P 1.00,
/// R 0.98, F1 0.99, strict 0.70 (claimant right on 84 of 108 matched figures,
/// report date on 99): the estimate for unseen text until blind24's (README).
/// The rules written after it (README) brought it to P 1.00, R 1.00, F1 1.00, strict 0.85
/// (0.86 with the seventeenth session's); the thresholds hold that level.
#[test]
fn blind23_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind23", "0.99", "0.86");
}

/// Blind set 24 (14 articles, 2 December 2026: Jordan (an SMS alert archive),
/// Mauritania, Libya, Yemen, Iraq (a governorates page), Cameroon (a fact-check),
/// Saudi Arabia (an obituary-style story), Lebanon, India, South Sudan, Morocco
/// (a parliament session), the Central African Republic (an OCHA briefing),
/// the Philippines (live updates) and Somalia), written blind by a helper at
/// the end of the fifteenth session after blind20-23's rules and scored once,
/// at 3e966a0, with no rule changed for it: P 0.94, R 0.87, F1 0.90, strict
/// 0.59: the estimate for unseen text when it was scored (README). Ten of its 16 misses were one
/// article's, whose 66-character file name `tally extract` cut to 64 for the
/// record's `article` (fixed at d478b9f: F1 0.95, strict 0.64 with no rule
/// changed). The rules written after it brought it to P 0.94, R 0.98, F1 0.96,
/// strict 0.66, the sixteenth session's first (a ticker's heads before
/// their colons, a rumour in the present tense, a force's own unit, an ordinal
/// after «الـ») to P 0.95, strict 0.72, and the seventeenth's to P 0.97, R 0.98,
/// F1 0.98, strict 0.74; the thresholds hold that level.
#[test]
fn blind24_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind24", "0.98", "0.81");
}

/// Blind set 25 (14 articles, 2 December 2026: Kuwait (a KUNA wire), Bahrain (a
/// print page), Saudi Arabia (a weekly campaign tally), Lebanon (a TV's breaking
/// news), Palestine, Iraq, Iran, Afghanistan, Pakistan, Turkey, Kyrgyzstan,
/// Germany, Brazil and Chile (a numbers box)), written blind by a helper in the
/// sixteenth session, in parallel with blind26, and scored once, at b097a8d,
/// with no rule changed for it: P 0.98, R 0.92, F1 0.95, strict 0.74 (README).
/// The rules written after it brought it to P 0.99, R 0.98, F1 0.98, strict
/// 0.81, and the seventeenth session's to P 1.00, F1 0.99; the thresholds hold
/// that level.
#[test]
fn blind25_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind25", "0.98", "0.83");
}

/// Blind set 26 (14 articles, 2 December 2026: Egypt (twice, one a print page in
/// Arabic-Indic digits), Niger, Tunisia, Chad, Sudan, Algeria, Morocco (reader
/// comments), Nigeria, Somalia (a TV report), Kenya, Libya (a numbers page), DR
/// Congo (a correspondent's Q&A) and Mali), written blind by a helper in the
/// sixteenth session, in parallel with blind25, and scored once, at b097a8d,
/// with no rule changed for it: P 0.95, R 0.94, F1 0.95, strict 0.72 (README).
/// The rules written after it brought it to P 0.99, R 0.97, F1 0.98, strict
/// 0.81, and the seventeenth session's to P 0.99, R 1.00, F1 1.00, strict 0.83;
/// the thresholds hold that level.
#[test]
fn blind26_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind26", "0.99", "0.87");
}

/// Blind set 27 (14 articles, 2 December 2026: Tunisia (a dialect quote),
/// Morocco, Syria, Libya, Egypt (a list of the injured by hospital), Algeria (a
/// 48-hour bulletin with a correction), Burkina Faso, DR Congo, Somalia, Kenya
/// (a rights report), Sudan, Nigeria, Mozambique (an opinion column) and Yemen),
/// written blind by a helper in the sixteenth session, in parallel with
/// blind28, after blind24's and blind25's rules, and scored once, at 51c92a4,
/// with no rule changed for it: P 0.99, R 0.95, F1 0.97, strict 0.69 (README).
/// The rules written after it brought it to P 0.99, R 0.99, F1 0.99, strict
/// 0.73, and the seventeenth session's to R 1.00, F1 1.00, strict 0.77; the
/// thresholds hold that level.
#[test]
fn blind27_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind27", "0.99", "0.79");
}

/// Blind set 28 (14 articles, 2 December 2026: Iraq, Lebanon, Jordan, Turkey,
/// Bangladesh, Myanmar, Pakistan, India, Palestine, Oman, Indonesia, Iran (a
/// Solar Hijri date), Kyrgyzstan and Tajikistan, and the United States), written
/// blind by a helper in the sixteenth session, in parallel with blind27, and
/// scored once, at 51c92a4, with no rule changed for it: P 0.94, R 0.92, F1
/// 0.93, strict 0.62 (README). The rules written after it brought it to P 0.97,
/// R 0.98, F1 0.98, strict 0.79, and the seventeenth session's to strict 0.81;
/// the thresholds hold that level.
#[test]
fn blind28_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind28", "0.98", "0.84");
}

/// Blind set 29 (14 articles, 3 December 2026: Syria (SANA), Saudi Arabia (Okaz,
/// a Hijri stamp), Kuwait (Arabic-Indic digits), Libya, Egypt, Somalia,
/// Afghanistan, Nigeria (BBC Arabic), Brazil (a fact-check), the Philippines (a
/// TV transcript), Yemen, Sudan, Ethiopia (an interview) and France (a live
/// blog)), written blind by a helper in the seventeenth session, in parallel
/// with blind30, and scored once, at 2db4d9d, with no rule changed for it: P
/// 0.97, R 0.93, F1 0.95, strict 0.65 (README). The rules written after it
/// brought it to P 0.98, R 0.98, F1 0.98, strict 0.77; the thresholds hold that
/// level.
#[test]
fn blind29_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind29", "0.97", "0.81");
}

/// Blind set 30 (14 articles, 3 December 2026: Morocco, Algeria, Tunisia,
/// Mauritania, Bahrain, Qatar, the UAE, Mali, Niger, DR Congo (a fact-check),
/// Mexico (a live blog), Nepal, Germany and Ukraine (a TV transcript)), written
/// blind by a helper in the seventeenth session, in parallel with blind29, and
/// scored once, at 2db4d9d, with no rule changed for it: P 0.98, R 0.96, F1
/// 0.97, strict 0.76 (README). The rules written after it brought it to P 0.99,
/// R 0.98, F1 0.99, strict 0.84; the thresholds hold that level.
#[test]
fn blind30_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind30", "0.98", "0.84");
}

/// Blind set 31 (14 articles, 3 December 2026: Iraq, Comoros, Jordan
/// (Arabic-Indic digits), Djibouti, Lebanon (a TV transcript), Palestine (a
/// fact-check), Malaysia, Peru, Sri Lanka, Haiti, the United Kingdom (a live
/// blog), Spain (an interview), Indonesia and Oman), written blind by a helper
/// in the seventeenth session, in parallel with blind32, and scored once, at
/// 95048f2 (blind29's and blind30's rules in place), with no rule changed for
/// it: P 0.93, R 0.93, F1 0.93, strict 0.73 (README). The rules written after it
/// brought it to P 1.00, R 0.98, F1 0.99, strict 0.86; the thresholds hold that
/// level.
#[test]
fn blind31_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind31", "0.98", "0.85");
}

/// Blind set 32 (14 articles, 3 December 2026: Turkey, Iran (a live blog),
/// Pakistan (KUNA), India (a fact-check), Bangladesh, Myanmar, Kyrgyzstan,
/// South Sudan, Cameroon (a radio transcript), Burkina Faso, Mozambique, the
/// United States, Italy and Greece), written blind by a helper in the
/// seventeenth session, in parallel with blind31, and scored once, at 95048f2,
/// with no rule changed for it: P 0.98, R 0.94, F1 0.96, strict 0.65 (README).
/// The rules written after it brought it to P 0.99, R 0.98, F1 0.98, strict
/// 0.72; the thresholds hold that level.
#[test]
fn blind32_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind32", "0.98", "0.76");
}

/// Blind set 33 (14 articles, 3 December 2026: Saudi Arabia (Arabic-Indic
/// digits), Yemen (a TV transcript), Sudan (a fact-check), Egypt (a live blog),
/// Libya, Tunisia, Algeria, Morocco, Mauritania, Chad, Niger, Nigeria, Kenya and
/// Ethiopia (interviews among them)), written blind by a helper at the end of
/// the seventeenth session, in parallel with blind34, after blind29-32's rules,
/// and scored once, at b2a0c6f, with no rule changed for it: P 1.00, R 0.95, F1
/// 0.97, strict 0.74: the estimate for unseen text when it was scored (README). The rules written
/// after it brought it to P 1.00, R 1.00, F1 1.00, strict 0.87; the thresholds
/// hold that level.
#[test]
fn blind33_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind33", "0.99", "0.88");
}

/// Blind set 34 (14 articles, 3 December 2026: Syria, Iraq, Lebanon, Jordan (a
/// fact-check), Palestine, Kuwait, Bahrain (Arabic-Indic digits), Qatar, the UAE,
/// Oman, Afghanistan (a live page), Pakistan (an interview), Iran (a TV report)
/// and Turkey), written blind by a helper at the end of the seventeenth
/// session, in parallel with blind33, and scored once, at b2a0c6f, with no rule
/// changed for it: P 0.99, R 0.97, F1 0.98, strict 0.78: the estimate for
/// unseen text (README). The rules written after it brought it to P 1.00, R
/// 0.99, F1 0.99, strict 0.85; the thresholds hold that level, strict less 0.01 since the
/// twenty-eighth session (one figure: «وكانت الشرطة قد أعلنت» is now read as «شرطة عُمان
/// السلطانية», named before it, which the reference keys by the word «الشرطة»).
#[test]
fn blind34_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind34", "0.98", "0.84");
}

/// Blind set 35 (14 articles, 3 December 2026: Egypt (a court report), Sudan,
/// Libya, Tunisia (a parliamentary question), Algeria (a 48-hour bulletin),
/// Morocco (a correction), Mauritania (a press conference), Somalia, Yemen (a
/// rights network's tally), Saudi Arabia (a weekly campaign), Djibouti, Ethiopia
/// (a translated wire), Nigeria (an analysis) and France (a minister's thread)),
/// written blind by a helper in the eighteenth session, in parallel with
/// blind36, and scored once, at fd8e69a, with no rule changed for it: P 0.95, R
/// 0.92, F1 0.93, strict 0.70 (README). The rules written after it brought it to
/// P 0.99, R 0.96, F1 0.97, strict 0.82; the thresholds hold that level.
#[test]
fn blind35_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind35", "0.98", "0.86");
}

/// Blind set 36 (14 articles, 3 December 2026: Syria (a rights group's monthly
/// report), Iraq, Lebanon (an analysis), Jordan (a round-up), Palestine (a press
/// conference), Kuwait (a court verdict), Qatar (an X thread), Oman, the UAE (a
/// correction), Bahrain (a parliamentary question), Iran, Turkey (a press
/// digest), Afghanistan and Russia), written blind by a helper in the eighteenth
/// session, in parallel with blind35, and scored once, at fd8e69a, with no rule
/// changed for it: P 0.99, R 0.94, F1 0.96, strict 0.68 (README). The rules
/// written after it brought it to P 0.99, R 0.99, F1 0.99, strict 0.84; the
/// thresholds hold that level.
#[test]
fn blind36_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind36", "0.98", "0.83");
}

/// Blind set 37 (14 articles, 3 December 2026: Iraq, Syria, Lebanon (a press
/// review), Jordan, Palestine, Egypt (a prosecution statement), Libya, Sudan,
/// Yemen, Somalia, Kenya (an annual report), Pakistan, India and Brazil),
/// written blind by a helper at the end of the eighteenth session, in parallel
/// with blind38, and scored once, at b5030fb (the session's final rules), with
/// no rule changed for it: P 0.99, R 0.96, F1 0.98, strict 0.76: the estimate
/// for unseen text in the eighteenth session (README). The nineteenth session's
/// rules (one for its wrong claimant, «أحصى بنفسه»; others for blind38's misses, «218
/// حالة قتل») brought it to P 0.99, R 0.97, F1 0.98, strict 0.77; the thresholds hold
/// that level, less 0.01.
#[test]
fn blind37_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind37", "0.98", "0.81");
}

/// Blind set 38 (14 articles, 3 December 2026: Saudi Arabia, the UAE, Kuwait,
/// Qatar (a report and the government's answer), Oman, Bahrain (a season's
/// arrests and summonses), Tunisia (a live page), Algeria, Morocco (a prosecution
/// statement), Mauritania, Iran, Turkey, Afghanistan (a UN quarterly's
/// analysis) and Mexico), written blind by a helper at the end of the
/// eighteenth session, in parallel with blind37, and scored once, at b5030fb
/// (the session's final rules), with no rule changed for it: P 0.95, R 0.90, F1
/// 0.93, strict 0.63: the estimate for unseen text in the eighteenth session
/// (README). Three rules written
/// after it for its false figures (the summoned, falls, asphyxia after deaths)
/// brought it to P 1.00, R 0.91, F1 0.96, strict 0.67, and the nineteenth session's for
/// its misses to P 1.00, R 0.99, F1 0.99, strict 0.73; the thresholds hold that level,
/// less 0.01; strict 0.71 since the twenty-eighth session, held at 0.70 (one figure:
/// «الشرطة» read as «شرطة عمان السلطانية», named before it, which the reference keys by the
/// word alone).
#[test]
fn blind38_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind38", "0.98", "0.71");
}

/// Blind set 39 (14 articles, 3 December 2026: Egypt (a box of figures), Sudan,
/// Libya (a timestamped chronology), Yemen, Iraq (a statement in numbered points),
/// Syria, Lebanon, Jordan, Palestine (a year's running toll and a quoted post),
/// Somalia, Chad (a translated wire), Niger (a weekly round-up), Bangladesh and
/// Ukraine (a live-updated story)), written blind by a
/// helper at the start of the nineteenth session, in parallel with blind40, and
/// scored once, at dfa1c78, with no rule changed for it: P 0.97, R 0.96, F1 0.96,
/// strict 0.71 (README). The rules written after it brought it to P 0.98, R 0.99,
/// F1 0.99, strict 0.84; the thresholds hold that level, less 0.01.
#[test]
fn blind39_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind39", "0.98", "0.90");
}

/// Blind set 40 (14 articles, 3 December 2026: Saudi Arabia (a statistics story),
/// the UAE (a police brief), Kuwait (a state agency's wire), Qatar (a doctor's
/// questions and answers), Oman (a weekend round-up), Bahrain (an opposition
/// channel), Tunisia (a court's update), Algeria, Morocco (an updated toll and a
/// parliamentary question), Mauritania, Iran, Turkey (a monthly report), the
/// Philippines (a translated wire) and the United States (an analysis)), written
/// blind by a helper at the start of the nineteenth session, in parallel with
/// blind39, and scored once, at dfa1c78, with no rule changed for it: P 0.94, R
/// 0.92, F1 0.93, strict 0.58 (README). The rules written after it brought it to P
/// 1.00, R 0.99, F1 0.99, strict 0.74; the thresholds hold that level, less 0.01.
#[test]
fn blind40_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind40", "0.98", "0.79");
}

/// Blind set 41 (14 articles, 3 December 2026: Iraq (a press conference), Syria,
/// Lebanon (a day page of security items), Jordan (a parliamentary answer),
/// Palestine (a monthly report), Egypt (a court report), Libya, Sudan, Yemen (an
/// opinion column), Somalia (an interview), Mali (a fact-check), Burkina Faso (a
/// translated rights report), Pakistan and Colombia), written blind by a helper in the
/// nineteenth session, in parallel with blind42, and scored once, at 556f55a, with
/// no rule changed for it: P 0.95, R 0.92, F1 0.94, strict 0.56 (README). The rules
/// written after it brought it to P 0.97, R 0.97, F1 0.97, strict 0.62; the
/// thresholds hold that level, less 0.01.
#[test]
fn blind41_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind41", "0.96", "0.65");
}

/// Blind set 42 (14 articles, 3 December 2026: Saudi Arabia, the UAE (a correction
/// notice), Kuwait, Qatar (a tweet thread), Oman, Bahrain (a parliamentary
/// question), Tunisia, Algeria (an official round-up), Morocco, Mauritania, Iran (a
/// press conference), Turkey (an explainer), Nigeria (a Chinese agency's wire) and
/// Germany (a live blog)), written blind by a helper in the nineteenth session, in
/// parallel with blind41, and scored once, at 556f55a, with no rule changed for it:
/// P 0.96, R 0.96, F1 0.96, strict 0.56 (README). The rules written after it brought
/// it to P 0.98, R 0.98, F1 0.98, strict 0.57; the thresholds hold that level, less
/// 0.01.
#[test]
fn blind42_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind42", "0.97", "0.61");
}

/// Blind set 43 (14 articles, 3 December 2026: Egypt (an updated toll), Sudan,
/// Libya (a translated wire), Tunisia (a rights group's monthly report), Algeria,
/// Morocco, Mauritania, Somalia (a research centre's analysis), Yemen (a monitor's
/// report), Saudi Arabia (a weekly statistics bulletin), Ethiopia, Kenya, India and
/// Mexico), written blind by a helper at the end of the nineteenth session, in
/// parallel with blind44, and scored once, at cd3622a (the session's final rules),
/// with no rule changed for it: P 0.99, R 0.91, F1 0.95, strict 0.64: the estimate for
/// unseen text (README). The rules written after it brought it to
/// P 1.00, R 1.00, F1 1.00, strict 0.68; the thresholds hold that level, less 0.01. (Its
/// reference gained one optional figure in the thirty-second session: «وأصيب شقيقهما البالغ من
/// العمر 9 سنوات», a boy hurt by the mine that killed his two sisters, which it had left out.)
#[test]
fn blind43_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind43", "0.99", "0.69");
}

/// Blind set 44 (14 articles, 3 December 2026: Iraq (an updated breaking story), Syria
/// (a feature), Lebanon, Jordan, Palestine, Kuwait, Qatar, Oman, the UAE (a media
/// briefing's transcript), Bahrain (a rights report), Iran, Turkey, Indonesia and
/// France), written blind by a helper at the end of the nineteenth session, in
/// parallel with blind43, and scored once, at cd3622a (the session's final rules),
/// with no rule changed for it: P 0.93, R 0.94, F1 0.94, strict 0.77: the estimate for
/// unseen text (README). The rules written after it brought it to
/// P 0.95, R 0.99, F1 0.97, strict 0.82; the thresholds hold that level, less 0.01.
#[test]
fn blind44_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind44", "0.96", "0.83");
}

/// Blind set 45 (14 articles, 3 December 2026: Syria (a monitor's monthly tally), Iraq,
/// Yemen (a round-up by governorate), Sudan, Libya, Egypt (a court report), Lebanon (a
/// news bulletin's introduction), Saudi Arabia (a public body's monthly statement),
/// Algeria, Tunisia, Afghanistan, Niger (a communiqué in numbered points), Chad (an
/// opinion column) and Brazil), written blind by a helper in the twentieth session, in
/// parallel with blind46, and scored once, at 28d5fc2, with no rule changed for it:
/// P 0.98, R 0.97, F1 0.97, strict 0.60 (README). The rules written after it brought it to
/// P 1.00, R 0.99, F1 1.00, strict 0.77; the thresholds hold that level, less 0.01.
#[test]
fn blind45_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind45", "0.99", "0.80");
}

/// Blind set 46 (14 articles, 3 December 2026: Palestine, Jordan (a season's tally),
/// Morocco, Mauritania, Somalia (a state agency), Djibouti, Kuwait (a court ruling),
/// Oman (a round-up by governorate), Qatar (a Shura Council session), Bahrain, the UAE
/// (with an editor's correction), Iran, Bangladesh (a relayed wire) and the United
/// Kingdom (a report and analysis)), written blind by a helper in the twentieth
/// session, in parallel with blind45, and scored once, at 28d5fc2, with no rule changed
/// for it: P 0.97, R 0.95, F1 0.96, strict 0.73 (README). The rules written after it brought it to
/// P 0.99, R 0.99, F1 0.99, strict 0.83; the thresholds hold that level, less 0.01.
#[test]
fn blind46_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind46", "0.98", "0.90");
}

/// Blind set 47 (14 articles, 3 December 2026: Egypt, Sudan, South Sudan, Libya (a
/// prosecutor's statement), Tunisia, Morocco, Algeria (an army's weekly bulletin), Yemen,
/// Saudi Arabia (a weekly statement), Iraq (a pilgrimage's round-up), Syria (a live
/// page), Pakistan, the DR Congo (a UN news story) and Spain), written blind by a
/// helper in the twentieth session, in parallel with blind48, and scored once, at
/// d120730, with no rule changed for it: P 0.95, R 0.93, F1 0.94, strict 0.69 (README).
/// The rules written after it brought it to
/// P 0.99, R 0.96, F1 0.98, strict 0.74; the thresholds hold that level, less 0.01.
#[test]
fn blind47_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind47", "0.97", "0.78");
}

/// Blind set 48 (14 articles, 3 December 2026: Lebanon, Jordan (a parliamentary
/// question), Palestine (a rights commission's monthly report), Kuwait, Bahrain, Qatar,
/// Oman, the UAE, Mauritania, Somalia (an analysis), the Comoros, Turkey, Ethiopia and
/// the United States), written blind by a helper in the twentieth session, in parallel
/// with blind47, and scored once, at d120730, with no rule changed for it: P 0.98,
/// R 0.95, F1 0.97, strict 0.52 (README). The rules written after it brought it to
/// P 0.98, R 0.98, F1 0.98, strict 0.59; the thresholds hold that level, less 0.01.
#[test]
fn blind48_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind48", "0.98", "0.68");
}

/// Blind set 49 (14 articles, 3 December 2026: Lebanon, Jordan, Morocco, Italy, Iraq,
/// Syria (a monthly tally), Egypt (a correction notice), Tunisia (a radio interview's
/// transcript), Yemen (a translated UN statement), Myanmar (a quoted thread), Palestine
/// (a press conference's transcript), Libya (two governments' counts), Sudan (a rights
/// report and a denial) and Nigeria (a round-up)), written blind by a helper in the
/// twentieth session, in parallel with blind50, and scored once, at 552a934, with no rule
/// changed for it: P 0.96, R 0.93, F1 0.94, strict 0.68 (README). The rules written after it
/// brought it to P 0.99, R 0.94, F1 0.97, strict 0.70; the thresholds hold that level, less
/// 0.01.
#[test]
fn blind49_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind49", "0.97", "0.83");
}

/// Blind set 50 (14 articles, 3 December 2026: Oman, Djibouti, Afghanistan (a translated
/// wire), Bahrain, Algeria (a round-up by region), Mauritania (a parliamentary question),
/// the UAE (a press conference), Qatar (an annual rights report), Kuwait, Saudi Arabia,
/// Kenya, Iran, Somalia (a press conference) and Greece), written blind by a helper in the
/// twentieth session, in parallel with blind49, and scored once, at 552a934, with no rule
/// changed for it: P 0.95, R 0.99, F1 0.97, strict 0.65 (README). The rules written after it
/// brought it to P 1.00, R 1.00, F1 1.00, strict 0.72; the thresholds hold that level, less
/// 0.01.
#[test]
fn blind50_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind50", "0.99", "0.77");
}

/// Blind set 51 (14 articles, 3 December 2026: Bangladesh, Algeria, Mauritania, Tunisia,
/// Saudi Arabia (a monthly statement), Yemen (a monthly rights tally), Egypt (a court
/// report), Libya, Morocco, Syria, Iraq (a pilgrimage's round-up), Germany (an explainer),
/// Sudan and Mali (a wire with highlights)), written blind by a helper in the twentieth
/// session, in parallel with blind52, and scored once, at edf697a, with no rule changed
/// for it: P 0.94, R 0.95, F1 0.95, strict 0.62 (README). The rules written after it
/// brought it to P 0.96, R 0.97, F1 0.97, strict 0.65; the thresholds hold that level, less 0.01.
#[test]
fn blind51_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind51", "0.96", "0.77");
}

/// Blind set 52 (14 articles, 3 December 2026: the UAE, Djibouti, Lebanon, Kuwait, Jordan
/// (a season's tally), Oman, Palestine (a monthly report), Chad, Bahrain (a court verdict),
/// Qatar, Turkey (an analysis), Iran, France and Somalia), written blind by a helper in the
/// twentieth session, in parallel with blind51, and scored once, at edf697a, with no rule
/// changed for it: P 0.96, R 0.96, F1 0.96, strict 0.74 (README). The rules written after it
/// brought it to P 0.98, R 0.98, F1 0.98, strict 0.76; the thresholds hold that level, less 0.01.
#[test]
fn blind52_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind52", "0.97", "0.82");
}

/// Blind set 53 (14 articles, 3 December 2026: Yemen, the Philippines (a Kuwaiti agency's
/// wire), Lebanon, Jordan, Sudan (a rights group's monthly report), Sweden (a half-year
/// police tally), Iraq (a round-up by province), South Sudan, Egypt, Algeria (riots and a
/// court's outcome), Burkina Faso (a quoted thread), Syria (a list of victims' names),
/// Libya (a timeline) and Morocco), written blind by a helper at the end of the twentieth
/// session, in parallel with blind54, and scored once, at f3a4585 (the session's final
/// rules), with no rule changed for it: P 0.95, R 0.96, F1 0.96, strict 0.65 (with blind54,
/// the twentieth session's estimate for unseen text). The rules written for it in the
/// twenty-first session brought it to P 0.98, R 0.98, F1 0.98, strict 0.68; the thresholds
/// hold that level, less 0.01.
#[test]
fn blind53_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind53", "0.97", "0.74");
}

/// Blind set 54 (14 articles, 3 December 2026: Qatar, Somalia, Bahrain (a correction),
/// Saudi Arabia, Oman, Tunisia, Kuwait, Palestine (a half-year report), the UAE (an opinion
/// column), Ethiopia, Brazil, Mauritania, Pakistan and Iran), written blind by a helper at
/// the end of the twentieth session, in parallel with blind53, and scored once, at f3a4585
/// (the session's final rules), with no rule changed for it: P 0.97, R 0.97, F1 0.97, strict
/// 0.73 (with blind53, the twentieth session's estimate). The rules written for it in the
/// twenty-first session brought it to P 0.99, R 0.99, F1 0.99, strict 0.76; the thresholds
/// hold that level, less 0.01.
#[test]
fn blind54_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind54", "0.98", "0.81");
}

/// Blind set 55 (14 articles, 3 December 2026: Egypt (a prosecution's statement), Niger,
/// Kenya (a Chinese agency's wire), Chad, Lebanon (a television report), Afghanistan,
/// Morocco (a winter round-up), Tunisia (a parliamentary session), Syria (quoted posts),
/// Iraq (an analysis), Libya, France, Yemen (a press conference's questions and answers)
/// and Sudan), written blind by a helper at the start of the twenty-first session, in
/// parallel with blind56, and scored once, at e8c16d4 (the extractor's rules of f3a4585),
/// with no rule changed for it: P 0.97, R 0.95, F1 0.96, strict 0.67. The rules written
/// after it brought it to P 0.98, R 0.99, F1 0.98, strict 0.73; the thresholds hold that
/// level, less 0.01.
#[test]
fn blind55_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind55", "0.97", "0.76");
}

/// Blind set 56 (14 articles, 3 December 2026: Nigeria (a Chinese agency's wire), Bahrain
/// (a prosecution's statement), Mauritania, Djibouti, Saudi Arabia, Jordan (a government's
/// answer to a deputy's question), Oman (a week's police round-up), Somalia, Palestine (a
/// union's quarterly tally), Algeria, Kuwait (a press conference), Iran, Turkey and Colombia
/// (an analysis)), written blind by a helper at the start of the twenty-first session, in
/// parallel with blind55, and scored once, at e8c16d4 (the extractor's rules of f3a4585),
/// with no rule changed for it: P 0.93, R 0.97, F1 0.95, strict 0.75. The rules written
/// after it brought it to P 0.97, R 0.98, F1 0.97, strict 0.79; the thresholds hold that
/// level, less 0.01.
#[test]
fn blind56_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind56", "0.96", "0.80");
}

/// Blind set 57 (14 articles, 3 December 2026: Ukraine (a Russian channel's wire), Libya,
/// Algeria (Civil Protection's 48 hours), Saudi Arabia (a week's residency campaign), Iraq,
/// Syria (a rights network's monthly report), Egypt, Mali (rival claims), Mexico, Yemen
/// (abductions), Palestine (live coverage), India, Sudan and Cameroon (an analysis)),
/// written blind by a helper in the twenty-first session, in parallel with blind58, and
/// scored once, at b51d9d0, with no rule changed for it: P 0.93, R 0.95, F1 0.94, strict
/// 0.72. The rules written after it brought it to P 0.99, R 0.99, F1 0.99, strict 0.78; the
/// thresholds hold that level, less 0.01.
#[test]
fn blind57_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind57", "0.98", "0.80");
}

/// Blind set 58 (14 articles, 3 December 2026: Tunisia, Mauritania (a condolence cable),
/// Indonesia (a state agency's wire), Qatar (a month's traffic bulletin), Morocco (two
/// opposing statements), Bahrain (an interview), Myanmar (an explainer), the UAE, Kuwait (a
/// court hearing), Jordan, Haiti (a UN report), Lebanon (a live blog), Bangladesh (a monthly
/// report) and Somalia (a fact-check)), written blind by a helper in the twenty-first
/// session, in parallel with blind57, and scored once, at b51d9d0, with no rule changed for
/// it: P 0.99, R 0.99, F1 0.99, strict 0.61. The rules written after it brought it to P
/// 0.99, R 0.99, F1 0.99, strict 0.62; the thresholds hold that level, less 0.01.
#[test]
fn blind58_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind58", "0.98", "0.74");
}

/// Blind set 59 (14 articles, 3 December 2026: Jordan, Tunisia (a counter-terrorism
/// operation), Libya (a mass grave, the attorney general), Lebanon, Sudan (a military plane's
/// crash), Burkina Faso (a radio bulletin), Nigeria (a jailbreak), Saudi Arabia (an opinion
/// column), Syria (a photo story), Iraq (a stampede), Pakistan (a heatwave), Egypt (a train's
/// derailment), Germany (an arson) and Yemen (a half-year report)), written blind by a
/// helper in the twenty-first session, in parallel with blind60, and scored once, at
/// 83f9e31 (the extractor of 0535412), with no rule changed for it: P 0.95, R 0.96, F1 0.95,
/// strict 0.71. The rules written after it brought it to P 0.99, R 0.98, F1 0.98, strict
/// 0.74; the thresholds hold that level, less 0.01.
#[test]
fn blind59_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind59", "0.97", "0.79");
}

/// Blind set 60 (14 articles, 3 December 2026: the UAE (a campaign), Mauritania (a prison
/// riot), Qatar, Palestine (settlers in the olive harvest), Iran (methanol), Algeria (fires
/// and arrests), Kuwait (a refinery's fire), Bahrain (a column), Morocco (pilgrims' deaths,
/// families' posts), Somalia (a military court), Afghanistan (border clashes, a relayed
/// agency), Ethiopia (a rights commission's annual report), Venezuela (a mine's collapse) and
/// Oman (floods, Civil Defence's posts)), written blind by a helper in the twenty-first
/// session, in parallel with blind59, and scored once, at 83f9e31 (the extractor of
/// 0535412), with no rule changed for it: P 0.98, R 0.97, F1 0.97, strict 0.61. The rules
/// written after it brought it to P 1.00, R 0.98, F1 0.99, strict 0.67; the thresholds hold
/// that level, less 0.01.
#[test]
fn blind60_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind60", "0.98", "0.71");
}

/// Blind set 61 (14 articles, 3 December 2026: Kuwait (a security campaign), Libya (a
/// correction), Algeria, Palestine (a health ministry's daily report), Yemen, Chad, Spain
/// (an agency's wire), Iraq, Egypt (a right of reply), Sudan, the Philippines, Lebanon (a
/// bulletin's introduction), Niger and Syria (a monthly tally)), written blind by a helper
/// at the end of the twenty-first session, in parallel with blind62, and scored once, at
/// 7530c7b (the session's final rules), with no rule changed for it: P 0.95, R 0.96, F1
/// 0.96, strict 0.73: the twenty-first session's estimate for unseen text. The
/// twenty-second session's rules for its attribute errors (a force's units making arrests,
/// a prosecution's charge) took it to strict 0.75; the thresholds hold that level, less 0.01.
#[test]
fn blind61_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind61", "0.95", "0.81");
}

/// Blind set 62 (14 articles, 3 December 2026: Oman (an editor's note), Jordan, Qatar,
/// Brazil, Iran (a rights group's monthly tally), Bahrain (a minister's answer to a deputy),
/// Tunisia, Mauritania (a prosecution's statement with a timeline), Saudi Arabia (a week's
/// field campaigns), Somalia (a health bulletin), Mali, the UAE (a box of numbers), Kenya (a
/// rights body's thread) and Morocco (a reportage)), written blind by a helper at the end
/// of the twenty-first session, in parallel with blind61, and scored once, at 7530c7b (the
/// session's final rules), with no rule changed for it: P 0.95, R 0.98, F1 0.96, strict
/// 0.56: the twenty-first session's estimate for unseen text. The twenty-second session's
/// rules (a headline's unspecified count, what an outlet learned, a year after a season)
/// took it to F1 0.97, strict 0.57; the thresholds hold that level, less 0.01.
#[test]
fn blind62_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind62", "0.96", "0.66");
}

/// Blind set 63 (14 articles, 3 December 2026: Algeria, Syria (a hospital's bulletins),
/// Lebanon (a funeral), Mexico (an outlet's correction), Yemen (a journalists' syndicate's
/// half-year report), Iraq (a tribal clash), Nigeria (a jailbreak), Ukraine (rival claims),
/// Libya (a detention centre's riot), Egypt (a police blotter), Palestine (a field dispatch),
/// Turkey (a monthly tally of workers' deaths), Sudan (a weekly round-up) and India (a
/// stampede)), written blind by a helper in the twenty-second session, in parallel with
/// blind64, and scored once, at c62b197 (the rules of that session, written before it was
/// read), with no rule changed for it: P 0.90, R 0.94, F1 0.92, strict 0.55: the estimate
/// for unseen text of that moment. The rules written after it for its misses (a year after
/// «للعام» or a season, the wounded who left after treatment, a migrants' dual) took it to
/// F1 0.94, strict 0.57; the thresholds hold that level, less 0.01.
#[test]
fn blind63_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind63", "0.95", "0.67");
}

/// Blind set 64 (14 articles, 3 December 2026: Oman, Jordan (a week's anti-narcotics
/// campaign), Tunisia (a drowning season's tally), Qatar (a spokesman's questions and
/// answers), Mauritania (a clash of gold prospectors, from French), Bahrain (a year in
/// numbers), Somalia (an airstrike, from English), the UAE (a half-year's statistics),
/// Kuwait (a verdict), Saudi Arabia (an op-ed), Bangladesh (an Eid road toll, several
/// counts), Morocco (a stadium crush), France (a night's tally) and Djibouti (a migrant
/// boat's sinking told by three bodies)), written blind by a helper in the twenty-second
/// session, in parallel with blind63, and scored once, at c62b197, with no rule changed for
/// it: P 0.98, R 1.00, F1 0.99, strict 0.69: the estimate for unseen text of that moment.
/// The rules written after it for its misses (pills and complaints counted are things)
/// took it to F1 1.00, strict 0.70; the thresholds hold that level, less 0.01.
#[test]
fn blind64_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind64", "0.99", "0.81");
}

/// Blind set 65 (14 articles, 3 December 2026: Colombia, Myanmar (a thread), Algeria (a
/// court's sentences), Gaza (a health ministry's daily report), the DR Congo (a mine's
/// collapse), Libya (a leaked hospital memo), Pakistan (an army's statement), Lebanon (a
/// daily security round-up), Yemen (an NGO's release in full), Iraq (a parliamentary
/// committee on a hospital fire), Sudan (an explainer), Egypt (a talk show's transcript),
/// Syria (a defence ministry's daily briefing) and Afghanistan (a flood's toll by
/// district)), written blind by a helper at the end of the twenty-second session, in
/// parallel with blind66, and scored once, at 8ea8ccf (the session's final rules), with no
/// rule changed for it: P 0.96, R 0.97, F1 0.96, strict 0.64. The rules written after it for
/// its misses (the toll before a raise, «بلغوا», those still in care, «مقابل 22 من عناصر
/// التنظيم») took it to F1 0.99, strict 0.67; the thresholds hold that level, less 0.01.
#[test]
fn blind65_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind65", "0.98", "0.68");
}

/// Blind set 66 (14 articles, 3 December 2026: Jordan (a tribal reconciliation), Mauritania,
/// Oman (a governor's statement), Kuwait (a prison's denial of a death), Qatar (a week's
/// harvest column), Morocco (a fact-check of a video), the UAE (a labour camp's fire),
/// Bahrain (a hospital director's interview), Iran, Saudi Arabia (a wedding tent's fire),
/// Somalia (a round-up of the Horn), Ethiopia (a landslide's rising toll), Haiti (a tanker's
/// explosion) and Tunisia (a rights forum's annual report)), written blind by a helper at the
/// end of the twenty-second session, in parallel with blind65, and scored once, at 8ea8ccf,
/// with no rule changed for it: P 0.98, R 0.94, F1 0.96, strict 0.53. The rules written
/// after it for its misses («نزيلين», those still in care, «غرقا») took it to F1 0.98,
/// strict 0.54; the thresholds hold that level, less 0.01.
#[test]
fn blind66_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind66", "0.97", "0.61");
}

/// Blind set 67 (14 articles, 3 December 2026: Algeria (a factory's boiler), Libya (a
/// municipal council's statement), Chad (an army's communiqué), Iraq (a month's crime
/// statistics), Burkina Faso (rival tolls), Bangladesh (a rights group's monthly report),
/// Egypt (a correction), Sudan (an eyewitness), Palestine (one family's losses), Yemen (a UN
/// flash update), Lebanon (a week's timeline), Syria (a car bomb's tolls over the day),
/// Venezuela (a press conference) and Mali (a verdict on a past massacre)), written blind by
/// a helper at the end of the twenty-second session, in parallel with blind68, and scored
/// once, at 7101e26 (the rules of that moment), with no rule changed for it: P 0.94, R 0.97,
/// F1 0.96, strict 0.68. The rules written after it for its misses (a definite teen,
/// «خسرت», an ordinal's «ten») took it to F1 0.97, strict 0.70; the thresholds hold that
/// level, less 0.01.
#[test]
fn blind67_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind67", "0.96", "0.71");
}

/// Blind set 68 (14 articles, 3 December 2026: Qatar (a press conference), Oman (police
/// posts), Jordan (a civil defence's weekend), Morocco (a week's road toll), Somalia (a
/// correction), Mauritania (an epidemic bulletin), Kuwait (an Eid traffic tally), Tunisia (a
/// prison hunger strike), Saudi Arabia (a fuel station's explosion), Germany (a wire
/// translated from German), Indonesia (methanol poisoning), Kenya (a protest told by both
/// sides), the UAE (a box of numbers and facts) and Nigeria (a boat capsizing)), written
/// blind by a helper at the end of the twenty-second session, in parallel with blind67, and
/// scored once, at 7101e26, with no rule changed for it: P 0.94, R 0.99, F1 0.96, strict
/// 0.58. The rules written after it for its errors (an earlier report by its order, cases
/// confirmed, detainees among whom the dead fell) took it to F1 0.98, strict 0.62; the
/// thresholds hold that level, less 0.01.
#[test]
fn blind68_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind68", "0.97", "0.65");
}

/// Blind set 69 (14 articles, 3 December 2026: Niger (a mine strike's arrests), Egypt (a
/// deputy's briefing request), Gaza (a shelter school's collapse), the Philippines (a
/// correction), Sudan (a governor's televised statement), Algeria (a police statement on a
/// stadium riot), Afghanistan (a hospital's thread), Yemen (a cholera outbreak), Iraq (a
/// ministry's answer to a question), Libya (a ransom gang), Peru (a kidnapping), Cameroon (a
/// rally told by both sides), Lebanon (a massacre's anniversary beside a new strike) and Syria
/// (a quarterly landmine report)), written blind by a helper at the end of the twenty-second
/// session, in parallel with blind70, and scored once, at e3b6b73 (the session's final
/// rules), with no rule changed for it: P 0.95, R 0.97, F1 0.96, strict 0.47 (the estimate for
/// unseen text until the twenty-third session). Rules written in that session for its misses and
/// those of blind70 to blind74 brought it to P 0.96, R 0.97, F1 0.97, strict 0.50; the thresholds
/// hold that level, less 0.01.
#[test]
fn blind69_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind69", "0.97", "0.51");
}

/// Blind set 70 (14 articles, 3 December 2026: Jordan (an army statement), Bahrain (a traffic
/// department's month), Mauritania (a fishing boat lost), Eritrea, Tunisia (a court hearing),
/// Morocco (a parliamentary question), Kuwait (a refinery fire), Oman (a quarry rockslide),
/// Djibouti (an ammonia leak), South Sudan (a UN mission's quarterly report), Saudi Arabia
/// (the Hajj's heat deaths, live), the UAE (a year in numbers), Pakistan (sectarian clashes)
/// and Spain (a migrant boat, from EFE)), written blind by a helper at the end of the
/// twenty-second session, in parallel with blind69, and scored once, at e3b6b73, with no rule
/// changed for it: P 0.98, R 0.99, F1 0.98, strict 0.65 (the estimate for unseen text until the
/// twenty-third session). Rules written in that session (report issuers, smugglers, the treated)
/// brought it to P 0.99, R 1.00, F1 0.99, strict 0.85; the thresholds hold that level, less 0.01.
#[test]
fn blind70_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind70", "0.99", "0.87");
}

/// Blind set 71 (14 articles, 3 December 2026: Egypt (a hospital's statement on a food
/// poisoning), Sudan (herders and farmers), Libya (a tribal council), Tunisia (a coast guard's
/// week), Algeria (a weekly army communiqué), Morocco (a bus crash on a festival route),
/// Mauritania (a gas cylinder in a market), Somalia (a flood's live blog), Chad (a verdict),
/// Mali (a week's security round-up), Nigeria (election observers), Iran (a police press
/// conference), Turkey (a rights group's monthly count of workers' deaths) and Bangladesh (a
/// prison riot told by both sides)), written blind by a helper at the start of the
/// twenty-third session, in parallel with blind72, and scored once, at b49bc90 (the
/// twenty-second session's final rules), with no rule changed for it: P 1.00, R 0.99, F1 1.00,
/// strict 0.73. Rules written after it in the same session brought it to P 1.00, R 1.00, F1
/// 1.00, strict 0.77; the thresholds hold that level, less 0.01.
#[test]
fn blind71_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind71", "0.99", "0.82");
}

/// Blind set 72 (14 articles, 3 December 2026: Kuwait (a ministry's weekly figures), Qatar (a
/// sentence for a fatal crash), Saudi Arabia (a concert stampede), Jordan (a school bus, with
/// an editor's correction), Ukraine (a fact-check of a viral toll), the UAE (delivery riders'
/// deaths, an analysis), Oman (a gas explosion in questions and answers), the West Bank (a
/// day's raids), Iraq (a roof collapse on a building site), Lebanon (a weekly column), Yemen
/// (a drone strike the Houthis deny), India (a stampede at a food distribution), Syria (an
/// earthquake's live page) and France (a sit-in dispersed)), written blind by a helper at the
/// start of the twenty-third session, in parallel with blind71, and scored once, at b49bc90,
/// with no rule changed for it: P 0.97, R 0.92, F1 0.94, strict 0.54. Rules written after it in
/// the same session brought it to P 1.00, R 0.96, F1 0.98, strict 0.61; the thresholds hold
/// that level, less 0.01.
#[test]
fn blind72_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind72", "0.97", "0.69");
}

/// Blind set 73 (14 articles, 3 December 2026: Ethiopia (a rights commission's count),
/// Indonesia (a correction), Kenya (a boat on Lake Victoria), Saudi Arabia (lightning), Somalia
/// (a hospital director interviewed), the Congo (a church attack, four counts), Burkina Faso (a
/// claim denied), Morocco (a coal pit's trapped miners), Algeria (a fire's timeline), Iraqi
/// Kurdistan (a hospital ward fire), Egypt (a stadium gate crush), Brazil (a police raid), Yemen
/// (a journalists' union's year) and Libya (Derna's anniversary)), written blind by a helper in
/// the twenty-third session, in parallel with blind74, and scored once, at b8c3fcf, with no
/// rule changed for it: P 0.98, R 0.93, F1 0.96, strict 0.63. Rules written after it in the
/// same session brought it to P 0.99, R 0.95, F1 0.97, strict 0.66; the thresholds hold that
/// level, less 0.01.
#[test]
fn blind73_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind73", "0.97", "0.68");
}

/// Blind set 74 (14 articles, 3 December 2026: Qatar (a minister's answer on work deaths),
/// Lebanon (a camp fire), Bahrain (a detainee's death denied), Jordan (a school gas leak),
/// Myanmar (a factory fire), Sudan (shelling, several counts), Tunisia (fuel protests), Kuwait (a
/// wedding hall fire), Chad (a refugee camp fire), Mexico (a bridge collapse), Syria (a rights
/// group's year), Niger (an army communiqué), Pakistan (a border clash told by both armies) and
/// Gaza (a UN situation report)), written blind by a helper in the twenty-third session, in
/// parallel with blind73, and scored once, at b8c3fcf, with no rule changed for it: P 0.97,
/// R 0.98, F1 0.98, strict 0.73. Rules written after it in the same session brought it to P
/// 1.00, R 0.99, F1 1.00, strict 0.78; the thresholds hold that level, less 0.01.
#[test]
fn blind74_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind74", "0.99", "0.79");
}

/// Blind set 75 (14 articles, 3 December 2026: Iraq (a tribal feud), Djibouti (a migrant boat,
/// from Xinhua), Somalia (a military court), Mauritania (a sit-in and an NGO's count), Bangladesh
/// (a ferry), Afghanistan (a landslide at a gold mine), Egypt (a train collision), Colombia (a
/// gang war), South Sudan (a cholera centre), Senegal (a press conference on pilgrims' road
/// deaths), Sudan (a study's excess deaths), Lebanon (the port blast's anniversary), Syria (a
/// hospital's daily bulletin) and Mozambique (an ambush)), written blind by a helper at the end
/// of the twenty-third session, in parallel with blind76, and scored once, at 1b3a471 (the
/// session's rules then), with no rule changed for it: P 0.97, R 0.96, F1 0.96, strict 0.67.
/// Rules written after it in the same session (bulletins' issuers, «one by one», «رقم 30
/// قتيلا») brought it to P 0.98, R 0.97, F1 0.97, strict 0.69; the thresholds hold that level,
/// less 0.01.
#[test]
fn blind75_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind75", "0.97", "0.73");
}

/// Blind set 76 (14 articles, 3 December 2026: Tunisia (a migrant boat), Algeria (48 hours of
/// Civil Protection), Jordan (an acquittal recalling a flood), the UAE (a mall fire), Morocco
/// (fans' clashes), the West Bank (photo captions), India (a heatwave bulletin), Yemen (a
/// morning newsletter), Oman (a rescue diver interviewed), Saudi Arabia (a press conference on
/// heat stress), Haiti (competing tolls of a massacre), Libya (a fact-finding committee), Mali
/// (a tanker convoy ambushed) and Nigeria (a tanker explosion in urgent flashes)), written blind
/// by a helper at the end of the twenty-third session, in parallel with blind75, and scored
/// once, at 1b3a471, with no rule changed for it: P 0.97, R 0.96, F1 0.97, strict 0.61. Rules
/// written after it in the same session brought it to P 0.98, R 0.97, F1 0.98, strict 0.62; the
/// thresholds hold that level, less 0.01.
#[test]
fn blind76_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind76", "0.97", "0.67");
}

/// Blind set 77 (14 articles, 3 December 2026: Gaza (a week's ceasefire violations in figures),
/// Bahrain (a criminal court), Tunisia (a bus off a bridge), Kuwait (a power station explosion,
/// with a correction), Syria (a car bomb at a checkpoint), the Philippines (a landslide, from
/// KUNA), Chad (a parliamentary question), Niger (a week's round-up), Egypt (a feud's
/// reconciliation), Qatar (a column on road deaths), Sudan (a camp struck by a drone), Iraq (a
/// crush at Ashura, live), Libya (a UN envoy's briefing) and Ukraine (a strike, from Reuters
/// and the UN)), written blind by a helper at the end of the twenty-third session, in parallel
/// with blind78, and scored once, at 8479097 (the session's final rules), with no rule changed
/// for it: P 0.96, R 0.95, F1 0.96, strict 0.60. Rules were written for its misses in the
/// twenty-fourth session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind77_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind77", "0.98", "0.75");
}

/// Blind set 78 (14 articles, 3 December 2026: Mauritania (a press conference on a clash), the
/// UAE (a verdict), Saudi Arabia (a gang dismantled, from SPA), Jordan (drownings over Eid),
/// Algeria (a student residence fire), Mexico (an observatory's month), Oman (a storm's
/// bulletin), Yemen (a checkpoint clash told two ways), Lebanon (a prison hunger strike),
/// Morocco (an opinion piece doubting a toll), Pakistan (a train fire with an editor's note),
/// Somalia (an anniversary editorial), Burkina Faso (reprisals told in a numbered thread) and
/// Ethiopia (a market strike, five counts)), written blind by a helper at the end of the
/// twenty-third session, in parallel with blind77, and scored once, at 8479097, with no rule
/// changed for it: P 0.99, R 0.93, F1 0.96, strict 0.56. Rules were written for its misses in
/// the twenty-fourth session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind78_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind78", "0.97", "0.68");
}

/// Blind set 79 (14 articles, 3 December 2026: Qatar (a pleasure boat capsized), Kuwait
/// (tainted alcohol), Iraq (pilgrims' road deaths at Arbaeen), Libya (a war remnant), Yemen (a
/// correction note on shelling), Egypt (a level crossing, from the prosecution), Palestine (a
/// raid in Tubas, from WAFA), Kenya (a viral toll fact-checked), Tunisia (mining-basin
/// protests), Brazil (a police operation), Sudan (a week's round-up), Afghanistan (an
/// earthquake's toll rising), Nigeria (a bandit attack, from AFP) and Syria (a rights group's
/// month)), written blind by a helper at the start of the twenty-fourth session, in parallel
/// with blind80, and scored once, at 53c9f59 (the session's first rules, written before it
/// existed), with no rule changed for it: P 1.00, R 0.97, F1 0.98, strict 0.68. Rules were
/// written for its misses in the same session; the thresholds hold the level reached, less
/// 0.01.
#[test]
fn blind79_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind79", "0.99", "0.70");
}

/// Blind set 80 (14 articles, 3 December 2026: Saudi Arabia (a month of corruption arrests),
/// Oman (infiltrators' boat), Jordan (a wedding feast's food poisoning), Bahrain (generator
/// fumes, from the prosecution), Mauritania (herders killed across the border), India (toxic
/// liquor, from Reuters), the UAE (fog collisions, from WAM), Lebanon (celebratory gunfire),
/// Morocco (a parliamentary question on road deaths), Chad (deaths in custody, an interview),
/// Algeria (a gas explosion), Somalia (a hotel siege), Turkey (an earthquake explainer) and
/// Mali (a boat attacked on the Niger)), written blind by a helper at the start of the
/// twenty-fourth session, in parallel with blind79, and scored once, at 53c9f59, with no rule
/// changed for it: P 0.99, R 0.92, F1 0.96, strict 0.72. Rules were written for its misses in
/// the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind80_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind80", "0.98", "0.77");
}

/// Blind set 81 (14 articles, 3 December 2026: Oman (a scaffolding collapse), Tunisia (farm
/// workers' truck), the UAE (a year of e-scooter accidents), Jordan (a stadium riot), Lebanon
/// (strikes, live), Somalia (an operation and al-Shabaab's claims), Egypt (a school stairs
/// crush), Algeria (the army's weekly tally), Pakistan (an analysis of attacks on police),
/// Saudi Arabia (flash floods), Iraq (a tribal clash), Morocco (a mass crossing at the Ceuta
/// fence), Indonesia (a gold-mine landslide) and Senegal (student protests)), written blind by
/// a helper in the twenty-fourth session, in parallel with blind82, and scored once, at cfab616
/// (rules written before it existed), with no rule changed for it: P 0.95, R 0.97, F1 0.96,
/// strict 0.68. Rules were written for its misses in the same session; the thresholds hold the
/// level reached, less 0.01.
#[test]
fn blind81_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind81", "0.99", "0.82");
}

/// Blind set 82 (14 articles, 3 December 2026: Kuwait (a fire's verdict), Djibouti (a tanker
/// and a minibus), Bahrain (half a year of drug arrests), Qatar (quad-bike injuries),
/// Mauritania (gold prospectors and gendarmes), Niger (a flood season's toll), Chad (an army
/// post attacked), Syria (a fuel station explosion), Gaza (strikes, live), Yemen (a tribal
/// feud's truce), Iran (a coal-mine explosion), Bangladesh (a garment factory fire), Sudan (a
/// drone strike on a shelter, an analysis) and Libya (clashes in Tripoli)), written blind by a
/// helper in the twenty-fourth session, in parallel with blind81, and scored once, at cfab616,
/// with no rule changed for it: P 0.97, R 0.96, F1 0.97, strict 0.77. Rules were written for
/// its misses in the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind82_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind82", "0.99", "0.91");
}

/// Blind set 83 (14 articles, 3 December 2026: Qatar (a month's road deaths, from QNA), Egypt
/// (a ferry sinking in an MP's briefing request), Libya (an ammunition depot), Kenya (an
/// elephant attack and the year's wildlife toll), Kuwait (a security sweep, from KUNA), the
/// West Bank (an olive harvest's round-up, from WAFA), Turkey (a month of workplace deaths and
/// a written question), Iraq (a ministry's press conference as Q&A), Nigeria (a school
/// abduction), Yemen (UN staff detained, shelling in Taiz), Afghanistan (an avalanche at
/// Salang), Mali (a week's attacks), Sudan (villages near Bara, arrests in El Obeid) and Syria
/// (a rights group's month)), written blind by a helper in the twenty-fourth session, in
/// parallel with blind84, and scored once, at d12f8f6 (rules written before it existed), with
/// no rule changed for it: P 1.00, R 0.95, F1 0.98, strict 0.86. Rules were written for its
/// misses in the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind83_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind83", "0.98", "0.94");
}

/// Blind set 84 (14 articles, 3 December 2026: Tunisia (migrant camps cleared), Bahrain (an old
/// house collapsed), Jordan (a summer's drownings at a dam, with a correction), Oman (hikers'
/// falls, from ONA), Somalia (ordnance in a scrap yard), Morocco (student factions), Algeria (a
/// sword fight between neighbourhoods), Mauritania (a market demolition, a press conference),
/// Saudi Arabia (a week's residency arrests, from SPA), the UAE (delivery riders' deaths, an
/// opinion), Ethiopia (a rights commission's quarter), Lebanon (a prison riot, a rights
/// report), Chad (a week's security round-up) and India (communal clashes and a curfew)),
/// written blind by a helper in the twenty-fourth session, in parallel with blind83, and scored
/// once, at d12f8f6, with no rule changed for it: P 0.98, R 0.97, F1 0.98, strict 0.77. Rules
/// were written for its misses in the same session; the thresholds hold the level reached, less
/// 0.01.
#[test]
fn blind84_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind84", "0.98", "0.86");
}

/// Blind set 85 (14 articles, 3 December 2026: Jordan (a winter's heater deaths), the UAE
/// (e-scooter accidents in police statistics), Bahrain (a labour housing fire, from the
/// prosecution), Tunisia (a school wall), Saudi Arabia (a wedding tent fire), Oman (a tropical
/// storm), Algeria (forest fires and arrests), Morocco (a crush at a food-aid handout), Somalia
/// (a camp fire), Pakistan (a market bombing, a translated wire), Lebanon (strikes and the
/// ministry's tolls), Mauritania (an oral question on insecurity), Iraq (a mall fire) and
/// Colombia (a drone attack and a rights group's tally)), written blind by a helper in the
/// twenty-fourth session, in parallel with blind86, and scored once, at 0fb30b6 (rules written
/// before it existed), with no rule changed for it: P 0.96, R 0.90, F1 0.93, strict 0.70. Rules
/// were written for its misses in the same session; the thresholds hold the level reached, less
/// 0.01.
#[test]
fn blind85_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind85", "0.96", "0.79");
}

/// Blind set 86 (14 articles, 3 December 2026: Gaza (a drone strike on a car), Libya (a migrant
/// boat), Niger (a convoy ambushed), Kuwait (a crime page's round-up), Iran (a police station
/// attacked), Chad (refugees and hosts clash), Yemen (a month of mines and sniping), Sudan (an
/// arrest campaign, from emergency lawyers), Egypt (a train collision, the prosecution's
/// statement), Qatar (falls from height, an interview), the Philippines (an election's violence
/// tallied), Syria (a market car bomb, updates), Afghanistan (border clashes, a press
/// conference) and Nigeria (farmer-herder killings, an analysis)), written blind by a helper in
/// the twenty-fourth session, in parallel with blind85, and scored once, at 0fb30b6, with no
/// rule changed for it: P 0.98, R 0.95, F1 0.97, strict 0.69. Rules were written for its misses
/// in the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind86_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind86", "0.98", "0.73");
}

/// Blind set 87 (14 articles, 3 December 2026: Kuwait (a building fire), Qatar (a month's
/// traffic deaths, from QNA), Egypt (a bakery gas explosion), the West Bank (a settler attack
/// in the olive harvest, from WAFA), Sudan (a drone strike on a market), Yemen (floods in the
/// camps, with a correction), Turkey (a week's arrests of IS suspects), Libya (militia
/// clashes), Afghanistan (an earthquake), Iraq (a tribal clash's verdict), Bangladesh
/// (political violence, an opinion), Mali (an army camp attacked), Syria (a rights group's
/// month) and Kenya (Saba Saba protests, a numbered thread)), written blind by a helper in the
/// twenty-fourth session, in parallel with blind88, and scored once, at 15106f1 (rules written
/// before it existed), with no rule changed for it: P 0.97, R 0.99, F1 0.98, strict 0.88. Rules
/// were written for its misses in the same session; the thresholds hold the level reached, less
/// 0.01.
#[test]
fn blind87_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind87", "0.98", "0.90");
}

/// Blind set 88 (14 articles, 3 December 2026: Tunisia (a landmine on Chambi), Niger (a market
/// attacked), Oman (a quarry collapse), Saudi Arabia (flash floods), Chad (an army post
/// attacked), Mauritania (a gold-mining well), Morocco (a coal pit), Bahrain (a written
/// question on work injuries), the UAE (a fog pile-up), Jordan (a family brawl's verdict),
/// Algeria (civil protection's 48 hours), India (toxic liquor), Lebanon (clans clash, the
/// army's statement) and Somalia (an air strike's conflicting tolls)), written blind by a
/// helper in the twenty-fourth session, in parallel with blind87, and scored once, at 15106f1,
/// with no rule changed for it: P 0.97, R 0.97, F1 0.97, strict 0.78. Rules were written for
/// its misses in the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind88_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind88", "0.98", "0.80");
}

/// Blind set 89 (14 articles, 3 December 2026: Tunisia (night clashes and arrests), Pakistan (a
/// rally bombed, from Xinhua), Oman (a school bus crash), Saudi Arabia (a wedding tent fire),
/// the UAE (half a year of e-scooter accidents), Jordan (smugglers killed at the border, the
/// army's account), Somalia (a beach restaurant bombed), Egypt (a microbus in a canal), Mexico
/// (a party shooting), Lebanon (celebratory gunfire, a round-up), Morocco (the Melilla fence
/// stormed), Iraq (an ammunition depot), Algeria (a derby's riots) and Ethiopia (a market drone
/// strike, an analysis)), written blind by a helper at the end of the twenty-fourth session, in
/// parallel with blind90, and scored once, at 049dcd5 (the rules written after blind77's to
/// blind88's misses), with no rule
/// changed for it: P 0.98, R 0.95, F1 0.96, strict 0.79. Rules were written for its errors in
/// the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind89_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind89", "0.97", "0.86");
}

/// Blind set 90 (14 articles, 3 December 2026: Libya (a fuel tanker), Indonesia (an eruption),
/// Nigeria (a school attacked, from Xinhua), Bahrain (an ammonia leak), Kuwait (a camping
/// season's accidents), Niger (a straw classroom fire), Syria (a building collapse), Chad (a
/// prison break), Qatar (an e-scooter explainer), Yemen (celebratory gunfire, a round-up),
/// Mauritania (an oral question on deaths at the Mali border), Sudan (a hospital struck by a
/// drone), Iran (half a year of kolbars' deaths) and Gaza (the ministry's daily report)),
/// written blind by a helper at the end of the twenty-fourth session, in parallel with blind89,
/// and scored once, at 049dcd5, with no rule changed for it: P 0.98, R 0.95, F1 0.97, strict
/// 0.73. Rules were written for its errors in the same session; the thresholds hold the level
/// reached, less 0.01.
#[test]
fn blind90_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind90", "0.97", "0.87");
}

/// Blind set 91 (14 articles, 3 December 2026: Turkey, Libya, Qatar (from QNA), Kuwait (a
/// building fire), Egypt, the West Bank (from WAFA), Yemen, Bangladesh, Iraq, Kenya, Syria (a
/// rights group's month), Afghanistan, Colombia and Sudan), written blind by a helper at the
/// end of the twenty-fourth session, in parallel with blind92, and scored once, at b35f6b7 (the same
/// rules), with no rule changed for it: P 0.97, R 0.96, F1 0.97, strict 0.66.
/// Rules were written for its errors in the same session; the thresholds hold the level
/// reached, less 0.01.
#[test]
fn blind91_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind91", "0.97", "0.68");
}

/// Blind set 92 (14 articles, 3 December 2026: Jordan (heater fumes), Oman (a restaurant gas
/// explosion), Bahrain (a scaffold, the prosecution's order), Mali (a boat on the Niger), the
/// UAE (a tower fire), Algeria (a wedding's food poisoning), Morocco (farm workers' van),
/// Tunisia (a rights group's month of migration), Mauritania (a market fire, a press
/// conference), Saudi Arabia (the Hajj's security, a press conference), Lebanon (strikes under
/// a ceasefire, an analysis), Somalia (federal and Jubaland forces clash), Chad (electricity
/// protests) and India (a train collision)), written blind by a helper at the end of the
/// twenty-fourth session, in parallel with blind91, and scored once, at b35f6b7, with no rule
/// changed for it: P 0.95, R 0.96, F1 0.95, strict 0.66. Rules were written for its errors in
/// the same session; the thresholds hold the level reached, less 0.01.
#[test]
fn blind92_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind92", "0.97", "0.72");
}

/// Blind set 93 (14 articles, 3 December 2026: Oman (wadi floods, an emergency committee),
/// Tunisia (a summer's drownings), the UAE (a workers' bus crash, a verdict), Jordan (a mass
/// brawl), Algeria (forest fires), the Philippines (an army clash, from Anadolu), Lebanon (an
/// army raid, from NNA), Niger (a rainy season's floods), Egypt (a factory boiler), Saudi Arabia
/// (a dust storm pile-up), Pakistan (a heatwave's toll, an analysis), Somalia (a hotel siege),
/// Morocco (a stadium riot) and Iraq (tribal clashes, a round-up)), written blind by a helper at
/// the end of the twenty-fourth session, in parallel with blind94, and scored once, at f53c1ea
/// (the session's final rules), with no rule changed for it: P 0.99, R 0.99, F1 0.99, strict
/// 0.85: with blind94's, that session's estimate for unseen text. Rules were written for its
/// errors in the twenty-fifth session: it is a regression set, held at the level reached, less
/// 0.01.
#[test]
fn blind93_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind93", "0.98", "0.90");
}

/// Blind set 94 (14 articles, 3 December 2026: Mauritania (a summer's drownings), Libya (a
/// derby riot, with a correction), Qatar (summer trauma injuries, an interview), Kuwait (a
/// brawl's verdict), Nigeria (a food-aid crush), Iran (water protests, the judiciary's press
/// conference), Bahrain (a parliamentary question on road deaths), the West Bank (a raid, live),
/// Yemen (flash floods, a round-up), Chad (herders and farmers clash), Afghanistan (a mosque
/// bombing), Sudan (a gold mine collapse), Ethiopia (a landslide) and Syria (war remnants
/// explode)), written blind by a helper at the end of the twenty-fourth session, in parallel
/// with blind93, and scored once, at f53c1ea, with no rule changed for it: P 0.99, R 0.99, F1
/// 0.99, strict 0.81: with blind93's, that session's estimate for unseen text. Rules were written
/// for its errors in the twenty-fifth session: it is a regression set, held at the level
/// reached, less 0.01.
#[test]
fn blind94_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind94", "0.99", "0.88");
}

/// Blind set 95 (14 articles, 3 December 2026: Kuwait (a building fire), Lebanon (celebratory
/// gunfire), Saudi Arabia (a border shootout), Morocco (a mass crossing attempt), Egypt (a
/// microbus into a canal), Yemen (mortar shelling), Libya (armed groups clash), Iraq (a protest
/// dispersed), Mali (a drone strike on a wedding, from AFP), Sudan (an RSF attack on a village),
/// Syria (a market car bomb), Somalia (an attack on an army base), Pakistan (tribal and sectarian
/// clashes) and Haiti (a gang massacre and a quarter's tally, from UN News)), written blind by a
/// helper at the start of the twenty-fifth session, in parallel with blind96, and scored once,
/// at ad133d2, with no rule changed for it: P 0.96, R 0.94, F1 0.95, strict 0.70. Rules were
/// then written for its errors: it is a regression set, held at the level reached, less 0.01.
#[test]
fn blind95_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind95", "0.99", "0.84");
}

/// Blind set 96 (14 articles, 3 December 2026: Jordan (a border clash with smugglers, an army
/// statement), the UAE (a training aircraft down at sea), Bahrain (a labour-housing fire),
/// Mauritania (prospectors clash), Tunisia (farm workers' pickup crash), Algeria (a week's
/// security results), Oman (a school-bus crash), Qatar (a boat collision), Niger (an attack on
/// an army post), DR Congo (an attack on a displacement site, from UN News), Gaza (a tent strike
/// and a daily bulletin), Iran (an earthquake), Turkey (a fireworks factory explodes) and
/// Myanmar (an air strike on a monastery)), written blind by a helper at the start of the
/// twenty-fifth session, in parallel with blind95, and scored once, at ad133d2, with no rule
/// changed for it: P 0.99, R 0.93, F1 0.96, strict 0.56. Rules were then written for its
/// errors: it is a regression set, held at the level reached, less 0.01.
#[test]
fn blind96_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind96", "0.98", "0.76");
}

/// Blind set 97 (14 articles, 3 December 2026: Jordan (a house collapse), Tunisia (night
/// clashes), Saudi Arabia (an Umrah bus crash), Oman (an infiltrators' boat capsizes), the
/// West Bank (a settler attack), Iraq (a tribal dispute), Algeria (a bus overturns, and weekly
/// tallies), Yemen (a landmine kills children), Chad (an ammunition depot explodes), Nigeria (a
/// fuel tanker explodes), Egypt (a train collision), Sudan (a market shelled), Afghanistan
/// (air strikes, an analysis) and Ukraine (a missile strike on flats)), written blind by a
/// helper in the twenty-fifth session, in parallel with blind98, and scored once, at ac216e7,
/// with no rule changed for it: P 0.99, R 0.95, F1 0.97, strict 0.82. Rules were then written
/// for its errors: it is a regression set, held at the level reached, less 0.01.
#[test]
fn blind97_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind97", "0.99", "0.89");
}

/// Blind set 98 (14 articles, 3 December 2026: Kuwait (rain-day road crashes), Bahrain (a gas
/// explosion), Mauritania (a bus overturns), Qatar (food poisoning), Lebanon (a drone strike on
/// a car), Libya (a migrant truck overturns), Morocco (protesters attack a gendarmerie post),
/// the UAE (valley floods), Kenya (a protest anniversary), Ethiopia (villages attacked), Syria (a
/// patrol ambushed), Somalia (a suicide bombing of recruits), Bangladesh (a garment factory
/// fire) and Colombia (a drone attack on an army base)), written blind by a helper in the
/// twenty-fifth session, in parallel with blind97, and scored once, at ac216e7, with no rule
/// changed for it: P 0.98, R 0.96, F1 0.97, strict 0.77. Rules were then written for its
/// errors: it is a regression set, held at the level reached, less 0.01.
#[test]
fn blind98_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind98", "0.97", "0.87");
}

/// Blind set 99 (14 articles, 3 December 2026: Iraq (a drugs raid and shootout), Kuwait (a
/// refinery fire), Bahrain (a fishing boat capsizes, in Arabic-Indic digits), Morocco (derby
/// riots), Egypt (a family feud), Lebanon (a building collapse), Libya (war remnants explode),
/// the Philippines (a ferry fire), Mali (a gold mine collapse), Burkina Faso (an attack on an
/// army town), Yemen (a district shelled), Pakistan (a protest crackdown), India (a temple
/// stampede) and Somalia (clan clashes, in Arabic-Indic digits)), written blind by a helper at the end
/// of the twenty-fifth session, in parallel with blind100, and scored once, at c1ec568 (the
/// session's rules after blind95's to blind98's fixes), with no rule changed for it: P 0.95, R
/// 0.94, F1 0.95, strict 0.76. Rules were then written for its errors: it is a regression set,
/// held at the level reached, less 0.01.
#[test]
fn blind99_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind99", "0.99", "0.86");
}

/// Blind set 100 (14 articles, 3 December 2026: the UAE (a fog pile-up), Jordan (a tribal
/// brawl), Qatar (a scaffolding collapse), Oman (a gas leak), Tunisia (a migrant boat sinks),
/// Algeria (forest fires), Saudi Arabia (a wedding shooting), South Sudan (a cattle raid), Iran
/// (a coal mine explosion), Turkey (raids on ISIS cells), Syria (the SDF and tribal fighters
/// clash), Gaza (a shooting and daily tallies), Sudan (a drone strike on a market) and Mexico
/// (a bar shooting)), written blind by a helper at the end of the twenty-fifth session, in
/// parallel with blind99, and scored once, at c1ec568, with no rule changed for it: P 0.95, R
/// 0.95, F1 0.95, strict 0.66. Rules were then written for its errors: it is a regression set,
/// held at the level reached, less 0.01.
#[test]
fn blind100_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind100", "0.97", "0.76");
}

/// Blind set 101 (14 articles, 3 December 2026: Jordan (heater fumes), Qatar (a dune rollover),
/// Oman (a car swept away by a wadi), Saudi Arabia (a week's arrests of violators), Colombia
/// (armed groups clash), Sudan (a Nile boat capsizes), Tunisia (a counter-terror operation),
/// Ethiopia (a drone strike on a market), Libya (a traffickers' den and a mass grave), Kuwait
/// (a building fire), Nigeria (a fuel tanker explodes, in Arabic-Indic digits), the West Bank
/// (a raid on a town), Afghanistan (a mosque bombing) and Syria (a building collapse)), written
/// blind by a helper at the end of the twenty-fifth session, in parallel with blind102, and
/// scored once, at b4b7cb3 (the session's final rules), with no rule changed for it: P 0.96, R
/// 0.91, F1 0.93, strict 0.68: with blind102's, the estimate for unseen text when it was scored
/// (README). Rules were then written for its errors: it is a regression set, held at the level
/// reached, less 0.01.
#[test]
fn blind101_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind101", "0.97", "0.80");
}

/// Blind set 102 (14 articles, 3 December 2026: Egypt (a microbus and lorry crash), the UAE (a
/// tower fire), Bahrain (a mass brawl, in Arabic-Indic digits), Mauritania (protest clashes),
/// Lebanon (an army raid), Morocco (a house collapse), Chad (herders and farmers clash), Niger
/// (a village market attacked), Iraq (an ISIS ambush), Algeria (a summer's drownings), Iran
/// (water protests), Somalia (an attack on an al-Shabaab base), Bangladesh (strike-day clashes)
/// and Yemen (electricity protests)), written blind by a helper at the end of the twenty-fifth
/// session, in parallel with blind101, and scored once, at b4b7cb3, with no rule changed for
/// it: P 0.96, R 0.97, F1 0.97, strict 0.77: with blind101's, the estimate for unseen text when
/// it was scored (README). Rules were then written for its errors: it is a regression set, held
/// at the level reached, less 0.01.
#[test]
fn blind102_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind102", "0.99", "0.90");
}

/// Blind set 103 (14 articles, 3 December 2026: Egypt (food poisoning at a wedding), Lebanon (a
/// lorry crash), Kuwait (a crackdown on reckless driving after a fatal crash), France (riots in
/// a football title's celebrations), Iraq (a pilgrims' bus crash), Yemen (a Houthi arrest
/// campaign), Libya (clashes in Janzour), Morocco (tainted alcohol), Kenya (Saba Saba
/// protests), Mozambique (insurgents attack a village), Syria (war munitions explode in a
/// scrapyard), Gaza (a strike on a police post, and the ministry's tallies), Sudan (the RSF
/// attack a village) and Pakistan (an attack on a police checkpoint)), written blind by a
/// helper at the start of the twenty-sixth session, in parallel with blind104, and scored once,
/// at 567b9e7 (the rules committed when it arrived), with no rule changed for it: P 0.97, R
/// 0.95, F1 0.96, strict 0.85: with blind104's, the estimate for unseen text when it was scored
/// (README). Rules were then written for its errors: it is a regression set, held at the level
/// reached, less 0.01.
#[test]
fn blind103_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind103", "0.99", "0.96");
}

/// Blind set 104 (14 articles, 3 December 2026: Saudi Arabia (arrests for phone shop
/// robberies), Qatar (an online fraud ring), the UAE (pedestrians run over, a court ruling),
/// Oman (a lorry and a bus collide), Jordan (a smuggling clash at the northern border), Tunisia
/// (a stadium riot), Algeria (a week's road toll), Bahrain (a school bus collision), Mauritania
/// (a prison riot), Iran (an attack on a police station), Somalia (an offensive on ISIS in
/// Puntland), Turkey (an earthquake in Malatya), India (a temple stampede) and Myanmar (an
/// airstrike on a village)), written blind by a helper at the start of the twenty-sixth
/// session, in parallel with blind103, and scored once, at 567b9e7, with no rule changed for
/// it: P 0.94, R 0.96, F1 0.95, strict 0.72: with blind103's, the estimate for unseen text when
/// it was scored (README). Rules were then written for its errors: it is a regression set, held
/// at the level reached, less 0.01.
#[test]
fn blind104_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind104", "0.99", "0.85");
}

/// Blind set 105 (14 articles, 4 December 2026: Yemen (a missile strike on a camp of the
/// displaced), Lebanon (a fuel station explodes), Algeria (a gas explosion in a building),
/// Jordan (celebratory gunfire at a wedding), Iraq (salary protests), Ethiopia (a landslide's
/// toll), Tunisia (night protests and arrests), Egypt (a garment factory fire), Libya (a
/// migrant boat sinks), Nigeria (a girls' school abduction), Syria (a checkpoint attack and the
/// security campaign after it), Sudan (a market shelled), Afghanistan (a suicide bombing at a
/// bank) and Haiti (a gang attack)), written blind by a helper in the twenty-sixth session, in
/// parallel with blind106, and scored once, at 386f804 (the rules committed when it arrived),
/// with no rule changed for it: P 0.99, R 0.96, F1 0.97, strict 0.83: with blind106's, the
/// estimate for unseen text when it was scored (README). Rules were then written for its
/// errors: it is a regression set, held at the level reached, less 0.01.
#[test]
fn blind105_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind105", "0.98", "0.89");
}

/// Blind set 106 (14 articles, 4 December 2026: Kuwait (a security campaign's arrests), Qatar
/// (a gas cylinder explodes in a restaurant), Oman (a fishing boat capsizes), Bahrain (a crane
/// collapses), the UAE (a Ramadan campaign against begging), Saudi Arabia (flash floods), Iran
/// (fireworks injuries), Mauritania (a gold prospectors' well collapses), Morocco (a van of
/// farm workers crashes), Somalia (a mortar attack), the West Bank (a settler attack in the
/// olive harvest), Turkey (a textile workshop fire), Bangladesh (a garment factory fire) and
/// Mali (an attack on an army post)), written blind by a helper in the twenty-sixth session, in
/// parallel with blind105, and scored once, at 386f804, with no rule changed for it: P 0.97, R
/// 0.95, F1 0.96, strict 0.83: with blind105's, the estimate for unseen text when it was scored
/// (README). Rules were then written for its errors: it is a regression set, held at the level
/// reached, less 0.01.
#[test]
fn blind106_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind106", "0.98", "0.90");
}

/// Blind set 107 (14 articles, 4 December 2026: Tunisia (migrants and residents clash), Algeria
/// (an old building collapses), Colombia (a drone attack on a police station), Egypt (a Nile
/// ferry capsizes), Libya (a fuel tanker explodes), Morocco (arrests after a football riot),
/// Yemen (a migrant boat capsizes), Syria (a car bomb in a market), Lebanon (clashes in a
/// camp), Kenya (Saba Saba protests), the DRC (an attack on a funeral), Pakistan (an attack on
/// a bus), Iraq (graduates' protests) and Sudan (an attack on a camp of the displaced)),
/// written blind by a helper in the twenty-sixth session, in parallel with blind108, and scored
/// once, at 1975e1d (the rules committed when it arrived), with no rule changed for it: P 1.00,
/// R 0.97, F1 0.98, strict 0.84: with blind108's, the estimate for unseen text when it was
/// scored (README). Rules were then written for its errors: it is a regression set, held at the
/// level reached, less 0.01.
#[test]
fn blind107_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind107", "0.99", "0.89");
}

/// Blind set 108 (14 articles, 4 December 2026: Kuwait (a three-car crash and the paper's
/// correction), Bahrain (dawn raids), Oman (infiltrators caught at sea), Saudi Arabia (the
/// anti-corruption agency's month of arrests), Jordan (a building collapses), Somalia (floods),
/// the UAE (hikers fall), Mauritania (power-cut protests), Indonesia (a ferry fire), Qatar (a
/// chlorine leak at a hotel), Gaza (an airstrike on tents), Turkey (a raid and a shootout),
/// Burkina Faso (airstrikes and a disputed market strike) and Iran (a gas explosion in a
/// building)), written blind by a helper in the twenty-sixth session, in parallel with
/// blind107, and scored once, at 1975e1d, with no rule changed for it: P 0.96, R 0.93, F1 0.94,
/// strict 0.74: with blind107's, the estimate for unseen text when it was scored (README).
/// Rules were then written for its errors: it is a regression set, held at the level reached,
/// less 0.01.
#[test]
fn blind108_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind108", "0.97", "0.85");
}

/// Blind set 109 (14 articles, 4 December 2026: Egypt (a gas cylinder explodes in a house),
/// Tunisia (a shared taxi crashes), Morocco (an illegal coal pit collapses), Yemen (the Houthis
/// detain teachers), Nigeria (a village massacre), Libya (tribal clashes), Lebanon (a prison
/// riot), Syria (a war remnant kills children), Jordan (a summer's drownings), Mali (a gold
/// mine collapses), Sudan (an airstrike on a market), Iraq (a hospital fire), Myanmar (an
/// airstrike on a school) and Afghanistan (a mosque bombing)), written blind by a helper at the
/// end of the twenty-sixth session, in parallel with blind110, and scored once, at f3a6aec (the
/// rules after blind101's to blind108's fixes), with no rule changed for it: P 0.96, R 0.95, F1
/// 0.95, strict 0.70: with blind110's, the estimate for unseen text when it was scored
/// (README). Rules were then written for its errors: it is a regression set, held at the level
/// reached, less 0.01.
#[test]
fn blind109_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind109", "0.95", "0.87");
}

/// Blind set 110 (14 articles, 4 December 2026: Bahrain (an online fraud ring), the UAE (a drug
/// gang), Qatar (speedboats collide), Saudi Arabia (a hotel fire), Oman (a tourist bus
/// overturns), India (a temple stampede), Iran (a refinery fire), Mauritania (a migrant pirogue
/// capsizes), Algeria (a stadium riot), Kuwait (tainted alcohol), Turkey (a coal mine
/// explosion), Somalia (a hotel siege), the West Bank (an army raid on a camp) and Ethiopia (a
/// drone strike on a market)), written blind by a helper at the end of the twenty-sixth
/// session, in parallel with blind109, and scored once, at f3a6aec, with no rule changed for
/// it: P 0.97, R 0.95, F1 0.96, strict 0.76: with blind109's, the estimate for unseen text when
/// it was scored (README). Rules were then written for its errors: it is a regression set, held
/// at the level reached, less 0.01.
#[test]
fn blind110_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind110", "0.98", "0.88");
}

/// Blind set 111 (14 articles, 4 December 2026: Algeria (a souk fire), Tunisia (pollution
/// protests), Jordan (food poisoning at a restaurant), Lebanon (a kidnapping gang's arrests),
/// Egypt (a shootout with a drug gang), Syria (a fire in a camp's tents), Libya (a building
/// collapses), Iraq (a fuel tanker explodes), Kenya (a protest anniversary), Niger (an attack on
/// an army post), Sudan (a gold mine collapses), Morocco (flash floods), Pakistan (an attack on
/// a police station) and Yemen (an attack on a checkpoint)), written blind by a helper at the end
/// of the twenty-sixth session, in parallel with blind112, and scored once, at f9faf78 (the
/// session's final rules), with no rule changed for it: P 0.94, R 0.92, F1 0.93, strict 0.67:
/// the estimate for unseen text until rules were written for its errors in the twenty-seventh
/// session: a regression set, held at the level reached, less 0.01.
#[test]
fn blind111_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind111", "0.96", "0.83");
}

/// Blind set 112 (14 articles, 4 December 2026: Bahrain (a drug network), the UAE (a year's
/// e-scooter accidents), Kuwait (a shooting at a spring camp), Saudi Arabia (a sandstorm
/// pile-up), Qatar (food poisoning at a restaurant), Mauritania (an ore train derails), Oman (a
/// brawl of farm workers), the Philippines (a drug raid and shootout), Somalia (clan clashes),
/// Turkey (a wedding feud shooting), Chad (herders and farmers clash), Bangladesh (wage
/// protests), Gaza (shooting at a crowd awaiting aid) and Iran (unrest after a death in
/// custody)), written blind by a helper at the end of the twenty-sixth session, in parallel with
/// blind111, and scored once, at f9faf78, with no rule changed for it: P 0.97, R 0.97, F1 0.97,
/// strict 0.74: with blind111's, the estimate until rules written in the twenty-seventh session
/// touched it: a regression set, held at the level reached, less 0.01.
#[test]
fn blind112_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind112", "0.98", "0.80");
}

/// Blind set 113 (14 articles, 4 December 2026: Algeria (carbon monoxide deaths), Tunisia (a
/// textile factory fire), Jordan (a shootout in a drug raid), Lebanon (a fire in a refugee camp),
/// Egypt (a brawl over irrigation), Syria (a highway crash), Libya (armed groups clash in
/// Tajoura), Iraq (a stadium riot), Morocco (a bus crash), Yemen (a gas explosion at a
/// restaurant), Sudan (a school sheltering the displaced shelled), Afghanistan (a mosque
/// bombing), Mozambique (an insurgents' raid on a village) and Cameroon (a bus ambushed)),
/// written blind by a helper in the twenty-seventh session, in parallel with blind114, and
/// scored once, at 46db324, with no rule changed for it: P 0.99, R 0.91, F1 0.95, strict 0.67.
/// Rules were then written for its errors: a regression set, held at the level reached, less 0.01.
#[test]
fn blind113_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind113", "0.97", "0.90");
}

/// Blind set 114 (14 articles, 4 December 2026: the UAE (drownings on the Eid beaches), Oman
/// (the khareef season's road accidents), Kuwait (a residency campaign's arrests), Qatar (a
/// workers' bus collision), Djibouti (flash floods), Iran (a building collapses), Saudi Arabia
/// (a workshop fire), Mauritania (student clashes), Bahrain (a house fire), Turkey (a migrant
/// boat sinks), Somalia (an army operation), Ukraine (a missile strike), Nepal (a landslide
/// sweeps buses off a highway) and Gaza (a storm brings down a house)), written blind by a
/// helper in the twenty-seventh session, in parallel with blind113, and scored once, at
/// 46db324, with no rule changed for it: P 0.99, R 1.00, F1 0.99, strict 0.67. Rules were then
/// written for its errors: a regression set, held at the level reached, less 0.01.
#[test]
fn blind114_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind114", "0.99", "0.79");
}

/// Blind set 115 (14 articles, 4 December 2026: Algeria (the army's weekly tally), Egypt (a
/// house collapses), Ethiopia (a bus crash), Iraq (the Arbaeen's roundup), Jordan (a campus
/// brawl), Lebanon (a bakery's gas explodes), Libya (storm floods on Derna's anniversary),
/// Morocco (a terror cell's arrests), Nigeria (a fuel tanker explodes), Pakistan (an attack on
/// a police station), Sudan (villages attacked), Syria (an ammunition depot blows up), Tunisia
/// (farm workers' pickup crash) and Yemen (an anniversary's arrests)), written blind by a
/// helper at the end of the twenty-seventh session, in parallel with blind116, and scored
/// once, at 5e24120 (the session's final rules), with no rule changed for it: P 0.99, R 0.99,
/// F1 0.99, strict 0.70: with blind116's, the estimate for unseen text (README) until blind119
/// and blind120. No rule has been written for it; the twenty-eighth session's rules (written for
/// blind117's and blind118's errors) raised it, and the thresholds hold that level, less 0.01.
#[test]
fn blind115_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind115", "0.99", "0.77");
}

/// Blind set 116 (14 articles, 4 December 2026: Bahrain (a building site collapses),
/// Indonesia (a ferry fire), Iran (methanol poisoning), Kenya (protests), Kuwait (a mass
/// brawl's arrests), Mali (a village attacked), Mauritania (a heatwave's deaths), Oman (workers
/// overcome in a well), the West Bank (an arrest campaign), Qatar (smugglers held at a port),
/// Saudi Arabia (a pilgrims' bus crash), Somalia (a mortar attack), Turkey (farm workers'
/// minibus crash) and the UAE (quad bike accidents)), written blind by a helper at the end of
/// the twenty-seventh session, in parallel with blind115, and scored once, at 5e24120, with
/// no rule changed for it: P 0.98, R 0.97, F1 0.98, strict 0.85: with blind115's, the estimate
/// for unseen text (README) until blind119 and blind120. No rule has been written for it; the
/// twenty-eighth session's rules (written for blind117's and blind118's errors) raised it, and
/// the thresholds hold that level, less 0.01.
#[test]
fn blind116_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind116", "0.98", "0.91");
}

/// Blind set 117 (14 articles, 4 December 2026: Algeria (a gas explosion), Bangladesh (student
/// clashes), Colombia (an army base attacked), DR Congo (a funeral massacre), Egypt (a train
/// derails), Iraq (a tribal clash), Jordan (a flash flood at Petra), Lebanon (a drone strike),
/// Libya (militia clashes), Morocco (a house collapses), Sudan (a drone strike on a market),
/// Syria (war remnants), Tunisia (a migrant boat) and Yemen (shelling)), written blind by a
/// helper in the twenty-eighth session, in parallel with blind118, and scored once, at bd0421a
/// (the twenty-seventh session's final rules), with no rule changed for it: P 0.97, R 0.95,
/// F1 0.96, strict 0.88. Rules were then written for its errors: a regression set, held at
/// the level reached (F1 0.98, strict 0.91), less 0.01.
#[test]
fn blind117_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind117", "0.96", "0.90");
}

/// Blind set 118 (14 articles, 4 December 2026: Bahrain (a coastguard chase), Comoros (a
/// kwassa boat capsizes), Iran (an earthquake), Kuwait (a gas blast), Mauritania (water
/// protests), Niger (a convoy ambushed), Oman (a truck and minibus collide), the West Bank (a
/// raid on Tammun), the Philippines (a ferry fire), Qatar (a gondola falls), Saudi Arabia (a
/// bus crash on a mountain pass), Somalia (a base attacked), Turkey (a mine) and the UAE
/// (floods)), written blind by a helper in the twenty-eighth session, in parallel with
/// blind117, and scored once, at bd0421a, with no rule changed for it: P 1.00, R 0.95, F1 0.97,
/// strict 0.87. Rules were then written for its errors: a regression set, held at the level
/// reached (F1 0.99, strict 0.95), less 0.01.
#[test]
fn blind118_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind118", "0.98", "0.95");
}

/// Blind set 119 (14 articles, 4 December 2026: Algeria (forest fires), Brazil (a police
/// operation in Rio), Burkina Faso (a market attacked), Egypt (a microbus in a canal), Iraq
/// (electricity protests), Jordan (a heater's fumes), Lebanon (an army raid), Libya (a migrant
/// truck in the desert), Morocco (derby riots), Myanmar (an air strike on a school), Sudan (a
/// gold mine collapses), Syria (an ammunition depot explodes), Tunisia (farm workers' truck)
/// and Yemen (a convoy bombed)), written blind by a helper at the end of the twenty-eighth
/// session, in parallel with blind120, and scored once, at 692e9e8 (the session's last
/// rules then), with no rule changed for it: P 0.98, R 0.93, F1 0.95, strict 0.86. Rules were
/// then written for its errors: a regression set, held at the level reached (F1 0.98, strict
/// 0.88), less 0.01.
#[test]
fn blind119_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind119", "0.98", "0.88");
}

/// Blind set 120 (14 articles, 4 December 2026: Bahrain (a crane collapses), Djibouti (a fuel
/// tanker crash), Gaza (a drone strike), India (a station stampede), Iran (fireworks
/// injuries), Kuwait (a workers' bus crash), Mauritania (a gold well collapses), Mozambique (a
/// cyclone), Oman (a school bus and a truck), Qatar (a fishing boat sinks), Saudi Arabia (a
/// heater's fumes in a camp), Somalia (floods), Turkey (a forest fire) and the UAE (a fog
/// pile-up)), written blind by a helper at the end of the twenty-eighth session, in parallel
/// with blind119, and scored once, at 692e9e8, with no rule changed for it: P 0.99, R 0.93, F1
/// 0.96, strict 0.81. Rules were then written for its errors: a regression set, held at the
/// level reached (F1 0.97, strict 0.83), less 0.01.
#[test]
fn blind120_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind120", "0.99", "0.89");
}

/// Blind set 121 (14 articles, 4 December 2026: Afghanistan (a blast in Kabul), Algeria (beach
/// drownings), Chad (herders and farmers clash), Egypt (a family feud's shooting), Iraq (a
/// narcotics raid), Jordan (an ammonia leak), Lebanon (shooting at a funeral), Libya (a fuel
/// station fire), Mexico (a prison riot), Morocco (a mass crossing attempt), Sudan (shelling of
/// a camp's water point), Syria (a building collapses), Tunisia (night clashes) and Yemen (a
/// teachers' arrest campaign)), written blind by a helper at the end of the twenty-eighth
/// session, in parallel with blind122, and scored once, at 3987354 (the session's final
/// rules), with no rule changed for it: P 0.97, R 0.93, F1 0.95, strict 0.76: with blind122's,
/// the estimate for unseen text then (README). In the twenty-ninth session rules were written for
/// its misses (sources after «قائلاً», «نائباً عن», «بحسب أرقام رسمية آنذاك»): a regression set
/// since; the thresholds hold the level reached, less 0.01.
#[test]
fn blind121_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind121", "0.97", "0.86");
}

/// Blind set 122 (14 articles, 4 December 2026: Bahrain (dawn raids' arrests), the Comoros
/// (clashes with the gendarmerie), Haiti (a gang attack), Iran (water protests), Kuwait (the
/// national day's injuries), Mauritania (a bus crash), Nigeria (a village attacked), Oman (a
/// vehicle swept away in a wadi), the West Bank (settlers attack the olive harvest), Qatar (a
/// workers' brawl), Saudi Arabia (a clash with smugglers), Somalia (a livestock market
/// bombed), Turkey (a train collision) and the UAE (hikers fall)), written blind by a helper at
/// the end of the twenty-eighth session, in parallel with blind121, and scored once, at
/// 3987354 (the session's final rules), with no rule changed for it: P 0.98, R 0.92, F1 0.95,
/// strict 0.76: with blind121's, the estimate for unseen text then (README). Its misses were
/// read in the twenty-ninth session, while rules were written for those of blind121, blind123
/// and blind124: a regression set since; the thresholds hold the level reached, less 0.01.
#[test]
fn blind122_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind122", "0.97", "0.81");
}

/// Blind set 123 (14 articles, 4 December 2026: Algeria (the army's weekly toll), Egypt (a
/// ferry capsizes), Iraq (a truck hits Arbaeen pilgrims), Jordan (celebratory gunfire), Lebanon
/// (a bakery's gas explodes), Libya (armed clashes in Janzour), Mali (a fuel convoy ambushed),
/// Morocco (a police officer draws his gun), Pakistan (a police station attacked), Sudan (a
/// village attacked), Syria (a landmine in the desert), Tunisia (a stadium riot), Ukraine (a
/// missile hits a building) and Yemen (a camp struck)), written blind by a helper at the start
/// of the twenty-ninth session, in parallel with blind124, and scored once, at a980990 (the
/// twenty-eighth session's final rules), before any rule was changed for it: P 0.97, R 0.93,
/// F1 0.95, strict 0.77. Rules were then written for its misses (corrections headed «تصحيح:»,
/// «any other numbers», kin, accomplices, «جاء في بيان»): a regression set; the thresholds hold
/// the level reached, less 0.01.
#[test]
fn blind123_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind123", "0.96", "0.85");
}

/// Blind set 124 (14 articles, 4 December 2026: Bahrain (a protest dispersed), Bangladesh
/// (garment workers' wage protest), Colombia (a drone attack on a police station), the Comoros
/// (a school wall collapses), Gaza (the navy fires on fishermen), Iran (a police station
/// attacked), Kuwait (a building fire), Mauritania (clashes over demolitions), Oman (a dhow
/// fire), Qatar (a drifting show runs over spectators), Saudi Arabia (an exchange of fire in a
/// raid), Somalia (a stampede at a food distribution), Turkey (raids on Islamic State cells)
/// and the UAE (a funfair ride fails)), written blind by a helper at the start of the
/// twenty-ninth session, in parallel with blind123, and scored once, at a980990 (the
/// twenty-eighth session's final rules), before any rule was changed for it: P 0.97, R 0.94,
/// F1 0.96, strict 0.80. Rules were then written for its misses (a speaker who goes on, a
/// participle's object, a unit's members): a regression set; the thresholds hold the level
/// reached, less 0.01.
#[test]
fn blind124_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind124", "0.96", "0.91");
}

/// Blind set 125 (14 articles, 4 December 2026: Algeria (a bus and a truck collide), Brazil (a
/// police operation in Rio), Egypt (a building collapses), Ethiopia (clashes in Gondar), India
/// (toxic liquor), Iraq (a hospital fire), Jordan (an unemployment protest), Lebanon (a prison
/// riot), Libya (a migrant boat capsizes), Morocco (a house collapses in Fes), Sudan (a market
/// shelled), Syria (an ambush and a security campaign), Tunisia (a phosphate sit-in's clashes)
/// and Yemen (a tribal clash at a checkpoint)), written blind by a helper at the end of the
/// twenty-ninth session, in parallel with blind126, after the session's last rule was
/// committed, and scored once, at 2d6e723 (the session's final rules), with no rule changed for
/// it: P 0.96, R 0.93, F1 0.94, strict 0.82: with blind126's, the estimate for unseen text
/// then (README). Its misses were read afterwards, while rules were written for blind126's: a
/// regression set since; the thresholds hold the level reached, less 0.01.
#[test]
fn blind125_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind125", "0.96", "0.90");
}

/// Blind set 126 (14 articles, 4 December 2026: Bahrain (a car rams a checkpoint), the Comoros
/// (a wedding tent's electrocution), Iran (a coal mine explodes), Jenin (the security forces
/// clash with gunmen), Kenya (fuel levy protests), Kuwait (a prison riot), Mauritania (herders
/// and farmers clash), Oman (a quarry's rockslide), the Philippines (a market bombed), Qatar (a
/// gas cylinder explodes), Saudi Arabia (a chlorine leak), Somalia (a roadside bomb), Turkey (a
/// balloon's hard landing) and the UAE (a fraud gang raided)), written blind by a helper at the
/// end of the twenty-ninth session, in parallel with blind125, and scored once, at 2d6e723 (the
/// session's final rules), with no rule changed for it: P 0.97, R 0.95, F1 0.96, strict 0.83:
/// with blind125's, the estimate for unseen text then (README). Rules were then written for its
/// misses (tourists, residents, a subject before a quoted verb): a regression set; the
/// thresholds hold the level reached, less 0.01.
#[test]
fn blind126_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind126", "0.97", "0.87");
}

/// Blind set 127 (14 articles, 4 December 2026: Algeria (a concert crowd crush), Egypt
/// (scorpion stings after a storm), Iraq (truffle hunters attacked), Jordan (drug smugglers
/// clash at the border), Lebanon (clashes in a camp), Libya (armed clashes in Janzour), Morocco
/// (a terror cell dismantled), Myanmar (a monastery struck from the air), Niger (an army post
/// attacked), Peru (an attack in a gold mine's tunnel), Sudan (tribal clashes and a curfew),
/// Syria (a car bomb at a bakery), Tunisia (a knife attack in a market) and Yemen (a camp
/// struck)), written blind by a helper at the end of the twenty-ninth session, in parallel with
/// blind128, after the session's last rule was committed, and scored once, at 0a9c6eb (the
/// session's final rules), with no rule changed for it: P 0.99, R 0.96, F1 0.97, strict 0.74:
/// with blind128's, the estimate for unseen text then (README). No rule has been written for
/// it; the thresholds hold its first score, less 0.01.
#[test]
fn blind127_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind127", "0.96", "0.73");
}

/// Blind set 128 (14 articles, 4 December 2026: Bahrain (a stabbing in a souq), the Comoros
/// (clashes at a stadium), the DR Congo (a village massacre), Iran (a petrochemical complex
/// explodes), Kuwait (a refinery unit's fire), Mauritania (gold miners clash with gendarmes),
/// Oman (lightning strikes a campsite), the West Bank (an army raid), Qatar (a fall from a work
/// platform), Saudi Arabia (a pile-up in a dust storm), Somalia (clan clashes), South Africa (a
/// tavern shooting), Turkey (a family feud's shoot-out) and the UAE (a lighting rig collapses)),
/// written blind by a helper at the end of the twenty-ninth session, in parallel with
/// blind127, and scored once, at 0a9c6eb (the session's final rules), with no rule changed for
/// it: P 1.00, R 0.90, F1 0.95, strict 0.79: with blind127's, the estimate for unseen text
/// then (README). Its misses were read in the thirtieth session, which wrote two rules from
/// them (a past year's event kept apart in the dedup, «تابع» before «لـ» no verb of saying): a
/// regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind128_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind128", "0.97", "0.84");
}

/// Blind set 129 (14 articles, 4 December 2026: Algeria (a cable car's cabin), Egypt (a shark
/// attack), Ethiopia (a militia raids a prison), Haiti (a gang attack), Iraq (an army post
/// attacked), Jordan (celebratory gunfire after exam results), Lebanon (an amusement ride),
/// Libya (a plane runs off a runway), Morocco (stray dogs bite villagers), Pakistan (a police
/// station attacked), Sudan (villages attacked), Syria (a security sweep of a camp), Tunisia
/// (night riots and arrests) and Yemen (a landmine kills child shepherds)), written blind by a
/// helper in the thirtieth session, in parallel with blind130, while the session's first two
/// rules were written, and scored once, at 7cd139d (those rules, committed after it arrived and
/// before it was scored), with no rule changed for it: P 0.96, R 0.92, F1 0.94, strict 0.70:
/// with blind130's, the estimate for unseen text then (README). Rules were then written for its
/// misses (a side's lost men, one by a noun the table does not know, «بحضور المئات», parts
/// joined to parts): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind129_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind129", "0.97", "0.80");
}

/// Blind set 130 (14 articles, 4 December 2026: Bahrain (drug network raids), Bangladesh
/// (garment workers' wage protests), Djibouti (a minibus at a railway crossing), Iran (a police
/// station attacked), Kuwait (desert buggy accidents), Mali (a market struck by a drone),
/// Mauritania (water protests), Oman (camels on a road), Gaza (an unexploded shell), Qatar (a
/// mall escalator), Saudi Arabia (a shoot-out with wanted men), Somalia (mortars on a market),
/// Turkey (a cable car cabin falls) and the UAE (rip current drownings)), written blind by a
/// helper in the thirtieth session, in parallel with blind129, and scored once, at 7cd139d,
/// with no rule changed for it: P 0.95, R 0.93, F1 0.94, strict 0.79: with blind129's, the
/// estimate for unseen text then (README). Rules were then written for its misses («المسؤول
/// نفسه», an account of deaths denied, «وصف ذلك بأنه عارٍ من الصحة», mourners, one held by his
/// post and others): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind130_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind130", "0.97", "0.90");
}

/// Blind set 131 (14 articles, 4 December 2026: Afghanistan (a suicide bombing at a ministry's
/// gate), Algeria (the army's weekly toll), Colombia (clashes between armed groups), Egypt (a
/// hot-air balloon crash), Iraq (a sticky bomb on an official's car), Jordan (a mall lift
/// falls), Lebanon (refugees freeze in a snowstorm), Libya (a bank robbery's shoot-out),
/// Morocco (a tram and a bus collide), Nigeria (rice farmers massacred), Sudan (a mosque
/// shelled at dawn), Syria (a kidnapping gang raided), Tunisia (farm workers' truck overturns)
/// and Yemen (tribal clashes at an oilfield)), written blind by a helper at the end of the
/// thirtieth session, in parallel with blind132, and scored once, at f3e6d10 (the session's
/// rules when it arrived), with no rule changed for it: P 0.96, R 0.88, F1 0.92, strict 0.63:
/// with blind132's, the estimate for unseen text then (README). Rules were then written for its
/// misses (one by a noun the table does not know in more shapes): a regression set since, its
/// thresholds the level reached, less 0.01.
#[test]
fn blind131_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind131", "0.96", "0.73");
}

/// Blind set 132 (14 articles, 4 December 2026: Bahrain (a trafficking ring raided), the
/// Comoros (a tropical cyclone), India (clashes at a procession), Iran (a school hostage
/// siege), Kenya (a landslide), Kuwait (overdose deaths), Mauritania (a cash-van robbery), Oman
/// (cyclists hit and run), the West Bank (settlers attack olive pickers), Qatar (a rally car
/// hits spectators), Saudi Arabia (the anti-corruption body's monthly arrests), Somalia (an
/// ammunition depot explodes), Turkey (a hot-air balloon crash) and the UAE (a lift falls in a
/// tower)), written blind by a helper at the end of the thirtieth session, in parallel with
/// blind131, and scored once, at f3e6d10, with no rule changed for it: P 0.94, R 0.87, F1 0.90,
/// strict 0.75: with blind131's, the estimate for unseen text then (README). Rules were then
/// written for its misses («لقي عاملا صيانة مصرعهما», «اعتقلت شقيق المسلح واثنين»): a
/// regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind132_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind132", "0.96", "0.85");
}

/// Blind set 133 (14 articles, 4 December 2026: Algeria (a stadium riot), Chad (herders and
/// farmers clash), Egypt (a shoot-out at a criminals' hideout), Iraq (celebratory gunfire at a
/// wedding), Jordan (stray dogs attack), Lebanon (a shooting on election day), Libya (armed
/// groups clash), Mexico (a gun attack on a bar), Morocco (a terror cell dismantled), Pakistan
/// (a polio team attacked), Sudan (a village raided), Syria (truffle hunters attacked), Tunisia
/// (clashes at migrants' camps) and Yemen (the Houthis' abductions of teachers)), written blind
/// by a helper at the end of the thirtieth session, in parallel with blind134, and scored once,
/// at e5290fe (the session's final rules), with no rule changed for it: P 0.96, R 0.88, F1
/// 0.92, strict 0.72: with blind134's, the estimate for unseen text then (README). Rules were
/// then written for its misses (one of those arrested hurt, «فيما أصيب أحدهم»): a regression
/// set since, its thresholds the level reached, less 0.01.
#[test]
fn blind133_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind133", "0.96", "0.83");
}

/// Blind set 134 (14 articles, 4 December 2026: Bahrain (dawn raids and arrests), Djibouti
/// (electrocution by a power cable), Ethiopia (a grenade at a festival), Iran (a pile-up in
/// fog), Kuwait (a chlorine leak at a pool), Mauritania (herders clash at a well), Oman
/// (lightning strikes shepherds), Gaza (shooting at aid trucks), the Philippines (a volcano
/// erupts), Qatar (a funfair ride), Saudi Arabia (celebratory gunfire at a wedding), Somalia (a
/// hotel siege), Turkey (riots against Syrians) and the UAE (a jet-ski collision)), written
/// blind by a helper at the end of the thirtieth session, in parallel with blind133, and scored
/// once, at e5290fe, with no rule changed for it: P 0.99, R 0.92, F1 0.95, strict 0.79: with
/// blind133's, the estimate for unseen text then (README). Rules were then written for its
/// misses («أن مصوراً ... قُتل»): a regression set since, its thresholds the level reached, less
/// 0.01.
#[test]
fn blind134_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind134", "0.98", "0.85");
}

/// Blind set 135 (14 articles, 4 December 2026: Algeria (the civil protection's weekly road
/// toll), Brazil (a police operation in a favela), Egypt (a train derails), Iraq (a truck rams
/// pilgrims), Jordan (a tractor overturns on farm workers), Lebanon (a depositor holds up a
/// bank), Libya (Egyptian workers kidnapped), Morocco (an accident at a tbourida show), Myanmar
/// (an air strike on a monastery), Niger (a jihadist attack on an army post), Sudan (volunteers
/// of an emergency room arrested), Syria (a mass grave), Tunisia (a knife attack at a police
/// station) and Yemen (a fuel tanker explodes)), written blind by a helper in the thirty-first
/// session, in parallel with blind136, and scored once, at 10f1489 (the session's rules when it
/// arrived), with no rule changed for it: P 0.95, R 0.87, F1 0.91, strict 0.68: with
/// blind136's, the estimate for unseen text then (README). Rules were then written for its
/// misses («اعتقلت السائق ومعاونه», «أن "حارس الفرع أصيب"», «توفي صباح اليوم الثلاثاء عون
/// أمن»): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind135_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind135", "0.95", "0.82");
}

/// Blind set 136 (14 articles, 4 December 2026: Bahrain (a bee swarm at a school), the Comoros
/// (a coup plot's arrests), the DR Congo (an attack on a church vigil), Gaza (unexploded
/// ordnance kills children), Indonesia (road workers attacked in Papua), Iran (an attack on a
/// police station), Kuwait (quad bikes at a camp), Mauritania (an ore train hits a truck), Oman
/// (a bull butts spectators), Qatar (a phone-scam gang), Saudi Arabia (baboons attack), Somalia
/// (mortars on an airport compound), Turkey (an avalanche buries road workers) and the UAE (a
/// drifting car hits spectators)), written blind by a helper in the thirty-first session, in
/// parallel with blind135, and scored once, at 10f1489, with no rule changed for it: P 0.99, R
/// 0.93, F1 0.96, strict 0.80: with blind135's, the estimate for unseen text then (README).
/// Rules were then written for its misses («أن "طالبة فارقت الحياة"», «مستشفيي ... استقبلا 21
/// حالة»): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind136_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind136", "0.97", "0.85");
}

/// Blind set 137 (14 articles, 4 December 2026: Algeria (a death at an illegal cosmetic
/// clinic), Burkina Faso (journalists of a convoy arrested), Egypt (a vendetta ambush), Haiti
/// (lynchings by vigilantes), Iraq (an exchange shop robbed), Jordan (a scaffold falls), Lebanon
/// (the hunting season's accidents), Libya (a highway robbery gang), Morocco (an explosion on a
/// film set), Sudan (executions in the field), Syria (a security sweep of a camp), Tunisia (a
/// cocaine network's arrests), Ukraine (a missile strike on a factory) and Yemen (an imam
/// assassinated)), written blind by a helper at the end of the thirty-first session, in
/// parallel with blind138, and scored once, at e3680e8 (the session's final rules), with no
/// rule changed for it: P 0.98, R 0.85, F1 0.91, strict 0.71: with blind138's, the estimate for
/// unseen text then (README). Rules were then written for its misses («بمقتل حارس», «أصيب فيها
/// موظفان»): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind137_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind137", "0.93", "0.76");
}

/// Blind set 138 (14 articles, 4 December 2026: Bahrain (chemical burns at an unlicensed
/// salon), Djibouti (an attack on a road camp), Iran (an emergency helicopter crashes), Kuwait (a
/// police chase ends in a crash), Mauritania (gold prospectors clash with gendarmes), Mozambique
/// (an insurgent attack), Oman (a container falls on port workers), Qatar (e-scooter crashes),
/// Saudi Arabia (a water tank bursts), Somalia (a suicide bombing at a recruitment centre), Sri
/// Lanka (fishermen arrested by the navy), Turkey (a school shooting), the UAE (an ammonia leak
/// at a cold store) and the West Bank (settlers attack a village)), written blind by a helper at
/// the end of the thirty-first session, in parallel with blind137, and scored once, at e3680e8,
/// with no rule changed for it: P 0.96, R 0.91, F1 0.93, strict 0.68: with blind137's, the
/// estimate for unseen text then (README). Rules were then written for its misses («أوقفت
/// مشغّل الرافعة ومشرف الوردية لاستكمال ...», «وفنيَّين اثنين», «أن «جميع ركاب المروحية
/// الخمسة» لقوا حتفهم»): a regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind138_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind138", "0.95", "0.75");
}

/// Blind set 139 (14 articles, 4 December 2026: Algeria (the army's weekly operations), Cameroon
/// (separatists attack a market), Ecuador (gunmen in a billiards hall), Egypt (a quarry's
/// dynamite blast), Iraq (a bomb on an army patrol), Jordan (smugglers cross the border),
/// Lebanon (accidents on the ski slopes), Libya (an escape from a migrant detention centre),
/// Morocco (a mass crossing attempt at Ceuta), Sudan (a teaching hospital shelled), Syria
/// (gunmen attack a checkpoint), Thailand (the Songkran road toll), Tunisia (terrorists killed in
/// the mountains) and Yemen (a shooting over a qat market's tax)), written blind by a helper at
/// the end of the thirty-first session, in parallel with blind140, and scored once, at d62dee2
/// (the session's final rules), with no rule changed for it: P 0.94, R 0.94, F1 0.94, strict
/// 0.63: with blind140's, the estimate for unseen text of its day. The thirty-second session's
/// rules were then written for misses of every set, its own among them («قتل بائع قات»): P
/// 0.94, R 0.97, F1 0.95, strict 0.65. A regression set since, its thresholds the level
/// reached, less 0.01.
#[test]
fn blind139_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind139", "0.96", "0.71");
}

/// Blind set 140 (14 articles, 4 December 2026: Bahrain (unrest in a prison building), the
/// Comoros (a protest over power cuts), Gaza (police fight an aid-looting gang), Iran (a clan
/// gunfight over irrigation water), Kuwait (hospital staff assaulted), Mauritania (a passenger
/// truck overturns), Nepal (a jeep plunges into a river), Oman (a truck's brakes fail), Qatar
/// (strong winds bring down a hoarding), Saudi Arabia (the anti-corruption body's monthly
/// arrests), Somalia (an assault on an army base), South Sudan (the army and the White Army
/// clash), Turkey (a chemical reactor explodes) and the UAE (a dune-bashing car rolls over)),
/// written blind by a helper at the end of the thirty-first session, in parallel with blind139,
/// and scored once, at d62dee2, with no rule changed for it: P 0.95, R 0.91, F1 0.93, strict
/// 0.78: with blind139's, the estimate for unseen text of its day. The thirty-second session's
/// rules were then written for misses of every set, its own among them («أوقفت سائق الشاحنة»,
/// «وفاة ممرض متأثراً بإصابته»): P 0.96, R 0.97, F1 0.96, strict 0.82. A regression set since,
/// its thresholds the level reached, less 0.01.
#[test]
fn blind140_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind140", "0.97", "0.86");
}

/// Blind set 141 (14 articles, 4 December 2026: Algeria (a protest over a housing list),
/// Brazil (an attack on Guarani-Kaiowá land), Egypt (a metro escalator), Iraq (football fans
/// clash at a stadium), Jordan (a protest at an exam hall), Lebanon (clashes at polling
/// stations), Libya (an oilfield sit-in dispersed), Morocco (an accident at a tbourida
/// moussem), Nigeria (an Ashura procession and the police), Pakistan (a polio team attacked),
/// Sudan (detainees' deaths in custody), Syria (a car bomb at a transport garage), Tunisia (a
/// ferry ramp gives way) and Yemen (arrests around a celebration)), written blind by a helper
/// in the thirty-second session, in parallel with blind142, commissioned at f8f0ede and scored
/// once, at a50c6d1 (the session's final rules), with no rule changed for it: P 0.95, R 0.96,
/// F1 0.95, strict 0.76: with blind142's, the estimate for unseen text of its day. The session's
/// last rules were then written for misses of it and of other sets («بالاحتفاظ بربان البطاح
/// والعون», «أماً لثلاثة أطفال», «7 محتجزين على الأقل توفوا»): P 0.97, R 0.97, F1 0.97, strict
/// 0.79. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind141_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind141", "0.96", "0.89");
}

/// Blind set 142 (14 articles, 4 December 2026: Afghanistan (a border clash with Pakistan),
/// Bahrain (an unlicensed car show runs over spectators), Chad (a students' protest over
/// grants), Djibouti (clashes over demolitions), India (polling-day violence), Kuwait
/// (football fans clash), Mauritania (a sit-in of jobless youths dispersed), Oman (a ferry
/// ramp gives way), the West Bank (a weekly march), the Philippines (a fraternity hazing),
/// Qatar (a metro escalator), Saudi Arabia (a raid on a farm hideout), Somalia (a hijacked
/// dhow freed) and the UAE (a raid on a fraud call centre)), written blind by a helper in the
/// thirty-second session, in parallel with blind141, commissioned at f8f0ede and scored once,
/// at a50c6d1, with no rule changed for it: P 0.98, R 0.96, F1 0.97, strict 0.76: with
/// blind141's, the estimate for unseen text of its day. The session's last rules were then
/// written for misses of it and of other sets («من 212 ضحية»): P 0.99, R 0.96, F1 0.97, strict
/// 0.77. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind142_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind142", "0.98", "0.79");
}

/// Blind set 143 (14 articles, 4 December 2026: Algeria (a weekend of drownings), Egypt (a
/// factory boiler explodes), Ethiopia (gunmen attack a village), Indonesia (hikers caught in a
/// storm on Rinjani), Iran (methane in a coal mine), Iraq (rockets on a district of Baghdad),
/// Jordan (a snowstorm), Lebanon (residents confront a UNIFIL patrol), Libya (migrants dead of
/// thirst in the desert), Morocco (newborn deaths in a hospital), Sudan (hunger deaths in a
/// besieged city), Syria (an incursion into a village), Tunisia (a shooting on a boar hunt)
/// and Yemen (a cholera outbreak)), written blind by a helper at the end of the thirty-second
/// session, in parallel with blind144, commissioned after the session's last rule (a03f6c3)
/// and scored once on it, with no rule changed for it: P 0.98, R 0.95, F1 0.96, strict 0.80:
/// with blind144's, the estimate for unseen text of its day. The thirty-third session's rules,
/// written for the misses of many sets (this one's read among them), raised it to strict 0.81. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind143_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind143", "0.96", "0.84");
}

/// Blind set 144 (14 articles, 4 December 2026: Bahrain (molten metal at a smelter),
/// Bangladesh (garment workers' protest over wages), Colombia (clashes over coca eradication),
/// the Comoros (villages clash over land), Kenya (elderly people lynched as witches), Kuwait
/// (a dust storm's road accidents), Mauritania (a sweep for irregular migrants), Oman
/// (drownings in the khareef sea), Gaza (aid pallets dropped from the air), Qatar (a camel
/// race's support cars collide), Saudi Arabia (a rally car hits spectators), Somalia (a judge
/// assassinated), Turkey (May Day detentions at Taksim) and the UAE (a window-cleaning cradle
/// falls)), written blind by a helper at the end of the thirty-second session, in parallel
/// with blind143, commissioned after a03f6c3 and scored once on it, with no rule changed for
/// it: P 0.94, R 0.93, F1 0.93, strict 0.77: with blind143's, the estimate for unseen text of
/// its day. The thirty-third session's rules (for this set's misses among others) raised it to
/// F1 0.94, strict 0.80. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind144_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind144", "0.93", "0.80");
}

/// Blind set 145 (14 articles, 4 December 2026: Algeria (scalding at a hot-spring bath), Egypt
/// (injuries while slaughtering Eid sacrifices), Ethiopia (an airliner's turbulence), Indonesia
/// (a loudspeaker tower falls on a carnival crowd), Iran (poachers shoot park rangers), Iraq
/// (exam questions leaked), Jordan (falls in the olive harvest), Lebanon (depositors storm
/// banks), Libya (a shooting in a fuel queue), Morocco (taxi drivers clash with ride-hailing
/// drivers), Sudan (a crackdown on currency dealers), Syria (dynamite fishing), Tunisia
/// (protests at a landfill) and Yemen (fishermen seized by Eritrea's navy)), written blind by a
/// helper in the thirty-third session, in parallel with blind146, commissioned at 3120556 and
/// scored once, on it and on 87972ce (the rules when it arrived), with no rule changed for it:
/// both P 0.92, R 0.93, F1 0.93, strict 0.82. The session's later rules were written for its
/// misses among others («اعتقال منظم الكرنفال ومالك نظام الصوت وسائق الشاحنة», «وفاة أحد
/// سائقي التطبيقات», «6 صيادين ... قتلوا 4 وعول»): P 0.98, R 0.96, F1 0.97, strict 0.89. A
/// regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind145_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind145", "0.97", "0.89");
}

/// Blind set 146 (14 articles, 4 December 2026: Bahrain (a pearl-diving trip), Bangladesh (a
/// shipbreaking yard), Colombia (a gang war in Buenaventura), the Comoros (pilgrims' deaths
/// at the Hajj, and fraud arrests), Gaza (tank fire on a family's car), Kenya (hawkers clash
/// with county officers), Kuwait (an unlicensed cosmetic clinic), Mauritania (a child's death
/// in a slavery case), Oman (a drilling rig), Qatar (an airliner's turbulence), Saudi Arabia
/// (a shooting at a car showroom), Somalia (a police raid on a radio station), Turkey (injuries
/// while slaughtering Eid sacrifices) and the UAE (two ships collide)), written blind by a
/// helper in the thirty-third session, in parallel with blind145, commissioned at 3120556 and
/// scored once, on it and on 87972ce, with no rule changed for it: both P 0.97, R 0.90, F1
/// 0.93, strict 0.79. The session's later rules were written for its misses among others
/// («احتجاز ربانَي السفينتين», «"طفلتين" فارقتا الحياة», «إن بائعاً متجولاً قُتل»): P 0.97, R
/// 0.94, F1 0.95, strict 0.85. A regression set since, its thresholds the level reached, less
/// 0.01.
#[test]
fn blind146_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind146", "0.94", "0.85");
}

/// Blind set 147 (14 articles, 4 December 2026: Algeria (protests over drinking water), Egypt
/// (an aborted take-off and evacuation by slides), Ethiopia (roundups for forced
/// conscription), Indonesia (a giant tree falls on tourists), Iran (a clash over hijab
/// enforcement in the metro), Iraq (a hospital's oxygen supply fails), Jordan (a live-fire
/// training accident), Lebanon (arrests of suspected spies), Libya (an attack on a Great
/// Man-Made River station), Morocco (scaffolding collapses at a stadium site), Sudan (a raid on
/// a volunteers' kitchen), Syria (an organ-trafficking ring), Tunisia (a parasailing rope
/// snaps) and Yemen (a smuggled, contaminated antibiotic)), written blind by a helper at the
/// end of the thirty-third session, in parallel with blind148, commissioned after the
/// session's last rule (b3ab359) and scored once on it, with no rule changed for it: P 0.99, R
/// 0.92, F1 0.95, strict 0.80: with blind148's, the estimate for unseen text until blind151
/// and blind152. The thirty-fourth session's rules were written for its misses among others
/// («أوقف الأمن العام مواطناً», «بالاحتفاظ بصاحب المركب وقائده», «عن وفاة راكبة مسنة»): P
/// 0.99, R 0.98, F1 0.98, strict 0.88. A regression set since, its thresholds the level
/// reached, less 0.01.
#[test]
fn blind147_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind147", "0.98", "0.88");
}

/// Blind set 148 (14 articles, 4 December 2026: Bahrain (arrests for sectarian posts),
/// Bangladesh (factions clash at a religious gathering), Colombia (a truckers' strike over
/// diesel), the Comoros (a tropical cyclone), Gaza (a cold wave in the tents), Kenya (a pupil
/// dies of corporal punishment), Kuwait (a school laboratory explodes), Mauritania (riders fall
/// from the iron-ore train), Oman (cars hit stray camels), Qatar (a mooring line snaps back at
/// the port), Saudi Arabia (a car crashes into a café's terrace), Somalia (an armoured vehicle
/// hits a minibus), Turkey (paragliding accidents) and the UAE (a powerboat race crash)),
/// written blind by a helper at the end of the thirty-third session, in parallel with
/// blind147, commissioned after b3ab359 and scored once on it, with no rule changed for it: P
/// 0.96, R 0.94, F1 0.95, strict 0.81: with blind147's, the estimate for unseen text until
/// blind151 and blind152. The thirty-fourth session's rules were written for its misses among
/// others («٧ طلاب ومعلماً», «بالقبض على ربان السفينة وضابط أول»): P 0.97, R 0.96, F1 0.96,
/// strict 0.84. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind148_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind148", "0.95", "0.83");
}

/// Blind set 149 (14 articles, 5 December 2026: Algeria (an earthquake), Egypt (a shark
/// attack), Iraq (a fairground ride fails at Eid), Jordan (workers electrocuted putting up a
/// billboard), Lebanon (cable-car cabins collide), Libya (an ammunition depot explodes),
/// Morocco (a knife attack on passers-by), Nigeria (cult clashes), Pakistan (kite-string deaths
/// and a crackdown on sellers), the Philippines (a volcano erupts), Sudan (a gold-mine shaft
/// collapses), Syria (a kidnapping-for-ransom gang), Tunisia (scorpion stings) and Yemen
/// (lightning strikes)), written blind by a helper at the start of the thirty-fourth session,
/// in parallel with blind150, commissioned at cd9a982 and scored once on it and on the rules
/// when it arrived (dcaa597), with no rule changed for it: P 0.99, R 0.95, F1 0.97, strict
/// 0.78: with blind150's, the estimate for unseen text at the session's start (README). The
/// session's later rules were written for its misses among others («بحبس آمر المخزن واثنين من
/// مساعديه», «وفاة راكبة سبعينية»): P 1.00, R 0.97, F1 0.98, strict 0.81. A regression set
/// since, its thresholds the level reached, less 0.01.
#[test]
fn blind149_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind149", "0.97", "0.81");
}

/// Blind set 150 (14 articles, 5 December 2026: Afghanistan (an earthquake), Bahrain (a gas
/// cylinder explodes in a restaurant), Brazil (a mine-waste dam bursts), the Comoros
/// (landslides), Gaza (meningitis in the camps), India (lightning deaths), Kuwait (stray dogs
/// attack), Mali (a gold-mine collapse), Mauritania (armed robberies and a police campaign),
/// Oman (a pile-up in fog), Qatar (e-scooter accidents), Saudi Arabia (a fairground ride fails
/// at Eid), Somalia (a hotel siege) and the UAE (Ramadan arrests of beggars)), written blind by
/// a helper at the start of the thirty-fourth session, in parallel with blind149, commissioned
/// at cd9a982 and scored once on it and on the rules when it arrived (bc56e33), with no rule
/// changed for it: P 1.00, R 0.97, F1 0.98, strict 0.83: with blind149's, the estimate for
/// unseen text at the session's start (README). The session's later rules were written for its
/// misses among others («إيقاف مشغّل اللعبة ومسؤولَين», «لن يقل عن 60 شخصاً»): P 1.00, R 1.00,
/// F1 1.00, strict 0.85. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind150_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind150", "0.99", "0.84");
}

/// Blind set 151 (14 articles, 5 December 2026: Algeria (clashes at a shale-gas drilling
/// protest), Egypt (a tunnel collapses on an illegal antiquities dig), Iran (raids on the Baha'i
/// community), Iraq (jobless graduates clash at an oil field), Jordan (gunfire in a campaign
/// against illegal wells), Kenya (elephants attack villagers), Lebanon (a lift plunges in a
/// block of flats), Libya (cable thieves attack a power crew), Morocco (a tower crane
/// collapses), Niger (an attack on a pipeline's pumping station), Sudan (displaced women
/// attacked gathering firewood), Syria (primitive oil refineries explode), Tunisia (fuel
/// smugglers ram a customs patrol) and Yemen (an attack on a bulk carrier's crew)), written
/// blind by a helper in the thirty-fourth session, in parallel with blind152, commissioned at
/// a5f62e5 and scored once, at cf493c4 (the session's final rules), with no rule changed for
/// it: P 0.97, R 0.94, F1 0.95, strict 0.83: with blind152's, the estimate for unseen text
/// until blind153 and blind154. The session's later rules were written for its misses among
/// others («صاحب شركة الصيانة المسؤولة عن المصعد ورئيس لجنة المبنى», «استشهاد أحد مرتبات قوات
/// الدرك»): P 0.99, R 0.98, F1 0.98, strict 0.92. A regression set since, its thresholds the
/// level reached, less 0.01.
#[test]
fn blind151_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind151", "0.97", "0.91");
}

/// Blind set 152 (14 articles, 5 December 2026: Bahrain (delivery riders' deaths), Chad
/// (celebratory gunfire at a wedding), the Comoros (dengue), Gaza (patients die while medical
/// evacuation is suspended), Kuwait (quad-bike accidents in the spring camps), Mauritania
/// (protests against fishmeal factories), Mexico (clandestine graves), Myanmar (wild elephants
/// attack villages), Oman (a bull charges the crowd at a bull-butting arena), Qatar (a lift
/// falls in a tower), Saudi Arabia (a tower crane collapses), Somalia (a suicide bombing at a
/// recruitment centre), Turkey (detentions at protests after a mayor's arrest) and the UAE
/// (jet-ski accidents)), written blind by a helper in the thirty-fourth session, in parallel
/// with blind151, commissioned at a5f62e5 and scored once, at cf493c4, with no rule changed for
/// it: P 0.98, R 0.98, F1 0.98, strict 0.88: with blind151's, the estimate for unseen text
/// until blind153 and blind154. The session's later rules were written for its misses among
/// others («وفاة سائق دراجة توصيل», «حبس 14 من المحتجزين»): P 0.98, R 1.00, F1 0.99, strict
/// 0.91. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind152_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind152", "0.97", "0.89");
}

/// Blind set 153 (14 articles, 5 December 2026: Algeria (clashes with sand looters), Egypt (a
/// circus lion's attack), Ethiopia (a grenade thrown into a bar), Indonesia (a shootout at a
/// cockfighting raid), Iraq (Crimean-Congo fever, and butchers arrested), Jordan (a Dead Sea
/// sinkhole), Lebanon (faction clashes in Ain al-Hilweh camp), Libya (a grain silo explodes),
/// Morocco (student factions clash), Senegal (violence after a wrestling bout), Sudan (a sugar
/// factory's boiler explodes), Syria (heating stoves explode on adulterated diesel), Tunisia (a
/// footbridge collapses) and Yemen (diphtheria)), written blind by a helper at the end of the
/// thirty-fourth session, in parallel with blind154, commissioned at a398d31 and scored once,
/// at ce0ac0d (the session's final rules), with no rule changed for it: P 0.97, R 0.98, F1
/// 0.97, strict 0.76: with blind154's, the estimate for unseen text until blind155 and
/// blind156. The thirty-fifth session's rules were written for its misses among others
/// («متابعة 7 من الموقوفين في حالة اعتقال», «ضُبطت فيها 60 ذبيحة», «ونعت حركة "فتح" ...»): P
/// 0.99, R 0.99, F1 0.99, strict 0.81. A regression set since, its thresholds the level
/// reached, less 0.01.
#[test]
fn blind153_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind153", "0.97", "0.80");
}

/// Blind set 154 (14 articles, 5 December 2026: Bahrain (a ship topples in a dry dock),
/// Bangladesh (armed groups clash in the Rohingya camps), Colombia (a shooting at a campaign
/// rally), the Comoros (arrests over a coup plot), Gaza (shootings at the ceasefire's line),
/// Kuwait (a Bidoon protest), Mauritania (Crimean-Congo fever), Nigeria (transport unions'
/// factions clash), Oman (a grain silo explodes), Pakistan (an honour killing a tribal council
/// ordered), Qatar (an airport's boarding bridge collapses), Saudi Arabia (baboons attack),
/// Somalia (a blast in a bomb-making house) and the UAE (a synthetic-drug network and overdose
/// deaths)), written blind by a helper at the end of the thirty-fourth session, in parallel
/// with blind153, commissioned at a398d31 and scored once, at ce0ac0d, with no rule changed for
/// it: P 0.96, R 0.95, F1 0.95, strict 0.84: with blind153's, the estimate for unseen text
/// until blind155 and blind156. The thirty-fifth session's rules were written for its misses
/// among others («إن الزوجين قُتلا بالرصاص», «لقي مسن (71 عاماً) حتفه», «الإسعافات الأولية
/// لنحو 40 شخصاً», «وضبطت 3 مسدسات»): P 1.00, R 0.98, F1 0.99, strict 0.94. A regression set
/// since, its thresholds the level reached, less 0.01.
#[test]
fn blind154_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind154", "0.97", "0.92");
}

/// Blind set 155 (14 articles, 5 December 2026: Algeria (illegal beach-parasol renters stab a
/// bather), Egypt (a shooting at a courthouse after a death sentence), Ethiopia (hyenas attack
/// children), Indonesia (anthrax from a dead cow's meat), Iraq (an attempt to storm an
/// embassy), Jordan (horse carriages collide in Petra's Siq), Lebanon (attacks on Syrian
/// workers after a killing), Libya (a police chase ends in a crash and a shootout), Morocco
/// (maternal deaths after caesareans), Senegal (runners' deaths at a marathon), Sudan
/// (hepatitis E in displacement camps), Syria (typhoid), Tunisia (a self-immolation and night
/// protests) and Yemen (whooping cough)), written blind by a helper in the thirty-fifth
/// session, in parallel with blind156, commissioned at d414feb (the session's start) and
/// scored once, at 6028687 (the rules of the session's first half), with no rule changed for
/// it: P 0.95, R 0.94, F1 0.94, strict 0.73: with blind156's, the estimate for unseen text until
/// blind157 and blind158. The session's later rules were written for its misses among others
/// («فردوا عليه وأردوه قتيلا», «الإصابة بمرض الجمرة الخبيثة», «المتهم فيها 5 أشخاص», «في 2024
/// وفاة امرأتين», «أفاد "مركز وصول لحقوق الإنسان"»): P 0.99, R 0.95, F1 0.97, strict 0.79. A
/// regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind155_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind155", "0.95", "0.78");
}

/// Blind set 156 (14 articles, 5 December 2026: Bahrain (a mall's glass balustrade gives
/// way), Bangladesh (an acid attack on garment workers), Colombia (an armed group's armed
/// strike), the Comoros (a protest at an embassy over expulsions), Gaza (an aid flotilla
/// intercepted), Kuwait (a gas tank explodes in a scrapyard), Mauritania (a road protest and
/// clashes with the gendarmerie), Nigeria (Lassa fever), Oman (an inflatable blown away at a
/// festival), Pakistan (lawyers and police clash), Qatar (a water main bursts in a pressure
/// test), Saudi Arabia (a dismissed employee opens fire), Somalia (MPs' bodyguards exchange
/// fire) and the UAE (a car ploughs into cyclists)), written blind by a helper in the
/// thirty-fifth session, in parallel with blind155, commissioned at d414feb and scored once, at
/// 6028687, with no rule changed for it: P 0.99, R 0.96, F1 0.97, strict 0.77: with blind155's,
/// the estimate for unseen text until blind157 and blind158. The session's later rules were
/// written for its misses among others (KUNA's dateline, «بحبس المتهمَين ٢١ يوماً», «تعامل مع
/// 10 حالات», «9 قتلى بينهم 6 شرطيين» above the body's figure): P 0.99, R 0.99, F1 0.99,
/// strict 0.91. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind156_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind156", "0.97", "0.89");
}

/// Blind set 157 (14 articles, 5 December 2026: Algeria (a campaign against food speculation
/// before Ramadan), Egypt (an off-duty police sergeant shoots a café worker), Ethiopia (Marburg
/// virus), Indonesia (rebels attack bridge workers' camp), Iraq (attacks on restaurants of
/// American brands), Jordan (seasonal influenza deaths), Lebanon (a rafting boat capsizes),
/// Libya (a man shoots members of his family), Morocco (greenhouses collapse in the wind on farm
/// workers), Senegal (a sea swell destroys homes), Sudan (a malaria surge), Syria (a rabid
/// wolf), Tunisia (a pupil stabs his teacher) and Yemen (a grenade goes off in a qat session)),
/// written blind by a helper in the thirty-fifth session, in parallel with blind158,
/// commissioned at e760936 and scored once, at dea5503 (the session's final rules), with no rule
/// changed for it: P 0.98, R 0.85, F1 0.91, strict 0.72: with blind158's, the estimate for unseen
/// text until blind159 and blind160. The thirty-sixth session's rules were written for its
/// misses among others («ونعت لجنة الأطباء طبيبة امتياز توفيت», «مقتل بائع شاي برصاص أمين
/// شرطة», «القبض على معالج تقليدي واثنين من مساعديه», «بعد محاولة ... اعتقال شابة»): P 1.00,
/// R 0.95, F1 0.97, strict 0.84. A regression set since, its thresholds the level reached, less
/// 0.01.
#[test]
fn blind157_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind157", "0.96", "0.82");
}

/// Blind set 158 (14 articles, 5 December 2026: Bahrain (arrests of an arms-smuggling cell),
/// Bangladesh (Nipah virus from date-palm sap), Colombia (residents hold soldiers after a clash),
/// the Comoros (stranded Hajj pilgrims clash at the airport), Gaza (an explosive-laden armoured
/// carrier detonated near tents), Kuwait (a substation transformer explodes), Mauritania (gold
/// prospectors clash with the gendarmerie), Nigeria (police shoot a tricycle driver at a
/// checkpoint), Oman (a rabid fox bites villagers), Pakistan (passengers taken off buses and
/// shot), Qatar (a passenger attacks a plane's crew), Saudi Arabia (a shooting after a traffic
/// dispute), Somalia (a girl dies after FGM) and the UAE (a child falls from a window)), written
/// blind by a helper in the thirty-fifth session, in parallel with blind157, commissioned at
/// e760936 and scored once, at dea5503, with no rule changed for it: P 0.95, R 0.93, F1 0.94,
/// strict 0.70: with blind157's, the estimate for unseen text until blind159 and blind160. The
/// thirty-sixth session's rules were written for its misses among others («وفاة فني آسيوي يعمل
/// لدى», «تعرض 7 أشخاص لعضات ثعلب», «بين 40 و75 في المئة», «أوقفوا الحافلة»): P 0.98, R 0.96,
/// F1 0.97, strict 0.75. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind158_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind158", "0.95", "0.74");
}

/// Blind set 159 (14 articles, 5 December 2026: Algeria (a fake exorcist, a woman dies), Egypt
/// (a death in an unlicensed addiction clinic), Iraq (toy-gun eye injuries at Eid), Jordan (an
/// electrocution in a farm's swimming pool), Lebanon (a TV crew attacked), Libya (a plane skids
/// off the runway), Morocco (a wrong-way driver on the motorway), Niger (hippos attack rice
/// farmers), the Philippines (leptospirosis after floods), Sudan (chikungunya), Syria (deaths in
/// a dialysis unit), Tunisia (a carnival float runs into the crowd), Turkey (arrests in a
/// football betting probe) and Yemen (an imam shot dead)), written blind by a helper in the
/// thirty-sixth session, in parallel with blind160, commissioned at 39fe534 (the session's
/// start) and scored once, at e55bc3b (the rules of the session's first half), with no rule
/// changed for it: P 0.96, R 0.89, F1 0.92, strict 0.77 (the session's first rules give the same
/// line): with blind160's, the estimate for unseen text until blind161 and blind162. The
/// session's later rules were written for its misses among others («أوامر التوقيف شملت 35
/// شخصاً», «فيما نجا 7 آخرون», «توقيف زوج الضحية», «مسؤول الصيانة في القسم والمتعهد»): P 1.00,
/// R 0.95, F1 0.97, strict 0.86. A regression set since, its thresholds the level reached, less
/// 0.01.
#[test]
fn blind159_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind159", "0.96", "0.84");
}

/// Blind set 160 (14 articles, 5 December 2026: Afghanistan (a bomb at a cricket match),
/// Bahrain (sickle-cell patients' deaths), the Comoros (vanilla thieves attack field guards),
/// Gaza (naval fire on the displaced at the beach), Kenya (mpox on the truck corridor), Kuwait
/// (a truck tyre explodes at a repair shop), Malaysia (a crocodile kills a villager), Mauritania
/// (cocaine seized on a fishing boat), Oman (an explosion in a tourist dhow's engine room), Qatar
/// (hot meal bursts from a cement plant's preheater), Saudi Arabia (a woman dies in a ruqya
/// session), Somalia (journalists arrested and beaten), the UAE (an iftar cannon's barrel bursts)
/// and Venezuela (a drug plane shot down)), written blind by a
/// helper in the thirty-sixth session, in parallel with blind159, commissioned at 39fe534 and
/// scored once, at e55bc3b, with no rule changed for it: P 0.98, R 0.93, F1 0.95, strict 0.79
/// (the session's first rules give the same line): with blind159's, the estimate for unseen
/// text until blind161 and blind162. The session's later rules were written for its misses among
/// others («وأن ثلاثتهم قُتلوا», «يسقطون شهداء», «وفيات السائقين ... «لا تتجاوز 3»», «أن
/// عنصراً من خفر السواحل أصيب»): P 0.98, R 0.98, F1 0.98, strict 0.83. A regression set since,
/// its thresholds the level reached, less 0.01.
#[test]
fn blind160_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind160", "0.96", "0.81");
}

/// Blind set 161 (14 articles, 5 December 2026: Algeria (a goalpost falls on children), Chad
/// (clashes over a traditional chief's succession), Egypt (a train pelted with stones),
/// Indonesia (climbers fall on Mount Rinjani), Iraq (a bear attacks shepherds), Jordan (a child
/// falls into an open manhole), Lebanon (jets break the sound barrier, glass injures), Libya (a
/// shooting at a sports club's assembly), Morocco (a cave's iron ladder gives way), Sudan
/// (kala-azar), Syria (a Captagon lab explodes), Tanzania (plague), Tunisia (femicide tallies)
/// and Yemen (a house blown up with a family inside)), written blind by a helper in the
/// thirty-sixth session, in parallel with blind162, commissioned at 431f8ab and scored once, at
/// c85e4af (the session's final rules), with no rule changed for it: P 0.98, R 0.90, F1 0.94,
/// strict 0.77: with blind162's to blind164's, the estimate for unseen text until blind165 and
/// blind166. The thirty-seventh session's rules were written for its misses among others («رصدت 19
/// جريمة قتل», «بالاحتفاظ بالزوج وبشقيقه»): P 0.99, R 0.93, F1 0.96, strict 0.78. A regression set
/// since, its thresholds the level reached, less 0.01.
#[test]
fn blind161_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind161", "0.94", "0.76");
}

/// Blind set 162 (14 articles, 5 December 2026: Bahrain (a kart flies into spectators), the
/// Comoros (a motorcade vehicle hits the crowd), Gaza (fighters killed and arrested in Rafah's
/// tunnels, as the army claims), Kuwait (a water heater explodes in a home), Mauritania (young
/// women's deaths from fattening pills), Mexico (gunmen attack a wake), Oman (a fall in a cave
/// expedition), Pakistan (climbers die on K2), Qatar (a tower's glass panels fall in the wind),
/// Saudi Arabia (deaths after sleeve gastrectomies), Senegal (a horse bolts into spectators),
/// Somalia (friendly fire on an army convoy), the UAE (a container stack collapses on workers)
/// and Uganda (a protest over moving district offices)), written blind by a helper in the
/// thirty-sixth session, in parallel with blind161, commissioned at 431f8ab and scored once, at
/// c85e4af, with no rule changed for it: P 0.99, R 0.97, F1 0.98, strict 0.88: with blind161's,
/// blind163's and blind164's, the estimate for unseen text until blind165 and blind166. The
/// thirty-seventh session's rules were written for its misses among others («وفاة مستكشف كهوف
/// أوروبي», «بإيقاف الجراح المسؤول وطبيب التخدير»): P 0.99, R 0.99, F1 0.99, strict 0.89. A
/// regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind162_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind162", "0.97", "0.87");
}

/// Blind set 163 (14 articles, 5 December 2026: Afghanistan (gunmen attack foreign tourists),
/// Algeria (communal clashes), Brazil (homicides during a police strike), Egypt (a bitumen tank
/// explodes), Iraq (a shooting at a Ramadan mheibes game), Jordan (a graduation stage
/// collapses), Lebanon (solar batteries explode in a building), Libya (guards at an illegal
/// crypto-mining farm open fire), Morocco (eclipse retina burns, fake-glasses sellers held),
/// Nigeria (a "baby factory" raid), Sudan (yellow fever), Syria (gunmen fire on Nowruz
/// celebrants), Tunisia (a sextortion ring) and Yemen (a security officer assassinated)),
/// written blind by a helper in the thirty-sixth session, in parallel with blind164,
/// commissioned at 82228d9, after blind161 and blind162 were scored, to measure the same final
/// rules on more text, and scored once, at 79b7c57 (those rules), with no rule changed for it:
/// P 0.99, R 0.94, F1 0.96, strict 0.84: with blind161's, blind162's and blind164's, the
/// estimate for unseen text until blind165 and blind166. The thirty-seventh session's rules were
/// written for its misses among others («تسجيل 97 جريمة قتل»): P 0.99, R 0.98, F1 0.98, strict
/// 0.87. A regression set since, its thresholds the level reached, less 0.01.
#[test]
fn blind163_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind163", "0.97", "0.85");
}

/// Blind set 164 (14 articles, 5 December 2026: Bahrain (a yacht explodes while refuelling),
/// the Comoros (clashes at an opposition leader's funeral), Ethiopia (protests after a singer's
/// killing), Gaza (shelling of a tent school), Haiti (gang gunfire hits an airliner), India (a
/// Dahi Handi human pyramid falls), Kuwait (a man dies fleeing a gambling-den raid), Mauritania
/// (yellow fever, bloggers held), Oman (a trampoline park's platform collapses), the Philippines
/// (a water cannon hits a crew), Qatar (a restaurant aquarium bursts), Saudi Arabia (storage
/// racks collapse on workers), Somalia (an MP assassinated) and the UAE (a café balcony gives
/// way)), written blind by a helper in the thirty-sixth session, in parallel with blind163,
/// commissioned at 82228d9 and scored once, at 79b7c57, with no rule changed for it: P 0.96,
/// R 0.93, F1 0.94, strict 0.73: with blind161's to blind163's, the estimate for unseen text
/// until blind165 and blind166. The thirty-seventh session's rules were written for its misses
/// among others («4 نواب اغتيلوا», «بحبس عامل محطة التزود بالوقود وقائد اليخت», «12 طاولة
/// لعب»), and the thirty-eighth's for one more («أوقفت الشرطة فنيَّين اثنين من الشركة»): P 0.98,
/// R 0.97, F1 0.97, strict 0.79. A regression set since, its thresholds the level reached, less
/// 0.01.
#[test]
fn blind164_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind164", "0.96", "0.77");
}

/// Blind set 165 (14 articles, 5 December 2026: Algeria (a protest against a 5G antenna),
/// Bangladesh (clashes over a hilsa fishing ban), Cameroon (protests over legislative election
/// results), Colombia (fighting between the ELN and FARC dissidents), Egypt (arrests of TikTok
/// content creators), Iraq (a stolen radioactive source), Jordan (an acid tank leaks), Lebanon
/// (airport-road protests over a flight ban), Libya (shelling of an airport), Morocco (a parking
/// attendant's stabbing and the crackdown after it), Sudan (returnees clash with the occupants of
/// their homes), Syria (arrests over a 2013 massacre), Tunisia (an ambulance hits a lorry) and
/// Yemen (tribesmen storm a security headquarters to free a detainee)), written blind by a helper
/// in the thirty-seventh session, in parallel with blind166, commissioned at 8fb4fdd (the
/// session's start) and scored once, at f1a5250 (rules written before it was read, for the
/// misses of blind161 to blind164), with no rule changed for it: P 0.99, R 0.94, F1 0.96, strict
/// 0.81 (the session's start gives the same line): with blind166's, the estimate for unseen text
/// until blind167 and blind168. Rules were then written for three of its misses («لقي سائق في
/// الأربعينات من عمره مصرعه», «ورفيقاً له», «يعدمون»): P 0.99, R 0.97, F1 0.98, strict 0.83; a
/// regression set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind165_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind165", "0.96", "0.82");
}

/// Blind set 166 (14 articles, 5 December 2026: Bahrain (a counterfeit-airbag ring), the Comoros
/// (clashes between two villages at a grand marriage), Gaza (fire on a civil-defence crew
/// recovering bodies), Guatemala (a palo volador trunk breaks onto the crowd), Iran (a hard
/// landing breaks a plane's nose gear), Kuwait (a residency-trafficking crackdown), Mali (a raid
/// on a meeting of dissolved parties), Mauritania (a hostage-taking in a bank branch), Oman (a
/// tour boat's propeller hits snorkellers), Qatar (a catering truck's lifting platform collapses),
/// Saudi Arabia (a lifeboat falls in a drill), Somalia (an attack on telecom engineers), Sri
/// Lanka (burns at a temple fire-walk) and the UAE (a driverless taxi pushed into a bus stop)),
/// written blind by a helper in the thirty-seventh session, in parallel with blind165,
/// commissioned at 8fb4fdd and scored once, at f1a5250, with no rule changed for it: P 0.97,
/// R 0.91, F1 0.93, strict 0.73 (the session's start gives the same line): with blind165's, the
/// estimate for unseen text until blind167 and blind168. Rules were then written for three of its
/// misses («أوقفت ضابط السلامة على السفينة ومشرف شركة الصيانة المحلية», «أن عوناً من الحرس
/// الوطني أصيب», «كما أُوقف مندوبان آخران»): P 0.99, R 0.94, F1 0.96, strict 0.77; a regression
/// set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind166_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind166", "0.96", "0.77");
}

/// Blind set 167 (14 articles, 5 December 2026: Algeria (derby riots at a stadium), Egypt (a
/// rockslide crushes houses), France (a storm's falling trees), Indonesia (free school meals
/// poison pupils), Iraq (sandstorm suffocation cases), Jordan (a care home fire), Kenya (a
/// boarding school's dormitory fire), Lebanon (a ski chairlift's cable snaps), Libya (a drifting
/// show car ploughs into spectators), Morocco (a tbourida musket explodes), Sudan (flash floods),
/// Syria (methanol-tainted alcohol), Tunisia (brothers drown in an irrigation basin) and Yemen
/// (a qat-market shootout over levies)), written blind by a helper in the thirty-eighth session,
/// in parallel with blind168, commissioned at f6fdafd and scored once, at 014b251 (the same
/// rules), with no rule changed for it: P 0.99, R 0.91, F1 0.95, strict 0.81 (the rules of the
/// thirty-seventh session's start, 8fb4fdd, give the same line): with blind168's, the estimate for
/// unseen text until blind169 and blind170. Rules were then written for seven of its misses in the
/// thirty-ninth session («توقيف مالكة الدار ومديرها», «مقدم السربة وبائع البارود», «المسؤول عن
/// تشغيل المصعد واثنين من الفنيين», «وفاة مناصر», «إضافة إلى 4 من منظمي الاستعراض», «باستقبال 5
/// حالات», «427 تلميذاً على الأقل و14 معلماً»): P 0.99, R 0.98, F1 0.98, strict 0.87; a
/// regression set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind167_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind167", "0.97", "0.86");
}

/// Blind set 168 (14 articles, 5 December 2026: Bahrain (a prison riot, conflicting injury
/// counts), Djibouti (a migrant boat capsizes), Kuwait (methanol-tainted liquor), Mauritania
/// (rains collapse houses), Nigeria (a power cable falls on a football viewing centre), Oman (a
/// wadi sweeps a family's car away), Pakistan (gunmen attack a polio vaccination team),
/// Palestine (settlers attack olive pickers), Peru (a bus drivers' strike against extortion),
/// Qatar (a jet-ski collision), Saudi Arabia (a drifting car ploughs into spectators), Somalia
/// (drownings at a beach), Turkey (a cable-car cabin falls) and the UAE (a facade-cleaning
/// platform falls)), written blind by a helper in the thirty-eighth session, in parallel with
/// blind167, commissioned at f6fdafd and scored once, at 014b251, with no rule changed for it:
/// P 0.91, R 0.93, F1 0.92, strict 0.80 (8fb4fdd gives the same line): with blind167's, the
/// estimate for unseen text until blind169 and blind170. Rules were then written for four of its misses (the
/// detained who were hurt, «أن أكثر من 40 معتقلاً أصيبوا»; «وأصيب 14 آخرون بعد أن سقط كابل»;
/// «الدقيقة 70»; «22 عربة»): P 0.97, R 0.97, F1 0.97, strict 0.89, and in the thirty-ninth
/// session for three more (a prison's inmates, «سائق الدراجة الأخرى وصاحب شركة تأجير الدراجات»,
/// «بعد يومين من مقتل سائق حافلة»): P 0.99, R 0.99, F1 0.99, strict 0.92; a regression set now,
/// its thresholds hold the level reached, less 0.01.
#[test]
fn blind168_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind168", "0.98", "0.91");
}

/// Blind set 169 (14 articles, 5 December 2026: Algeria (forest fires, arsonists held), Chad (an
/// army ammunition depot explodes), Egypt (a microbus plunges into a canal), Iraq (an ambush on
/// an army patrol), Jordan (a tower crane collapses), Lebanon (a neighbourhood generator
/// explodes), Libya (armed groups clash, exams postponed), Mexico (a clandestine fireworks
/// workshop), Morocco (an old house collapses in the medina), Sudan (a drone strike on an aid
/// convoy), Syria (a landmine hits truffle hunters), Tunisia (landfill protests and arrests),
/// Ukraine (a missile strike on an apartment block) and Yemen (power-cut protests)), written
/// blind by a helper in the thirty-ninth session, in parallel with blind170, commissioned at
/// 90d3ddf (the session's start) and scored once, at b9bd63b (rules written before it was read,
/// for misses of blind166 to blind168), with no rule changed for it: P 0.96, R 0.97, F1 0.97,
/// strict 0.87 (the session's start gives the same line): with blind170's, the estimate for
/// unseen text (README). Rules were then written for its misses and wrong attributes («اعتقال
/// عميلين», «رفقة مقاول», «بالمحكمة الابتدائية تونس 2», «مقتل ضابط برتبة ملازم أول وجنديين
/// اثنين», «مدعي عام», «70 شاباً من المحتجين»): P 1.00, R 1.00, F1 1.00, strict 0.95; a
/// regression set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind169_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind169", "0.99", "0.94");
}

/// Blind set 170 (14 articles, 5 December 2026: Bahrain (a dhow capsizes in a sailing race), the
/// Comoros (a leaked baccalaureate, protests and arrests), Gaza (airdropped aid pallets fall on
/// tents), Greece (a wildfire, arsonists held), Kuwait (a refinery unit's fire), Malaysia (an air
/// force helicopter crashes in a rehearsal), Mauritania (a death in police custody, protests),
/// Niger (an ambush on an army fuel convoy), Oman (a pile-up in fog), Qatar (camel-race escort
/// cars collide), Saudi Arabia (an umrah bus overturns), Somalia (a suicide bombing at a
/// recruitment centre), South Africa (a tavern mass shooting) and the UAE (a gas cylinder
/// explodes in a restaurant)), written blind by a helper in the thirty-ninth session, in
/// parallel with blind169, commissioned at 90d3ddf and scored once, at b9bd63b, with no rule
/// changed for it: P 0.99, R 1.00, F1 1.00 (0.995), strict 0.86 (the session's start gives the
/// same line): with blind169's, the estimate for unseen text (README). Rules were then written
/// for its one false figure («مقطعاً» after «رجلين نشرا») and wrong attributes («المتخصصة في رصد
/// النزاعات», «مستشفى شهداء الأقصى», «كان خاطئاً», «مقطعاً مفبركاً يزعم»): P 1.00, R 1.00, F1
/// 1.00, strict 0.91; a regression set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind170_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind170", "0.99", "0.90");
}

/// Blind set 171 (14 articles, 5 December 2026: Algeria (neighbourhood gang fights), the DR
/// Congo (an attack on a church vigil), Egypt (a textile factory's boiler explodes), Iraq (a
/// wedding hall fire), Jordan (an army clash with drug smugglers), Lebanon (factional clashes in
/// a camp), Libya (a kidnapped doctor freed), Morocco (a mass crossing attempt at the Melilla
/// fence), Nepal (a royalist rally's clashes with police), Senegal (a neonatal unit's fire),
/// Sudan (gunmen attack traders' lorry), Syria (an amusement ride's cabin falls), Tunisia (an
/// assault on an emergency ward's staff) and Yemen (a crackdown on a revolution's
/// celebrations)), written blind by a helper in the thirty-ninth session, in parallel with
/// blind172, commissioned at 9decb1f and scored once, at 309d75e (rules written before it was
/// read), with no rule changed for it: P 0.96, R 0.98, F1 0.97, strict 0.83 (the session's
/// start: P 0.96, R 0.97, F1 0.97, strict 0.82): with blind172's, the estimate for unseen text
/// (README). Rules were then written for its misses and false figures («عنصراً من مديرية أمن
/// غريان قُتل», «اقتاد المهاجمون 12 شخصاً», «بالوحدة الجوارية 6», «القبض على رابع ...، ليرتفع
/// عدد المقبوض عليهم»): P 0.99, R 0.99, F1 0.99, strict 0.86; a regression set now, its
/// thresholds hold the level reached, less 0.01.
#[test]
fn blind171_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind171", "0.98", "0.85");
}

/// Blind set 172 (14 articles, 5 December 2026: Bahrain (molten metal explodes at a smelter),
/// Chile (an earthquake, deaths and looting), Djibouti (a shanty neighbourhood's fire), Gaza
/// (infants die of cold as a storm floods tents), Italy (a blast at Etna's summit), Kuwait (an
/// escaped lion mauls farm workers), Mauritania (an exchange office robbed, a guard killed),
/// Myanmar (a raid on a scam compound), Oman (a falaj channel collapses), Qatar (a metro
/// escalator reverses after a match), Saudi Arabia (an amusement ride's arm breaks), Somalia
/// (pirates hijack a fishing dhow), Tanzania (mob killings after abduction rumours) and the UAE
/// (a beach concert's stage collapses)), written blind by a helper in the thirty-ninth session,
/// in parallel with blind171, commissioned at 9decb1f and scored once, at 309d75e, with no rule
/// changed for it: P 0.98, R 0.99, F1 0.98, strict 0.82 (the session's start: P 0.97, R 0.98,
/// F1 0.97, strict 0.81): with blind171's, the estimate for unseen text (README). Rules were
/// then written for its miss and false figures («توقيف بائع فحم», «ضبط 11 حيواناً مفترساً»,
/// «فيما استقبل مستشفى ماي سوت 16 مصاباً»): P 0.99, R 1.00, F1 0.99, strict 0.85; a regression
/// set now, its thresholds hold the level reached, less 0.01.
#[test]
fn blind172_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind172", "0.99", "0.84");
}

/// Blind set 173 (14 articles, 5 December 2026: Algeria (a week of army operations), Bangladesh
/// (a cyclone's landfall), Bolivia (a mudslide, looting and arrests), Egypt (a shark attack),
/// Iraq (a tourist boat capsizes on the Tigris), Jordan (treasure hunters' tunnel collapses),
/// Lebanon (a hunting-season shooting), Libya (a migrants' mass grave on a farm), Morocco
/// (Ashura night clashes), Sudan (an earth dam collapses), Syria (a sports hall's roof falls in a
/// junior match), Tunisia (a school wall collapses), Uganda (lightning strikes a school) and
/// Yemen (a navy fires on fishermen)), written blind by a helper at the end of the thirty-ninth
/// session, in parallel with blind174, commissioned at 61feefd and scored once, at f16f787 (the
/// session's last rules, written before it was read), with no rule changed for it: P 0.97, R
/// 0.93, F1 0.95, strict 0.78 (the session's start gives the same line): with blind174's, the
/// estimate for unseen text (README). Rules were then written for four of its misses («توقيف
/// متعهد», «اعتقال موظف في البلدية», «أوقف مطلق النار», «فيما يتلقى 6 آخرون العلاج»): P 0.98,
/// R 0.97, F1 0.98, strict 0.83; a regression set now, its thresholds hold the level reached,
/// less 0.01.
#[test]
fn blind173_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind173", "0.96", "0.81");
}

/// Blind set 174 (14 articles, 5 December 2026: Argentina (a pensioners' protest repressed),
/// Bahrain (a police chase ends in a café), Djibouti (a stray shell hits a nomad camp), Gaza's
/// neighbour al-Ram (workers shot at the wall, mass arrests), Kuwait (heat stroke on a housing
/// site), Mauritania (a trawler rams a pirogue), Oman (a quarry blast), Qatar (deaths after
/// liposuction), Saudi Arabia (a rest house roof collapses), Somalia (a camp eviction's clashes),
/// Spain (a narco boat rams a launch), the UAE (a car ploughs into cyclists), Vietnam (a
/// nightclub raid after overdoses) and Zimbabwe (lightning strikes a school)), written blind by
/// a helper at the end of the thirty-ninth session, in parallel with blind173, commissioned at
/// 61feefd and scored once, at f16f787, with no rule changed for it: P 1.00, R 0.97, F1 0.99
/// (0.985), strict 0.84 (the session's start gives the same line): with blind173's, the estimate
/// for unseen text (README). The thresholds hold that first score, less 0.01.
#[test]
fn blind174_articles_hold_their_level() {
    fixture_set("tests/fixtures/blind174", "0.97", "0.83");
}
