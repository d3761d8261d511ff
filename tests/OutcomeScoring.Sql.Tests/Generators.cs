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

    public static Gen<AnswerTable> Tables(Instrument instrument, int maxRows, bool withReferences = true) =>
        from rowCount in Gen.Choose(1, maxRows)
        from rows in Row(instrument).ArrayOf(rowCount)
        from withAge in Gen.Elements(false, true, true)
        from withGender in Gen.Elements(false, true, true)
        from blankCode in Gen.Elements<int?>(null, -99, instrument.Scale.Maximum + 50)
        from reference in Gen.Elements([null, null, .. withReferences ? instrument.Interpretation.CutoffReferences.Select(r => r.Id) : []])
        select new AnswerTable([.. rows.Select((r, i) => r with { Id = i + 1 })], withAge, withGender, instrument.Scale.Maximum + 100, blankCode, reference);

    private static Gen<AnswerRow> Row(Instrument instrument) =>
        from blankRate in Gen.Elements(0, 0, 5, 15, 35, 70)
        from offScale in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cells in Cell(instrument.Scale, blankRate, offScale).ArrayOf(instrument.Items.Length)
        from blankAsCode in Gen.Elements(false, true)
        from age in Gen.Frequency((2, Gen.Constant<int?>(null)), (6, Gen.Choose(8, 20).Select(a => (int?)a)), (1, Gen.Constant<int?>(-1)))
        from gender in Gen.Elements(Genders)
        select new AnswerRow(0, cells, blankAsCode, age, gender);

    private static Gen<Cell> Cell(ResponseScale scale, int blankRate, bool offScale) =>
        Gen.Frequency(
            (100 - blankRate, Gen.Choose(scale.Minimum, scale.Maximum).Select(v => new Cell(v))),
            (blankRate, Gen.Constant(Tests.Cell.Blank)),
            (Math.Max(1, blankRate / 3), Gen.Constant(Tests.Cell.Na)),
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
        select Build(new Shape(itemCount, minimum, width, keys, risks, notApplicable, memberships, missing, multiplier, banded, bandStep, cutoffs, columnStyle));

    private sealed record Shape(int ItemCount, int Minimum, int Width, ItemKeying[] Keys, bool[] Risks, bool[] NotApplicable, bool[][] Memberships, int[] Missing, double Multiplier, bool Banded, double BandStep, double[] Cutoffs, int ColumnStyle);

    private static Instrument Build(Shape s)
    {
        ScoreDefinition[] scores = [.. s.Memberships.Select((member, k) =>
        {
            int[] items = [.. Enumerable.Range(1, s.ItemCount).Where(n => member[n - 1])];
            items = items.Length == 0 ? [1 + (k % s.ItemCount)] : items;
            return new ScoreDefinition($"s{k}", $"Score {k}", items, s.Missing[k] % items.Length, "made up");
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
        Item[] items = [.. Enumerable.Range(1, s.ItemCount).Select(n => new Item(n, $"topic-{n}", s.Keys[n - 1], s.Risks[n - 1]) { AllowsNotApplicable = s.NotApplicable[n - 1] })];
        var instrument = new Instrument("made-up", "Made-up", "made up", new ResponseScale(s.Minimum, s.Minimum + s.Width), items, scores, s.Multiplier, ScoreDirection.LowerIsBetter, interpretation);
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
        }

        yield return new ResultColumn("answered", ResultValue.ItemsAnswered);
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
    }
}
