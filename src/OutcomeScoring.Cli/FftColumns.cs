using System.Globalization;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Cli;

/// <summary>
/// Where <c>fft summarize</c> finds each part of a row: the level, tie-break and period columns, and either the
/// <c>answer</c> column (one response per row) or the six count columns (one row of published counts per unit).
/// </summary>
internal sealed class FftColumns
{
    private FftColumns(int[] levels, int[] ties, int period, int answer, int[]? counts, string[] countNames, int eligible)
    {
        Eligible = eligible;
        Levels = levels;
        Ties = ties;
        Period = period;
        Answer = answer;
        Counts = counts;
        CountNames = countNames;
    }

    /// <summary>Gets the level columns, lowest first.</summary>
    public int[] Levels { get; }

    /// <summary>Gets the tie-break columns, in order.</summary>
    public int[] Ties { get; }

    /// <summary>Gets the period column, or -1.</summary>
    public int Period { get; }

    /// <summary>Gets the answer column, or -1 when the rows are counts.</summary>
    public int Answer { get; }

    /// <summary>Gets the six count columns in the order of <see cref="FftAnswer"/>, or <see langword="null"/> when the rows are responses.</summary>
    public int[]? Counts { get; }

    /// <summary>Gets the eligible column, or -1.</summary>
    public int Eligible { get; }

    private string[] CountNames { get; }

    /// <summary>Finds the columns; writes the missing ones to <paramref name="error"/> and gives <see langword="null"/> when any is missing.</summary>
    public static FftColumns? Find(string[] header, FftLayout layout, string[] countNames, TextWriter error)
    {
        int Column(string name) => CsvInput.Find(header, name);
        int answer = Column("answer");
        int[] counts = [.. countNames.Select(Column)];
        bool asCounts = answer < 0 && counts.All(c => c >= 0);
        (string Name, int Index)[] wanted =
        [
            .. layout.Levels.Select(l => (l, Column(l))),
            .. layout.TieBreak.Select(t => (t, Column(t))),
            .. layout.Period is { } p ? [(p, Column(p))] : Array.Empty<(string, int)>(),
            .. layout.Eligible is { } e ? [(e, Column(e))] : Array.Empty<(string, int)>(),
            .. asCounts ? Array.Empty<(string, int)>() : [("answer", answer)],
        ];
        string[] missing = [.. wanted.Where(c => c.Index < 0).Select(c => c.Name)];
        if (missing.Length > 0)
        {
            error.WriteLine($"error: {CsvInput.LacksMessage(missing, header)}");
            return null;
        }

        if (layout.Eligible is not null && !asCounts)
        {
            error.WriteLine($"error: --eligible needs one row of counts per unit (the columns {string.Join(", ", countNames)}), not one response per row.");
            return null;
        }

        return new FftColumns([.. layout.Levels.Select(Column)], [.. layout.TieBreak.Select(Column)], layout.Period is null ? -1 : Column(layout.Period), asCounts ? -1 : answer, asCounts ? counts : null, countNames, layout.Eligible is null ? -1 : Column(layout.Eligible));
    }

    /// <summary>
    /// Reads where a row belongs: its period ("" without a period column) and its path, lowest level first, up to the
    /// first empty level; gives the problem when the lowest level or the period is empty, or a level is given above an empty one.
    /// </summary>
    public string? Place(string[] record, FftLayout layout, out string period, out string[] path)
    {
        string[] values = [.. Levels.Select(i => record[i].Trim())];
        int depth = Array.IndexOf(values, "") is int empty and >= 0 ? empty : values.Length;
        path = values[..depth];
        period = Period >= 0 ? record[Period].Trim() : "";
        return depth == 0 ? $"no {layout.Levels[0]}"
            : Period >= 0 && period.Length == 0 ? $"no {layout.Period}"
            : values.Skip(depth).FirstOrDefault(v => v.Length > 0) is { } above ? $"no {layout.Levels[depth]} but {layout.Levels[Array.IndexOf(values, above, depth)]} '{above}'"
            : null;
    }

    /// <summary>Reads a row: where it belongs and its counts (one response, or the six counts); gives the problem, if any.</summary>
    public string? Read(string[] record, FftLayout layout, FftQuestion question, out string period, out string[] path, out FftCounts counts, out long? eligible)
    {
        counts = default;
        eligible = null;
        if (Place(record, layout, out period, out path) is { } problem)
        {
            return problem;
        }

        if (Counts is null)
        {
            string cell = record[Answer].Trim();
            if (!FftSummarizeCommand.TryParseAnswer(cell, question, out FftAnswer answer))
            {
                return FftSummarizeCommand.AnswerProblem(cell, question);
            }

            counts = default(FftCounts).With(answer);
            return null;
        }

        var values = new long[Counts.Length];
        for (int i = 0; i < Counts.Length; i++)
        {
            string cell = record[Counts[i]].Trim();
            if (!long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return $"{CountNames[i]} '{cell}' is not a whole number of responses (0 or more)";
            }
        }

        counts = new FftCounts(values[0], values[1], values[2], values[3], values[4], values[5]);
        if (Eligible >= 0)
        {
            string cell = record[Eligible].Trim();
            if (!long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                return $"{layout.Eligible} '{cell}' is not a whole number of people (0 or more)";
            }

            eligible = value;
        }

        return null;
    }
}
