namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// The units of an FFT report as a tree (ward -> site -> trust -> system), read from rows of counts: each unit's own
/// counts, its parent and children in order of first appearance, and its total, its own responses plus all those below
/// it (summed counts, never averaged percentages).
/// </summary>
internal sealed class FftHierarchy
{
    private readonly Dictionary<string, FftCounts> _own = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FftCounts> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long?> _ownEligible = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long?> _eligible = new(StringComparer.Ordinal);

    private FftHierarchy()
    {
    }

    /// <summary>Gets every unit in order of first appearance.</summary>
    public List<string> Units { get; } = [];

    /// <summary>Gets the top-level units, in order of first appearance.</summary>
    public List<string> Roots { get; } = [];

    /// <summary>Gets each unit's parent, or <see langword="null"/>.</summary>
    public Dictionary<string, string?> Parents { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets each unit's children, in order of first appearance.</summary>
    public Dictionary<string, List<string>> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets a unit's responses: its own plus all those below it.</summary>
    public FftCounts Total(string unit) => _totals[unit];

    /// <summary>Gets a unit's eligible count, its own plus all those below it, or <see langword="null"/> when a row at or below it gives none.</summary>
    public long? Eligible(string unit) => _eligible[unit];

    /// <summary>Reads the rows; several rows for one unit are added together.</summary>
    /// <exception cref="ArgumentException">A unit has no identifier, two different parents, or is its own ancestor; a count is negative.</exception>
    public static FftHierarchy Read(IEnumerable<FftUnitCounts> rows)
    {
        var tree = new FftHierarchy();
        foreach (FftUnitCounts row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Unit))
            {
                throw new ArgumentException("An FFT row has no unit identifier.", nameof(rows));
            }

            row.Counts.Validate();
            if (row.Eligible < 0)
            {
                throw new ArgumentException($"Unit '{row.Unit}' has an eligible count of {row.Eligible}; it cannot be negative.", nameof(rows));
            }

            tree.Seen(row.Unit);
            tree._own[row.Unit] += row.Counts;
            tree._ownEligible[row.Unit] = tree._ownEligible.TryGetValue(row.Unit, out long? had) ? had + row.Eligible : row.Eligible;
            if (row.Parent is { } parent && !string.IsNullOrWhiteSpace(parent))
            {
                if (tree.Parents[row.Unit] is { } existing && existing != parent)
                {
                    throw new ArgumentException($"Unit '{row.Unit}' has two parents, '{existing}' and '{parent}'.", nameof(rows));
                }

                tree.Seen(parent);
                tree.Parents[row.Unit] = parent;
            }
        }

        tree.CheckNoCycles(nameof(rows));
        foreach (string unit in tree.Units)
        {
            tree.Children[unit] = [];
        }

        foreach (string unit in tree.Units)
        {
            (tree.Parents[unit] is { } p ? tree.Children[p] : tree.Roots).Add(unit);
        }

        foreach (string unit in tree.Units)
        {
            tree.SumBelow(unit);
        }

        return tree;
    }

    private void Seen(string unit)
    {
        if (_own.TryAdd(unit, default))
        {
            Units.Add(unit);
            Parents[unit] = null;
        }
    }

    private void CheckNoCycles(string paramName)
    {
        foreach (string unit in Units)
        {
            var path = new HashSet<string>(StringComparer.Ordinal) { unit };
            for (string? up = Parents[unit]; up is not null; up = Parents[up])
            {
                if (!path.Add(up))
                {
                    throw new ArgumentException($"Unit '{unit}' is its own ancestor (through '{up}').", paramName);
                }
            }
        }
    }

    private FftCounts SumBelow(string unit)
    {
        if (!_totals.TryGetValue(unit, out FftCounts counts))
        {
            counts = _own[unit];
            long? eligible = _ownEligible.TryGetValue(unit, out long? own) ? own : 0;
            foreach (string child in Children[unit])
            {
                counts += SumBelow(child);
                eligible += _eligible[child];
            }

            _totals[unit] = counts;
            _eligible[unit] = eligible;
        }

        return counts;
    }
}
