using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// What one instrument family adds to the shared CSV handling: which input columns it reads, its result
/// columns, and how it scores one row. <see cref="CsvScorer"/> does the rest (reading, pass-through, field
/// counts, malformed rows, writing), so every instrument follows the same row rules.
/// </summary>
internal abstract class RowScorer
{
    private readonly List<FormProblem> _formProblems = [];

    /// <summary>Gets the result column names, in output order, without the final <c>error</c> column.</summary>
    public abstract string[] Columns { get; }

    /// <summary>
    /// Binds to the header: records the columns this scorer reads and returns the ones it consumes (they are
    /// not passed through), or a problem that makes the input unusable.
    /// </summary>
    public abstract bool TryBind(string[] header, out ISet<int> consumed, out string? problem);

    /// <summary>Scores one row whose field count matches the header; writes result cells and any problems, and says what became of the row.</summary>
    public abstract RowOutcome Score(string[] record, string[] cells, List<string> problems);

    /// <summary>Gets a note written to standard error (prefixed <c>note: </c>) after a successful run, or <see langword="null"/>.</summary>
    public virtual string? Note => null;

    /// <summary>
    /// Binds a form layout to the header; the problem (a duplicated or missing item column, with <see cref="DelimiterHint"/>'s
    /// hint as <see cref="CsvInput.Lacks"/> words it for named columns) makes the input unusable.
    /// </summary>
    protected static bool TryBind(FormLayout layout, string[] header, [NotNullWhen(true)] out FormReader? reader, ISet<int> consumed, out string? problem)
    {
        if (!FormReader.TryBind(layout, header, out reader, out FormProblem bindingProblem))
        {
            problem = bindingProblem.Message + DelimiterHint.For(header);
            return false;
        }

        consumed.UnionWith(reader.ItemColumns);
        consumed.UnionWith(reader.CompanionColumns.Where(c => c >= 0));
        problem = null;
        return true;
    }

    /// <summary>
    /// Reads a row's answers with the form reader; each cell that cannot be read adds its message. <paramref name="answers"/>
    /// is complete only when no problem was added.
    /// </summary>
    protected void ReadAnswers(FormReader reader, string[] record, Span<Answer> answers, List<string> problems) =>
        ReadAnswers(reader, record, answers, [], problems);

    /// <summary>
    /// Reads a row's answers and companion answers (an empty span when the layout has no companion questions) with the form
    /// reader; each cell that cannot be read adds its message, in column order.
    /// </summary>
    protected void ReadAnswers(FormReader reader, string[] record, Span<Answer> answers, Span<bool?> companionAnswers, List<string> problems)
    {
        _formProblems.Clear();
        if (reader.ReadAnswers(record, answers, companionAnswers, _formProblems) > 0)
        {
            foreach (FormProblem problem in _formProblems)
            {
                problems.Add(problem.Message);
            }
        }
    }

    /// <summary>
    /// Reads the age and gender cells that select a cut-off (absent columns are -1 and read as blank). A cell that cannot be
    /// read adds its problem (the age first, and then the gender is not read) with <c>; no cut-off</c>, and returns
    /// <see langword="false"/>.
    /// </summary>
    internal static bool TryReadPerson(string[] record, int ageColumn, int genderColumn, List<string> problems, out int? age, out Gender? gender)
    {
        gender = null;
        if (!FormCells.TryReadAge(ageColumn >= 0 ? record[ageColumn] : "", out age, out FormProblem problem)
            || !FormCells.TryReadGender(genderColumn >= 0 ? record[genderColumn] : "", out gender, out problem))
        {
            problems.Add(problem.Message + "; no cut-off");
            return false;
        }

        return true;
    }

    /// <summary>Formats a number in invariant culture at full (round-trip) precision, or empty.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a whole number in invariant culture, or empty.</summary>
    public static string Whole(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a boolean as <c>true</c>/<c>false</c>, or empty.</summary>
    public static string Bool(bool? value) => value switch { true => "true", false => "false", null => "" };

    /// <summary>
    /// A reliable change category as the change commands write it: <c>improvement</c>, <c>deterioration</c>, <c>no_change</c>,
    /// or blank when it could not be classified.
    /// </summary>
    public static string Category(ReliableChangeCategory? category) => category switch
    {
        ReliableChangeCategory.ReliableImprovement => "improvement",
        ReliableChangeCategory.ReliableDeterioration => "deterioration",
        ReliableChangeCategory.NoReliableChange => "no_change",
        _ => "",
    };

    /// <summary>Adds the explanation of every score of a result that is not computable; <see cref="RowOutcome.NotComputable"/> when there was one.</summary>
    protected static RowOutcome Explain(InstrumentResult result, List<string> problems)
    {
        RowOutcome outcome = RowOutcome.Scored;
        foreach (Score score in result)
        {
            if (score.Explanation is { } why)
            {
                problems.Add(why);
                outcome = RowOutcome.NotComputable;
            }
        }

        return outcome;
    }
}
