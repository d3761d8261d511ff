namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>
/// The facts of ../shared/specs/mental-health-proms.md written out independently of the library's definitions, so that
/// the tests check the built-in definitions against the sheet rather than against themselves.
/// </summary>
internal static class MentalHealthFacts
{
    /// <summary>One instrument's primary total as the sheet gives it.</summary>
    /// <param name="Id">The instrument id.</param>
    /// <param name="ItemCount">Items on the form (answers given).</param>
    /// <param name="Minimum">Lowest answer.</param>
    /// <param name="Maximum">Highest answer.</param>
    /// <param name="TotalItems">The items the primary total sums.</param>
    /// <param name="Reversed">Items scored as minimum + maximum - answer.</param>
    /// <param name="MaximumMissing">How many of the total's items may be missing.</param>
    /// <param name="HigherIsBetter">Direction.</param>
    /// <param name="IsMean">Whether the primary score is a mean of items (GBO) rather than a sum.</param>
    public sealed record Fact(string Id, int ItemCount, int Minimum, int Maximum, int[] TotalItems, int[] Reversed, int MaximumMissing, bool HigherIsBetter, bool IsMean = false)
    {
        public int Keyed(int item, int answer) => Reversed.Contains(item) ? Minimum + Maximum - answer : answer;

        /// <summary>The sheet's total: the keyed item sum (prorated to all items and rounded where the sheet says so: K10), or null.</summary>
        public double? Total(Answer[] answers)
        {
            int[] answered = [.. TotalItems.Where(i => answers[i - 1].IsAnswered)];
            if (TotalItems.Length - answered.Length > MaximumMissing)
            {
                return null;
            }

            double sum = answered.Sum(i => Keyed(i, answers[i - 1].Value!.Value));
            if (IsMean)
            {
                return sum / answered.Length;
            }

            // K10 (PMHC): round(sum of valid items / 9 x 10); the others allow no missing item.
            return answered.Length == TotalItems.Length ? sum : Math.Round(sum / answered.Length * TotalItems.Length, MidpointRounding.AwayFromZero);
        }

        public double Lowest => IsMean ? Minimum : Minimum * TotalItems.Length;

        public double Highest => IsMean ? Maximum : Maximum * TotalItems.Length;
    }

    private static int[] Range(int count) => [.. Enumerable.Range(1, count)];

    public static readonly Fact Phq9 = new("phq-9", 9, 0, 3, Range(9), [], 0, false);
    public static readonly Fact Gad7 = new("gad-7", 7, 0, 3, Range(7), [], 0, false);
    public static readonly Fact ReQoL10 = new("reqol-10", 11, 0, 4, Range(10), [1, 3, 6, 9], 0, true);
    public static readonly Fact ReQoL20 = new("reqol-20", 20, 0, 4, Range(20), [], 0, true);
    public static readonly Fact Gbo = new("gbo", 3, 0, 10, Range(3), [], 2, true, IsMean: true);
    public static readonly Fact Swemwbs = new("swemwbs", 7, 1, 5, Range(7), [], 0, true);
    public static readonly Fact Wemwbs = new("wemwbs", 14, 1, 5, Range(14), [], 0, true);
    public static readonly Fact K10 = new("k10", 10, 1, 5, Range(10), [], 1, false);

    public static readonly Fact Wsas = new("wsas", 5, 0, 8, Range(5), [], 0, false);
    public static readonly Fact Honos = new("honos", 12, 0, 4, Range(12), [], 0, false);

    public static readonly Fact[] All = [Phq9, Gad7, ReQoL10, ReQoL20, Gbo, Swemwbs, Wemwbs, K10, Wsas, Honos];

    public static Fact For(string id) => All.Single(f => f.Id == id);

    /// <summary>Answers (one per item) that add up to <paramref name="total"/> on a sum-scored instrument with no reversed items.</summary>
    public static Answer[] Summing(Fact fact, int total)
    {
        var answers = new Answer[fact.ItemCount];
        int left = total - (fact.Minimum * fact.TotalItems.Length);
        foreach (int item in fact.TotalItems)
        {
            int extra = Math.Min(left, fact.Maximum - fact.Minimum);
            answers[item - 1] = fact.Minimum + extra;
            left -= extra;
        }

        for (int i = 0; i < answers.Length; i++)
        {
            answers[i] = answers[i].IsAnswered ? answers[i] : Answer.Of(fact.Minimum);
        }

        return answers;
    }
}
