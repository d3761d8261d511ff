using System.Globalization;
using OutcomeScoring.Activation;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// A calibration stage (<see cref="CalibrationStage"/>: PAM-13's activation) in SQL, with the calibration supplied at
/// generation time, as <see cref="CalibrationStage"/> evaluates it with <see cref="ICalibration.Score"/>: the keyed answers
/// less the scale minimum are the categories; the calibration's rules (<see cref="ICalibration.MinimumAnswered"/>, then
/// <see cref="ICalibration.RejectUniformExtremes"/>) give the engine's sentences; a lookup table
/// (<see cref="LookupTableCalibration"/>) is a <c>CASE</c> over the number answered and the raw score, its scores, standard
/// errors and levels written as the engine's doubles and levels; Rasch item parameters (<see cref="ItemParameterCalibration"/>)
/// are estimated by <see cref="RaschSteps"/> and put on the reporting scale by the transform, clamped to its bounds. The
/// level is read from the measure rounded to one decimal, halves away from zero (<see cref="ActivationCutPoints.Level"/>).
/// </summary>
internal sealed class CalibrationSql
{
    private readonly CalibrationStage _stage;
    private readonly ICalibration _calibration;
    private readonly string _prefix;
    private readonly Fact _answered;
    private readonly Fact _raw;
    private readonly Fact _maximum;
    private readonly RaschSteps? _rasch;
    private readonly List<IReadOnlyList<(string Name, SqlExpr Value)>> _levels = [];
    private readonly SqlExpr _measure;
    private readonly SqlExpr _measureSe;
    private readonly SqlExpr _level;

    /// <summary>Builds the stage's facts (and, for item parameters, <paramref name="steps"/> Newton steps); <paramref name="position"/> is its place in <see cref="Instrument.Stages"/>.</summary>
    public CalibrationSql(Instrument instrument, CalibrationStage stage, int position, ICalibration calibration, int steps, ItemFacts items)
    {
        _stage = stage;
        _calibration = calibration;
        _prefix = ItemFacts.FactPrefix + string.Create(CultureInfo.InvariantCulture, $"c{position}_");
        int[] indexes = [.. stage.Items.Select(n => n - 1)];
        SqlExpr[] flags = [.. indexes.Select((i, j) => (SqlExpr)new Fact(_prefix + "a" + RaschSteps.Number(j), new Case([(items.Answered(i), new Int(1))], new Int(0))))];
        _answered = new Fact(_prefix + "answered", new Add(flags));
        _raw = new Fact(_prefix + "raw", new Add([.. indexes.Select(i => (SqlExpr)new Case([(items.Answered(i), items.Category(i))], new Int(0)))]));
        _maximum = new Fact(_prefix + "max", new Add([.. indexes.Select((i, j) => (SqlExpr)new Case([(items.Answered(i), new Int(calibration.MaximumCategory(j + 1)))], new Int(0)))]));
        switch (calibration)
        {
            case LookupTableCalibration table:
                // One step after the facts reads the number answered and the raw score by name (a select list writes it inline).
                List<(string, SqlExpr)> cells = [(_prefix + "measure", ByCell(table, row => row.Scores, (row, r) => new SqlExpr.Double(row.Scores[r])))];
                if (table.Rows.Any(r => !r.StandardErrors.IsEmpty))
                {
                    cells.Add((_prefix + "measure_se", ByCell(table, row => row.StandardErrors, (row, r) => new SqlExpr.Double(row.StandardErrors[r]))));
                }

                if (stage.Levels is { } cuts)
                {
                    cells.Add((_prefix + "level", ByCell(table, row => row.Scores, (row, r) => new Int(cuts.Level(row.Scores[r])))));
                }

                _levels.Add(cells);
                _measure = new Step(_prefix + "measure");
                _measureSe = cells.Count > 1 && cells[1].Item1.EndsWith("_se", StringComparison.Ordinal) ? new Step(_prefix + "measure_se") : new Null(SqlType.Double);
                _level = stage.Levels is null ? new Null(SqlType.Integer) : new Step(_prefix + "level");
                break;
            case ItemParameterCalibration parameters:
                _rasch = new RaschSteps(parameters, steps, _prefix, flags, _raw, _maximum);
                _levels.AddRange(_rasch.Levels);
                LinearTransform transform = parameters.Transform;
                SqlExpr scaled = new Add([new SqlExpr.Double(transform.Intercept), new Arithmetic('*', new SqlExpr.Double(transform.Slope), _rasch.Theta)]);
                SqlExpr low = new SqlExpr.Double(transform.Minimum), high = new SqlExpr.Double(transform.Maximum);
                _levels.Add([(_prefix + "measure", new Case([(new Compare("<", scaled, low), low), (new Compare(">", scaled, high), high)], scaled))]);
                _measure = new Step(_prefix + "measure");
                _measureSe = new Arithmetic('*', new SqlExpr.Double(transform.Slope), _rasch.ThetaStandardError);
                _level = stage.Levels is { } levels ? Level(levels, _measure) : new Null(SqlType.Integer);
                break;
            default:
                throw SqlScoring.CannotExpress(instrument, $"its calibration '{calibration.Name}' is a {calibration.GetType().Name}, which the SQL generator does not know");
        }
    }

    /// <summary>Gets the steps of the whole query after the facts: a lookup table's one, or the Rasch estimate's.</summary>
    public IReadOnlyList<IReadOnlyList<(string Name, SqlExpr Value)>> Levels => _levels;

    /// <summary>Gets whether the steps can be written inline in a select list (a lookup table's can; a Rasch estimate's would repeat each step's value in every later one).</summary>
    public bool Inline => _rasch is null;

    /// <summary>Whether the calibration scores the row: enough items answered, and not a uniform extreme pattern it rejects.</summary>
    public SqlExpr Computable => new And([new Compare(">=", _answered, new Int(_calibration.MinimumAnswered)), new Not(Rejected)]);

    /// <summary>
    /// An output of the stage (<see cref="CalibrationStage.Outputs"/>) as the engine gives it when the row can be read (the
    /// caller adds the row's readability): <c>answered</c> always; the others only where the calibration scores the row, and
    /// <c>theta</c> and <c>theta-se</c> only for item parameters.
    /// </summary>
    public SqlExpr Output(string outputId) => outputId switch
    {
        "answered" => _answered,
        "measure" => When(_measure),
        "measure-se" => When(_measureSe),
        "level" => When(_level),
        "theta" => _rasch is null ? new Null(SqlType.Double) : When(_rasch.Theta),
        "theta-se" => _rasch is null ? new Null(SqlType.Double) : When(_rasch.ThetaStandardError),
        _ => throw new ArgumentOutOfRangeException(nameof(outputId), outputId, "Not an output of a calibration stage."),
    };

    /// <summary>The calibration's sentence when it does not score the row (CalibrationRules'), NULL otherwise.</summary>
    public Fact Explanation()
    {
        string name = _calibration.Name;
        SqlExpr answered = new Cast(_answered, SqlType.Text);
        return new Fact(_prefix + "why", new Case([
            (new Compare("<", _answered, new Int(_calibration.MinimumAnswered)), new Concat([
                new Text("Not computable: "), answered,
                new Text(string.Create(CultureInfo.InvariantCulture, $" of {_calibration.ItemCount} items answered; calibration '{name}' needs at least {_calibration.MinimumAnswered}.")),
            ])),
            (Rejected, new Concat([
                new Text("Not computable: all "), answered,
                new Text(" answered items have the "),
                new Case([(new Compare("=", _raw, new Int(0)), new Text("lowest"))], new Text("highest")),
                new Text($" answer, and calibration '{name}' rejects a uniform extreme pattern."),
            ])),
        ]));
    }

    /// <summary>Whether the calibration rejects the row's pattern: every answered item the lowest, or every one the highest, category.</summary>
    private SqlExpr Rejected => _calibration.RejectUniformExtremes
        ? new And([new Compare(">", _answered, new Int(0)), new Or([new Compare("=", _raw, new Int(0)), new Compare("=", _raw, _maximum)])])
        : new Truth(false);

    private Case When(SqlExpr value) => new([(Computable, value)]);

    /// <summary>A table's value for the row's cell (number answered, raw score), from the rows the calibration scores with: NULL for any other.</summary>
    private Case ByCell(LookupTableCalibration table, Func<LookupTableRow, System.Collections.Immutable.ImmutableArray<double>> values, Func<LookupTableRow, int, SqlExpr> value) =>
        new([.. table.Rows.Where(row => row.Answered >= table.MinimumAnswered && !values(row).IsEmpty).OrderBy(row => row.Answered).Select(row => (
            (SqlExpr)new Compare("=", _answered, new Int(row.Answered)),
            (SqlExpr)new Case([.. Enumerable.Range(0, row.Scores.Length).Select(r => ((SqlExpr)new Compare("=", _raw, new Int(r)), value(row, r)))])))]);

    /// <summary>The level of a measure (<see cref="ActivationCutPoints.Level"/>): the measure rounded to one decimal, halves away from zero, against each cut point.</summary>
    private static Case Level(ActivationCutPoints cuts, SqlExpr measure)
    {
        SqlExpr reported = new Divide(ScoringSqlBuilder.RoundHalfAwayFromZero(new Arithmetic('*', measure, new SqlExpr.Double(10))), new Int(10));
        return new Case(
            [(new Compare("<=", reported, new SqlExpr.Double(cuts.Level1Maximum)), new Int(1)),
             (new Compare("<=", reported, new SqlExpr.Double(cuts.Level2Maximum)), new Int(2)),
             (new Compare("<=", reported, new SqlExpr.Double(cuts.Level3Maximum)), new Int(3))],
            new Int(4));
    }
}
