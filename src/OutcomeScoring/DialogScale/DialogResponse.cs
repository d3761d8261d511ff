using System.Collections.Immutable;
using System.Globalization;

namespace OutcomeScoring.DialogScale;

/// <summary>
/// One DIALOG administration: a rating (1-7, not answered, or not applicable) and an optional "more help
/// wanted?" yes/no for each of the eleven items, held by meaning in MHSDS order.
/// </summary>
/// <remarks>Immutable and thread-safe. Build one with <see cref="Create"/> or <see cref="FromPositional"/>.</remarks>
public sealed class DialogResponse
{
    private DialogResponse(ImmutableArray<Answer> ratings, ImmutableArray<bool?> helpWanted)
    {
        Ratings = ratings;
        HelpWanted = helpWanted;
    }

    /// <summary>Gets the eleven ratings (1-7), in MHSDS order.</summary>
    public ImmutableArray<Answer> Ratings { get; }

    /// <summary>Gets the eleven "more help wanted?" answers (yes, no, or <see langword="null"/> when not asked or not answered), in MHSDS order.</summary>
    public ImmutableArray<bool?> HelpWanted { get; }

    /// <summary>Gets the rating for one item.</summary>
    /// <param name="domain">The item.</param>
    /// <returns>The rating.</returns>
    public Answer RatingOf(DialogDomain domain) => Ratings[Dialog.IndexOf(domain)];

    /// <summary>Gets the "more help wanted?" answer for one item.</summary>
    /// <param name="domain">The item.</param>
    /// <returns>Yes, no, or <see langword="null"/>.</returns>
    public bool? HelpWantedFor(DialogDomain domain) => HelpWanted[Dialog.IndexOf(domain)];

    /// <summary>Creates a response from ratings and help answers given by meaning.</summary>
    /// <param name="ratings">Ratings 1-7 by item; items not listed are not answered.</param>
    /// <param name="helpWanted">"More help wanted?" by item, or <see langword="null"/>; items not listed were not asked.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 1-7; the message names the item and the value.</exception>
    public static DialogResponse Create(IReadOnlyDictionary<DialogDomain, Answer> ratings, IReadOnlyDictionary<DialogDomain, bool>? helpWanted = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var rated = new Answer[Dialog.ItemCount];
        var help = new bool?[Dialog.ItemCount];
        foreach ((DialogDomain domain, Answer answer) in ratings)
        {
            rated[Dialog.IndexOf(domain)] = Check(domain, answer, DialogCoding.OneToSeven, answer.Value);
        }

        if (helpWanted is not null)
        {
            foreach ((DialogDomain domain, bool wanted) in helpWanted)
            {
                help[Dialog.IndexOf(domain)] = wanted;
            }
        }

        return new DialogResponse([.. rated], [.. help]);
    }

    /// <summary>
    /// Creates a response from positional data, in an explicit item order and coding.
    /// </summary>
    /// <param name="ratings">Eleven values in <paramref name="order"/>; <see cref="Answer.NotAnswered"/> and <see cref="Answer.NotApplicable"/> as they are.</param>
    /// <param name="order">The order of the positions (MHSDS by default).</param>
    /// <param name="coding">How ratings are coded (1-7 by default; 0-6 only when the caller says so).</param>
    /// <param name="helpWanted">Eleven "more help wanted?" answers in the same order, or empty when not asked.</param>
    /// <returns>The response, held by meaning.</returns>
    /// <exception cref="ArgumentException">Not eleven ratings, or help answers given but not eleven.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the coding; the message names the item, its position, the value and the allowed range.</exception>
    public static DialogResponse FromPositional(
        ReadOnlySpan<Answer> ratings,
        DialogItemOrder order = DialogItemOrder.Mhsds,
        DialogCoding coding = DialogCoding.OneToSeven,
        ReadOnlySpan<bool?> helpWanted = default)
    {
        if (ratings.Length != Dialog.ItemCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"DIALOG has 11 items but {ratings.Length} ratings were given."), nameof(ratings));
        }

        if (!helpWanted.IsEmpty && helpWanted.Length != Dialog.ItemCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"DIALOG has 11 items but {helpWanted.Length} help answers were given; give 11 or none."), nameof(helpWanted));
        }

        var rated = new Answer[Dialog.ItemCount];
        var help = new bool?[Dialog.ItemCount];
        for (int position = 1; position <= Dialog.ItemCount; position++)
        {
            DialogDomain domain = Dialog.DomainAt(position, order);
            Answer raw = ratings[position - 1];
            int? rating = raw.Value is { } v && coding == DialogCoding.ZeroToSix ? v + 1 : raw.Value;
            rated[Dialog.IndexOf(domain)] = Check(domain, raw, coding, rating, position);
            if (!helpWanted.IsEmpty)
            {
                help[Dialog.IndexOf(domain)] = helpWanted[position - 1];
            }
        }

        return new DialogResponse([.. rated], [.. help]);
    }

    private static Answer Check(DialogDomain domain, Answer raw, DialogCoding coding, int? rating, int? position = null)
    {
        if (rating is not { } r)
        {
            return raw;
        }

        if (r is < 1 or > 7)
        {
            ThrowOutOfRange(domain, raw.Value!.Value, coding, position, "ratings");
        }

        return Answer.Of(r);
    }

    private static void ThrowOutOfRange(DialogDomain domain, int value, DialogCoding coding, int? position, string paramName)
    {
        string range = coding == DialogCoding.ZeroToSix ? "0-6 in this 0-6 coding" : "1-7";
        string where = position is { } p ? string.Create(CultureInfo.InvariantCulture, $" at position {p}") : "";
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"DIALOG item {Dialog.Item(domain).Topic}{where}: {value} is not a rating; ratings are {range}. Use Answer.NotAnswered or Answer.NotApplicable for an item without a rating."));
    }
}
