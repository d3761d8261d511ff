using System.Globalization;
using OutcomeScoring.Forms;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// The facts read from the item columns, as the engine and <c>score</c> read a form (<see cref="Forms.FormLayout.TryReadAnswer"/>):
/// an item is answered when its value lies on the response scale; NULL and the "not answered" code are blanks; the
/// "not applicable" code is not applicable on an item that offers it and a blank on one that does not (as <c>NA</c> in
/// <c>score</c>'s CSV); the scale's own number for not applicable (<see cref="ResponseScale.NotApplicableAnswer"/>, HoNOS's
/// 9) is not applicable on an item that offers it; any other value makes the row unscorable, with <c>score</c>'s message
/// for that cell. Keyed values, sums and counts follow <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, out InstrumentResult, out ScoringError)"/>: a reversed item scores
/// <c>minimum + maximum − answer</c>, an item with a value map scores its answer's points (<see cref="Item.Points"/>,
/// ASCOF's 3-2-1-0); a score that leaves not-applicable answers out (<see cref="ScoreDefinition.ExcludesNotApplicable"/>)
/// or counts them apart from blanks (<see cref="ScoreDefinition.CountsNotApplicable"/>, P3CEQ's "don't know") counts them.
/// </summary>
internal sealed class ItemFacts
{
    private const string Prefix = "__os_";
    private readonly Instrument _instrument;
    private readonly SqlExpr[] _columns;
    private readonly int[] _codes;
    private readonly int? _notApplicableCode;
    private readonly FormLayout _layout;

    /// <summary>
    /// Reads the item columns; messages follow <paramref name="layout"/> (DIALOG's name each item's topic and call an
    /// answer a rating), and each item's help problem, when <paramref name="help"/> is given, follows its answer's.
    /// </summary>
    public ItemFacts(Instrument instrument, IReadOnlyList<string> columns, int? notApplicableCode, int? notAnsweredCode, FormLayout layout, HelpFacts? help = null)
    {
        _instrument = instrument;
        _layout = layout;
        _columns = [.. columns.Select(c => (SqlExpr)new Column(c))];
        _notApplicableCode = notApplicableCode;
        _codes = [.. new[] { notApplicableCode, notAnsweredCode }.OfType<int>()];
        BadAnswers = new Fact(Prefix + "bad", new JoinNonNull("; ", [.. Enumerable.Range(0, _columns.Length).SelectMany(i => new[] { BadAnswerMessage(i), help?.Problem(i) }.OfType<SqlExpr>())]));
        ItemsAnswered = new Fact(Prefix + "answered", new Add([.. Enumerable.Range(0, _columns.Length).Select(CountIfAnswered)]));
        ScoreSums = [.. instrument.Scores.Select((s, k) => new Fact(Prefix + $"s{k}_sum", new Add([.. s.Items.Select(n => KeyedIfAnswered(n - 1))])))];
        ScoreAnswered = [.. instrument.Scores.Select((s, k) => new Fact(Prefix + $"s{k}_answered", new Add([.. s.Items.Select(n => CountIfAnswered(n - 1))])))];
        ScoreNotApplicable = [.. instrument.Scores.Select((s, k) => NotApplicableCount(s, k))];
        int[] risk = [.. instrument.Items.Where(i => i.IsRisk).Select(i => i.Number - 1)];
        RiskItemsFlagged = new Fact(Prefix + "risk", risk.Length == 0 ? new Int(0) : new Add([.. risk.Select(RiskIfFlagged)]));
    }

    /// <summary>The prefix of every fact's name (a kept column may not start with it).</summary>
    public static string FactPrefix => Prefix;

    /// <summary>The messages of the cells off the scale, joined with "; " as <c>score</c> joins them; NULL when every cell can be read.</summary>
    public Fact BadAnswers { get; }

    /// <summary>How many of the form's items were answered.</summary>
    public Fact ItemsAnswered { get; }

    /// <summary>Each score's sum of keyed answered values, in score order.</summary>
    public Fact[] ScoreSums { get; }

    /// <summary>How many of each score's items were answered, in score order.</summary>
    public Fact[] ScoreAnswered { get; }

    /// <summary>
    /// How many of each score's items were not applicable and left out of it or counted apart from blanks, in score order:
    /// a fact for a score that does either and has an item offering it, else the constant 0 (<see cref="Score.ItemsNotApplicable"/>).
    /// </summary>
    public SqlExpr[] ScoreNotApplicable { get; }

    /// <summary>How many risk items have a keyed value above the scale minimum.</summary>
    public Fact RiskItemsFlagged { get; }

    /// <summary>Whether the row can be scored: no cell off the scale.</summary>
    public SqlExpr RowIsReadable => new IsNull(BadAnswers);

    /// <summary>Whether an item (zero-based) was answered: its value lies on the scale.</summary>
    public Between Answered(int index) => new(_columns[index], new Int(_instrument.Scale.Minimum), new Int(_instrument.Scale.Maximum));

    /// <summary>The raw value of an item's column (zero-based), read only where <see cref="Answered"/> holds.</summary>
    public SqlExpr Raw(int index) => _columns[index];

    /// <summary>
    /// The category a stage reads from an item (zero-based), where <see cref="Answered"/> holds: its keyed answer less the scale
    /// minimum (Instrument.EvaluateStage's; a stage's items have no value maps).
    /// </summary>
    public SqlExpr Category(int index) => new Arithmetic('-', Keyed(index), new Int(_instrument.Scale.Minimum));

    /// <summary>The value an item (zero-based) scores: reversed or not.</summary>
    private SqlExpr Keyed(int index) => _instrument.Items[index].Keying == ItemKeying.Reversed
        ? new Arithmetic('-', new Int(_instrument.Scale.Minimum + _instrument.Scale.Maximum), _columns[index])
        : _columns[index];

    private Case CountIfAnswered(int index) => new([(Answered(index), new Int(1))], new Int(0));

    /// <summary>
    /// What an item (zero-based) adds to a score's sum: its keyed answer when answered, else 0; for an item with a value map
    /// (<see cref="Item.Points"/>), the points of the answer given, one branch per answer on the scale (Engine's ItemPoints.Value).
    /// </summary>
    private Case KeyedIfAnswered(int index)
    {
        Item item = _instrument.Items[index];
        if (item.Points.IsDefaultOrEmpty)
        {
            return new([(Answered(index), Keyed(index))], new Int(0));
        }

        ResponseScale scale = _instrument.Scale;
        return new([.. item.Points.Select((points, i) => ((SqlExpr)new Compare("=", _columns[index], new Int(scale.Minimum + i)), (SqlExpr)new Int(points)))], new Int(0));
    }

    private Case RiskIfFlagged(int index) =>
        new([(new And([Answered(index), new Compare(">", Keyed(index), new Int(_instrument.Scale.Minimum))]), new Int(1))], new Int(0));

    /// <summary>The values that read as "not applicable" on an item that offers it: the caller's code and the scale's own number.</summary>
    private SqlExpr[] NotApplicableValues => [.. new[] { _notApplicableCode, _instrument.Scale.NotApplicableAnswer }.OfType<int>().Distinct().Select(c => (SqlExpr)new Int(c))];

    /// <summary>A score's count of not-applicable answers left out or counted apart (as <see cref="Instrument.TryScore(ReadOnlySpan{Answer}, out InstrumentResult, out ScoringError)"/> counts them), or 0.</summary>
    private SqlExpr NotApplicableCount(ScoreDefinition score, int k)
    {
        int[] offering = [.. score.Items.Where(n => (score.ExcludesNotApplicable || score.CountsNotApplicable) && _instrument.Items[n - 1].AllowsNotApplicable)];
        SqlExpr[] values = NotApplicableValues;
        return offering.Length == 0 || values.Length == 0
            ? new Int(0)
            : new Fact(Prefix + $"s{k}_not_applicable", new Add([.. offering.Select(n => (SqlExpr)new Case([(new In(_columns[n - 1], values), new Int(1))], new Int(0)))]));
    }

    /// <summary>The message <c>score</c> writes for an answer off the scale (FormProblem.BadAnswer's, for a cell that is a whole number).</summary>
    private Case BadAnswerMessage(int index)
    {
        SqlExpr column = _columns[index];
        Item item = _instrument.Items[index];
        string name = _layout.ColumnName(item.Number);
        string label = _layout.Topics.IsDefaultOrEmpty ? name : $"{name} ({_layout.Topics[index]})";
        string noun = _layout.AnswerName;
        string article = noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
        int?[] readable = [.. _codes.Select(c => (int?)c), item.AllowsNotApplicable ? _instrument.Scale.NotApplicableAnswer : null];
        List<SqlExpr> bad = [new Not(new IsNull(column)), new Not(Answered(index)), .. readable.OfType<int>().Distinct().Select(c => new Compare("<>", column, new Int(c)))];
        SqlExpr value = new Cast(column, SqlType.Text);
        string notKnown = _instrument.Scale.NotApplicableAnswer is { } na ? string.Create(CultureInfo.InvariantCulture, $"{na} (not known), ") : "";
        Concat message = item.AllowsNotApplicable
            ? new([new Text($"{label}: '"), value, new Text($"' is not {article} {noun}; {noun}s are {_instrument.Scale}, {notKnown}NA or blank")])
            : new([new Text($"{label}: {noun} "), value, new Text($" is outside the response scale {_instrument.Scale}")]);
        return new Case([(new And(bad), message)]);
    }
}
