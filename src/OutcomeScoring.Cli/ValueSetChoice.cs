namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score --value-set &lt;id&gt;</c>: an instrument whose definition declares more than one value-set stage over the same items
/// (EQ-5D's named value sets) writes the chosen one in the columns that show the default, which is the one its result
/// columns name. Nothing here knows an instrument: the choices are the definition's value-set stages.
/// </summary>
internal static class ValueSetChoice
{
    /// <summary>The ids of an instrument's value-set stages, in definition order.</summary>
    public static string[] Ids(Instrument instrument) => [.. instrument.Stages.OfType<ValueSetStage>().Select(s => s.Id)];

    /// <summary>Whether the instrument offers a choice: more than one value-set stage.</summary>
    public static bool Offers(Instrument instrument) => Ids(instrument).Length > 1;

    /// <summary>The value set the instrument's result columns show by default (the first value-set stage a column names), or <see langword="null"/>.</summary>
    public static string? Default(Instrument instrument) =>
        instrument.ResultColumns.Select(c => c.Stage).FirstOrDefault(s => s is not null && Ids(instrument).Contains(s));

    /// <summary>
    /// Why a value set named on the command line (<c>--value-set</c>) is not one of the instrument's value-set stages, as an
    /// <c>error:</c> line; <see langword="null"/> when it is.
    /// </summary>
    public static string? Problem(Instrument instrument, string stageId)
    {
        string[] known = Ids(instrument);
        return known.Contains(stageId, StringComparer.Ordinal) ? null
            : known.Length == 0 ? $"error: --value-set {stageId}: {instrument.Name} has no value set."
            : $"error: --value-set {stageId} is not a value set of {instrument.Name}; it has {string.Join(", ", known)}.";
    }

    /// <summary>
    /// The instrument with the chosen value set in every column that shows a value-set stage reading the same items (its
    /// values and its id), so that each row records the value set it was scored with.
    /// </summary>
    public static Instrument Choose(Instrument instrument, string stageId)
    {
        var chosen = (ValueSetStage)instrument.Stages[instrument.IndexOfStage(stageId)];
        bool Alternative(string? stage) =>
            stage is not null && instrument.Stages[instrument.IndexOfStage(stage)] is ValueSetStage valueSet && valueSet.Items.SequenceEqual(chosen.Items);
        return instrument.WithResultColumns(instrument.ResultColumns.Select(c => Alternative(c.Stage) ? c with { Stage = stageId } : c));
    }
}
