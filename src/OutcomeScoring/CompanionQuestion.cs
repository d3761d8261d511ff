using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// A yes/no question asked after each of some items, answered apart from the item's own answer on the response scale
/// (DIALOG: "more help wanted in this area?" after each of its eleven ratings). Its answers do not enter any score; a
/// <see cref="CompanionCountStage"/> counts them (DIALOG's unmet needs).
/// </summary>
/// <remarks>
/// <para>A definition part (JSON <c>companionQuestions</c>), immutable and thread-safe. The answers are given to
/// <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, ReadOnlySpan{bool?}, out InstrumentResult, out ScoringError)"/>
/// question by question, one per item in <see cref="Items"/> order (yes, no, or <see langword="null"/> when not asked or
/// not answered). A form reader reads them from the columns <c>{id}1</c> to <c>{id}N</c>, numbered like the item columns
/// (<see cref="Forms.FormLayout.Companions"/>): a missing column means the question was not asked.</para>
/// <para>Source of the concept: DIALOG's "more help wanted?" after each item (ELFT DIALOG pages,
/// dialog.elft.nhs.uk/DIALOG-scale; specs/dialog.md).</para>
/// </remarks>
public sealed record CompanionQuestion
{
    /// <summary>Creates a companion question.</summary>
    /// <param name="id">The question's id, unique within the instrument, also the prefix of its columns (DIALOG: "help").</param>
    /// <param name="name">What the question asks, for people (DIALOG: "more help wanted").</param>
    /// <param name="items">The items it is asked after, in ascending order.</param>
    /// <param name="source">Where the question comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public CompanionQuestion(string id, string name, IEnumerable<int> items, string source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        Name = name;
        Items = [.. items];
        Source = source;
    }

    /// <summary>Gets the question's id, unique within the instrument, also the prefix of its columns (DIALOG: "help").</summary>
    public string Id { get; init; }

    /// <summary>Gets what the question asks, for people (DIALOG: "more help wanted").</summary>
    public string Name { get; init; }

    /// <summary>Gets the numbers of the items the question is asked after, in ascending order.</summary>
    public ImmutableArray<int> Items { get; init; }

    /// <summary>Gets where the question comes from.</summary>
    public string Source { get; init; }

    /// <summary>Compares every part (the items element by element).</summary>
    /// <param name="other">The other question.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CompanionQuestion? other) =>
        other is not null && Id == other.Id && Name == other.Name && Source == other.Source && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    /// <summary>Hashes the id and the number of items.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Items.IsDefault ? 0 : Items.Length);
}
