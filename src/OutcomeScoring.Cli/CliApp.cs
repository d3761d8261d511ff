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
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        // Both positional arguments are optional to the parser so that `score --definition <file.json> <input.csv>` can
        // leave out the instrument; the score command's validator requires them otherwise, with the parser's own messages.
        var instrumentArgument = new Argument<string?>("instrument")
        {
            Description = "The instrument: core-om, core-10, yp-core, gp-core, core-sf-a, core-sf-b, core-6d (the CORE-6D utility from a CORE-OM file), dialog or pam-13 (with --calibration). Left out with --definition.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var inputArgument = new Argument<FileInfo?>("input.csv")
        {
            Description = "CSV with a header row; item columns item1..itemN (case-insensitive), blank = not answered; other columns are passed through.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var definitionOption = new Option<FileInfo?>("--definition")
        {
            Description = "Score with an instrument written down as JSON (docs/defining-instruments.md; `outcome-scoring definition <id>` prints a built-in's) instead of a built-in; give the input file alone. The columns are the definition's result columns.",
        };

        var outputOption = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the scored CSV to this file instead of standard output.",
        };

        var referenceOption = new Option<string?>("--reference")
        {
            Description = "yp-core: cut-off table by age and gender: blackshaw (default), twigg2016 or dibiase2021. "
                + "core-om: add a <score>_clinical_range column for each score the table covers: connell2007 (all items, everyone), "
                + "evans2002, palmieri2009 (Italy) or feixas2016 (Spain) (every score, by the gender column).",
        };
        // Checked by the score command's validator: with --definition the definition's own tables are allowed.
        string[] builtInReferences = [.. ReferenceInstruments.SelectMany(i => i.Interpretation.CutoffReferences.Select(r => r.Id))];

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

        var quietOption = new Option<bool>("--quiet", "-q")
        {
            Description = "Show no progress. (Progress on rows scored is shown on standard error only when writing to --output and standard error is a terminal.)",
        };

        var score = new Command("score", "Score every row of a CSV file; one output row per input row, in order, none dropped.")
        {
            instrumentArgument,
            inputArgument,
            outputOption,
            quietOption,
            definitionOption,
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
            if (result.GetResult(definitionOption) is { Implicit: false })
            {
                ValidateDefinitionScoring(result, id, result.GetValue(inputArgument), [nonRiskRuleOption, bandsOption, orderOption, codingOption, sqolMinimumOption, tsMinimumOption, calibrationOption, levelsOption]);
                return;
            }

            if (!ValidateInstrumentAndInput(result, id, result.GetValue(inputArgument), [.. Instruments.All.Select(i => i.Id), Core6DRowScorer.Id, Pam13Id]))
            {
                return;
            }

            if (result.GetValue(referenceOption) is { } named && !builtInReferences.Contains(named))
            {
                result.AddError(NotRecognized(named, builtInReferences));
                return;
            }

            RequireInstrument(result, referenceOption, id, [.. ReferenceInstruments.Select(i => i.Id)]);
            if (result.GetValue(referenceOption) is { } reference && Array.Find(ReferenceInstruments, i => i.Id == id) is { } withTables
                && !withTables.Interpretation.CutoffReferences.Any(r => r.Id == reference))
            {
                string[] known = [.. withTables.Interpretation.CutoffReferences.Select(r => r.Id)];
                result.AddError($"--reference {reference} is not a {id} table; {id} takes {string.Join(", ", known[..^1])} or {known[^1]}.");
            }

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
            bool showProgress = errorIsTerminal && parse.GetValue(outputOption) is not null && !parse.GetValue(quietOption);
            if (parse.GetValue(definitionOption) is { } definitionFile)
            {
                // The one positional argument given is the input file.
                return ScoreWithDefinition(definitionFile, new FileInfo(id), parse.GetValue(referenceOption), parse.GetValue(outputOption), output, error, showProgress);
            }

            if (id == Pam13Id)
            {
                if (!TryLoadCalibration(parse.GetValue(calibrationOption)!, error, out ICalibration? calibration))
                {
                    return UnusableInput;
                }

                ActivationCutPoints cutPoints = ActivationCutPoints.Get(parse.GetValue(levelsOption) ?? ActivationCutPoints.Hibbard2010.Id);
                return ScoreFile(parse.GetValue(inputArgument)!, parse.GetValue(outputOption), new PamRowScorer(calibration, cutPoints), output, error, showProgress);
            }

            RowScorer scorer = id switch
            {
                Core6DRowScorer.Id => new Core6DRowScorer(),
                "dialog" => new DialogRowScorer(
                    Dialog.WithMinimumAnswered(parse.GetValue(sqolMinimumOption) ?? 7, parse.GetValue(tsMinimumOption) ?? 2),
                    parse.GetValue(orderOption) == "dialog-plus" ? DialogItemOrder.DialogPlusApp : DialogItemOrder.Mhsds,
                    parse.GetValue(codingOption) == "0-6" ? DialogCoding.ZeroToSix : DialogCoding.OneToSeven),
                _ => new CoreRowScorer(
                    SelectInstrument(id, parse.GetValue(nonRiskRuleOption), parse.GetValue(bandsOption)),
                    parse.GetValue(referenceOption) is { } reference ? Instruments.Get(id).Interpretation.GetCutoffReference(reference) : null),
            };
            return ScoreFile(parse.GetValue(inputArgument)!, parse.GetValue(outputOption), scorer, output, error, showProgress);
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
                : ScoreFile(parse.GetValue(pairsArgument)!, parse.GetValue(changeOutputOption), new ChangeRowScorer(criteria, changeInstrument), output, error, showProgress: false);
        });

        var itemsArgument = new Argument<FileInfo>("items.csv") { Description = "CSV with a header; one person per row, one numeric column per item (blank = missing; such rows are left out)." };
        var reliabilityOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var componentsArgument = new Argument<FileInfo>("components.csv") { Description = "CSV with a header; one row per unit x component: unit,component,value, optional n, se and period." };
        var specOption = new Option<string>("--spec") { Description = "The index specification as JSON (see docs/integration-index.md), or 'default' for the built-in default profile.", Required = true };
        var seedOption = new Option<int?>("--seed") { Description = "Seed of the random source for the sampling bootstrap and method runs (default 1): the same seed gives the same numbers." };
        var drawsOption = new Option<int?>("--draws") { Description = "Bootstrap draws for the sampling intervals, 100 to 1000000 (default 1000)." };
        var detailsOption = new Option<bool>("--details") { Description = "Write one row per unit x component (value, normalised, weight, contribution) instead of the summary." };
        var indexMethodOption = new Option<bool>("--method-uncertainty") { Description = "Write each unit's rank stability over Monte Carlo runs (weights, normalisation, aggregation) instead of the summary." };
        var runsOption = new Option<int?>("--runs") { Description = "With --method-uncertainty: runs, 100 to 1000000 (default 1000)." };
        var noiseOption = new Option<double?>("--noise") { Description = "With --method-uncertainty: weight noise factor, 0 to below 1 (default 0.25: each weight varies by up to 25% either way)." };
        var normalisationsOption = new Option<string?>("--normalisations") { Description = "With --method-uncertainty: normalisations to draw from, comma separated: goalposts, min-max, z-score, percentile-rank, distance-to-target (default: each component's own)." };
        var aggregationsOption = new Option<string?>("--aggregations") { Description = "With --method-uncertainty: aggregations to draw from, comma separated: arithmetic, geometric, harmonic, power:<p> (default: the specification's)." };
        var leaveOneOutOption = new Option<bool>("--leave-one-out") { Description = "Write each component's mean absolute rank shift when it is left out, instead of the summary." };
        var indexOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the table to this file instead of standard output." };
        var index = new Command("index", "A composite (integration) index per unit with sampling intervals for index and rank; optionally the per-component breakdown, method uncertainty or leave-one-out.")
        {
            componentsArgument, specOption, seedOption, drawsOption, detailsOption, indexMethodOption, runsOption, noiseOption, normalisationsOption, aggregationsOption, leaveOneOutOption, indexOutputOption,
        };
        index.Validators.Add(result =>
        {
            bool details = result.GetValue(detailsOption), method = result.GetValue(indexMethodOption), leaveOneOut = result.GetValue(leaveOneOutOption);
            if ((details ? 1 : 0) + (method ? 1 : 0) + (leaveOneOut ? 1 : 0) > 1)
            {
                result.AddError("Give at most one of --details, --method-uncertainty and --leave-one-out (each writes its own table).");
            }

            string table = details ? "--details" : method ? "--method-uncertainty" : leaveOneOut ? "--leave-one-out" : "the summary";
            if (result.GetResult(drawsOption) is { Implicit: false } && (details || method || leaveOneOut))
            {
                result.AddError($"--draws sets the sampling bootstrap of the summary table; it does nothing with {table}.");
            }

            if (result.GetResult(seedOption) is { Implicit: false } && (details || leaveOneOut))
            {
                result.AddError($"--seed does nothing with {table}, which uses no random numbers.");
            }

            foreach (Option option in new Option[] { runsOption, noiseOption, normalisationsOption, aggregationsOption })
            {
                if (result.GetResult(option) is { Implicit: false } && !method)
                {
                    result.AddError($"{option.Name} applies only with --method-uncertainty.");
                }
            }

            if (result.GetValue(drawsOption) is { } draws && draws is < 100 or > 1_000_000)
            {
                result.AddError($"--draws must be between 100 and 1000000; got {draws}.");
            }

            if (result.GetValue(runsOption) is { } runs && runs is < 100 or > 1_000_000)
            {
                result.AddError($"--runs must be between 100 and 1000000; got {runs}.");
            }

            if (result.GetValue(noiseOption) is { } noise && !(noise >= 0 && noise < 1))
            {
                result.AddError($"--noise must be at least 0 and below 1; got {noise.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }

            if (result.GetValue(normalisationsOption) is { } normalisations && !TryParseNormalisations(normalisations, out _, out string? badNormalisation))
            {
                result.AddError($"--normalisations: '{badNormalisation}' is not one of goalposts, min-max, z-score, percentile-rank, distance-to-target.");
            }

            if (result.GetValue(aggregationsOption) is { } aggregations && !TryParseAggregations(aggregations, out _, out string? badAggregation))
            {
                result.AddError($"--aggregations: '{badAggregation}' is not one of arithmetic, geometric, harmonic, power:<p> (p a number other than 0).");
            }
        });
        index.SetAction(parse =>
        {
            if (!TryLoadSpecification(parse.GetValue(specOption)!, error, out IntegrationIndex.IndexSpecification? spec))
            {
                return UnusableInput;
            }

            int seed = parse.GetValue(seedOption) ?? 1;
            IndexTable table = parse.GetValue(detailsOption) ? IndexTable.Details
                : parse.GetValue(indexMethodOption) ? IndexTable.MethodUncertainty
                : parse.GetValue(leaveOneOutOption) ? IndexTable.LeaveOneOut
                : IndexTable.Summary;
            var sampling = new IntegrationIndex.SamplingOptions { Seed = seed, Draws = parse.GetValue(drawsOption) ?? IntegrationIndex.SamplingOptions.DefaultDraws };
            IntegrationIndex.MethodUncertaintyOptions? method = null;
            if (table == IndexTable.MethodUncertainty)
            {
                // Both lists were checked by the validator.
                _ = TryParseNormalisations(parse.GetValue(normalisationsOption) ?? "", out System.Collections.Immutable.ImmutableArray<IntegrationIndex.NormalisationMethod> normalisations, out _);
                _ = TryParseAggregations(parse.GetValue(aggregationsOption) ?? "", out System.Collections.Immutable.ImmutableArray<IntegrationIndex.Aggregation> aggregations, out _);
                method = new IntegrationIndex.MethodUncertaintyOptions
                {
                    Seed = seed,
                    Runs = parse.GetValue(runsOption) ?? IntegrationIndex.MethodUncertaintyOptions.DefaultRuns,
                    NoiseFactor = parse.GetValue(noiseOption) ?? 0.25,
                    Normalisations = normalisations,
                    Aggregations = aggregations,
                };
            }

            return WithFiles(parse.GetValue(componentsArgument)!, parse.GetValue(indexOutputOption), output, error, (reader, writer) =>
                IndexCommand.Run(reader, writer, error, spec, table, sampling, method));
        });

        var changeSourceOption = new Option<FileInfo?>("--change") { Description = "outcomes: the output of change --summary --by <unit column> (reliable_improvement and computable rows per group)." };
        var dialogSourceOption = new Option<FileInfo?>("--dialog") { Description = "quality_of_life: the output of score dialog, with the unit column passed through (sqol_mean per person)." };
        var pamSourceOption = new Option<FileInfo?>("--pam") { Description = "activation: the output of score pam-13, with the unit column passed through (activation per person)." };
        var fftSourceOption = new Option<FileInfo?>("--fft") { Description = "experience: the output of fft summarize --unit <unit column> (pct_positive with its Wilson interval per unit)." };
        var componentsUnitOption = new Option<string>("--unit") { Description = "The unit column of the --dialog and --pam files (default: team).", DefaultValueFactory = _ => "team" };
        var componentsOutputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write components.csv to this file instead of standard output." };
        var indexComponents = new Command("index-components", "Build the default profile's components.csv (unit,component,value,n,se) for the index command from the outputs of change --summary, score dialog, score pam-13 and fft summarize.")
        {
            changeSourceOption, dialogSourceOption, pamSourceOption, fftSourceOption, componentsUnitOption, componentsOutputOption,
        };
        indexComponents.Validators.Add(result =>
        {
            if (new Option[] { changeSourceOption, dialogSourceOption, pamSourceOption, fftSourceOption }.All(o => result.GetResult(o) is null))
            {
                result.AddError("Give at least one of --change, --dialog, --pam and --fft.");
            }

            if (result.GetResult(componentsUnitOption) is { Implicit: false } && result.GetResult(dialogSourceOption) is null && result.GetResult(pamSourceOption) is null)
            {
                result.AddError("--unit names the unit column of the --dialog and --pam files; it does nothing without them (--change uses its group column, --fft its unit column).");
            }
        });
        indexComponents.SetAction(parse =>
        {
            (string Component, FileInfo? File)[] sources =
            [
                (IntegrationIndex.IntegrationProfile.OutcomesCode, parse.GetValue(changeSourceOption)),
                (IntegrationIndex.IntegrationProfile.QualityOfLifeCode, parse.GetValue(dialogSourceOption)),
                (IntegrationIndex.IntegrationProfile.ActivationCode, parse.GetValue(pamSourceOption)),
                (IntegrationIndex.IntegrationProfile.ExperienceCode, parse.GetValue(fftSourceOption)),
            ];
            foreach ((string _, FileInfo? file) in sources)
            {
                if (file is { Exists: false })
                {
                    error.WriteLine($"error: input file not found: {file.FullName}");
                    return UnusableInput;
                }
            }

            return WithOutput(parse.GetValue(componentsOutputOption), output, writer => IndexComponentsCommand.Run(sources, parse.GetValue(componentsUnitOption)!, writer, error));
        });

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

        var root = new RootCommand("outcome-scoring: scores questionnaire answers in CSV files (CORE-OM, CORE-10, YP-CORE, GP-CORE, CORE-SF/A and SF/B, the CORE-6D utility, DIALOG, and PAM-13 with your licensed calibration) with the OutcomeScoring library.")
        {
            score,
            fft,
            spc,
            funnel,
            change,
            reliability,
            index,
            indexComponents,
            report,
            DefinitionCommand.Create(output, error),
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

    /// <summary>The instruments whose cut-off table `score --reference` chooses.</summary>
    private static readonly Instrument[] ReferenceInstruments = [CoreOm.Instrument, YpCore.Instrument];

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

    private static bool TryLoadSpecification(string value, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntegrationIndex.IndexSpecification? spec)
    {
        spec = null;
        if (value == "default")
        {
            spec = IntegrationIndex.IntegrationProfile.Specification;
            return true;
        }

        var file = new FileInfo(value);
        if (!file.Exists)
        {
            error.WriteLine($"error: specification file not found: {file.FullName}");
            return false;
        }

        try
        {
            using FileStream stream = file.OpenRead();
            spec = IntegrationIndex.IndexSpecification.Load(stream);
            return true;
        }
        catch (IntegrationIndex.IndexSpecificationException ex)
        {
            error.WriteLine($"error: specification file {file.Name}: {ex.Message}");
            return false;
        }
    }

    private static string[] SplitList(string text) =>
        text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryParseNormalisations(string text, out System.Collections.Immutable.ImmutableArray<IntegrationIndex.NormalisationMethod> methods, out string? bad)
    {
        var list = System.Collections.Immutable.ImmutableArray.CreateBuilder<IntegrationIndex.NormalisationMethod>();
        bad = null;
        foreach (string name in SplitList(text))
        {
            IntegrationIndex.NormalisationMethod? method = name switch
            {
                "goalposts" => IntegrationIndex.NormalisationMethod.Goalposts,
                "min-max" => IntegrationIndex.NormalisationMethod.MinMax,
                "z-score" => IntegrationIndex.NormalisationMethod.ZScore,
                "percentile-rank" => IntegrationIndex.NormalisationMethod.PercentileRank,
                "distance-to-target" => IntegrationIndex.NormalisationMethod.DistanceToTarget,
                _ => null,
            };
            if (method is null)
            {
                bad = name;
                break;
            }

            list.Add(method.Value);
        }

        methods = list.ToImmutable();
        return bad is null;
    }

    private static bool TryParseAggregations(string text, out System.Collections.Immutable.ImmutableArray<IntegrationIndex.Aggregation> aggregations, out string? bad)
    {
        var list = System.Collections.Immutable.ImmutableArray.CreateBuilder<IntegrationIndex.Aggregation>();
        bad = null;
        foreach (string name in SplitList(text))
        {
            IntegrationIndex.Aggregation? aggregation = name switch
            {
                "arithmetic" => IntegrationIndex.Aggregation.Arithmetic,
                "geometric" => IntegrationIndex.Aggregation.Geometric,
                "harmonic" => IntegrationIndex.Aggregation.Harmonic,
                _ when name.StartsWith("power:", StringComparison.Ordinal)
                    && double.TryParse(name.AsSpan(6), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double p)
                    && double.IsFinite(p) && p != 0 => IntegrationIndex.Aggregation.Power(p),
                _ => null,
            };
            if (aggregation is null)
            {
                bad = name;
                break;
            }

            list.Add(aggregation);
        }

        aggregations = list.ToImmutable();
        return bad is null;
    }

    private static void ValidateRange(System.CommandLine.Parsing.OptionResult result, int minimum, int maximum)
    {
        if (result.GetValueOrDefault<int?>() is { } value && (value < minimum || value > maximum))
        {
            result.AddError($"{result.Option.Name} must be between {minimum} and {maximum}; got {value}.");
        }
    }

    /// <summary>An option that belongs to one instrument is a usage error with any other.</summary>
    private static void RequireInstrument(System.CommandLine.Parsing.CommandResult result, Option option, string instrumentId, string? chosen) =>
        RequireInstrument(result, option, chosen, [instrumentId]);

    /// <summary>An option that belongs to some instruments is a usage error with any other.</summary>
    private static void RequireInstrument(System.CommandLine.Parsing.CommandResult result, Option option, string? chosen, string[] instrumentIds)
    {
        if (result.GetResult(option) is { Implicit: false } && chosen is not null && !instrumentIds.Contains(chosen))
        {
            result.AddError($"{option.Name} applies only to {string.Join(" and ", instrumentIds)}, not {chosen}.");
        }
    }

    /// <summary>The parser's own message for a value that is not one of those allowed (as AcceptOnlyFromAmong words it).</summary>
    private static string NotRecognized(string value, IEnumerable<string> allowed) =>
        $"Argument '{value}' not recognized. Must be one of:{string.Concat(allowed.Select(a => $"\n\t'{a}'"))}";

    /// <summary>`score &lt;instrument&gt; &lt;input.csv&gt;`: both required, the instrument one of those known (the parser's own messages).</summary>
    private static bool ValidateInstrumentAndInput(System.CommandLine.Parsing.CommandResult result, string? id, FileInfo? input, string[] known)
    {
        if (id is null)
        {
            result.AddError("Required argument 'instrument' missing for command: 'score'.");
        }
        else if (!known.Contains(id))
        {
            result.AddError(NotRecognized(id, known));
        }

        if (input is null)
        {
            result.AddError("Required argument 'input.csv' missing for command: 'score'.");
        }

        return id is not null && known.Contains(id) && input is not null;
    }

    /// <summary>`score --definition &lt;file.json&gt; &lt;input.csv&gt;`: one positional argument, and no option of a built-in instrument.</summary>
    private static void ValidateDefinitionScoring(System.CommandLine.Parsing.CommandResult result, string? first, FileInfo? second, Option[] builtInOptions)
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

    /// <summary>Scores a file with a definition read from JSON; the definition's problems, or an unknown --reference, are an unusable input.</summary>
    private static int ScoreWithDefinition(FileInfo definitionFile, FileInfo input, string? referenceId, FileInfo? outputFile, TextWriter output, TextWriter error, bool showProgress)
    {
        if (!DefinitionCommand.TryLoad(definitionFile, error, out Instrument? instrument))
        {
            return UnusableInput;
        }

        CutoffReference? reference = null;
        if (referenceId is not null)
        {
            reference = instrument.Interpretation.CutoffReferences.FirstOrDefault(r => string.Equals(r.Id, referenceId, StringComparison.OrdinalIgnoreCase));
            if (reference is null)
            {
                string[] known = [.. instrument.Interpretation.CutoffReferences.Select(r => r.Id)];
                error.WriteLine(known.Length == 0
                    ? $"error: --reference {referenceId}: {instrument.Name} has no cut-off table."
                    : $"error: --reference {referenceId} is not a table of {instrument.Name}; it has {string.Join(", ", known)}.");
                return UnusableInput;
            }
        }

        return ScoreFile(input, outputFile, new CoreRowScorer(instrument, reference), output, error, showProgress);
    }

    private static Instrument SelectInstrument(string id, string? nonRiskRule, string? bands) => id switch
    {
        "core-om" when nonRiskRule == "pre-2023" => CoreOm.InstrumentWithPre2023NonRiskRule,
        "core-10" when bands == "alternative" => Core10.InstrumentWithAlternativeBands,
        _ => Instruments.Get(id),
    };

    private static int ScoreFile(FileInfo input, FileInfo? outputFile, RowScorer scorer, TextWriter output, TextWriter error, bool showProgress) =>
        WithFiles(input, outputFile, output, error, (reader, writer) =>
            CsvScorer.Score(reader, writer, error, scorer, showProgress ? new ProgressReport(error) : null));

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
        return WithOutput(outputFile, output, writer => run(reader, writer));
    }

    /// <summary>
    /// Runs a command writing to standard output, or to a file written beside the target and moved into place only on success,
    /// so a failed run leaves no half-written file.
    /// </summary>
    private static int WithOutput(FileInfo? outputFile, TextWriter output, Func<TextWriter, int> run)
    {
        if (outputFile is null)
        {
            return run(output);
        }

        string temporary = outputFile.FullName + ".partial";
        int code = UnusableInput;
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                code = run(writer);
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
