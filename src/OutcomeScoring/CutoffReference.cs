using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// A published table of clinical cut-offs (a "reference"), for one or more scores, possibly split by gender
/// and age. A score at or above the cut-off is in the clinical range (Evans et al.: score &gt;= CSC is
/// "help-seeking").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CutoffReference
{
    /// <summary>Creates a cut-off table.</summary>
    /// <param name="id">A stable lower-case identifier (for example "twigg2016").</param>
    /// <param name="name">A short name (for example "Twigg et al. 2016").</param>
    /// <param name="entries">The rows of the table.</param>
    /// <param name="source">Where the table comes from.</param>
    /// <exception cref="ArgumentException">The table is empty, a cut-off is not a finite number, or an age range runs backwards.</exception>
    public CutoffReference(string id, string name, IEnumerable<CutoffEntry> entries, string source)
        : this(id, name, entries, source, [])
    {
    }

    /// <summary>Creates a cut-off table with cells the source prints but that are withheld as doubtful.</summary>
    /// <param name="id">A stable lower-case identifier (for example "dibiase2021").</param>
    /// <param name="name">A short name (for example "Di Biase et al. 2021 (Italy)").</param>
    /// <param name="entries">The rows of the table.</param>
    /// <param name="source">Where the table comes from.</param>
    /// <param name="withheld">The cells withheld, each with the reason; a lookup they cover finds no cut-off and says why.</param>
    /// <exception cref="ArgumentException">
    /// The table is empty, a cut-off is not a finite number, an age range runs backwards, a withheld cell has no reason, or a
    /// withheld cell and a row could both apply to one person.
    /// </exception>
    public CutoffReference(string id, string name, IEnumerable<CutoffEntry> entries, string source, IEnumerable<WithheldCutoff> withheld)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(withheld);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Entries = [.. entries];
        if (Entries.IsEmpty)
        {
            throw new ArgumentException($"Cut-off reference '{id}' has no entries.", nameof(entries));
        }

        foreach (CutoffEntry entry in Entries)
        {
            if (entry is null)
            {
                throw new ArgumentException($"Cut-off reference '{id}' has a null entry.", nameof(entries));
            }

            if (entry.MinimumAge > entry.MaximumAge)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cut-off reference '{id}': the row for score '{entry.ScoreId}' runs from age {entry.MinimumAge} to {entry.MaximumAge}; the minimum age must not be above the maximum."),
                    nameof(entries));
            }

            if (!double.IsFinite(entry.MeanCutoff))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cut-off reference '{id}': the cut-off for score '{entry.ScoreId}' is {entry.MeanCutoff}; it must be a finite number."),
                    nameof(entries));
            }
        }

        Withheld = [.. withheld];
        CheckWithheld(id, Entries, Withheld);
        Id = id;
        Name = name;
        Source = source;
    }

    /// <summary>Gets the stable identifier (for example "twigg2016").</summary>
    public string Id { get; }

    /// <summary>Gets the short name (for example "Twigg et al. 2016").</summary>
    public string Name { get; }

    /// <summary>Gets the rows of the table.</summary>
    public ImmutableArray<CutoffEntry> Entries { get; }

    /// <summary>Gets where the table comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the cells the source prints but that are withheld as doubtful, each with the reason (empty for most tables).</summary>
    public ImmutableArray<WithheldCutoff> Withheld { get; }

    /// <summary>Finds the cut-off that applies to one score for a person of the given gender and age.</summary>
    /// <param name="scoreId">The score's id.</param>
    /// <param name="gender">The person's gender, or <see langword="null"/> when unknown.</param>
    /// <param name="age">The person's age in whole years, or <see langword="null"/> when unknown.</param>
    /// <returns>The row found, or the reason there is none (for example an age outside the table), as a code and a sentence.</returns>
    public CutoffLookup Find(string scoreId, Gender? gender = null, int? age = null)
    {
        foreach (WithheldCutoff cell in Withheld)
        {
            if (cell.ScoreId == scoreId && cell.AppliesTo(gender, age))
            {
                return new CutoffLookup(this, NoCutoffReason.Withheld, $"{Name} gives no cut-off here: {cell.Reason}");
            }
        }

        bool anyForScore = false, needsGender = false, needsAge = false;
        int minAge = int.MaxValue, maxAge = int.MinValue;
        foreach (CutoffEntry entry in Entries)
        {
            if (entry.ScoreId != scoreId)
            {
                continue;
            }

            anyForScore = true;
            if (entry.AppliesTo(gender, age))
            {
                return new CutoffLookup(this, entry);
            }

            needsGender |= entry.Gender is not null;
            if (entry.MinimumAge is not null || entry.MaximumAge is not null)
            {
                needsAge = true;
                minAge = Math.Min(minAge, entry.MinimumAge ?? int.MinValue);
                maxAge = Math.Max(maxAge, entry.MaximumAge ?? int.MaxValue);
            }
        }

        return
            !anyForScore ? new CutoffLookup(this, NoCutoffReason.ScoreNotInTable, $"{Name} gives no cut-off for the score '{scoreId}'.")
            : needsGender && gender is null ? new CutoffLookup(this, NoCutoffReason.GenderNotGiven, $"{Name} gives cut-offs by gender; no gender was given.")
            : needsAge && age is null ? new CutoffLookup(this, NoCutoffReason.AgeNotGiven, $"{Name} gives cut-offs by age; no age was given.")
            : needsAge ? new CutoffLookup(this, NoCutoffReason.AgeOutsideTable, string.Create(CultureInfo.InvariantCulture, $"{Name} gives no cut-off for age {age}; it covers ages {AgeRange(minAge, maxAge)}."))
            : new CutoffLookup(this, NoCutoffReason.NoRowApplies, $"{Name} gives no cut-off that applies.");
    }

    /// <summary>The ages a table covers: "11-18", "18 and over" (no upper bound) or "up to 17" (no lower bound).</summary>
    private static string AgeRange(int minimum, int maximum) =>
        maximum == int.MaxValue ? string.Create(CultureInfo.InvariantCulture, $"{minimum} and over")
        : minimum == int.MinValue ? string.Create(CultureInfo.InvariantCulture, $"up to {maximum}")
        : string.Create(CultureInfo.InvariantCulture, $"{minimum}-{maximum}");

    private static void CheckWithheld(string id, ImmutableArray<CutoffEntry> entries, ImmutableArray<WithheldCutoff> withheld)
    {
        foreach (WithheldCutoff cell in withheld)
        {
            if (cell is null || string.IsNullOrWhiteSpace(cell.Reason))
            {
                throw new ArgumentException($"Cut-off reference '{id}': a withheld cell is null or gives no reason.", nameof(withheld));
            }

            if (cell.MinimumAge > cell.MaximumAge)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cut-off reference '{id}': the withheld cell for score '{cell.ScoreId}' runs from age {cell.MinimumAge} to {cell.MaximumAge}; the minimum age must not be above the maximum."),
                    nameof(withheld));
            }

            if (entries.FirstOrDefault(cell.Overlaps) is { } clash)
            {
                throw new ArgumentException(
                    $"Cut-off reference '{id}': the withheld cell for score '{cell.ScoreId}' covers people a row ({clash}) also covers; a person must get either a cut-off or a reason.",
                    nameof(withheld));
            }
        }
    }
}
