namespace OutcomeScoring.Cli;

/// <summary>
/// A hint for a header that the reader saw as one column although it holds semicolons, tabs, vertical bars or commas (a
/// file saved by a spreadsheet in a locale that writes decimal commas, a tab-separated export, or a comma-separated file
/// read with another <c>--delimiter</c>): the usual reason why the item or named columns are "missing". It names the
/// <c>--delimiter</c> to give.
/// </summary>
internal static class DelimiterHint
{
    /// <summary>The hint to append to a missing-column message, starting with a space, or empty when the header does not look so.</summary>
    /// <param name="header">The header row as read (with commas, or the --delimiter given).</param>
    public static string For(IReadOnlyList<string> header)
    {
        if (header.Count != 1)
        {
            return "";
        }

        string only = header[0];
        (string? holds, string? looks, string? option) = only switch
        {
            _ when only.Contains(';', StringComparison.Ordinal) => ("semicolons", "semicolon", "--delimiter ';'"),
            _ when only.Contains('\t', StringComparison.Ordinal) => ("tabs", "tab", "--delimiter tab"),
            _ when only.Contains('|', StringComparison.Ordinal) => ("vertical bars", "bar", "--delimiter '|'"),
            _ when only.Contains(',', StringComparison.Ordinal) => ("commas", "comma", "--delimiter ',' (the default)"),
            _ => (null, null, null),
        };
        return holds is null
            ? ""
            : $" The header was read as a single column and holds {holds}: the file looks {looks}-separated; give {option} (numbers still need '.' as the decimal mark).";
    }
}
