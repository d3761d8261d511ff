namespace OutcomeScoring.Tables;

/// <summary>How <see cref="TextTable.Format"/> lays out a table.</summary>
public enum TableStyle
{
    /// <summary>Plain text for a terminal: columns padded to their widest cell, numbers right-aligned, a dashed rule under the header.</summary>
    Aligned = 0,

    /// <summary>A GitHub-flavoured Markdown table (numbers right-aligned with <c>--:</c>; a <c>|</c> in a cell is escaped).</summary>
    Markdown = 1,
}
