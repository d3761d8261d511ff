using CsvHelper;

namespace OutcomeScoring.Cli;

/// <summary>
/// The CSV conventions every command shares: comma separated (or the <c>--delimiter</c> the input carries: <see cref="CsvSource"/>), header row required, RFC 4180 quoting, CRLF or
/// LF, a UTF-8 byte order mark ignored, rows of any field count read so that a bad row can be reported rather
/// than lost; output with "\n" line ends and no formula escaping unless <c>--excel-safe</c> is given (<see cref="CsvOutput"/>),
/// so values pass through unchanged.
/// </summary>
internal static class CsvInput
{
    /// <summary>Opens a reader; <paramref name="onMalformed"/> hears of each malformed record before it is returned.</summary>
    public static CsvReader Open(TextReader input, Action<CsvMalformedRecord>? onMalformed = null) =>
        CsvReader.Create(
            input,
            new CsvReaderOptions
            {
                Separator = CsvSource.DelimiterOf(input),
                HasHeader = false,
                SkipEmptyLines = true,
                MalformedData = CsvMalformedDataHandling.Recover,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                OnMalformedRecord = onMalformed,
            },
            leaveOpen: true);

    /// <summary>Reads the header row (byte order mark removed), or reports that the input is empty.</summary>
    public static bool TryReadHeader(CsvReader reader, TextWriter error, out string[] header)
    {
        if (!reader.Read())
        {
            error.WriteLine("error: the input is empty; a header row naming the columns is needed.");
            header = [];
            return false;
        }

        header = reader.Current.ToArray();
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        return true;
    }

    /// <summary>
    /// Why a header cannot be used because it names a column more than once (case-insensitive, ignoring surrounding spaces;
    /// blank names are not compared), or <see langword="null"/>: a command would otherwise read the first and pass the
    /// second through, or count an item twice (issue 21, D7). <c>score</c> refuses a repeated item column the same way.
    /// </summary>
    public static string? Repeated(string[] header)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int column = 0; column < header.Length; column++)
        {
            string name = header[column].Trim();
            if (name.Length > 0 && !seen.TryAdd(name, column))
            {
                return string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"the header has the column '{name}' more than once (columns {seen[name] + 1} and {column + 1}); rename or remove one.");
            }
        }

        return null;
    }

    /// <summary>Writes <see cref="Repeated"/>'s problem as <c>error: ...</c>; <see langword="true"/> when there is none.</summary>
    public static bool TryRefuseRepeated(string[] header, TextWriter error)
    {
        if (Repeated(header) is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Why a header cannot be used because it lacks columns a command reads (<see langword="null"/> names are options not
    /// given, and are skipped), or <see langword="null"/>: one wording for every command, with <see cref="DelimiterHint"/>'s
    /// hint when the file seems to use another delimiter.
    /// </summary>
    public static string? Lacks(string[] header, params IEnumerable<string?> names)
    {
        string[] missing = [.. names.OfType<string>().Where(name => Find(header, name) < 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        return missing.Length == 0 ? null : LacksMessage(missing, header);
    }

    /// <summary>The message for a header that lacks <paramref name="missing"/> (see <see cref="Lacks"/>).</summary>
    public static string LacksMessage(IEnumerable<string> missing, string[] header) =>
        $"the header lacks the column(s) {string.Join(", ", missing)}.{DelimiterHint.For(header)}";

    /// <summary>The one wording of a row whose field count differs from the header's, for every command's row problems.</summary>
    public static string FieldCountProblem(int fields, int headerFields) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row has {fields} fields but the header has {headerFields}");

    /// <summary>Finds a column by name, case-insensitive and ignoring surrounding spaces, or -1.</summary>
    public static int Find(string[] header, string name) => Forms.FormColumns.Find(header, name);

    /// <summary>
    /// Opens a writer for the output: with <c>--excel-safe</c> (the output is a <see cref="CsvDestination"/> that says so), cells a
    /// spreadsheet would run as formulas are written as text (<see cref="CsvOutput"/>); otherwise every value passes through unchanged.
    /// </summary>
    public static CsvOutput CreateWriter(TextWriter output) => new(output, output is CsvDestination { ExcelSafe: true });

    /// <summary>Writes one record of fields.</summary>
    public static void WriteRecord(CsvOutput writer, IEnumerable<string> fields)
    {
        foreach (string field in fields)
        {
            writer.WriteField(field);
        }

        writer.EndRecord();
    }
}
