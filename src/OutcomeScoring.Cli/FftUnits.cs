using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Cli;

/// <summary>
/// The units <c>fft summarize</c> has read: each unit's key for the library (its name in the <c>--unit</c> form; its
/// level and the names from the top down to it with <c>--level</c>, so that two wards of the same name on different
/// sites are two units), its place for the output, and the tie-break values of lowest-level units.
/// </summary>
internal sealed class FftUnits(FftLayout layout)
{
    private const char Separator = '\u001F';
    private readonly Dictionary<string, (int Level, string[] TopDown)> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ties = new(StringComparer.Ordinal);
    private readonly HashSet<(string Period, string Unit)> _linked = [];

    /// <summary>
    /// Adds a row's counts for its lowest-level unit, and the links from each unit on its path to the one above;
    /// gives <see langword="false"/> with the problem when a unit's tie-break values differ between rows.
    /// </summary>
    public bool TryAdd(string[] record, FftColumns columns, string period, string[] path, FftCounts counts, long? eligible, List<FftPeriodCounts> rows, out string? problem)
    {
        problem = null;
        string[] keys = [.. path.Select((_, level) => Key(level, path))];
        if (columns.Ties.Length > 0)
        {
            // NHS England writes a missing speciality as "-" before sorting (fft_pipeline processors.py).
            string tie = string.Join('\0', columns.Ties.Select(i => record[i].Trim() is { Length: > 0 } v ? v : "-"));
            if (_ties.TryGetValue(keys[0], out string? known) && known != tie)
            {
                problem = $"{layout.Levels[0]} '{path[0]}' has two sets of {string.Join(", ", layout.TieBreak)} values ('{known.Replace('\0', '/')}' and '{tie.Replace('\0', '/')}')";
                return false;
            }

            _ties[keys[0]] = tie;
        }

        rows.Add(new FftPeriodCounts(period, keys[0], keys.Length > 1 ? keys[1] : null, counts) { Eligible = eligible });
        for (int level = 1; level < keys.Length; level++)
        {
            if (_linked.Add((period, keys[level])))
            {
                // A link adds no one: with an eligible column, it adds 0 eligible, so the units above stay known.
                rows.Add(new FftPeriodCounts(period, keys[level], level + 1 < keys.Length ? keys[level + 1] : null, default) { Eligible = columns.Eligible >= 0 ? 0 : null });
            }
        }

        return true;
    }

    /// <summary>Orders units with equal totals: a lowest-level unit by its tie-break values, then any unit by its name.</summary>
    public string TieBreakKey(string key) => _ties.TryGetValue(key, out string? tie) ? tie + '\0' + Name(key) : Name(key);

    /// <summary>The identity cells of an output row: unit and parent, or the level and the name at each level, top first.</summary>
    public string[] Identity(FftUnitSummary row)
    {
        (int level, string[] topDown) = _units[row.Unit];
        if (layout.Legacy)
        {
            return [row.Unit, row.Parent ?? ""];
        }

        int levels = layout.Levels.Length;
        return [layout.Levels[level], .. Enumerable.Range(0, levels).Select(j => j < topDown.Length ? topDown[j] : "")];
    }

    private string Name(string key) => _units[key].TopDown[^1];

    private string Key(int level, string[] path)
    {
        string[] topDown = [.. path[level..].Reverse()];
        string key = layout.Legacy ? path[level] : string.Join(Separator, [level.ToString(System.Globalization.CultureInfo.InvariantCulture), .. topDown]);
        _units.TryAdd(key, (level, topDown));
        return key;
    }
}
