using System.Globalization;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli;

/// <summary>
/// The rows of a components file (<c>unit,component,value,n,se</c>, optional <c>period</c>; docs/cli.md, <c>index</c>), read with one set
/// of rules and messages for the <c>index</c> command and the report's integration index section: a bad row keeps its unit and makes
/// its component missing, with the reason; a blank value is missing; a component code not in the specification and a unit, period and
/// component given twice are the caller's to refuse (<see cref="Unknown"/>, <see cref="Duplicate"/>).
/// </summary>
internal sealed class ComponentRows
{
    /// <summary>The columns a components file may have.</summary>
    public static readonly string[] Known = ["unit", "component", "value", "n", "se", "period"];

    private readonly IndexSpecification _spec;
    private readonly int _headerLength, _unit, _component, _value, _count, _se, _period;
    private readonly Dictionary<(string, string?, string), int> _firstRow = [];

    /// <summary>Binds the reader to a header (names case-insensitive, surrounding spaces ignored).</summary>
    public ComponentRows(IndexSpecification spec, string[] header)
    {
        _spec = spec;
        _headerLength = header.Length;
        _unit = CsvInput.Find(header, "unit");
        _component = CsvInput.Find(header, "component");
        _value = CsvInput.Find(header, "value");
        _count = CsvInput.Find(header, "n");
        _se = CsvInput.Find(header, "se");
        _period = CsvInput.Find(header, "period");
        MissingColumns = [.. new[] { ("unit", _unit), ("component", _component), ("value", _value) }.Where(c => c.Item2 < 0).Select(c => c.Item1)];
    }

    /// <summary>Gets the required columns the header lacks (unit, component, value).</summary>
    public string[] MissingColumns { get; }

    /// <summary>Gets whether the file has a period column.</summary>
    public bool HasPeriods => _period >= 0;

    /// <summary>Gets every unit (and period) named by a row, in order of first appearance.</summary>
    public List<(string Unit, string? Period)> Units { get; } = [];

    /// <summary>Gets each unit's (and period's) rows not used, as <c>row N: problem</c>.</summary>
    public Dictionary<(string, string?), List<string>> Problems { get; } = [];

    /// <summary>Gets the values read: one per unit, period and component; a bad row's is missing, with the reason.</summary>
    public List<ComponentValue> Values { get; } = [];

    /// <summary>Gets the rows not used, in row order, with their unit (or "") and the problem.</summary>
    public List<(int Row, string Unit, string Problem)> NotUsed { get; } = [];

    /// <summary>Gets the rows whose component code is not in the specification, in row order.</summary>
    public List<(int Row, string Code)> Unknown { get; } = [];

    /// <summary>Gets why the file cannot be used when two rows give the same unit, period and component, or <see langword="null"/>.</summary>
    public string? Duplicate { get; private set; }

    /// <summary>
    /// Reads one row (<paramref name="row"/> 1 = the first after the header). <paramref name="malformed"/> says how the row is malformed CSV,
    /// if it is. Returns <see langword="false"/> when the row gives a unit, period and component an earlier row gave (<see cref="Duplicate"/>
    /// says which): the file cannot be used, and no further row should be read.
    /// </summary>
    public bool Add(int row, string[] record, string? malformed)
    {
        string Cell(int column) => column >= 0 && column < record.Length ? record[column].Trim() : "";
        string unit = Cell(_unit), component = Cell(_component), period = Cell(_period);
        string? problem = malformed is not null ? $"malformed CSV ({malformed})"
            : record.Length != _headerLength ? CsvInput.FieldCountProblem(record.Length, _headerLength)
            : unit.Length == 0 ? "no unit"
            : HasPeriods && period.Length == 0 ? "no period"
            : component.Length == 0 ? "no component"
            : null;
        (string, string?) key = (unit, HasPeriods ? period : null);
        if (unit.Length > 0 && (!HasPeriods || period.Length > 0) && !Problems.ContainsKey(key))
        {
            Problems[key] = [];
            Units.Add(key);
        }

        if (problem is null && _spec.FindComponent(component) is null)
        {
            Unknown.Add((row, component));
            return true;
        }

        if (problem is null && !_firstRow.TryAdd((unit, key.Item2, component), row))
        {
            Duplicate = string.Create(CultureInfo.InvariantCulture,
                $"rows {_firstRow[(unit, key.Item2, component)]} and {row} both give unit '{unit}'{(HasPeriods ? $", period '{period}'" : "")}, component '{component}'; give one row per unit{(HasPeriods ? ", period" : "")} and component.");
            return false;
        }

        double? value = null, se = null;
        long? n = null;
        if (problem is null)
        {
            string v = Cell(_value), nCell = Cell(_count), seCell = Cell(_se);
            double parsedValue = 0, parsedSe = 0;
            long parsedN = 0;
            if (v.Length > 0 && !(double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedValue) && double.IsFinite(parsedValue)))
            {
                problem = $"value '{v}' is not a number";
            }
            else if (nCell.Length > 0 && !long.TryParse(nCell, NumberStyles.None, CultureInfo.InvariantCulture, out parsedN))
            {
                problem = $"n '{nCell}' is not a whole number, 0 or more";
            }
            else if (seCell.Length > 0 && !(double.TryParse(seCell, NumberStyles.Float, CultureInfo.InvariantCulture, out parsedSe) && double.IsFinite(parsedSe) && parsedSe >= 0))
            {
                problem = $"se '{seCell}' is not a number, 0 or more";
            }
            else
            {
                value = v.Length > 0 ? parsedValue : null;
                n = nCell.Length > 0 ? parsedN : null;
                se = seCell.Length > 0 ? parsedSe : null;
            }
        }

        if (problem is not null)
        {
            string message = string.Create(CultureInfo.InvariantCulture, $"row {row}: {problem}");
            NotUsed.Add((row, unit, problem));
            if (Problems.TryGetValue(key, out List<string>? list))
            {
                list.Add(message);
                if (_spec.FindComponent(component) is not null && record.Length == _headerLength && (_firstRow.TryAdd((unit, key.Item2, component), row) || _firstRow[(unit, key.Item2, component)] == row))
                {
                    Values.Add(new ComponentValue(unit, component, null) { Period = key.Item2, MissingReason = message });
                }
            }

            return true;
        }

        Values.Add(new ComponentValue(unit, component, value, se, n)
        {
            Period = key.Item2,
            MissingReason = value is null ? string.Create(CultureInfo.InvariantCulture, $"blank value (row {row})") : null,
        });
        return true;
    }
}
