using System.Globalization;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// A cut-off table looked up in SQL as <see cref="CutoffReference.Find"/> looks it up: the first row for the score that
/// applies to the person's gender and age gives the cut-off, scaled to the clinical scale exactly as
/// <see cref="InstrumentResult.CompareWithCutoff"/> scales it; when none applies, the same reason sentence, a withheld
/// cell's (<see cref="CutoffReference.Withheld"/>) first.
/// </summary>
internal sealed class CutoffLookupSql(CutoffReference table, double clinicalMultiplier, PersonFacts person)
{
    /// <summary>The clinical cut-off that applies to the row for a score, NULL when none does.</summary>
    public SqlExpr ClinicalCutoff(string scoreId)
    {
        CutoffEntry[] entries = [.. table.Entries.Where(e => e.ScoreId == scoreId)];
        return entries.Length == 0
            ? new Null(SqlType.Double)
            : new Case([.. entries.Select(e => (Applies(e), (SqlExpr)new SqlExpr.Double(ToClinical(e))))]);
    }

    /// <summary>The sentence <see cref="CutoffLookup.Explanation"/> gives for the row when no cut-off applies to a score, else NULL.</summary>
    public SqlExpr Explanation(string scoreId)
    {
        CutoffEntry[] entries = [.. table.Entries.Where(e => e.ScoreId == scoreId)];
        List<(SqlExpr, SqlExpr)> withheld = [.. table.Withheld.Where(w => w.ScoreId == scoreId)
            .Select(w => ((SqlExpr)Applies(w.Gender, w.MinimumAge, w.MaximumAge), (SqlExpr)new Text($"{table.Name} gives no cut-off here: {w.Reason}")))];
        if (entries.Length == 0)
        {
            Text notInTable = new($"{table.Name} gives no cut-off for the score '{scoreId}'.");
            return withheld.Count == 0 ? notInTable : new Case(withheld, notInTable);
        }

        bool needsGender = entries.Any(e => e.Gender is not null);
        CutoffEntry[] aged = [.. entries.Where(e => e.MinimumAge is not null || e.MaximumAge is not null)];
        List<(SqlExpr, SqlExpr)> reasons = [.. withheld, (new Or([.. entries.Select(Applies)]), new Null(SqlType.Text))];
        if (needsGender)
        {
            reasons.Add((new IsNull(person.Gender), new Text($"{table.Name} gives cut-offs by gender; no gender was given.")));
        }

        if (aged.Length > 0)
        {
            int minAge = aged.Min(e => e.MinimumAge ?? int.MinValue), maxAge = aged.Max(e => e.MaximumAge ?? int.MaxValue);
            reasons.Add((new IsNull(person.Age), new Text($"{table.Name} gives cut-offs by age; no age was given.")));
            reasons.Add((new Truth(true), new Concat([
                new Text($"{table.Name} gives no cut-off for age "),
                new Cast(person.Age, SqlType.Text),
                new Text(string.Create(CultureInfo.InvariantCulture, $"; it covers ages {AgeRange(minAge, maxAge)}.")),
            ])));
        }

        return new Case(reasons, new Text($"{table.Name} gives no cut-off that applies."));
    }

    /// <summary>The ages a table covers, worded as <see cref="CutoffReference.Find"/> words them: "11-18", "18 and over", "up to 17".</summary>
    private static string AgeRange(int minimum, int maximum) =>
        maximum == int.MaxValue ? string.Create(CultureInfo.InvariantCulture, $"{minimum} and over")
        : minimum == int.MinValue ? string.Create(CultureInfo.InvariantCulture, $"up to {maximum}")
        : string.Create(CultureInfo.InvariantCulture, $"{minimum}-{maximum}");

    /// <summary>
    /// The published mean-scale cut-off on the clinical scale: the decimal times the multiplier, exactly as the engine
    /// scales it (CutoffEntry.ToClinical: 1.19 becomes 11.9, not 11.899999999999999).
    /// </summary>
    private static double ToClinical(CutoffEntry entry, double multiplier) => (double)((decimal)entry.MeanCutoff * (decimal)multiplier);

    private double ToClinical(CutoffEntry entry) => ToClinical(entry, clinicalMultiplier);

    /// <summary>Whether a row of the table applies to the person: never NULL (an unknown gender or age matches only rows without that limit).</summary>
    private And Applies(CutoffEntry entry) => Applies(entry.Gender, entry.MinimumAge, entry.MaximumAge);

    /// <summary>Whether a row or withheld cell with these limits applies to the person: never NULL.</summary>
    private And Applies(Gender? rowGender, int? minimumAge, int? maximumAge)
    {
        List<SqlExpr> terms = [];
        if (rowGender is { } gender)
        {
            terms.Add(new Not(new IsNull(person.Gender)));
            terms.Add(new Compare("=", person.Gender, new Int(PersonFacts.Code(gender))));
        }

        if (minimumAge is not null || maximumAge is not null)
        {
            terms.Add(new Not(new IsNull(person.Age)));
        }

        if (minimumAge is { } minimum)
        {
            terms.Add(new Compare(">=", person.Age, new Int(minimum)));
        }

        if (maximumAge is { } maximum)
        {
            terms.Add(new Compare("<=", person.Age, new Int(maximum)));
        }

        return new And(terms);
    }
}
