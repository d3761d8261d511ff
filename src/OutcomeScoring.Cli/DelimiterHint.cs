namespace OutcomeScoring.Cli;

/// <summary>
/// A hint for a header that the comma-separated reader saw as one column although it holds semicolons or tabs (a file
/// saved by a spreadsheet in a locale that writes decimal commas, or a tab-separated export): the usual reason why
/// the item or named columns are "missing".
/// </summary>
internal static class DelimiterHint
{
    /// <summary>The hint to append to a missing-column message, starting with a space, or empty when the header does not look so.</summary>
    /// <param name="header">The header row as read with commas.</param>
    public static string For(IReadOnlyList<string> header)
    {
        if (header.Count != 1)
        {
            return "";
        }

        string only = header[0];
        string? name = only.Contains(';', StringComparison.Ordinal) ? "semicolons" : only.Contains('\t', StringComparison.Ordinal) ? "tabs" : null;
        return name is null
            ? ""
            : $" The header was read as a single column and holds {name}: the file looks {(name == "tabs" ? "tab" : "semicolon")}-separated; save it as comma-separated CSV (with '.' as the decimal mark).";
    }
}
