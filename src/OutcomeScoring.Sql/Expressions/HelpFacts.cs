using System.Globalization;
using OutcomeScoring.DialogScale;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// DIALOG's "more help wanted?" answers, read as <c>score dialog</c> reads <c>help1</c> to <c>help11</c>
/// (<see cref="Forms.FormCells.TryReadYesNo"/>): <c>yes</c>/<c>y</c> and <c>no</c>/<c>n</c> in any case, blank or NULL for no
/// answer, anything else a problem named by the column (<c>help3: 'maybe' is not yes, no or blank</c>); unmet needs is the
/// number of "yes" answers, NULL when none was answered (<see cref="Dialog.Score"/>).
/// </summary>
internal sealed class HelpFacts
{
    private static readonly string[] Yes = ["YES", "Y"];
    private static readonly string[] No = ["NO", "N"];
    private readonly SqlExpr[] _columns;

    public HelpFacts(IReadOnlyList<string> columns)
    {
        _columns = [.. columns.Select(c => (SqlExpr)new Column(c))];
        string prefix = ItemFacts.FactPrefix;
        SqlExpr answered = _columns.Length == 0 ? new Int(0) : new Add([.. _columns.Select(c => (SqlExpr)new Case([(new In(Code(c), Texts([.. Yes, .. No])), new Int(1))], new Int(0)))]);
        SqlExpr wanted = _columns.Length == 0 ? new Int(0) : new Add([.. _columns.Select(c => (SqlExpr)new Case([(new In(Code(c), Texts(Yes)), new Int(1))], new Int(0)))]);
        UnmetNeeds = _columns.Length == 0 ? new Null(SqlType.Integer) : new Fact(prefix + "unmet_needs", new Case([(new Compare(">", answered, new Int(0)), wanted)]));
    }

    /// <summary>Whether DIALOG's output (<c>score dialog</c>'s columns and messages) applies: the built-in definition or one of its minimums.</summary>
    public static bool IsDialog(Instrument instrument) =>
        instrument.Id == Dialog.Instrument.Id && instrument.Items.Length == Dialog.Items.Length
        && instrument.Stages.Any(s => s is LowestRatedStage && s.Id == Dialog.LowestRatedStage);

    /// <summary>The number of "yes" answers, NULL when none was answered (or the table has no help columns).</summary>
    public SqlExpr UnmetNeeds { get; }

    /// <summary>The problem with an item's help cell (zero-based), NULL when it reads; none without help columns.</summary>
    public SqlExpr? Problem(int index)
    {
        if (_columns.Length == 0)
        {
            return null;
        }

        SqlExpr column = _columns[index];
        SqlExpr text = new SqlExpr.Trim(new Cast(column, SqlType.Text));
        string name = string.Create(CultureInfo.InvariantCulture, $"help{index + 1}");
        return new Case([(
            new And([new Not(new IsNull(column)), new Not(new In(Code(column), Texts(["", .. Yes, .. No])))]),
            new Concat([new Text($"{name}: '"), text, new Text("' is not yes, no or blank")]))]);
    }

    private static TrimUpper Code(SqlExpr column) => new(new Cast(column, SqlType.Text));

    private static SqlExpr[] Texts(IEnumerable<string> values) => [.. values.Select(v => new Text(v))];
}
