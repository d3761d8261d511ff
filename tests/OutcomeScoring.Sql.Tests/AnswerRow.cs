namespace OutcomeScoring.Sql.Tests;

/// <summary>One cell of an item column: blank, "not applicable", or a whole number (on the scale or off it).</summary>
internal readonly record struct Cell(int? Value, bool NotApplicable = false)
{
    public static Cell Blank => default;

    public static Cell Na => new(null, NotApplicable: true);

    /// <summary>The cell as a CSV file gives it to <c>score</c>.</summary>
    public string Csv => NotApplicable ? "NA" : Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One row of a generated answer table: an id, one cell per item, and the person's age and gender as written.</summary>
/// <param name="Id">The row's id (the table's order).</param>
/// <param name="Items">One cell per item.</param>
/// <param name="BlankAsCode">Whether a blank cell is stored as the "not answered" code rather than NULL (when a code is used).</param>
/// <param name="Age">The age, or <see langword="null"/>.</param>
/// <param name="Gender">The gender cell, or <see langword="null"/>.</param>
/// <param name="Help">DIALOG's help cells, one per item (<see langword="null"/> for NULL), used when the table has help columns.</param>
internal sealed record AnswerRow(int Id, Cell[] Items, bool BlankAsCode, int? Age, string? Gender, string?[] Help);

/// <summary>A generated table and the layout the SQL is told: the CSV file and the SQL table hold the same answers.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="WithAge">Whether the table has an age column.</param>
/// <param name="WithGender">Whether the table has a gender column.</param>
/// <param name="NotApplicableCode">The code that stands for NA in SQL.</param>
/// <param name="NotAnsweredCode">A code that also stands for a blank in SQL, or <see langword="null"/>.</param>
/// <param name="Reference">The cut-off table asked for, or <see langword="null"/>.</param>
/// <param name="WithHelp">Whether the table has DIALOG's help columns <c>help1</c>.. (text).</param>
internal sealed record AnswerTable(AnswerRow[] Rows, bool WithAge, bool WithGender, int NotApplicableCode, int? NotAnsweredCode, string? Reference, bool WithHelp = false)
{
    public IEnumerable<string> HelpColumns => WithHelp ? Rows[0].Help.Select((_, i) => $"help{i + 1}") : [];

    public SqlScoringOptions Options(IReadOnlyList<string>? itemColumns = null) => new()
    {
        ItemColumns = itemColumns is null ? [] : [.. itemColumns],
        AgeColumn = WithAge ? "age" : null,
        GenderColumn = WithGender ? "gender" : null,
        KeepColumns = ["id"],
        NotApplicableCode = NotApplicableCode,
        NotAnsweredCode = NotAnsweredCode,
        Reference = Reference,
        HelpColumns = [.. HelpColumns],
    };

    public override string ToString() =>
        $"{Rows.Length} rows, age {WithAge}, gender {WithGender}, NA {NotApplicableCode}, blank code {NotAnsweredCode}, reference {Reference ?? "default"}, help {WithHelp}";
}
