using System.CommandLine;
using System.CommandLine.Parsing;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>change &lt;pairs.csv&gt;</c>: reliable and clinically significant change per baseline/follow-up pair (<see cref="ChangeRowScorer"/>),
/// or with <c>--summary</c> the cohort table (<see cref="ChangeSummaryCommand"/>). The criteria are an instrument's (its direction,
/// published reliable change threshold and cut-off) or given on the command line.
/// </summary>
internal static class ChangeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var parts = new Parts();
        var command = new Command("change", "Reliable and clinically significant change per baseline/follow-up pair, or a cohort summary.")
        {
            parts.Pairs, parts.Instrument, parts.Rci, parts.Cutoff, parts.LowerIsBetter, parts.HigherIsBetter, parts.Summary, parts.By, parts.Output, parts.Format, parts.Delimiter, parts.ExcelSafe,
        };
        command.Validators.Add(result => Validate(result, parts));
        command.SetAction(parse =>
        {
            string? instrumentId = parse.GetValue(parts.Instrument);
            Instrument? instrument = instrumentId is null ? null : Instruments.Get(instrumentId);
            ChangeCriteria criteria = Criteria(parse, parts, instrument);
            TextWriter destination = CommandFiles.Destination(output, parse.GetValue(parts.ExcelSafe));
            char delimiter = parse.GetValue(parts.Delimiter);
            return parse.GetValue(parts.Summary)
                ? CommandFiles.WithTable(parse.GetValue(parts.Pairs)!, parse.GetValue(parts.Format), parse.GetValue(parts.Output), destination, error, (reader, writer) => ChangeSummaryCommand.Run(reader, writer, error, criteria, instrument, parse.GetValue(parts.By)), CommandFiles.Reading(delimiter))
                : CsvScorer.ScoreFile(parse.GetValue(parts.Pairs)!, parse.GetValue(parts.Output), new ChangeRowScorer(criteria, instrument), destination, error, showProgress: false, format: parse.GetValue(parts.Format), delimiter: delimiter);
        });
        return command;
    }

    /// <summary>The arguments and options of <c>change</c>, in the order help lists them.</summary>
    private sealed class Parts
    {
        public Argument<FileInfo> Pairs { get; } = new("pairs.csv") { Description = "CSV with a header; columns pre and post (blank = no score); other columns are passed through." };

        public Option<string?> Instrument { get; } = InstrumentOption();

        public Option<double?> Rci { get; } = new("--rci") { Description = "The reliable change threshold on the scores' scale (a change equal to it counts)." };

        public Option<double?> Cutoff { get; } = new("--cutoff") { Description = "The clinical cut-off (a score at or beyond it, in the worse direction, is clinical)." };

        public Option<bool> LowerIsBetter { get; } = new("--lower-is-better") { Description = "Lower scores are better (as for CORE)." };

        public Option<bool> HigherIsBetter { get; } = new("--higher-is-better") { Description = "Higher scores are better (as for DIALOG, activation)." };

        public Option<bool> Summary { get; } = new("--summary") { Description = "Print the cohort table (category, n, percent, lower, upper) instead of one row per pair." };

        public Option<string?> By { get; } = new("--by") { Description = "With --summary: one table per value of this column (for example team)." };

        public Option<FileInfo?> Output { get; } = CommandFiles.OutputOption("the table (Parquet when the name ends in .parquet)");

        public Option<TabularFormat> Format { get; } = TabularFiles.FormatOption();

        public Option<char> Delimiter { get; } = CommandFiles.DelimiterOption();

        public Option<bool> ExcelSafe { get; } = CommandFiles.ExcelSafeOption();

        private static Option<string?> InstrumentOption()
        {
            var option = new Option<string?>("--instrument") { Description = "Take direction, reliable change threshold and cut-off from this instrument (compare clinical scores); yp-core takes its cut-off from age and gender columns." };
            option.AcceptOnlyFromAmong(InstrumentIds);
            return option;
        }
    }

    /// <summary>
    /// The instruments <c>--instrument</c> takes. Change compares an instrument's clinical scores; PAM-13's activation and
    /// the utilities (CORE-6D, EQ-5D, ICECAP-O) are stage outputs, whose change rules are not in their definitions, so they are
    /// not offered; SWEMWBS, whose metric score is a stage, has a reliable change threshold on its primary score and is.
    /// </summary>
    private static readonly string[] InstrumentIds =
        [.. Instruments.All.Where(i => !i.Stages.Any(s => s is CalibrationStage or ValueSetStage) || i.Interpretation.ReliableChange is not null).Select(i => i.Id)];

    private static void Validate(CommandResult result, Parts parts)
    {
        bool lower = result.GetValue(parts.LowerIsBetter), higher = result.GetValue(parts.HigherIsBetter);
        string? instrument = result.GetValue(parts.Instrument);
        if (lower && higher)
        {
            result.AddError("Give only one of --lower-is-better and --higher-is-better.");
        }

        if (instrument is null && (result.GetValue(parts.Rci) is null || (!lower && !higher)))
        {
            result.AddError("Give --instrument, or --rci with --lower-is-better or --higher-is-better (and --cutoff for recovery).");
        }

        // An id the option does not take is the parser's error alone.
        if (instrument is not null && InstrumentIds.Contains(instrument) && result.GetValue(parts.Rci) is null && Instruments.Get(instrument).Interpretation.ReliableChange is null)
        {
            result.AddError($"{instrument} has no published reliable change threshold; give --rci computed from your baseline SD and reliability.");
        }

        if (result.GetValue(parts.Rci) is { } rci && !(rci > 0))
        {
            result.AddError("--rci must be a positive number.");
        }

        if (result.GetValue(parts.By) is not null && !result.GetValue(parts.Summary))
        {
            result.AddError("--by goes with --summary.");
        }
    }

    /// <summary>The instrument's criteria, or those given; <c>--cutoff</c> replaces the instrument's cut-off.</summary>
    private static ChangeCriteria Criteria(ParseResult parse, Parts parts, Instrument? instrument)
    {
        ChangeCriteria criteria = instrument is not null && parse.GetValue(parts.Rci) is null
            ? ChangeCriteria.For(instrument)
            : new ChangeCriteria(
                instrument?.Direction ?? (parse.GetValue(parts.HigherIsBetter) ? ScoreDirection.HigherIsBetter : ScoreDirection.LowerIsBetter),
                new ReliableChangeCriterion(parse.GetValue(parts.Rci)!.Value, ChangeBoundary.AtLeast, "given on the command line"),
                null);
        return parse.GetValue(parts.Cutoff) is { } cutoff ? criteria with { ClinicalCutoff = cutoff } : criteria;
    }
}
