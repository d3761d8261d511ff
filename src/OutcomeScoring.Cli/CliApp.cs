using System.CommandLine;
using System.Text;
using OutcomeScoring.Activation;
using OutcomeScoring.Change;
using OutcomeScoring.Comparison;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Cli;

/// <summary>The <c>outcome-scoring</c> command line: commands, arguments and options.</summary>
internal static class CliApp
{
    /// <summary>Exit code for input that cannot be used at all (missing file, no header, missing item columns).</summary>
    public const int UnusableInput = 1;

    /// <summary>Runs the command line with the given arguments and writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var instrumentArgument = new Argument<string>("instrument")
        {
            Description = "The instrument: core-om, core-10, yp-core, dialog or pam-13 (with --calibration).",
        };
        instrumentArgument.AcceptOnlyFromAmong([.. Instruments.All.Select(i => i.Id), Pam13Id]);

        var inputArgument = new Argument<FileInfo>("input.csv")
        {
            Description = "CSV with a header row; item columns item1..itemN (case-insensitive), blank = not answered; other columns are passed through.",
        };

        var outputOption = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the scored CSV to this file instead of standard output.",
        };

        var referenceOption = new Option<string?>("--reference")
        {
            Description = "yp-core: cut-off table by age and gender: blackshaw (default), twigg2016 or dibiase2021.",
        };
        referenceOption.AcceptOnlyFromAmong([.. YpCore.Instrument.Interpretation.CutoffReferences.Select(r => r.Id)]);

        var nonRiskRuleOption = new Option<string?>("--nonrisk-rule")
        {
            Description = "core-om: non-risk missing-item limit: 2023 (at most 3 missing, the current CST rule; default) or pre-2023 (at most 2).",
        };
        nonRiskRuleOption.AcceptOnlyFromAmong("2023", "pre-2023");

        var bandsOption = new Option<string?>("--bands")
        {
            Description = "core-10: severity bands: common (default: 0-5, 6-10, 11-14, 15-19, 20-24, 25-40) or alternative (0-5, 6-10, 11-15, 16-20, 21-25, 26-40).",
        };
        bandsOption.AcceptOnlyFromAmong("common", "alternative");

        var orderOption = new Option<string?>("--order")
        {
            Description = "dialog: the position order of item1..item11: mhsds (default; friendships 6, partner/family 7) or dialog-plus (the DIALOG+ app: partner/family 6, friendships 7).",
        };
        orderOption.AcceptOnlyFromAmong("mhsds", "dialog-plus");

        var codingOption = new Option<string?>("--coding")
        {
            Description = "dialog: how ratings are coded: 1-7 (default) or 0-6 (read as rating = value + 1).",
        };
        codingOption.AcceptOnlyFromAmong("1-7", "0-6");

        var sqolMinimumOption = new Option<int?>("--sqol-minimum")
        {
            Description = "dialog: minimum rated life-domain items (1-8) for the SQOL mean; default 7.",
        };
        sqolMinimumOption.Validators.Add(r => ValidateRange(r, 1, 8));

        var tsMinimumOption = new Option<int?>("--ts-minimum")
        {
            Description = "dialog: minimum rated treatment items (1-3) for the TS mean; default 2.",
        };
        tsMinimumOption.Validators.Add(r => ValidateRange(r, 1, 3));

        var calibrationOption = new Option<FileInfo?>("--calibration")
        {
            Description = "pam-13 (required): your licensed calibration as JSON (item thresholds or a lookup table; see docs/instruments/pam-13.md). None is shipped.",
        };

        var levelsOption = new Option<string?>("--levels")
        {
            Description = "pam-13: activation level cut points: hibbard2010 (default) or shirley-ryan.",
        };
        levelsOption.AcceptOnlyFromAmong([.. ActivationCutPoints.All.Select(c => c.Id)]);

        var score = new Command("score", "Score every row of a CSV file; one output row per input row, in order, none dropped.")
        {
            instrumentArgument,
            inputArgument,
            outputOption,
            referenceOption,
            nonRiskRuleOption,
            bandsOption,
            orderOption,
            codingOption,
            sqolMinimumOption,
            tsMinimumOption,
            calibrationOption,
            levelsOption,
        };

        score.Validators.Add(result =>
        {
            string? id = result.GetValue(instrumentArgument);
            RequireInstrument(result, referenceOption, "yp-core", id);
            RequireInstrument(result, nonRiskRuleOption, "core-om", id);
            RequireInstrument(result, bandsOption, "core-10", id);
            RequireInstrument(result, orderOption, "dialog", id);
            RequireInstrument(result, codingOption, "dialog", id);
            RequireInstrument(result, sqolMinimumOption, "dialog", id);
            RequireInstrument(result, tsMinimumOption, "dialog", id);
            RequireInstrument(result, calibrationOption, Pam13Id, id);
            RequireInstrument(result, levelsOption, Pam13Id, id);
            if (id == Pam13Id && result.GetResult(calibrationOption) is null)
            {
                result.AddError("score pam-13 needs --calibration <file.json>: the PAM-13 conversion is licensed by Insignia Health and is not shipped; supply your licensed calibration (docs/instruments/pam-13.md).");
            }
        });

        score.SetAction(parse =>
        {
            string id = parse.GetValue(instrumentArgument)!;
            if (id == Pam13Id)
            {
                if (!TryLoadCalibration(parse.GetValue(calibrationOption)!, error, out ICalibration? calibration))
                {
                    return UnusableInput;
                }

                ActivationCutPoints cutPoints = ActivationCutPoints.Get(parse.GetValue(levelsOption) ?? ActivationCutPoints.Hibbard2010.Id);
                return ScoreFile(parse.GetValue(inputArgument)!, parse.GetValue(outputOption), new PamRowScorer(calibration, cutPoints), output, error);
            }

            RowScorer scorer = id switch
            {
                "dialog" => new DialogRowScorer(
                    Dialog.WithMinimumAnswered(parse.GetValue(sqolMinimumOption) ?? 7, parse.GetValue(tsMinimumOption) ?? 2),
                    parse.GetValue(orderOption) == "dialog-plus" ? DialogItemOrder.DialogPlusApp : DialogItemOrder.Mhsds,
                    parse.GetValue(codingOption) == "0-6" ? DialogCoding.ZeroToSix : DialogCoding.OneToSeven),
                _ => new CoreRowScorer(
                    SelectInstrument(id, parse.GetValue(nonRiskRuleOption), parse.GetValue(bandsOption)),
                    parse.GetValue(referenceOption) is { } reference ? Instruments.Get(id).Interpretation.GetCutoffReference(reference) : null),
            };
            return ScoreFile(parse.GetValue(inputArgument)!, parse.GetValue(outputOption), scorer, output, error);
        });

        var responsesArgument = new Argument<FileInfo>("responses.csv")
        {
            Description = "CSV with a header; one response per row, its answer in an 'answer' column (a label such as 'Very good' or 'Don't know', any case, or its number 1-6 in the NHS order).",
        };
        var unitOption = new Option<string>("--unit") { Description = "The column naming each response's unit (for example ward).", Required = true };
        var parentOption = new Option<string?>("--parent") { Description = "The column naming the unit above it (for example site); parents get rows of their own from summed counts." };
        var periodOption = new Option<string?>("--period") { Description = "A column naming each response's period (for example month): one summary per period, each suppressed on its own; adds a leading period column." };
        var questionOption = new Option<string>("--question")
        {
            Description = "Which question: 2020 (from April 2020, experience; default) or 2013 (April 2013 - March 2020, recommend).",
            DefaultValueFactory = _ => "2020",
        };
        questionOption.AcceptOnlyFromAmong("2020", "2013");
        var fftOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the summary to this file instead of standard output." };
        var summarize = new Command("summarize", "Summarise FFT responses per unit as NHS England does: counts, % positive and % negative with Wilson 95% intervals, suppression for publication.")
        {
            responsesArgument,
            unitOption,
            parentOption,
            periodOption,
            questionOption,
            fftOutputOption,
        };
        summarize.SetAction(parse =>
        {
            FftQuestion question = parse.GetValue(questionOption) == "2013" ? FftQuestion.Recommend2013 : FftQuestion.Experience2020;
            return WithFiles(parse.GetValue(responsesArgument)!, parse.GetValue(fftOutputOption), output, error, (reader, writer) =>
                FftSummarizeCommand.Run(reader, writer, error, parse.GetValue(unitOption)!, parse.GetValue(parentOption), parse.GetValue(periodOption), question));
        });
        var fft = new Command("fft", "NHS Friends and Family Test.") { summarize };

        var seriesArgument = new Argument<FileInfo>("series.csv") { Description = "CSV with a header; one point per row, in time order." };
        var valueOption = new Option<string>("--value") { Description = "The column holding each point's value.", Required = true };
        var dateOption = new Option<string?>("--date") { Description = "A column labelling each point (for example month); by default points are numbered from 1." };
        var improvementOption = new Option<string>("--improvement")
        {
            Description = "Which way is better: increase, decrease or neutral (default; signals carry no value judgement).",
            DefaultValueFactory = _ => "neutral",
        };
        improvementOption.AcceptOnlyFromAmong("increase", "decrease", "neutral");
        var targetOption = new Option<double?>("--target") { Description = "A target for assurance (consistently pass, consistently fail, or hit and miss)." };
        var rebaseOption = new Option<int[]>("--rebase-at") { Description = "Row numbers (1-based, in the series) where new limits start; repeat or separate with spaces.", AllowMultipleArgumentsPerToken = true };
        var spcOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the chart table to this file instead of standard output." };
        var spc = new Command("spc", "An XmR chart with the NHS England Making Data Count rules: centre, limits, special causes, target assurance.")
        {
            seriesArgument,
            valueOption,
            dateOption,
            improvementOption,
            targetOption,
            rebaseOption,
            spcOutputOption,
        };
        spc.SetAction(parse =>
        {
            var options = new XmrOptions
            {
                Direction = parse.GetValue(improvementOption) switch
                {
                    "increase" => ImprovementDirection.Increase,
                    "decrease" => ImprovementDirection.Decrease,
                    _ => ImprovementDirection.Neutral,
                },
                Target = parse.GetValue(targetOption),
                RebaseAt = [.. (parse.GetValue(rebaseOption) ?? []).Select(r => r - 1)],
            };
            return WithFiles(parse.GetValue(seriesArgument)!, parse.GetValue(spcOutputOption), output, error, (reader, writer) =>
                SpcCommand.Run(reader, writer, error, parse.GetValue(valueOption)!, parse.GetValue(dateOption), options));
        });

        var unitsArgument = new Argument<FileInfo>("units.csv") { Description = "CSV with a header; one unit per row with a numerator and a denominator." };
        var funnelUnitOption = new Option<string>("--unit") { Description = "The column naming each unit (default: unit).", DefaultValueFactory = _ => "unit" };
        var numeratorOption = new Option<string>("--numerator") { Description = "The column with each unit's numerator (for example positive responses).", Required = true };
        var denominatorOption = new Option<string>("--denominator") { Description = "The column with each unit's denominator (for example total responses).", Required = true };
        var funnelTargetOption = new Option<double?>("--target") { Description = "The target proportion t0 (0-1); by default the pooled proportion." };
        var overdispersionOption = new Option<string>("--overdispersion")
        {
            Description = "Over-dispersion adjustment: none (default), multiplicative or additive (Spiegelhalter 2005; Winsorised phi).",
            DefaultValueFactory = _ => "none",
        };
        overdispersionOption.AcceptOnlyFromAmong("none", "multiplicative", "additive");
        var methodOption = new Option<string>("--method")
        {
            Description = "Limits: normal (default), exact (binomial with interpolation) or arcsine.",
            DefaultValueFactory = _ => "normal",
        };
        methodOption.AcceptOnlyFromAmong("normal", "exact", "arcsine");
        var funnelOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the table to this file instead of standard output." };
        var funnel = new Command("funnel", "Funnel limits (95% and 99.8%) for a proportion per unit, with each unit's z-score and side. Comparisons of providers are exploratory.")
        {
            unitsArgument,
            funnelUnitOption,
            numeratorOption,
            denominatorOption,
            funnelTargetOption,
            overdispersionOption,
            methodOption,
            funnelOutputOption,
        };
        funnel.SetAction(parse =>
        {
            var options = new FunnelOptions
            {
                Target = parse.GetValue(funnelTargetOption),
                Method = parse.GetValue(methodOption) switch
                {
                    "exact" => FunnelMethod.ExactBinomial,
                    "arcsine" => FunnelMethod.Arcsine,
                    _ => FunnelMethod.Normal,
                },
                Overdispersion = parse.GetValue(overdispersionOption) switch
                {
                    "multiplicative" => OverdispersionAdjustment.Multiplicative,
                    "additive" => OverdispersionAdjustment.Additive,
                    _ => OverdispersionAdjustment.None,
                },
            };
            return WithFiles(parse.GetValue(unitsArgument)!, parse.GetValue(funnelOutputOption), output, error, (reader, writer) =>
                FunnelCommand.Run(reader, writer, error, parse.GetValue(funnelUnitOption)!, parse.GetValue(numeratorOption)!, parse.GetValue(denominatorOption)!, options));
        });

        var pairsArgument = new Argument<FileInfo>("pairs.csv") { Description = "CSV with a header; columns pre and post (blank = no score); other columns are passed through." };
        var changeInstrumentOption = new Option<string?>("--instrument") { Description = "Take direction, reliable change threshold and cut-off from this instrument (compare clinical scores); yp-core needs --rci, and takes its cut-off from age and gender columns." };
        changeInstrumentOption.AcceptOnlyFromAmong([.. Instruments.All.Select(i => i.Id)]);
        var rciOption = new Option<double?>("--rci") { Description = "The reliable change threshold on the scores' scale (a change equal to it counts)." };
        var cutoffOption = new Option<double?>("--cutoff") { Description = "The clinical cut-off (a score at or beyond it, in the worse direction, is clinical)." };
        var lowerBetterOption = new Option<bool>("--lower-is-better") { Description = "Lower scores are better (as for CORE)." };
        var higherBetterOption = new Option<bool>("--higher-is-better") { Description = "Higher scores are better (as for DIALOG, activation)." };
        var summaryOption = new Option<bool>("--summary") { Description = "Print the cohort table (category, n, percent, lower, upper) instead of one row per pair." };
        var byOption = new Option<string?>("--by") { Description = "With --summary: one table per value of this column (for example team)." };
        var changeOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var change = new Command("change", "Reliable and clinically significant change per baseline/follow-up pair, or a cohort summary.")
        {
            pairsArgument, changeInstrumentOption, rciOption, cutoffOption, lowerBetterOption, higherBetterOption, summaryOption, byOption, changeOutputOption,
        };
        change.Validators.Add(result =>
        {
            bool lower = result.GetValue(lowerBetterOption), higher = result.GetValue(higherBetterOption);
            string? instrument = result.GetValue(changeInstrumentOption);
            if (lower && higher)
            {
                result.AddError("Give only one of --lower-is-better and --higher-is-better.");
            }

            if (instrument is null && (result.GetValue(rciOption) is null || (!lower && !higher)))
            {
                result.AddError("Give --instrument, or --rci with --lower-is-better or --higher-is-better (and --cutoff for recovery).");
            }

            if (instrument is not null && result.GetValue(rciOption) is null && Instruments.Get(instrument).Interpretation.ReliableChange is null)
            {
                result.AddError($"{instrument} has no published reliable change threshold; give --rci computed from your baseline SD and reliability.");
            }

            if (result.GetValue(rciOption) is { } rci && !(rci > 0))
            {
                result.AddError("--rci must be a positive number.");
            }

            if (result.GetValue(byOption) is not null && !result.GetValue(summaryOption))
            {
                result.AddError("--by goes with --summary.");
            }
        });
        change.SetAction(parse =>
        {
            string? instrumentId = parse.GetValue(changeInstrumentOption);
            ChangeCriteria criteria = instrumentId is not null && parse.GetValue(rciOption) is null
                ? ChangeCriteria.For(Instruments.Get(instrumentId))
                : new ChangeCriteria(
                    instrumentId is not null ? Instruments.Get(instrumentId).Direction : parse.GetValue(higherBetterOption) ? ScoreDirection.HigherIsBetter : ScoreDirection.LowerIsBetter,
                    new ReliableChangeCriterion(parse.GetValue(rciOption)!.Value, ChangeBoundary.AtLeast, "given on the command line"),
                    null);
            if (parse.GetValue(cutoffOption) is { } cutoff)
            {
                criteria = criteria with { ClinicalCutoff = cutoff };
            }

            Instrument? changeInstrument = instrumentId is null ? null : Instruments.Get(instrumentId);
            return parse.GetValue(summaryOption)
                ? WithFiles(parse.GetValue(pairsArgument)!, parse.GetValue(changeOutputOption), output, error, (reader, writer) => ChangeSummaryCommand.Run(reader, writer, error, criteria, changeInstrument, parse.GetValue(byOption)))
                : ScoreFile(parse.GetValue(pairsArgument)!, parse.GetValue(changeOutputOption), new ChangeRowScorer(criteria, changeInstrument), output, error);
        });

        var itemsArgument = new Argument<FileInfo>("items.csv") { Description = "CSV with a header; one person per row, one numeric column per item (blank = missing; such rows are left out)." };
        var reliabilityOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var reliability = new Command("reliability", "Cronbach's alpha with the Feldt 95% interval over complete cases, item-rest correlations and alpha if item deleted.")
        {
            itemsArgument, reliabilityOutputOption,
        };
        reliability.SetAction(parse => WithFiles(parse.GetValue(itemsArgument)!, parse.GetValue(reliabilityOutputOption), output, error, (reader, writer) => ReliabilityCommand.Run(reader, writer, error)));

        var folderArgument = new Argument<DirectoryInfo>("folder") { Description = "A folder of CSV inputs with the names in docs/report.md (any subset), and optionally report.json." };
        var reportOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the HTML report to this file instead of standard output." };
        var pngOption = new Option<bool>("--png") { Description = "Embed charts as PNG images instead of inline SVG." };
        var report = new Command("report", "A self-contained HTML service report (tables, charts, method notes and sources) from a folder of the CSV files the other commands read.")
        {
            folderArgument, reportOutputOption, pngOption,
        };
        report.SetAction(parse => Report.ReportCommand.Run(parse.GetValue(folderArgument)!, parse.GetValue(reportOutputOption), parse.GetValue(pngOption), output, error));

        var root = new RootCommand("outcome-scoring: scores questionnaire answers in CSV files (CORE-OM, CORE-10, YP-CORE, DIALOG, and PAM-13 with your licensed calibration) with the OutcomeScoring library.")
        {
            score,
            fft,
            spc,
            funnel,
            change,
            reliability,
            report,
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction parseError)
        {
            // Standard output carries CSV: a usage error goes to standard error alone, without the help text.
            parseError.ShowHelp = false;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private const string Pam13Id = "pam-13";

    private static bool TryLoadCalibration(FileInfo file, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ICalibration? calibration)
    {
        calibration = null;
        if (!file.Exists)
        {
            error.WriteLine($"error: calibration file not found: {file.FullName}");
            return false;
        }

        try
        {
            using FileStream stream = file.OpenRead();
            calibration = Calibration.Load(stream);
            Pam13.CheckCalibration(calibration);
            return true;
        }
        catch (CalibrationException ex)
        {
            error.WriteLine($"error: calibration file {file.Name}: {ex.Message}");
            calibration = null;
            return false;
        }
    }

    private static void ValidateRange(System.CommandLine.Parsing.OptionResult result, int minimum, int maximum)
    {
        if (result.GetValueOrDefault<int?>() is { } value && (value < minimum || value > maximum))
        {
            result.AddError($"{result.Option.Name} must be between {minimum} and {maximum}; got {value}.");
        }
    }

    /// <summary>An option that belongs to one instrument is a usage error with any other.</summary>
    private static void RequireInstrument(System.CommandLine.Parsing.CommandResult result, Option option, string instrumentId, string? chosen)
    {
        if (result.GetResult(option) is { Implicit: false } && chosen is not null && chosen != instrumentId)
        {
            result.AddError($"{option.Name} applies only to {instrumentId}, not {chosen}.");
        }
    }

    private static Instrument SelectInstrument(string id, string? nonRiskRule, string? bands) => id switch
    {
        "core-om" when nonRiskRule == "pre-2023" => CoreOm.InstrumentWithPre2023NonRiskRule,
        "core-10" when bands == "alternative" => Core10.InstrumentWithAlternativeBands,
        _ => Instruments.Get(id),
    };

    private static int ScoreFile(FileInfo input, FileInfo? outputFile, RowScorer scorer, TextWriter output, TextWriter error) =>
        WithFiles(input, outputFile, output, error, (reader, writer) => CsvScorer.Score(reader, writer, error, scorer));

    /// <summary>
    /// Opens the input (UTF-8, BOM recognised) and the output (standard output, or a file written beside the target
    /// and moved into place only on success, so a failed run leaves no half-written file), then runs the command.
    /// </summary>
    private static int WithFiles(FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, Func<TextReader, TextWriter, int> run)
    {
        if (!input.Exists)
        {
            error.WriteLine($"error: input file not found: {input.FullName}");
            return UnusableInput;
        }

        using var reader = new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        if (outputFile is null)
        {
            return run(reader, output);
        }

        string temporary = outputFile.FullName + ".partial";
        int code = UnusableInput;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                code = run(reader, writer);
            }

            if (code == 0)
            {
                File.Move(temporary, outputFile.FullName, overwrite: true);
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return code;
    }
}
