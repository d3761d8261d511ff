using System.Globalization;
using OutcomeScoring.Sql.Expressions;

namespace OutcomeScoring.Sql;

/// <summary>Checks <see cref="SqlScoringOptions"/> against a definition; each problem is an <see cref="ArgumentException"/> naming it.</summary>
internal static class SqlOptionsCheck
{
    private const string Parameter = "options";

    /// <summary>
    /// The definition with the options' calibration bound to its calibration stage (<see cref="Instrument.WithCalibration(OutcomeScoring.Activation.ICalibration)"/>),
    /// or as given when the options hold none; a definition without exactly one calibration stage, or a calibration that does
    /// not fit it, is refused with the reason.
    /// </summary>
    public static Instrument Calibrated(Instrument instrument, SqlScoringOptions options)
    {
        if (options.Calibration is not { } calibration)
        {
            return instrument;
        }

        try
        {
            return instrument.WithCalibration(calibration);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OutcomeScoring.Activation.CalibrationException)
        {
            throw new ArgumentException(instrument.Stages.Any(s => s is CalibrationStage) ? ex.Message : $"{instrument.Name} has no calibration stage, so a calibration cannot be given.", Parameter, ex);
        }
    }

    /// <summary>The item columns, item 1 first: the options' or <c>item1</c> to <c>itemN</c>.</summary>
    public static string[] ItemColumns(Instrument instrument, SqlScoringOptions options)
    {
        int count = instrument.Items.Length;
        if (options.ItemColumns.IsDefaultOrEmpty)
        {
            return [.. instrument.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"item{i.Number}"))];
        }

        if (options.ItemColumns.Length != count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} has {count} items but {options.ItemColumns.Length} item columns were named; name one column per item, item 1 first."), Parameter);
        }

        Names(options.ItemColumns, "item column");
        return [.. options.ItemColumns];
    }

    /// <summary>DIALOG's help columns (one per item, or none); another instrument has none.</summary>
    public static string[] HelpColumns(Instrument instrument, SqlScoringOptions options, bool dialog)
    {
        if (options.HelpColumns.IsDefaultOrEmpty)
        {
            return [];
        }

        if (!dialog)
        {
            throw new ArgumentException($"{instrument.Name} has no \"more help wanted?\" answers; only DIALOG's help columns can be named.", Parameter);
        }

        if (options.HelpColumns.Length != instrument.Items.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} has {instrument.Items.Length} items but {options.HelpColumns.Length} help columns were named; name one per item, item 1 first, or none."), Parameter);
        }

        Names(options.HelpColumns, "help column");
        return [.. options.HelpColumns];
    }

    /// <summary>The cut-off table asked for, or <see langword="null"/> for the definition's default.</summary>
    public static CutoffReference? Reference(Instrument instrument, SqlScoringOptions options)
    {
        if (options.Reference is not { } id)
        {
            return null;
        }

        CutoffReference? table = instrument.Interpretation.CutoffReferences.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        return table ?? throw new ArgumentException(
            instrument.Interpretation.CutoffReferences.IsDefaultOrEmpty
                ? $"{instrument.Name} has no cut-off table, so there is no table '{id}'."
                : $"{instrument.Name} has no cut-off table '{id}'; it has {string.Join(", ", instrument.Interpretation.CutoffReferences.Select(r => r.Id))}.",
            Parameter);
    }

    /// <summary>The "not answered" and "not applicable" codes lie off the scale and differ.</summary>
    public static void Codes(Instrument instrument, SqlScoringOptions options)
    {
        foreach ((int? code, string name) in new[] { (options.NotApplicableCode, "not-applicable"), (options.NotAnsweredCode, "not-answered") })
        {
            if (code is { } c && instrument.Scale.Contains(c))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The {name} code {c} is an answer on the {instrument.Name} scale {instrument.Scale}; choose a code off the scale."), Parameter);
            }
        }

        if (options.NotAnsweredCode is { } blank && blank == instrument.Scale.NotApplicableAnswer)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The not-answered code {blank} is the {instrument.Name} scale's own number for not applicable; choose another code."), Parameter);
        }

        if (options.NotApplicableCode is { } na && na == options.NotAnsweredCode)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The codes for not answered and not applicable must differ; both are {na}."), Parameter);
        }
    }

    /// <summary>The kept columns are named, each once, and none is an output column or starts with the generator's prefix.</summary>
    public static void KeepColumns(SqlScoringOptions options, IEnumerable<string> outputs)
    {
        if (options.KeepColumns.IsDefaultOrEmpty)
        {
            return;
        }

        Names(options.KeepColumns, "kept column");
        var names = new HashSet<string>(outputs, StringComparer.OrdinalIgnoreCase);
        foreach (string kept in options.KeepColumns)
        {
            if (names.Contains(kept))
            {
                throw new ArgumentException($"The kept column '{kept}' has the name of an output column; rename it in the query (or keep it under another name).", Parameter);
            }

            if (kept.StartsWith(ItemFacts.FactPrefix, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The kept column '{kept}' starts with '{ItemFacts.FactPrefix}', which the generated SQL uses for its own columns.", Parameter);
            }
        }

        if (options.AgeColumn is { Length: 0 } || options.GenderColumn is { Length: 0 })
        {
            throw new ArgumentException("An age or gender column name is blank; leave it out (null) for none.", Parameter);
        }
    }

    private static void Names(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"A {what} name is blank.", nameof(names));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The {what} '{name}' is named twice.", nameof(names));
            }
        }
    }
}
