namespace OutcomeScoring.Cli;

/// <summary>
/// A block of rows read on <see cref="FastCsvScorer"/>'s reading thread and scored and written on the other: each row's
/// answers as byte codes, its passed-through cells already written as CSV text, and the problems that stop it being
/// scored (none for most rows). Blocks are reused, so a file of any size needs the same memory.
/// </summary>
internal sealed class RowBlock
{
    /// <summary>The most rows a block holds.</summary>
    public const int Capacity = 8192;

    public RowBlock(int itemCount, bool excelSafe)
    {
        Answers = new byte[Capacity * itemCount];
        Text = new CsvRowWriter(null, excelSafe);
    }

    /// <summary>Gets the answers, row after row, one byte code per item.</summary>
    public byte[] Answers { get; }

    /// <summary>Gets the passed-through cells of every row, as CSV text; row r's end is <see cref="TextEnds"/>[r].</summary>
    public CsvRowWriter Text { get; }

    /// <summary>Gets where each row's passed-through text ends in <see cref="Text"/>.</summary>
    public int[] TextEnds { get; } = new int[Capacity];

    /// <summary>Gets each row's problems (a cell that cannot be read, a field count unlike the header's), or <see langword="null"/>.</summary>
    public string[]?[] Problems { get; } = new string[]?[Capacity];

    /// <summary>Gets or sets the number of rows in the block.</summary>
    public int Count { get; set; }

    /// <summary>Empties the block for reuse.</summary>
    public void Clear()
    {
        Array.Clear(Problems, 0, Count);
        Count = 0;
        Text.Clear();
    }

    /// <summary>Gets a row's passed-through text.</summary>
    public ReadOnlySpan<char> PassedThrough(int row) => Text.Written[(row == 0 ? 0 : TextEnds[row - 1])..TextEnds[row]];
}
