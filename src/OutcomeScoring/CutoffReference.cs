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
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
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

    /// <summary>Finds the cut-off that applies to one score for a person of the given gender and age.</summary>
    /// <param name="scoreId">The score's id.</param>
    /// <param name="gender">The person's gender, or <see langword="null"/> when unknown.</param>
    /// <param name="age">The person's age in whole years, or <see langword="null"/> when unknown.</param>
    /// <returns>The row found, or the reason there is none (for example an age outside the table), as a code and a sentence.</returns>
    public CutoffLookup Find(string scoreId, Gender? gender = null, int? age = null)
    {
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
            : needsAge ? new CutoffLookup(this, NoCutoffReason.AgeOutsideTable, string.Create(CultureInfo.InvariantCulture, $"{Name} gives no cut-off for age {age}; it covers ages {minAge}-{maxAge}."))
            : new CutoffLookup(this, NoCutoffReason.NoRowApplies, $"{Name} gives no cut-off that applies.");
    }
}
