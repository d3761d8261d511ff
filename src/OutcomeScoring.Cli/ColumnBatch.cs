namespace OutcomeScoring.Cli;

/// <summary>One batch of a columnar table: its row count and, per column, the text of a cell by row (null when the cell is null).</summary>
internal sealed record ColumnBatch(int Rows, IReadOnlyList<Func<int, string?>> Columns);
