using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score &lt;instrument&gt; &lt;input.csv&gt;</c> and <c>score --definition &lt;file.json&gt; &lt;input.csv&gt;</c>: every row of a CSV
/// file scored, one output row per input row (docs/cli.md). The instruments, their cut-off tables, limits, bands and
/// defaults are the library's; the option names and values are the command line's contract.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>The instruments whose cut-off table <c>score --reference</c> chooses.</summary>
    private static readonly Instrument[] ReferenceInstruments = [CoreOm.Instrument, YpCore.Instrument];

    /// <summary>The instrument ids <c>score</c> takes, in the order its messages list them.</summary>
    private static readonly string[] InstrumentIds = [.. Instruments.All.Select(i => i.Id)];

    /// <summary>The instruments help describes in words after the others: CORE-6D (read from a CORE-OM file) and PAM-13 (with a calibration).</summary>
    private static readonly string[] DescribedIds = [Core6D.Instrument.Id, Pam13.Instrument.Id];

    /// <summary>The built-in instruments whose value set <c>score --value-set</c> chooses (more than one value-set stage).</summary>
    private static readonly Instrument[] ValueSetInstruments = [.. Instruments.All.Where(ValueSetChoice.Offers)];

    private static readonly OptionValues<Instrument> NonRiskRules = new(("2023", CoreOm.Instrument), ("pre-2023", CoreOm.InstrumentWithPre2023NonRiskRule));

    private static readonly OptionValues<Instrument> BandSets = new(("common", Core10.Instrument), ("alternative", Core10.InstrumentWithAlternativeBands));

    private static readonly OptionValues<bool> Shapes = new(("forms", false), ("mhsds", true));

    private static readonly OptionValues<ProratedItemSums> ProratedSums = new(("leave-out", ProratedItemSums.LeaveOut), ("prorate", ProratedItemSums.Prorate));

    internal static readonly OptionValues<ActivationCutPoints> LevelSets = new([.. ActivationCutPoints.All.Select(c => (c.Id, c))]);

    private static readonly OptionValues<DialogItemOrder> Orders = new(("mhsds", DialogItemOrder.Mhsds), ("dialog-plus", DialogItemOrder.DialogPlusApp));

    private static readonly OptionValues<DialogCoding> Codings = new(
        (Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.OneToSeven).WrittenScale.ToString(), DialogCoding.OneToSeven),
        (Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.ZeroToSix).WrittenScale.ToString(), DialogCoding.ZeroToSix));

    /// <summary>Builds the command; <paramref name="errorIsTerminal"/> says whether progress may be shown.</summary>
    public static Command Create(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var parts = new Parts();
        var command = new Command("score", "Score every row of a CSV file; one output row per input row, in order, none dropped." + Usage.Needs("<instrument> <input.csv> with item columns item1..itemN (or --definition <file.json> <input.csv>); pam-13 also --calibration <file.json>"));
        command.Arguments.Add(parts.Instrument);
        command.Arguments.Add(parts.Input);
        foreach (Option option in (Option[])[parts.Output, parts.Format, parts.Delimiter, parts.ExcelSafe, parts.Quiet, parts.FailOnRowErrors, parts.Shape, parts.ProratedSums, parts.Definition, parts.Reference, parts.ValueSet, .. parts.InstrumentOptions])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result => Validate(result, parts));
        command.SetAction(parse => Run(parse, parts, output, error, errorIsTerminal));
        return command;
    }

    /// <summary>The arguments and options of <c>score</c>, in the order help lists them.</summary>
    private sealed class Parts
    {
        // Both positional arguments are optional to the parser so that `score --definition <file.json> <input.csv>` can
        // leave out the instrument; the validator requires them otherwise, with the parser's own messages.
        public Argument<string?> Instrument { get; } = new("instrument")
        {
            Description = $"The instrument: {Usage.OneOf([.. InstrumentIds.Except(DescribedIds), $"{Core6D.Instrument.Id} (the CORE-6D utility from a CORE-OM file)", $"{Pam13.Instrument.Id} (with --calibration)"])}. Left out with --definition.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        public Argument<FileInfo?> Input { get; } = new("input.csv")
        {
            Description = "CSV with a header row; item columns item1..itemN (case-insensitive), blank = not answered; other columns are passed through.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        public Option<FileInfo?> Output { get; } = CommandFiles.OutputOption("the scored CSV (Parquet when the name ends in .parquet)");

        public Option<TabularFormat> Format { get; } = TabularFiles.FormatOption();

        public Option<char> Delimiter { get; } = CommandFiles.DelimiterOption();

        public Option<bool> ExcelSafe { get; } = CommandFiles.ExcelSafeOption();

        public Option<bool> Quiet { get; } = new("--quiet", "-q")
        {
            Description = "Show no progress. (Progress on rows scored is shown on standard error only when writing to --output and standard error is a terminal.)",
        };

        public Option<bool> FailOnRowErrors { get; } = new("--fail-on-row-errors")
        {
            Description = $"Exit with code {RowTally.RowErrors} when any row has a reason in its error column (every row is still written). With --output a one-line count of rows read, scored, not computable and with errors goes to standard error (not with --quiet).",
        };

        public Option<string?> Shape { get; } = Shapes.Option(
            "--shape",
            "The output's shape: forms (default: one row per form, the definition's result columns) or mhsds (the Mental Health Services Data Set's coded scores: one row per score, item or stage with a SNOMED CT code, columns CodedAssToolType, PersScore, scored; docs/cli.md).");

        public Option<string?> ProratedSums { get; } = ScoreCommand.ProratedSums.Option(
            "--prorated-sums",
            "With --shape mhsds: how a prorated score that MHSDS codes as an item sum (the CORE-OM domains) is written: leave-out (default: complete forms only) or prorate (the mean times the item count). How MHSDS expects it was not found.");

        public Option<FileInfo?> Definition { get; } = new("--definition")
        {
            Description = "Score with an instrument written down as JSON (docs/defining-instruments.md; `outcome-scoring definition <id>` prints a built-in's) instead of a built-in; give the input file alone. The columns are the definition's result columns.",
        };

        // Checked by the validator: with --definition the definition's own tables are allowed.
        public Option<string?> Reference { get; } = new("--reference")
        {
            Description = $"yp-core: cut-off table by age and gender: {Usage.OneOf(TableIds(YpCore.Instrument), YpCore.Instrument.Interpretation.DefaultCutoffs!.Id)}. "
                + $"core-om: add a <score>_clinical_range column for each score the table covers (by the gender column where the table is by gender): {Usage.OneOf(TableIds(CoreOm.Instrument))}.",
        };

        // Checked by the validator: with --definition the definition's own value sets are allowed.
        public Option<string?> ValueSet { get; } = new("--value-set")
        {
            Description = "The value set the utility columns are scored with, recorded in each row: "
                + string.Join("; ", ValueSetInstruments.Select(i => $"{i.Id}: {Usage.OneOf(ValueSetChoice.Ids(i), ValueSetChoice.Default(i)!)}"))
                + ". With --definition, one of the definition's value-set stages.",
        };

        public Option<string?> NonRiskRule { get; } = NonRiskRules.Option(
            "--nonrisk-rule",
            $"core-om: non-risk missing-item limit: 2023 (at most {NonRiskLimit(CoreOm.Instrument)} missing, the current CST rule; default) or pre-2023 (at most {NonRiskLimit(CoreOm.InstrumentWithPre2023NonRiskRule)}).");

        public Option<string?> Bands { get; } = BandSets.Option(
            "--bands",
            $"core-10: severity bands: common (default: {BandRanges(Core10.Instrument)}) or alternative ({BandRanges(Core10.InstrumentWithAlternativeBands)}).");

        public Option<string?> Order { get; } = ColumnOrderOption();

        public Option<string?> Coding { get; } = Codings.Option(
            "--coding",
            $"dialog: how ratings are coded: {Codings.Describe(DialogCoding.OneToSeven)} (read as rating = value + {Dialog.Instrument.Scale.Minimum - Dialog.Layout(DialogItemOrder.Mhsds, DialogCoding.ZeroToSix).WrittenScale.Minimum}).");

        public Option<int?> SqolMinimum { get; } = Minimum("--sqol-minimum", "life-domain", "SQOL", Dialog.QualityOfLife);

        public Option<int?> TsMinimum { get; } = Minimum("--ts-minimum", "treatment", "TS", Dialog.TreatmentSatisfaction);

        public Option<FileInfo?> Calibration { get; } = new("--calibration")
        {
            Description = "pam-13 (required): your licensed calibration as JSON (item thresholds or a lookup table; see docs/instruments/pam-13.md). None is shipped. With --definition, the calibration of the definition's calibration stage.",
        };

        public Option<string?> Levels { get; } = LevelSets.Option("--levels", $"pam-13: activation level cut points: {LevelSets.Describe(ActivationCutPoints.Hibbard2010)}.");

        /// <summary>Gets the options of particular instruments, in the order help lists them.</summary>
        public Option[] InstrumentOptions => [NonRiskRule, Bands, Order, Coding, SqolMinimum, TsMinimum, Calibration, Levels];

        /// <summary>
        /// Gets the options of built-in instruments, which <c>--definition</c> does not take (<c>--order</c> it takes: a
        /// definition declares its column orders; <c>--calibration</c> too: a definition may declare a calibration stage).
        /// </summary>
        public Option[] BuiltInOnly => [.. InstrumentOptions.Where(o => o != Order && o != Calibration)];
    }

    /// <summary>
    /// <c>--order</c>: DIALOG's position orders, or with <c>--definition</c> one of the column orders the definition declares
    /// (checked when it is read); the names are offered in help and completion as the parser's own list would.
    /// </summary>
    private static Option<string?> ColumnOrderOption()
    {
        var option = new Option<string?>("--order")
        {
            Description = $"dialog: the position order of item1..item{Dialog.Items.Length}: mhsds (default; {SwappedPositions(DialogItemOrder.Mhsds)}) or dialog-plus (the DIALOG+ app: {SwappedPositions(DialogItemOrder.DialogPlusApp)}). With --definition, one of the definition's column orders (columnOrders).",
        };
        option.CompletionSources.Add(Orders.Names);
        return option;
    }

    /// <summary>A DIALOG minimum number of rated items: 1 to the score's items, by default as many as the definition's missing-item limit allows.</summary>
    private static Option<int?> Minimum(string name, string items, string mean, ScoreDefinition score)
    {
        int count = score.Items.Length;
        var option = new Option<int?>(name)
        {
            Description = $"dialog: minimum rated {items} items (1-{count}) for the {mean} mean; default {DefaultMinimum(score)}.",
        };
        option.Validators.Add(r => Usage.ValidateRange(r, 1, count));
        return option;
    }

    /// <summary>The fewest rated items a DIALOG mean needs by default: its items less the definition's missing-item limit.</summary>
    internal static int DefaultMinimum(ScoreDefinition score) => score.Items.Length - score.MaximumMissing;

    private static string[] TableIds(Instrument instrument) => [.. instrument.Interpretation.CutoffReferences.Select(r => r.Id)];

    private static int NonRiskLimit(Instrument coreOm) => coreOm.Scores.First(s => s.Id == CoreOm.NonRisk.Id).MaximumMissing;

    /// <summary>The severity bands as whole-number ranges, for example <c>0-5, 6-10, ..., 25-40</c> (the last up to the highest clinical score).</summary>
    private static string BandRanges(Instrument instrument)
    {
        double highest = instrument.Scale.Maximum * instrument.ClinicalMultiplier;
        return string.Join(", ", instrument.Interpretation.SeverityBands!.Bands.Select(b =>
            string.Create(CultureInfo.InvariantCulture, $"{b.LowerBound}-{(double.IsPositiveInfinity(b.UpperBound) ? highest : b.UpperBound - 1)}")));
    }

    /// <summary>Where the two items the orders swap stand, for example <c>friendships 6, partner/family 7</c>.</summary>
    private static string SwappedPositions(DialogItemOrder order)
    {
        DialogDomain[] swapped = [.. new[] { DialogDomain.Friendships, DialogDomain.PartnerFamily }.OrderBy(d => Dialog.PositionOf(d, order))];
        return string.Join(", ", swapped.Select(d => $"{(d == DialogDomain.Friendships ? "friendships" : "partner/family")} {Dialog.PositionOf(d, order)}"));
    }

    private static void Validate(CommandResult result, Parts parts)
    {
        string? id = result.GetValue(parts.Instrument);
        if (result.GetResult(parts.Definition) is { Implicit: false })
        {
            ValidateFormat(result, parts, null);
            ValidateDefinitionScoring(result, id, result.GetValue(parts.Input), parts.BuiltInOnly);
            return;
        }

        id = KnownId(id);
        ValidateFormat(result, parts, id is null ? null : Instruments.All.FirstOrDefault(i => i.Id == id));

        if (!ValidateInstrumentAndInput(result, id, result.GetValue(parts.Input)) || !ValidateReference(result, parts.Reference, id)
            || !ValidateValueSet(result, parts.ValueSet, id))
        {
            return;
        }

        if (result.GetValue(parts.Order) is { } order && !Orders.TryGet(order, out _))
        {
            result.AddError(Usage.NotRecognized(order, Orders.Names));
        }

        Usage.RequireInstrument(result, parts.NonRiskRule, CoreOm.Instrument.Id, id);
        Usage.RequireInstrument(result, parts.Bands, Core10.Instrument.Id, id);
        foreach (Option option in (Option[])[parts.Order, parts.Coding, parts.SqolMinimum, parts.TsMinimum])
        {
            Usage.RequireInstrument(result, option, Dialog.Instrument.Id, id);
        }

        Usage.RequireInstrument(result, parts.Calibration, Pam13.Instrument.Id, id);
        Usage.RequireInstrument(result, parts.Levels, Pam13.Instrument.Id, id);
        if (id == Pam13.Instrument.Id && result.GetResult(parts.Calibration) is null)
        {
            result.AddError("score pam-13 needs --calibration <file.json>: the PAM-13 conversion is licensed by Insignia Health and is not shipped; supply your licensed calibration (docs/instruments/pam-13.md).");
        }
    }

    /// <summary>
    /// <c>--shape mhsds</c> needs an instrument with SNOMED CT codes and reads forms in MHSDS order (DIALOG's <c>--order</c> and
    /// <c>--coding</c> do not go with it); <c>--prorated-sums</c> goes with it only.
    /// </summary>
    private static void ValidateFormat(CommandResult result, Parts parts, Instrument? instrument)
    {
        bool mhsds = result.GetValue(parts.Shape) is { } shape && Shapes.TryGet(shape, out bool isLong) && isLong;
        if (!mhsds)
        {
            if (result.GetResult(parts.ProratedSums) is { Implicit: false })
            {
                result.AddError("--prorated-sums goes with --shape mhsds.");
            }

            return;
        }

        if (instrument is not null && !MhsdsWriter.HasCodes(instrument))
        {
            result.AddError($"--shape mhsds: {instrument.Id} has no SNOMED CT code in the MHSDS reference data, so it has no MHSDS shape; instruments with codes: {string.Join(", ", Instruments.All.Where(MhsdsWriter.HasCodes).Select(i => i.Id))}.");
        }

        foreach (Option option in (Option[])[parts.Order, parts.Coding, parts.Reference])
        {
            if (result.GetResult(option) is { Implicit: false })
            {
                result.AddError($"{option.Name} does not go with --shape mhsds, which reads forms in MHSDS order and writes no cut-off columns.");
            }
        }
    }

    /// <summary>`score &lt;instrument&gt; &lt;input.csv&gt;`: both required, the instrument one of those known (the parser's own messages).</summary>
    private static bool ValidateInstrumentAndInput(CommandResult result, string? id, FileInfo? input)
    {
        if (id is null)
        {
            result.AddError("Required argument 'instrument' missing for command: 'score'.");
        }
        else if (!InstrumentIds.Contains(id))
        {
            result.AddError(NameMatch.NotRecognized(id, InstrumentIds));
        }

        if (input is null)
        {
            result.AddError("Required argument 'input.csv' missing for command: 'score'.");
        }

        return id is not null && InstrumentIds.Contains(id) && input is not null;
    }

    /// <summary>`--reference`: a table of a built-in that has tables, and one of the chosen instrument's; <see langword="false"/> stops further checks.</summary>
    private static bool ValidateReference(CommandResult result, Option<string?> referenceOption, string? id)
    {
        string[] builtInReferences = [.. ReferenceInstruments.SelectMany(TableIds)];
        if (result.GetValue(referenceOption) is { } named && !builtInReferences.Contains(named))
        {
            result.AddError(Usage.NotRecognized(named, builtInReferences));
            return false;
        }

        Usage.RequireInstrument(result, referenceOption, id, [.. ReferenceInstruments.Select(i => i.Id)]);
        if (result.GetValue(referenceOption) is { } reference && Array.Find(ReferenceInstruments, i => i.Id == id) is { } withTables
            && !TableIds(withTables).Contains(reference))
        {
            result.AddError($"--reference {reference} is not a {id} table; {id} takes {Usage.OneOf(TableIds(withTables))}.");
        }

        return true;
    }

    /// <summary>`--value-set`: a value set of a built-in that offers a choice, and one of the chosen instrument's; <see langword="false"/> stops further checks.</summary>
    private static bool ValidateValueSet(CommandResult result, Option<string?> valueSetOption, string? id)
    {
        string[] builtInValueSets = [.. ValueSetInstruments.SelectMany(ValueSetChoice.Ids)];
        if (result.GetValue(valueSetOption) is { } named && !builtInValueSets.Contains(named))
        {
            result.AddError(Usage.NotRecognized(named, builtInValueSets));
            return false;
        }

        Usage.RequireInstrument(result, valueSetOption, id, [.. ValueSetInstruments.Select(i => i.Id)]);
        if (result.GetValue(valueSetOption) is { } valueSet && Array.Find(ValueSetInstruments, i => i.Id == id) is { } withValueSets
            && !ValueSetChoice.Ids(withValueSets).Contains(valueSet))
        {
            result.AddError($"--value-set {valueSet} is not a value set of {id}; {id} takes {Usage.OneOf(ValueSetChoice.Ids(withValueSets))}.");
        }

        return true;
    }

    /// <summary>`score --definition &lt;file.json&gt; &lt;input.csv&gt;`: one positional argument, and no option of a built-in instrument.</summary>
    private static void ValidateDefinitionScoring(CommandResult result, string? first, FileInfo? second, Option[] builtInOptions)
    {
        if (first is null)
        {
            result.AddError("Required argument 'input.csv' missing for command: 'score'.");
        }
        else if (second is not null)
        {
            result.AddError($"score --definition takes the input file alone; the definition names the instrument, so leave out '{first}'.");
        }

        foreach (Option option in builtInOptions)
        {
            if (result.GetResult(option) is { Implicit: false })
            {
                result.AddError($"{option.Name} applies to a built-in instrument, not to --definition.");
            }
        }
    }

    private static int Run(ParseResult parse, Parts parts, TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        string id = parse.GetValue(parts.Instrument)!;
        output = CommandFiles.Destination(output, parse.GetValue(parts.ExcelSafe));
        FileInfo? outputFile = parse.GetValue(parts.Output);
        bool showProgress = errorIsTerminal && outputFile is not null && !parse.GetValue(parts.Quiet);
        var tally = new RowTally(writeSummary: outputFile is not null && !parse.GetValue(parts.Quiet), parse.GetValue(parts.FailOnRowErrors));
        char delimiter = parse.GetValue(parts.Delimiter);
        if (parse.GetValue(parts.Definition) is { } definitionFile)
        {
            // The one positional argument given is the input file.
            return ScoreWithDefinition(definitionFile, new FileInfo(id), (parse.GetValue(parts.Reference), parse.GetValue(parts.ValueSet), parse.GetValue(parts.Order), parse.GetValue(parts.Calibration)), outputFile, output, error, showProgress, tally, (delimiter, MhsdsShape(parse, parts), parse.GetValue(parts.Format)));
        }

        id = KnownId(id)!;
        if (MhsdsShape(parse, parts) is { } prorated)
        {
            Instrument instrument = id == Dialog.Instrument.Id
                ? DialogWithMinimums(parse, parts)
                : SelectInstrument(id, parse.GetValue(parts.NonRiskRule), parse.GetValue(parts.Bands), parse.GetValue(parts.ValueSet));
            return ScoreToMhsds(instrument, parse.GetValue(parts.Input)!, outputFile, output, error, tally, (delimiter, prorated, parse.GetValue(parts.Format)));
        }

        RowScorer? scorer = id switch
        {
            _ when id == Pam13.Instrument.Id => TryLoadCalibration(parse.GetValue(parts.Calibration)!, error, out ICalibration? calibration)
                ? new CoreRowScorer(Pam13.WithCalibration(calibration, parse.GetValue(parts.Levels) is { } levels ? LevelSets[levels] : null), null)
                : null,
            _ when id == Dialog.Instrument.Id => new CoreRowScorer(
                DialogWithMinimums(parse, parts),
                null,
                Dialog.Layout(
                    parse.GetValue(parts.Order) is { } order ? Orders[order] : DialogItemOrder.Mhsds,
                    parse.GetValue(parts.Coding) is { } coding ? Codings[coding] : DialogCoding.OneToSeven)),
            _ => new CoreRowScorer(
                SelectInstrument(id, parse.GetValue(parts.NonRiskRule), parse.GetValue(parts.Bands), parse.GetValue(parts.ValueSet)),
                parse.GetValue(parts.Reference) is { } reference ? Instruments.Get(id).Interpretation.GetCutoffReference(reference) : null),
        };
        return scorer is null ? CliApp.UnusableInput : CsvScorer.ScoreFile(parse.GetValue(parts.Input)!, outputFile, scorer, output, error, showProgress, tally, format: parse.GetValue(parts.Format), delimiter: delimiter);
    }

    /// <summary>DIALOG with <c>--sqol-minimum</c> and <c>--ts-minimum</c> (by default as many rated items as its definition requires).</summary>
    private static Instrument DialogWithMinimums(ParseResult parse, Parts parts) =>
        Dialog.WithMinimumAnswered(parse.GetValue(parts.SqolMinimum) ?? DefaultMinimum(Dialog.QualityOfLife), parse.GetValue(parts.TsMinimum) ?? DefaultMinimum(Dialog.TreatmentSatisfaction));

    /// <summary>With <c>--shape mhsds</c>, how prorated item sums are written; otherwise <see langword="null"/> (one row per form).</summary>
    private static ProratedItemSums? MhsdsShape(ParseResult parse, Parts parts) =>
        parse.GetValue(parts.Shape) is { } shape && Shapes[shape] ? ProratedSums[parse.GetValue(parts.ProratedSums) ?? "leave-out"] : null;

    /// <summary>Writes a file's forms in the MHSDS shape (<see cref="MhsdsWriter"/>).</summary>
    private static int ScoreToMhsds(Instrument instrument, FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, RowTally tally, (char Delimiter, ProratedItemSums Prorated, TabularFormat Format) how) =>
        CommandFiles.WithTable(input, how.Format, outputFile, output, error, (reader, writer) => MhsdsWriter.Run(reader, writer, error, instrument, how.Prorated, tally), CommandFiles.Reading(how.Delimiter));

    /// <summary>The instrument id typed in any case and punctuation (<c>CORE-10</c>, <c>core10</c>) as its id; anything else unchanged.</summary>
    private static string? KnownId(string? typed) => typed is null ? null : NameMatch.Find(typed, InstrumentIds) ?? typed;

    private static Instrument SelectInstrument(string id, string? nonRiskRule, string? bands, string? valueSet) => id switch
    {
        _ when id == CoreOm.Instrument.Id && nonRiskRule is not null => NonRiskRules[nonRiskRule],
        _ when id == Core10.Instrument.Id && bands is not null => BandSets[bands],
        _ when valueSet is not null => ValueSetChoice.Choose(Instruments.Get(id), valueSet),
        _ => Instruments.Get(id),
    };

    /// <summary>
    /// Binds <c>--calibration</c> to a definition's one calibration stage (<see cref="Instrument.WithCalibration(ICalibration)"/>);
    /// a file that cannot be read, a definition without exactly one calibration stage, or a calibration that does not fit the
    /// stage is an unusable input.
    /// </summary>
    private static bool TryBindCalibration(ref Instrument instrument, FileInfo file, TextWriter error)
    {
        int stages = instrument.Stages.Count(s => s is CalibrationStage);
        if (stages != 1)
        {
            error.WriteLine($"error: --calibration: {instrument.Name} declares {(stages == 0 ? "no calibration stage" : $"{stages} calibration stages")}; --calibration binds the calibration of a definition with one.");
            return false;
        }

        if (!CommandFiles.TryRead<ICalibration, CalibrationException>(file, "calibration", Activation.Calibration.Load, error, out ICalibration? calibration))
        {
            return false;
        }

        try
        {
            instrument = instrument.WithCalibration(calibration);
            return true;
        }
        catch (CalibrationException e)
        {
            error.WriteLine($"error: --calibration {file.Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Reads the licensee's calibration; a missing file, or one that cannot be read or does not fit PAM-13, is an unusable input.</summary>
    internal static bool TryLoadCalibration(FileInfo file, TextWriter error, [NotNullWhen(true)] out ICalibration? calibration) =>
        CommandFiles.TryRead<ICalibration, CalibrationException>(file, "calibration", stream =>
        {
            ICalibration read = Activation.Calibration.Load(stream);
            Pam13.CheckCalibration(read);
            return read;
        }, error, out calibration);

    /// <summary>Scores a file with a definition read from JSON; the definition's problems, or an unknown --reference or --value-set, are an unusable input.</summary>
    private static int ScoreWithDefinition(FileInfo definitionFile, FileInfo input, (string? Reference, string? ValueSet, string? Order, FileInfo? Calibration) chosen, FileInfo? outputFile, TextWriter output, TextWriter error, bool showProgress, RowTally tally, (char Delimiter, ProratedItemSums? Mhsds, TabularFormat Format) how)
    {
        string? referenceId = chosen.Reference;
        if (!DefinitionCommand.TryLoad(definitionFile, error, out Instrument? instrument)
            || (chosen.Calibration is { } calibrationFile && !TryBindCalibration(ref instrument, calibrationFile, error)))
        {
            return CliApp.UnusableInput;
        }

        if (chosen.ValueSet is { } valueSet)
        {
            if (ValueSetChoice.Problem(instrument, valueSet) is { } problem)
            {
                error.WriteLine(problem);
                return CliApp.UnusableInput;
            }

            instrument = ValueSetChoice.Choose(instrument, valueSet);
        }

        CutoffReference? reference = null;
        if (referenceId is not null)
        {
            reference = instrument.Interpretation.CutoffReferences.FirstOrDefault(r => string.Equals(r.Id, referenceId, StringComparison.OrdinalIgnoreCase));
            if (reference is null)
            {
                string[] known = TableIds(instrument);
                error.WriteLine(known.Length == 0
                    ? $"error: --reference {referenceId}: {instrument.Name} has no cut-off table."
                    : $"error: --reference {referenceId} is not a table of {instrument.Name}; it has {string.Join(", ", known)}.");
                return CliApp.UnusableInput;
            }
        }

        if (how.Mhsds is { } prorated)
        {
            if (!MhsdsWriter.HasCodes(instrument))
            {
                error.WriteLine($"error: --shape mhsds: {instrument.Name} has no SNOMED CT code (a \"codes\" entry with the system {PublicCode.SnomedCt}), so it has no MHSDS shape.");
                return CliApp.UnusableInput;
            }

            return ScoreToMhsds(instrument, input, outputFile, output, error, tally, (how.Delimiter, prorated, how.Format));
        }

        FormLayout? layout = null;
        if (chosen.Order is { } order)
        {
            if (!instrument.ColumnOrders.Any(o => string.Equals(o.Name, order, StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine(instrument.ColumnOrders.IsEmpty
                    ? $"error: --order {order}: {instrument.Name} declares no column order (columnOrders)."
                    : $"error: --order {order} is not a column order of {instrument.Name}; it declares {string.Join(", ", instrument.ColumnOrders.Select(o => o.Name))}.");
                return CliApp.UnusableInput;
            }

            layout = FormLayout.For(instrument, order);
        }

        return CsvScorer.ScoreFile(input, outputFile, new CoreRowScorer(instrument, reference, layout), output, error, showProgress, tally, format: how.Format, delimiter: how.Delimiter);
    }
}
