using System.Text;

namespace OutcomeScoring.Cli.Tests;

/// <summary>
/// Every sample through every command that reads it, compared byte for byte with the committed output of the release
/// these files were made from (Golden/README.md): standard output, standard error, the exit code and any --output file.
/// Set OUTCOME_SCORING_UPDATE_GOLDEN=1 to rewrite the expected files instead of comparing (deliberately, then review the diff).
/// </summary>
public sealed class GoldenOutputTests
{
    public const string UpdateVariable = "OUTCOME_SCORING_UPDATE_GOLDEN";

    /// <summary>A step run before a case's command, in the case's temporary folder.</summary>
    private abstract record Step;

    /// <summary>A command line run that must succeed (its --output goes to {tmp}).</summary>
    private sealed record CliStep(params string[] Args) : Step;

    /// <summary>
    /// The one join the command line does not do: one row per person (grouped by <paramref name="Keys"/>) with the
    /// <paramref name="Score"/> column of the scored file as <c>pre</c> and <c>post</c>. With <paramref name="Occasion"/>,
    /// the rows whose occasion is <c>pre</c> and <c>post</c>, and <paramref name="Carry"/> columns from the person's first row.
    /// Otherwise the library's cohort rules, as the report pairs people (<see cref="CohortPairs"/>). Columns: keys, carried columns, pre, post.
    /// </summary>
    private sealed record PairsStep(string Scored, string Pairs, string[] Keys, string Score, string[] Carry, string? Occasion = null) : Step;

    /// <summary>
    /// One golden case: its name (the expected files' name), setup steps, and the command line. In arguments,
    /// <c>{samples}</c> is the repository's samples folder and <c>{tmp}</c> the case's temporary folder. <paramref name="Reads"/>
    /// lists sample files the command reads without naming them (the report's folder).
    /// </summary>
    private sealed record GoldenCase(string Name, string[] Args, Step[] Setup, string[] Reads);

    private static GoldenCase Case(string name, params string[] args) => new(name, args, [], []);

    private static GoldenCase Case(string name, Step[] setup, params string[] args) => new(name, args, setup, []);

    /// <summary>The outputs of the commands on samples/index/responses that index-components reads (docs/cli.md, index-components).</summary>
    private static readonly Step[] IndexResponseOutputs =
    [
        new CliStep("score", "core-10", "{samples}/index/responses/core10.csv", "-o", "{tmp}/core10-scored.csv"),
        new PairsStep("core10-scored.csv", "pairs.csv", ["team", "id"], "clinical", [], Occasion: "occasion"),
        new CliStep("change", "{tmp}/pairs.csv", "--instrument", "core-10", "--summary", "--by", "team", "-o", "{tmp}/change-summary.csv"),
        new CliStep("score", "dialog", "{samples}/index/responses/dialog.csv", "-o", "{tmp}/dialog-scored.csv"),
        new CliStep("score", "pam-13", "{samples}/index/responses/pam-13.csv", "--calibration", "{samples}/pam-13-calibration.made-up.json", "-o", "{tmp}/pam-scored.csv"),
        new CliStep("fft", "summarize", "{samples}/index/responses/fft.csv", "--unit", "team", "-o", "{tmp}/fft-summary.csv"),
    ];

    private static readonly Step[] IndexResponsePairs = IndexResponseOutputs[..2];

    /// <summary>First and last computable score per person in the service's files, by the library's cohort rules (as the report pairs them).</summary>
    private static Step[] ServicePairs(string instrument, string file, string score, string[] carry, params string[] options) =>
    [
        new CliStep(["score", instrument, $"{{samples}}/service/{file}", .. options, "-o", "{tmp}/scored.csv"]),
        new PairsStep("scored.csv", "pairs.csv", ["team", "id"], score, carry),
    ];

    private static readonly GoldenCase[] Cases =
    [
        // score: every instrument, every option value that changes the output.
        Case("score-core-om", "score", "core-om", "{samples}/core-om.csv"),
        Case("score-core-om-reference-connell2007", "score", "core-om", "{samples}/core-om.csv", "--reference", "connell2007"),
        Case("score-core-om-reference-evans2002", "score", "core-om", "{samples}/core-om.csv", "--reference", "evans2002"),
        Case("score-core-om-reference-palmieri2009", "score", "core-om", "{samples}/core-om.csv", "--reference", "palmieri2009"),
        Case("score-core-om-reference-feixas2016", "score", "core-om", "{samples}/core-om.csv", "--reference", "feixas2016"),
        Case("score-core-om-nonrisk-rule-pre-2023", "score", "core-om", "{samples}/core-om.csv", "--nonrisk-rule", "pre-2023"),
        Case("score-core-10", "score", "core-10", "{samples}/core10.csv"),
        Case("score-core-10-bands-alternative", "score", "core-10", "{samples}/core10.csv", "--bands", "alternative"),
        Case("score-core-10-output-file", "score", "core-10", "{samples}/core10.csv", "--output", "{tmp}/scored.csv", "--quiet"),
        Case("score-core-10-typed-CORE10-fail-on-row-errors", "score", "CORE10", "{samples}/core10.csv", "--fail-on-row-errors", "--output", "{tmp}/scored.csv"),
        Case("score-yp-core", "score", "yp-core", "{samples}/yp-core.csv"),
        Case("score-yp-core-reference-twigg2016", "score", "yp-core", "{samples}/yp-core.csv", "--reference", "twigg2016"),
        Case("score-yp-core-reference-dibiase2021", "score", "yp-core", "{samples}/yp-core.csv", "--reference", "dibiase2021"),
        Case("score-yp-core-reference-blackshaw-2020-app", "score", "yp-core", "{samples}/yp-core.csv", "--reference", "blackshaw-2020-app"),
        Case("score-gp-core", "score", "gp-core", "{samples}/gp-core.csv"),
        Case("score-definition-made-up", "score", "--definition", "{samples}/definitions/made-up-wellbeing.json", "{samples}/definitions/made-up-wellbeing.csv"),
        Case("score-definition-made-up-reference-local", "score", "--definition", "{samples}/definitions/made-up-wellbeing.json", "{samples}/definitions/made-up-wellbeing.csv", "--reference", "local", "-o", "{tmp}/scored.csv"),
        Case("definition-core-om", "definition", "core-om"),
        Case("definition-yp-core", "definition", "yp-core"),
        Case("definition-check-made-up", "definition", "--check", "{samples}/definitions/made-up-wellbeing.json"),
        // sql: the SQL that scores a table where it lives (docs/sql.md), one case per dialect, and its refusals.
        Case("sql-core-10-duckdb", "sql", "core-10", "--dialect", "duckdb", "--table", "answers", "--keep", "id"),
        Case("sql-yp-core-postgres-columns", "sql", "yp-core", "--dialect", "postgres", "--table", "mhsds.yp_core", "--keep", "id,team", "--columns", "item1=q1,age=age_years,gender=sex", "--reference", "twigg2016"),
        Case("sql-core-om-tsql-reference", "sql", "core-om", "--dialect", "tsql", "--table", "dbo.core_om", "--keep", "id", "--columns", "gender=gender", "--reference", "connell2007", "-o", "{tmp}/core-om.sql"),
        Case("sql-definition-made-up-spark", "sql", "--definition", "{samples}/definitions/made-up-wellbeing.json", "--dialect", "spark", "--table", "answers", "--not-applicable-code", "99"),
        Case("sql-gp-core-select-list", "sql", "gp-core", "--dialect", "duckdb"),
        Case("sql-k10-spark", "sql", "k10", "--dialect", "spark", "--table", "answers", "--keep", "id"),
        Case("sql-wsas-tsql", "sql", "wsas", "--dialect", "tsql", "--table", "dbo.wsas", "--keep", "id", "--not-applicable-code", "99"),
        Case("sql-honos-postgres", "sql", "honos", "--dialect", "postgres", "--table", "honos", "--keep", "id"),
        Case("sql-honos-not-answered-code-9", "sql", "honos", "--dialect", "postgres", "--not-answered-code", "9"),
        Case("sql-swemwbs-duckdb", "sql", "swemwbs", "--dialect", "duckdb", "--table", "answers", "--keep", "id"),
        Case("sql-core-6d-tsql", "sql", "core-6d", "--dialect", "tsql", "--table", "dbo.core_om", "--keep", "id"),
        Case("sql-dialog-duckdb-help", "sql", "dialog", "--dialect", "duckdb", "--table", "answers", "--keep", "id,team", "--columns", "help1=help1"),
        Case("sql-dialog-select-list", "sql", "dialog", "--dialect", "spark"),
        Case("sql-help-column-not-dialog", "sql", "core-10", "--dialect", "duckdb", "--columns", "help1=h1"),
        Case("sql-eq-5d-5l-value-set-devlin2018-spark", "sql", "eq-5d-5l", "--dialect", "spark", "--table", "answers", "--keep", "id", "--value-set", "eq5d5l-england-devlin2018"),
        Case("sql-eq-5d-3l-duckdb", "sql", "eq-5d-3l", "--dialect", "duckdb", "--table", "answers", "--keep", "id"),
        Case("sql-icecap-o-tsql", "sql", "icecap-o", "--dialect", "tsql", "--table", "dbo.icecap_o", "--keep", "id"),
        Case("sql-p3ceq-postgres", "sql", "p3ceq", "--dialect", "postgres", "--table", "p3ceq", "--keep", "id", "--not-applicable-code", "9"),
        Case("sql-ascof-1a-tsql", "sql", "ascof-1a", "--dialect", "tsql", "--table", "dbo.ascof", "--keep", "id"),
        Case("sql-value-set-not-of-instrument", "sql", "eq-5d-3l", "--dialect", "duckdb", "--value-set", "eq5d5l-uk-rowen2026"),
        Case("sql-value-set-without-value-sets", "sql", "core-10", "--dialect", "duckdb", "--value-set", "eq5d5l-uk-rowen2026"),
        Case("sql-pam-13-refused", "sql", "pam-13", "--dialect", "postgres", "--table", "answers"),
        Case("sql-pam-13-table-tsql-levels", "sql", "pam-13", "--dialect", "tsql", "--table", "dbo.pam13", "--keep", "id", "--calibration", "{samples}/pam-13-table.made-up.json", "--levels", "shirley-ryan"),
        Case("sql-pam-13-calibration-select-list-refused", "sql", "pam-13", "--dialect", "duckdb", "--calibration", "{samples}/pam-13-calibration.made-up.json"),
        Case("sql-levels-not-pam-13", "sql", "core-10", "--dialect", "duckdb", "--levels", "shirley-ryan"),
        Case("sql-calibration-not-calibrated", "sql", "core-10", "--dialect", "duckdb", "--calibration", "{samples}/pam-13-table.made-up.json"),
        Case("sql-no-dialect", "sql", "core-10"),
        Case("sql-code-on-scale", "sql", "core-10", "--dialect", "tsql", "--not-applicable-code", "3"),
        Case("sql-unknown-column-name", "sql", "core-10", "--dialect", "spark", "--columns", "item11=q11"),
        Case("score-core-sf-a", "score", "core-sf-a", "{samples}/core-sf-a.csv"),
        Case("score-core-sf-b", "score", "core-sf-b", "{samples}/core-sf-b.csv"),
        Case("score-core-6d", "score", "core-6d", "{samples}/core-om.csv"),
        Case("score-dialog", "score", "dialog", "{samples}/dialog.csv"),
        Case("score-dialog-order-dialog-plus", "score", "dialog", "{samples}/dialog.csv", "--order", "dialog-plus"),
        Case("score-dialog-order-dialog-plus-coding-0-6", "score", "dialog", "{samples}/dialog.csv", "--order", "dialog-plus", "--coding", "0-6"),
        Case("score-dialog-coding-0-6", "score", "dialog", "{samples}/dialog.csv", "--coding", "0-6"),
        Case("score-dialog-minimums", "score", "dialog", "{samples}/dialog.csv", "--sqol-minimum", "6", "--ts-minimum", "1"),
        Case("score-pam-13-calibration", "score", "pam-13", "{samples}/pam-13.csv", "--calibration", "{samples}/pam-13-calibration.made-up.json"),
        Case("score-pam-13-table", "score", "pam-13", "{samples}/pam-13.csv", "--calibration", "{samples}/pam-13-table.made-up.json"),
        Case("score-pam-13-levels-shirley-ryan", "score", "pam-13", "{samples}/pam-13.csv", "--calibration", "{samples}/pam-13-calibration.made-up.json", "--levels", "shirley-ryan"),
        Case("score-phq-9", "score", "phq-9", "{samples}/mental-health/phq-9.csv"),
        Case("score-gad-7", "score", "gad-7", "{samples}/mental-health/gad-7.csv"),
        Case("score-reqol-10", "score", "reqol-10", "{samples}/mental-health/reqol-10.csv"),
        Case("score-reqol-20", "score", "reqol-20", "{samples}/mental-health/reqol-20.csv"),
        Case("score-gbo", "score", "gbo", "{samples}/mental-health/gbo.csv"),
        Case("score-swemwbs", "score", "swemwbs", "{samples}/mental-health/swemwbs.csv"),
        Case("score-wemwbs", "score", "wemwbs", "{samples}/mental-health/wemwbs.csv"),
        Case("score-k10", "score", "k10", "{samples}/mental-health/k10.csv"),
        Case("score-wsas", "score", "wsas", "{samples}/mental-health/wsas.csv"),
        Case("score-honos", "score", "honos", "{samples}/mental-health/honos.csv"),
        Case("score-eq-5d-5l", "score", "eq-5d-5l", "{samples}/preference-based/eq-5d-5l.csv"),
        Case("score-eq-5d-5l-value-set-devlin2018", "score", "eq-5d-5l", "{samples}/preference-based/eq-5d-5l.csv", "--value-set", "eq5d5l-england-devlin2018"),
        Case("score-eq-5d-3l", "score", "eq-5d-3l", "{samples}/preference-based/eq-5d-3l.csv"),
        Case("score-eq-5d-3l-value-set-mvh1995", "score", "eq-5d-3l", "{samples}/preference-based/eq-5d-3l.csv", "--value-set", "eq5d3l-uk-vas-mvh1995"),
        Case("score-eq-5d-3l-value-set-of-5l", "score", "eq-5d-3l", "{samples}/preference-based/eq-5d-3l.csv", "--value-set", "eq5d5l-uk-rowen2026"),
        Case("score-icecap-o", "score", "icecap-o", "{samples}/preference-based/icecap-o.csv"),
        Case("definition-eq-5d-5l", "definition", "eq-5d-5l"),
        Case("score-honos-65", "score", "honos-65", "{samples}/mental-health/honos-65.csv"),
        // The MHSDS shape: coded scores out (one row per score, item or stage with a SNOMED CT code), coded scores in (pairs).
        Case("score-phq-9-shape-mhsds", "score", "phq-9", "{samples}/mental-health/phq-9.csv", "--shape", "mhsds"),
        Case("score-core-om-shape-mhsds", "score", "core-om", "{samples}/core-om.csv", "--shape", "mhsds"),
        Case("score-core-om-shape-mhsds-prorate", "score", "core-om", "{samples}/core-om.csv", "--shape", "mhsds", "--prorated-sums", "prorate", "-o", "{tmp}/mhsds.csv"),
        Case("score-honos-shape-mhsds", "score", "honos", "{samples}/mental-health/honos.csv", "--shape", "mhsds"),
        Case("score-dialog-shape-mhsds", "score", "dialog", "{samples}/dialog.csv", "--shape", "mhsds"),
        Case("score-core-sf-a-shape-mhsds-has-no-codes", "score", "core-sf-a", "{samples}/core-sf-a.csv", "--shape", "mhsds"),
        Case("pairs-phq-9", "pairs", "{samples}/mental-health/mhsds-assessments.csv", "--instrument", "phq-9"),
        Case("pairs-core-10", "pairs", "{samples}/mental-health/mhsds-assessments.csv", "--instrument", "core-10", "-o", "{tmp}/pairs.csv"),
        Case("definition-honos", "definition", "honos"),
        Case("score-p3ceq", "score", "p3ceq", "{samples}/surveys/p3ceq.csv"),
        Case("score-ascof-1a", "score", "ascof-1a", "{samples}/surveys/ascof-1a.csv"),
        Case("score-ascof-1d", "score", "ascof-1d", "{samples}/surveys/ascof-1d.csv"),
        Case("definition-ascof-1a", "definition", "ascof-1a"),
        Case("definition-phq-9", "definition", "phq-9"),
        Case("score-core-10-service", "score", "core-10", "{samples}/service/core10.csv"),
        Case("score-yp-core-service", "score", "yp-core", "{samples}/service/yp-core.csv"),
        Case("score-dialog-service", "score", "dialog", "{samples}/service/dialog.csv"),
        Case("score-pam-13-service", "score", "pam-13", "{samples}/service/pam-13.csv", "--calibration", "{samples}/service/pam-13-calibration.json"),
        Case("score-core-10-index-responses", "score", "core-10", "{samples}/index/responses/core10.csv"),
        Case("score-dialog-index-responses", "score", "dialog", "{samples}/index/responses/dialog.csv"),
        Case("score-pam-13-index-responses", "score", "pam-13", "{samples}/index/responses/pam-13.csv", "--calibration", "{samples}/pam-13-calibration.made-up.json"),
        Case("score-missing-input", "score", "core-10", "{tmp}/missing.csv"),
        Case("score-pam-13-without-calibration", "score", "pam-13", "{samples}/pam-13.csv"),
        Case("score-reference-of-another-instrument", "score", "core-10", "{samples}/core10.csv", "--reference", "evans2002"),

        // change: pairs from the index responses (pre/post occasions) and the service (first/last administration).
        Case("change-core-10", IndexResponsePairs, "change", "{tmp}/pairs.csv", "--instrument", "core-10"),
        Case("change-core-10-summary", IndexResponsePairs, "change", "{tmp}/pairs.csv", "--instrument", "core-10", "--summary"),
        Case("change-core-10-summary-by-team", IndexResponsePairs, "change", "{tmp}/pairs.csv", "--instrument", "core-10", "--summary", "--by", "team", "--output", "{tmp}/change.csv"),
        Case("change-phq-9", "change", "{samples}/mental-health/phq-9-pairs.csv", "--instrument", "phq-9"),
        Case("change-reqol-10", "change", "{samples}/mental-health/reqol-10-pairs.csv", "--instrument", "reqol-10"),
        Case("change-rci-cutoff-lower-is-better", IndexResponsePairs, "change", "{tmp}/pairs.csv", "--rci", "6", "--cutoff", "11", "--lower-is-better"),
        Case("change-core-10-service-summary-by-team", ServicePairs("core-10", "core10.csv", "clinical", []), "change", "{tmp}/pairs.csv", "--instrument", "core-10", "--summary", "--by", "team"),
        Case("change-yp-core-service", ServicePairs("yp-core", "yp-core.csv", "clinical", ["age", "gender"]), "change", "{tmp}/pairs.csv", "--instrument", "yp-core", "--rci", "6"),
        Case("change-dialog-service-summary-by-team", ServicePairs("dialog", "dialog.csv", "sqol_mean", []), "change", "{tmp}/pairs.csv", "--instrument", "dialog", "--rci", "1", "--summary", "--by", "team"),
        Case("change-pam-13-service-higher-is-better", ServicePairs("pam-13", "pam-13.csv", "activation", [], "--calibration", "{samples}/service/pam-13-calibration.json"), "change", "{tmp}/pairs.csv", "--rci", "3", "--higher-is-better"),
        Case("change-yp-core-published-threshold", IndexResponsePairs, "change", "{tmp}/pairs.csv", "--instrument", "yp-core"),
        Case("talking-therapies", "talking-therapies", "{samples}/mental-health/talking-therapies.csv"),
        Case("talking-therapies-mixed-no-change", "talking-therapies", "{samples}/mental-health/talking-therapies.csv", "--mixed", "no-change"),
        Case("talking-therapies-summary", "talking-therapies", "{samples}/mental-health/talking-therapies.csv", "--summary"),
        Case("talking-therapies-summary-by-team", "talking-therapies", "{samples}/mental-health/talking-therapies.csv", "--summary", "--by", "team"),

        // reliability: the files whose columns are all items but id (core-om's gender column is reported and its rows left out).
        Case("reliability-gp-core", "reliability", "{samples}/gp-core.csv"),
        Case("reliability-core-sf-a", "reliability", "{samples}/core-sf-a.csv", "-o", "{tmp}/reliability.csv"),
        Case("reliability-core-sf-b", "reliability", "{samples}/core-sf-b.csv"),
        Case("reliability-core-om-with-gender-column", "reliability", "{samples}/core-om.csv"),

        // fft summarize
        Case("fft-summarize-ward-site", "fft", "summarize", "{samples}/fft-responses.csv", "--unit", "ward", "--parent", "site"),
        Case("fft-summarise-ward", "fft", "summarise", "{samples}/fft-responses.csv", "--unit", "ward"),
        Case("fft-summarize-ward-site-by-month", "fft", "summarize", "{samples}/fft-responses.csv", "--unit", "ward", "--parent", "site", "--period", "month"),
        Case("fft-summarize-ward-question-2013", "fft", "summarize", "{samples}/fft-responses.csv", "--unit", "ward", "--question", "2013"),
        Case("fft-summarize-service-team-site", "fft", "summarize", "{samples}/service/fft-responses.csv", "--unit", "team", "--parent", "site", "--output", "{tmp}/fft.csv"),
        Case("fft-summarize-service-by-month", "fft", "summarize", "{samples}/service/fft-responses.csv", "--unit", "team", "--parent", "site", "--period", "month"),
        Case("fft-summarize-index-responses", "fft", "summarize", "{samples}/index/responses/fft.csv", "--unit", "team"),
        Case("fft-summarize-wards-four-levels-counts-eligible", "fft", "summarize", "{samples}/fft-wards.csv", "--level", "ward", "--level", "site", "--level", "trust", "--level", "icb", "--tie-break", "first_speciality", "--tie-break", "second_speciality", "--eligible", "eligible"),
        Case("fft-summarize-wards-strict", "fft", "summarize", "{samples}/fft-wards.csv", "--level", "ward", "--level", "site", "--level", "trust", "--level", "icb", "--tie-break", "first_speciality", "--tie-break", "second_speciality", "--eligible", "eligible", "--disclosure", "strict"),

        // spc
        Case("spc-rate", "spc", "{samples}/spc-series.csv", "--value", "rate", "--date", "month"),
        Case("spc-rate-increase-target", "spc", "{samples}/spc-series.csv", "--value", "rate", "--date", "month", "--improvement", "increase", "--target", "0.95"),
        Case("spc-rate-decrease-rebase", "spc", "{samples}/spc-series.csv", "--value", "rate", "--improvement", "decrease", "--rebase-at", "8"),
        Case("spc-service-referrals", "spc", "{samples}/service/spc-series.csv", "--value", "referrals"),
        Case("spc-service-median-wait", "spc", "{samples}/service/spc-series.csv", "--value", "median_wait_weeks", "--date", "month", "--improvement", "decrease", "--target", "6", "--rebase-at", "15"),
        Case("spc-service-did-not-attend", "spc", "{samples}/service/spc-series.csv", "--value", "did_not_attend", "--date", "month", "--improvement", "decrease", "--target", "0.1", "-o", "{tmp}/spc.csv"),

        // funnel
        Case("funnel-units", "funnel", "{samples}/funnel-units.csv", "--numerator", "positive", "--denominator", "total"),
        Case("funnel-units-exact-target", "funnel", "{samples}/funnel-units.csv", "--numerator", "positive", "--denominator", "total", "--method", "exact", "--target", "0.9"),
        Case("funnel-units-arcsine", "funnel", "{samples}/funnel-units.csv", "--numerator", "positive", "--denominator", "total", "--method", "arcsine"),
        Case("funnel-units-multiplicative", "funnel", "{samples}/funnel-units.csv", "--numerator", "positive", "--denominator", "total", "--overdispersion", "multiplicative"),
        Case("funnel-units-additive", "funnel", "{samples}/funnel-units.csv", "--numerator", "positive", "--denominator", "total", "--overdispersion", "additive", "--output", "{tmp}/funnel.csv"),
        Case("funnel-means", "funnel", "{samples}/funnel-means.csv", "--mean", "mean_change", "--sd", "sd_change", "--size", "people"),
        Case("funnel-means-target-additive", "funnel", "{samples}/funnel-means.csv", "--mean", "mean_change", "--sd", "sd_change", "--size", "people", "--target", "-5", "--overdispersion", "additive"),
        Case("funnel-ratios", "funnel", "{samples}/funnel-ratios.csv", "--observed", "observed", "--expected", "expected"),
        Case("funnel-ratios-method-target", "funnel", "{samples}/funnel-ratios.csv", "--observed", "observed", "--expected", "expected", "--method", "poisson", "--target", "1.2"),
        Case("funnel-service", "funnel", "{samples}/service/funnel-units.csv", "--unit", "team", "--numerator", "reviewed", "--denominator", "caseload"),

        // index and index-components
        Case("index-sample-spec", "index", "{samples}/index/components.csv", "--spec", "{samples}/index/spec.json"),
        Case("index-default-spec", "index", "{samples}/index/components.csv", "--spec", "default", "--output", "{tmp}/index.csv"),
        Case("index-seed-draws", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--seed", "7", "--draws", "200"),
        Case("index-details", "index", "{samples}/index/components.csv", "--spec", "{samples}/index/spec.json", "--details"),
        Case("index-method-uncertainty", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--method-uncertainty"),
        Case("index-method-uncertainty-options", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--method-uncertainty", "--seed", "3", "--runs", "200", "--noise", "0.1",
            "--normalisations", "goalposts,min-max,percentile-rank", "--aggregations", "arithmetic,geometric,harmonic,power:2"),
        Case("index-method-uncertainty-z-score-with-geometric", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--method-uncertainty", "--normalisations", "z-score", "--aggregations", "geometric"),
        Case("index-leave-one-out", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--leave-one-out"),
        // Profile 2.0 (made-up P3CEQ and ASCOF values in components-2.0.csv): coverage, ranking apart, sensitivity, correlations.
        Case("index-profile-2.0", "index", "{samples}/index/components-2.0.csv", "--spec", "integration-2.0"),
        Case("index-profile-2.0-details", "index", "{samples}/index/components-2.0.csv", "--spec", "integration-2.0", "--details"),
        Case("index-profile-2.0-rank-incomplete", "index", "{samples}/index/components-2.0.csv", "--spec", "integration-2.0", "--rank-incomplete"),
        Case("index-profile-2.0-sensitivity", "index", "{samples}/index/components-2.0.csv", "--spec", "integration-2.0", "--sensitivity", "--samples", "200", "--aggregations", "arithmetic,geometric"),
        Case("index-profile-2.0-correlations", "index", "{samples}/index/components-2.0.csv", "--spec", "integration-2.0", "--correlations"),
        Case("index-profile-1.0-by-name", "index", "{samples}/index/components.csv", "--spec", "integration-1.0"),
        // The default profile is 2.0 (issue 20): profile 1.0's components alone give no unit an index under it (no patient-experience pillar).
        Case("index-default-spec-2.0", "index", "{samples}/index/components-2.0.csv", "--spec", "default"),
        Case("index-sensitivity", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--sensitivity", "--seed", "5", "--samples", "200", "--noise", "0.2",
            "--normalisations", "goalposts,min-max", "--aggregations", "arithmetic,geometric", "--thresholds", "0.5,0.75"),
        Case("index-winsorise-details", "index", "{samples}/index/components.csv", "--spec", "integration-1.0", "--winsorise", "0.1", "--details"),
        Case("index-components-from-responses", IndexResponseOutputs, "index-components", "--change", "{tmp}/change-summary.csv", "--dialog", "{tmp}/dialog-scored.csv", "--pam", "{tmp}/pam-scored.csv", "--fft", "{tmp}/fft-summary.csv"),
        Case("index-components-dialog-pam-unit", IndexResponseOutputs, "index-components", "--dialog", "{tmp}/dialog-scored.csv", "--pam", "{tmp}/pam-scored.csv", "--unit", "team", "-o", "{tmp}/components.csv"),
        // The sample service's DIALOG and PAM-13 forms: one value per person (their latest score), as the report's index takes them.
        Case("index-components-service",
            [
                new CliStep("score", "dialog", "{samples}/service/dialog.csv", "-o", "{tmp}/dialog-scored.csv"),
                new CliStep("score", "pam-13", "{samples}/service/pam-13.csv", "--calibration", "{samples}/service/pam-13-calibration.json", "-o", "{tmp}/pam-scored.csv"),
            ],
            "index-components", "--dialog", "{tmp}/dialog-scored.csv", "--pam", "{tmp}/pam-scored.csv"),
        // The sample service's P3CEQ, ASCOF 1D and ASCOF 1A surveys: profile 2.0's survey components, as the report's index takes them.
        Case("index-components-service-surveys",
            [
                new CliStep("score", "p3ceq", "{samples}/service/p3ceq.csv", "-o", "{tmp}/p3ceq-scored.csv"),
                new CliStep("score", "ascof-1d", "{samples}/service/ascof-1d.csv", "-o", "{tmp}/ascof-1d-scored.csv"),
                new CliStep("score", "ascof-1a", "{samples}/service/ascof-1a.csv", "-o", "{tmp}/ascof-1a-scored.csv"),
            ],
            "index-components", "--p3ceq", "{tmp}/p3ceq-scored.csv", "--ascof-1d", "{tmp}/ascof-1d-scored.csv", "--ascof-1a", "{tmp}/ascof-1a-scored.csv"),
        Case("index-from-responses",
            [.. IndexResponseOutputs, new CliStep("index-components", "--change", "{tmp}/change-summary.csv", "--dialog", "{tmp}/dialog-scored.csv", "--pam", "{tmp}/pam-scored.csv", "--fft", "{tmp}/fft-summary.csv", "-o", "{tmp}/components.csv")],
            "index", "{tmp}/components.csv", "--spec", "integration-1.0"),

        // report: the slow one, run once (SVG charts), written to a fixed name in the case's folder.
        new("report-service", ["report", "{samples}/service", "--output", "{tmp}/report.html"], [],
            [.. new[] { "core10.csv", "yp-core.csv", "dialog.csv", "pam-13.csv", "pam-13-calibration.json", "fft-responses.csv", "spc-series.csv", "funnel-units.csv", "p3ceq.csv", "ascof-1d.csv", "ascof-1a.csv", "report.json" }.Select(f => "service/" + f)]),
        Case("report-missing-folder", "report", "{tmp}/no-such-folder", "--output", "{tmp}/report.html"),
    ];

    /// <summary>Sample files no golden case reads, each with the reason. A file listed here must exist and be unused.</summary>
    private static readonly Dictionary<string, string> UnusedSamples = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> CaseNames => [.. Cases.Select(c => c.Name)];

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    internal static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutcomeScoring.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No OutcomeScoring.sln above {AppContext.BaseDirectory}: the golden tests read samples/ and the expected files from the repository.");
    });

    private static string SamplesFolder => Path.Combine(RepositoryRoot.Value, "samples");

    private static string GoldenFolder => Path.Combine(RepositoryRoot.Value, "tests", "OutcomeScoring.Cli.Tests", "Golden");

    /// <summary>The output file a command line names with --output or -o, if any.</summary>
    private static string? OutputFileArgument(string[] args)
    {
        int at = Array.FindIndex(args, a => a is "--output" or "-o");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The expected files of a case: standard output, standard error, exit code, and the --output file if it names one.</summary>
    private static IEnumerable<string> ExpectedFileNames(GoldenCase golden)
    {
        yield return golden.Name + ".out";
        yield return golden.Name + ".err";
        yield return golden.Name + ".exit";
        if (OutputFileArgument(golden.Args) is { } file)
        {
            yield return golden.Name + ".file" + Path.GetExtension(file);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Output_is_byte_for_byte_the_committed_output(string name)
    {
        GoldenCase golden = Cases.Single(c => c.Name == name);
        using var runner = new CliRunner();
        string tmp = runner.Folder;
        string[] Resolve(string[] args) => [.. args.Select(a => a.Replace("{samples}", SamplesFolder, StringComparison.Ordinal).Replace("{tmp}", tmp, StringComparison.Ordinal))];

        foreach (Step step in golden.Setup)
        {
            switch (step)
            {
                case CliStep cli:
                    var (setupExit, _, setupError) = CliRunner.Run(Resolve(cli.Args));
                    Assert.True(setupExit == 0, $"Setup step `{string.Join(' ', cli.Args)}` exited {setupExit}: {setupError}");
                    break;
                case PairsStep pairs:
                    WritePairs(runner, pairs);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step}.");
            }
        }

        string[] args = Resolve(golden.Args);
        var (exit, output, error) = CliRunner.Run(args);
        var actual = new List<(string File, byte[]? Bytes)>
        {
            (golden.Name + ".out", Utf8(WithoutVersion(output))),
            (golden.Name + ".err", Utf8(WithoutPaths(error, tmp))),
            (golden.Name + ".exit", Utf8($"{exit}\n")),
        };
        if (OutputFileArgument(args) is { } outputFile)
        {
            byte[]? bytes = File.Exists(outputFile) ? File.ReadAllBytes(outputFile) : null;
            actual.Add((golden.Name + ".file" + Path.GetExtension(outputFile), bytes is null ? null : Utf8(WithoutVersion(Encoding.UTF8.GetString(bytes)))));
        }

        if (Updating)
        {
            Directory.CreateDirectory(GoldenFolder);
            foreach ((string file, byte[]? bytes) in actual)
            {
                string path = Path.Combine(GoldenFolder, file);
                if (bytes is null)
                {
                    File.Delete(path);
                }
                else
                {
                    File.WriteAllBytes(path, bytes);
                }
            }

            Assert.Skip($"{UpdateVariable}=1: wrote the expected files of {name} instead of comparing.");
        }

        string command = "outcome-scoring " + string.Join(' ', golden.Args);
        string[] problems = [.. actual.Select(a => Compare(a.File, a.Bytes)).OfType<string>()];
        Assert.True(problems.Length == 0,
            $"{name}: `{command}` no longer writes what the release wrote.\n\n{string.Join("\n\n", problems)}\n\n"
            + $"If the change is intended, rewrite the expected files with {UpdateVariable}=1 and review the diff (tests/OutcomeScoring.Cli.Tests/Golden/README.md).");
    }

    /// <summary>The commands that read a CSV file named as their first argument and take <c>--delimiter</c> (issue 16).</summary>
    private static readonly string[] DelimitedCommands = ["score", "change", "talking-therapies", "reliability", "fft", "spc", "funnel", "index", "pairs"];

    /// <summary>Each case without setup steps whose command reads a sample CSV, once with semicolons and once with tabs.</summary>
    public static TheoryData<string, string> DelimitedCaseNames =>
        [.. Cases.Where(c => c.Setup.Length == 0 && DelimitedCommands.Contains(c.Args[0]) && DelimitedInput(c.Args) >= 0)
            .SelectMany(c => new[] { (c.Name, ";"), (c.Name, "tab") })];

    /// <summary>The argument naming the sample CSV the command reads, or -1.</summary>
    private static int DelimitedInput(string[] args) => Array.FindIndex(args, a => a.StartsWith("{samples}/", StringComparison.Ordinal) && a.EndsWith(".csv", StringComparison.Ordinal));

    /// <summary>
    /// The same sample written with another delimiter (cells holding it, a quote or a line break quoted) and read with
    /// <c>--delimiter</c> gives the committed output byte for byte: standard output, the exit code, any output file, and
    /// standard error once the converted file's path is read as the sample's. Comma files take the fast path where they
    /// can and these the general one, so this also holds the two paths to one output.
    /// </summary>
    [Theory]
    [MemberData(nameof(DelimitedCaseNames))]
    public void Another_delimiter_gives_the_committed_output(string name, string delimiter)
    {
        GoldenCase golden = Cases.Single(c => c.Name == name);
        using var runner = new CliRunner();
        string tmp = runner.Folder;
        int at = DelimitedInput(golden.Args);
        string sample = golden.Args[at].Replace("{samples}", SamplesFolder, StringComparison.Ordinal);
        char separator = delimiter == "tab" ? '\t' : delimiter[0];
        string converted = runner.Write(Path.GetFileName(sample), string.Concat(Csv.Parse(File.ReadAllText(sample)).Select(row => string.Join(separator, row.Select(cell => Quote(cell, separator))) + "\n")));
        string[] args = [.. golden.Args.Select((a, i) => i == at ? converted : a.Replace("{samples}", SamplesFolder, StringComparison.Ordinal).Replace("{tmp}", tmp, StringComparison.Ordinal)), "--delimiter", delimiter];

        var (exit, output, error) = CliRunner.Run(args);

        Assert.Null(Compare(golden.Name + ".out", Utf8(output)));
        Assert.Null(Compare(golden.Name + ".exit", Utf8($"{exit}\n")));
        Assert.Null(Compare(golden.Name + ".err", Utf8(WithoutPaths(error.Replace(converted, sample, StringComparison.Ordinal), tmp))));
        if (OutputFileArgument(args) is { } outputFile)
        {
            Assert.Null(Compare(golden.Name + ".file" + Path.GetExtension(outputFile), File.ReadAllBytes(outputFile)));
        }

        static string Quote(string cell, char separator) =>
            cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal)
                ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
                : cell;
    }

    [Fact]
    public void Every_file_in_the_golden_folder_belongs_to_a_case()
    {
        var expected = new HashSet<string>(Cases.SelectMany(ExpectedFileNames), StringComparer.Ordinal) { "README.md", ".editorconfig" };
        Assert.Equal(Cases.Length, Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        string[] strays = [.. Directory.EnumerateFiles(GoldenFolder).Select(Path.GetFileName).OfType<string>().Where(f => !expected.Contains(f)).Order(StringComparer.Ordinal)];
        if (Updating)
        {
            foreach (string stray in strays)
            {
                File.Delete(Path.Combine(GoldenFolder, stray));
            }

            return;
        }

        Assert.True(strays.Length == 0, $"Files in Golden/ that no case writes (a renamed or removed case?): {string.Join(", ", strays)}. Delete them, or run with {UpdateVariable}=1.");
    }

    [Fact]
    public void Every_sample_input_is_read_by_a_golden_case()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (GoldenCase golden in Cases)
        {
            IEnumerable<string> args = golden.Args.Concat(golden.Setup.OfType<CliStep>().SelectMany(s => s.Args));
            used.UnionWith(args.Where(a => a.StartsWith("{samples}/", StringComparison.Ordinal)).Select(a => a["{samples}/".Length..]));
            used.UnionWith(golden.Reads);
        }

        string[] samples =
        [
            .. new[] { "*.csv", "*.json" }.SelectMany(pattern => Directory.EnumerateFiles(SamplesFolder, pattern, SearchOption.AllDirectories))
                .Select(f => Path.GetRelativePath(SamplesFolder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];
        Assert.Contains("core10.csv", samples);
        Assert.Contains("service/core10.csv", samples);

        string[] unread = [.. samples.Where(s => !used.Contains(s) && !UnusedSamples.ContainsKey(s))];
        Assert.True(unread.Length == 0, $"Sample files no golden case reads: {string.Join(", ", unread)}. Add a case to GoldenOutputTests (and its expected files with {UpdateVariable}=1), or list the file in UnusedSamples with the reason no command reads it.");

        string[] stale = [.. UnusedSamples.Keys.Where(s => !samples.Contains(s) || used.Contains(s))];
        Assert.True(stale.Length == 0, $"UnusedSamples lists files that do not exist or that a case reads: {string.Join(", ", stale)}.");

        string[] missing = [.. used.Where(u => !samples.Contains(u) && !Directory.Exists(Path.Combine(SamplesFolder, u)))];
        Assert.True(missing.Length == 0, $"Cases read sample files that do not exist: {string.Join(", ", missing)}.");
    }

    /// <summary>Standard error may name files: the case's temporary folder and the samples folder become placeholders.</summary>
    private static string WithoutPaths(string text, string tmp) =>
        text.Replace(tmp, "{tmp}", StringComparison.Ordinal).Replace(SamplesFolder, "{samples}", StringComparison.Ordinal);

    /// <summary>
    /// The report's footer names the library version ("(OutcomeScoring 0.1.0)"): a placeholder, so that a version bump alone
    /// does not count as a change of output. Nothing else is replaced: standard output and output files are compared as written.
    /// </summary>
    private static string WithoutVersion(string text) =>
        text.Replace($"(OutcomeScoring {typeof(Instrument).Assembly.GetName().Version?.ToString(3)})", "(OutcomeScoring {version})", StringComparison.Ordinal);

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    /// <summary>Null when the expected file has these bytes; otherwise what differs, from the first differing line.</summary>
    private static string? Compare(string file, byte[]? actual)
    {
        string path = Path.Combine(GoldenFolder, file);
        byte[]? expected = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (expected is null && actual is null)
        {
            return null;
        }

        if (expected is null)
        {
            return $"{file}: no expected file (a new case? create it with {UpdateVariable}=1).";
        }

        if (actual is null)
        {
            return $"{file}: the command wrote no output file, but the release did.";
        }

        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        string[] expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        string[] actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        string Show(string[] lines) => line < lines.Length ? Visible(lines[line]) : "(end of file)";
        int column = line < expectedLines.Length && line < actualLines.Length
            ? Enumerable.Range(0, Math.Min(expectedLines[line].Length, actualLines[line].Length)).FirstOrDefault(i => expectedLines[line][i] != actualLines[line][i], Math.Min(expectedLines[line].Length, actualLines[line].Length)) + 1
            : 1;
        return $"{file}: differs at line {line + 1}, column {column} ({expected.Length} bytes expected, {actual.Length} written):\n"
            + $"  expected: {Show(expectedLines)}\n"
            + $"  actual:   {Show(actualLines)}";
    }

    /// <summary>A line as shown in a failure: carriage returns and tabs made visible, long lines cut.</summary>
    private static string Visible(string line)
    {
        string shown = line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return shown.Length > 400 ? shown[..400] + $"... ({shown.Length} characters)" : shown;
    }

    private static void WritePairs(CliRunner runner, PairsStep step)
    {
        string[][] rows = Csv.Parse(File.ReadAllText(runner.PathOf(step.Scored)));
        string[] header = rows[0];
        int Column(string name)
        {
            int at = Array.IndexOf(header, name);
            return at >= 0 ? at : throw new InvalidOperationException($"{step.Scored} has no column {name}.");
        }

        int[] keys = [.. step.Keys.Select(Column)];
        int[] carry = [.. step.Carry.Select(Column)];
        int score = Column(step.Score);
        if (step.Occasion is null)
        {
            runner.Write(step.Pairs, CohortPairs.Write(rows, step.Keys, step.Carry, step.Score));
            return;
        }

        int occasion = Column(step.Occasion);

        var people = new List<(string Key, List<string[]> Rows)>();
        foreach (string[] row in rows[1..])
        {
            string key = string.Join('\u001f', keys.Select(k => row[k]));
            int at = people.FindIndex(p => p.Key == key);
            if (at < 0)
            {
                people.Add((key, [row]));
            }
            else
            {
                people[at].Rows.Add(row);
            }
        }

        var text = new StringBuilder();
        text.Append(string.Join(',', [.. step.Keys, .. step.Carry, "pre", "post"])).Append('\n');
        foreach ((_, List<string[]> group) in people)
        {
            string[]? pre = group.Find(r => r[occasion] == "pre"), post = group.Find(r => r[occasion] == "post");
            string[] first = group[0];
            string[] fields = [.. keys.Select(k => first[k]), .. carry.Select(c => first[c]), pre?[score] ?? "", post?[score] ?? ""];
            text.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        runner.Write(step.Pairs, text.ToString());
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
