using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// Answer tables for an instrument (blanks at every rate so that every missing-item limit is met and passed, NA codes,
/// rows with answers off the scale, ages and genders of every kind the command line reads or refuses) and valid
/// definitions of every shape (scales off 0, reversed and risk items, several scores, bands, cut-off tables by age and
/// gender, every kind of result column).
/// </summary>
internal static class Generators
{
    private static readonly string?[] Genders = [null, "", "M", "f", "male", "FEMALE", "1", "2", "9", "X", "x", " m ", "z", "3"];

    /// <summary>DIALOG's help cells of every kind <c>score dialog</c> reads or refuses.</summary>
    private static readonly string?[] HelpCells = [null, null, null, "", "yes", "no", "YES", "No", "y", "N", " yes ", "maybe", "1"];

    public static Gen<AnswerTable> Tables(Instrument instrument, int maxRows, bool withReferences = true) =>
        from rowCount in Gen.Choose(1, maxRows)
        from rows in Row(instrument).ArrayOf(rowCount)
        from withAge in Gen.Elements(false, true, true)
        from withGender in Gen.Elements(false, true, true)
        from blankCode in Gen.Elements<int?>(null, -99, instrument.Scale.Maximum + 50)
        from reference in Gen.Elements([null, null, .. withReferences ? instrument.Interpretation.CutoffReferences.Select(r => r.Id) : []])
        from withHelp in Gen.Elements(false, instrument.Id == "dialog", instrument.Id == "dialog")
        select new AnswerTable([.. rows.Select((r, i) => r with { Id = i + 1 })], withAge, withGender, instrument.Scale.Maximum + 100, blankCode, reference, withHelp);

    private static Gen<AnswerRow> Row(Instrument instrument) =>
        from blankRate in Gen.Elements(0, 0, 5, 15, 35, 70)
        from offScale in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cells in Cell(instrument.Scale, blankRate, offScale).ArrayOf(instrument.Items.Length)
        from blankAsCode in Gen.Elements(false, true)
        from age in Gen.Frequency((2, Gen.Constant<int?>(null)), (6, Gen.Choose(8, 20).Select(a => (int?)a)), (1, Gen.Constant<int?>(-1)))
        from gender in Gen.Elements(Genders)
        from help in Gen.Elements(HelpCells).ArrayOf(instrument.Items.Length)
        select new AnswerRow(0, cells, blankAsCode, age, gender, help);

    private static Gen<Cell> Cell(ResponseScale scale, int blankRate, bool offScale) =>
        Gen.Frequency(
            (100 - blankRate, Gen.Choose(scale.Minimum, scale.Maximum).Select(v => new Cell(v))),
            (blankRate, Gen.Constant(Tests.Cell.Blank)),
            (Math.Max(1, blankRate / 3), Gen.Constant(Tests.Cell.Na)),
            (scale.NotApplicableAnswer is null ? 0 : Math.Max(1, blankRate / 3), Gen.Constant(new Cell(scale.NotApplicableAnswer))),
            (offScale ? 8 : 0, Gen.Elements(scale.Minimum - 3, scale.Minimum - 1, scale.Maximum + 1, scale.Maximum + 3).Select(v => new Cell(v))));

    /// <summary>Valid definitions of every shape, with result columns of every kind the generator writes.</summary>
    public static Gen<Instrument> Definitions() =>
        from itemCount in Gen.Choose(1, 14)
        from minimum in Gen.Choose(-2, 2)
        from width in Gen.Choose(1, 6)
        from keys in Gen.Elements(ItemKeying.Direct, ItemKeying.Reversed).ArrayOf(itemCount)
        from risks in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(itemCount)
        from notApplicable in Gen.Elements(false, true).ArrayOf(itemCount)
        from scoreCount in Gen.Choose(1, 4)
        from memberships in Gen.Elements(false, true).ArrayOf(itemCount).ArrayOf(scoreCount)
        from missing in Gen.Choose(0, 20).ArrayOf(scoreCount)
        from multiplier in Gen.Elements(1.0, 10.0, 2.5, 0.1, 3.0)
        from banded in Gen.Elements(false, true)
        from bandStep in Gen.Choose(1, 9).Select(b => b / 10.0)
        from cutoffs in Gen.Choose(0, 400).Select(c => c / 100.0).ArrayOf(4)
        from columnStyle in Gen.Choose(0, 3)
        from rules in Rules().ArrayOf(scoreCount)
        from scaleNotApplicable in Gen.Elements(false, false, true)
        from valueSet in ValueSets(itemCount, width + 1)
        from mapped in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(itemCount)
        from points in Gen.Choose(-3, 9).ArrayOf(width + 1).ArrayOf(itemCount)
        select Build(new Shape(itemCount, minimum, width, keys, risks, notApplicable, memberships, missing, multiplier, banded, bandStep, cutoffs, columnStyle, rules, scaleNotApplicable, valueSet, Points(mapped, points, keys, risks, valueSet)));

    /// <summary>Value maps on some direct non-risk items no value set reads (the definition allows no others); null for the rest.</summary>
    private static int[]?[] Points(bool[] mapped, int[][] points, ItemKeying[] keys, bool[] risks, ValueSetStage? valueSet) =>
        [.. mapped.Select((m, i) => m && keys[i] == ItemKeying.Direct && !risks[i] && !(valueSet?.Items.Contains(i + 1) ?? false) ? points[i] : null)];

    /// <summary>A score's rules beyond items and limit: a rounded clinical score, a sum or prorated sum, not-applicable answers left out or counted apart from blanks.</summary>
    private sealed record ScoreRules(bool Rounds, ScoreAggregate Aggregate, bool ExcludesNotApplicable, bool CountsNotApplicable);

    private static Gen<ScoreRules> Rules() =>
        from rounds in Gen.Elements(false, false, true)
        from aggregate in Gen.Elements(ScoreAggregate.Mean, ScoreAggregate.Mean, ScoreAggregate.Sum, ScoreAggregate.ProratedSum)
        from notApplicable in Gen.Elements(0, 1, 2)
        select new ScoreRules(rounds, aggregate, notApplicable == 1, notApplicable == 2);

    /// <summary>
    /// A value set over some of the items (none a quarter of the time): one to three dimensions of one to three distinct
    /// items, levels 0-2; a table of any values, or additive (a constant, each dimension's values and up to two terms, with
    /// one to five decimal places, so sums that doubles would not give exactly: 0.1 + 0.2).
    /// </summary>
    private static Gen<ValueSetStage?> ValueSets(int itemCount, int answers) =>
        Gen.Frequency(
            (1, Gen.Constant<ValueSetStage?>(null)),
            (3, from order in Gen.Shuffle(Enumerable.Range(1, itemCount))
                from dimensionCount in Gen.Choose(1, Math.Min(3, itemCount))
                from sizes in Gen.Choose(1, 3).ArrayOf(dimensionCount)
                from levels in Gen.Choose(0, 2).ArrayOf(answers).ArrayOf(9)
                from values in Gen.Choose(-1000, 1000).Select(v => v / 1000.0).ArrayOf(343)
                from additive in Gen.Elements(false, true)
                from places in Gen.Choose(1, 5)
                from coefficients in Gen.Choose(-300000, 300000).ArrayOf(40)
                from terms in Gen.Choose(0, 2)
                from termShapes in Gen.Choose(1, 6).ArrayOf(4)
                select additive
                    ? AdditiveValueSet(ValueSet(order, sizes, levels, values)!, [.. coefficients.Select(c => c / Math.Pow(10, places))], terms, termShapes)
                    : ValueSet(order, sizes, levels, values)));

    /// <summary>The table's dimensions made additive: the first coefficient the constant, the next ones each dimension's values, the rest the terms'.</summary>
    private static ValueSetStage AdditiveValueSet(ValueSetStage table, double[] coefficients, int termCount, int[] shapes)
    {
        int next = 1;
        ValueSetDimension[] dimensions = [.. table.Dimensions.Select(d => d with { Values = [.. coefficients.Skip(next).Take(d.Highest + 1).Select(v => v)] })];
        next = 1 + dimensions.Sum(d => d.Values.Length);
        int highest = Math.Max(1, table.Dimensions.Max(d => d.Highest));
        int usable = table.Dimensions.Max(d => d.Highest) == 0 ? 0 : termCount;
        ValueSetTerm[] terms = [.. Enumerable.Range(0, usable).Select(t => new ValueSetTerm($"term{t}", 1 + (shapes[2 * t] % highest), coefficients[Math.Min(next + t, coefficients.Length - 1)]) { MinimumCount = 1 + (shapes[(2 * t) + 1] % dimensions.Length) })];
        return new ValueSetStage("tariff", "Made-up additive tariff", dimensions, coefficients[0], terms, "made up");
    }

    private static ValueSetStage? ValueSet(int[] order, int[] sizes, int[][] levels, double[] values)
    {
        int next = 0;
        List<ValueSetDimension> dimensions = [];
        for (int d = 0; d < sizes.Length && next < order.Length; d++)
        {
            int[] items = [.. order.Skip(next).Take(sizes[d])];
            next += items.Length;
            dimensions.Add(new ValueSetDimension($"dim{d}", items.Select((n, i) => new ItemLevels(n, levels[(d * 3) + i]))));
        }

        int combinations = dimensions.Aggregate(1, (product, d) => product * (d.Highest + 1));
        return new ValueSetStage("tariff", "Made-up tariff", dimensions, values.Take(combinations), "made up");
    }

    private sealed record Shape(int ItemCount, int Minimum, int Width, ItemKeying[] Keys, bool[] Risks, bool[] NotApplicable, bool[][] Memberships, int[] Missing, double Multiplier, bool Banded, double BandStep, double[] Cutoffs, int ColumnStyle, ScoreRules[] Rules, bool ScaleNotApplicable, ValueSetStage? ValueSet, int[]?[] Points);

    private static Instrument Build(Shape s)
    {
        ScoreDefinition[] scores = [.. s.Memberships.Select((member, k) =>
        {
            int[] items = [.. Enumerable.Range(1, s.ItemCount).Where(n => member[n - 1])];
            items = items.Length == 0 ? [1 + (k % s.ItemCount)] : items;
            return new ScoreDefinition($"s{k}", $"Score {k}", items, s.Missing[k] % items.Length, "made up")
            {
                RoundsClinicalScore = s.Rules[k].Rounds,
                Aggregate = s.Rules[k].Aggregate,
                ExcludesNotApplicable = s.Rules[k].ExcludesNotApplicable,
                CountsNotApplicable = s.Rules[k].CountsNotApplicable,
            };
        })];
        double low = s.Minimum * s.Multiplier, high = (s.Minimum + s.Width) * s.Multiplier;
        double split = low + ((high - low) * s.BandStep);
        SeverityBanding? bands = s.Banded
            ? new SeverityBanding("bands", scores[^1].Id, [new SeverityBand("low", "Low", low, split), new SeverityBand("mid", "Mid", split, high), new SeverityBand("top", "Top", high, double.PositiveInfinity)], "made up")
            : null;
        CutoffReference byAge = new("by-age", "By age", [
            new CutoffEntry("s0", s.Cutoffs[0], Gender.Female, 11, 13),
            new CutoffEntry("s0", s.Cutoffs[1], Gender.Male, 11, 13),
            new CutoffEntry("s0", s.Cutoffs[2], null, 14, null),
            new CutoffEntry(scores[^1].Id, s.Cutoffs[3], Gender.Male)], "made up");
        CutoffReference plain = new("plain", "Plain", [new CutoffEntry("s0", s.Cutoffs[3])], "made up");
        var interpretation = new Interpretation(scores[^1].Id, bands, s.ColumnStyle % 2 == 0 ? [byAge, plain] : [plain, byAge]);
        Item[] items = [.. Enumerable.Range(1, s.ItemCount).Select(n => new Item(n, $"topic-{n}", s.Keys[n - 1], s.Risks[n - 1]) { AllowsNotApplicable = s.NotApplicable[n - 1], Points = s.Points[n - 1] is { } points ? [.. points] : [] })];
        var scale = new ResponseScale(s.Minimum, s.Minimum + s.Width) { NotApplicableAnswer = s.ScaleNotApplicable ? s.Minimum + s.Width + 7 : null };
        var instrument = new Instrument("made-up", "Made-up", "made up", scale, items, scores, s.Multiplier, ScoreDirection.LowerIsBetter, interpretation, stages: s.ValueSet is null ? null : [s.ValueSet]);
        return s.ColumnStyle < 2 ? instrument : instrument.WithResultColumns(EveryColumn(instrument));
    }

    /// <summary>Every kind of result column: each score's values, the form's, band and risk where there are any, and cut-offs for two scores.</summary>
    private static IEnumerable<ResultColumn> EveryColumn(Instrument instrument)
    {
        foreach (ScoreDefinition score in instrument.Scores)
        {
            yield return new ResultColumn($"{score.Id}_mean", ResultValue.Mean, score.Id);
            yield return new ResultColumn($"{score.Id}_clinical", ResultValue.ClinicalScore, score.Id);
            yield return new ResultColumn($"{score.Id}_items", ResultValue.ScoreItemsAnswered, score.Id);
            yield return new ResultColumn($"{score.Id}_not_applicable", ResultValue.ScoreItemsNotApplicable, score.Id);
            yield return new ResultColumn($"{score.Id}_maximum", ResultValue.MaximumPossible, score.Id);
        }

        yield return new ResultColumn("answered", ResultValue.ItemsAnswered);
        if (instrument.Scale.Minimum >= 0 && instrument.Scale.Maximum <= 9)
        {
            yield return new ResultColumn("profile", ResultValue.AnswerProfile);
        }

        if (instrument.Interpretation.SeverityBands is not null)
        {
            yield return new ResultColumn("band", ResultValue.Band);
        }

        if (instrument.Items.Any(i => i.IsRisk))
        {
            yield return new ResultColumn("risk_flag", ResultValue.RiskFlag);
        }

        yield return new ResultColumn("cutoff", ResultValue.ClinicalCutoff);
        yield return new ResultColumn("in_range", ResultValue.InClinicalRange);
        yield return new ResultColumn("s0_cutoff", ResultValue.ClinicalCutoff, "s0");
        yield return new ResultColumn("s0_in_range", ResultValue.InClinicalRange, "s0");
        foreach (DefinitionStage stage in instrument.Stages)
        {
            foreach (StageOutput output in stage.Outputs)
            {
                yield return new ResultColumn($"{stage.Id}_{output.Id}", ResultValue.StageOutput, null, stage.Id, output.Id);
            }

            yield return new ResultColumn($"{stage.Id}_id", ResultValue.StageId, null, stage.Id);
        }
    }
}
