using System.Globalization;
using OutcomeScoring.Activation;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// A Rasch person estimate (<see cref="RaschModel"/>: partial credit or rating scale, maximum likelihood or Warm's weighted
/// likelihood) in SQL, as a fixed number of Newton-Raphson steps, each a few steps of a whole query (common table
/// expressions, no user-defined function): from the engine's starting value (the mean threshold of the answered items plus
/// the log-odds of the clamped raw score), each step evaluates every answered item's expected category and central moments
/// and moves by the engine's clamped Newton step (<see cref="PersonEstimationOptions.MaximumStep"/>; the weighted likelihood's
/// exact derivative, or <c>-sum V</c> where that is not negative). Category weights are <c>c_ik x^k</c> with
/// <c>x = EXP(t)</c> and <c>c_ik = exp(-(d_i1 + ... + d_ik))</c> computed here once: one <c>EXP</c> a step. The engine's
/// bracket-and-bisection safeguard is not repeated: <see cref="RaschProof"/> shows, for the calibration given, that these
/// steps reach the engine's estimate for every answer pattern it scores, or the calibration is refused.
/// </summary>
internal sealed class RaschSteps
{
    private readonly ItemParameterCalibration _calibration;
    private readonly string _prefix;
    private readonly SqlExpr[] _flags;
    private readonly double[][] _weights;
    private readonly SqlExpr _target;
    private readonly List<IReadOnlyList<(string Name, SqlExpr Value)>> _levels = [];

    /// <summary>
    /// Builds the steps; <paramref name="flags"/> are 1 or 0 per calibration item (answered or not), <paramref name="raw"/> and
    /// <paramref name="maximum"/> the raw score and its maximum over the answered items.
    /// </summary>
    public RaschSteps(ItemParameterCalibration calibration, int steps, string prefix, SqlExpr[] flags, SqlExpr raw, SqlExpr maximum)
    {
        _calibration = calibration;
        _prefix = prefix;
        _flags = flags;
        _weights = Weights(calibration.Model);
        PersonEstimationOptions options = calibration.Estimation;
        _target = options.Estimator == RaschEstimator.MaximumLikelihood
            ? new Fact(prefix + "target", new Case(
                [(new Compare("<=", raw, new Int(0)), new SqlExpr.Double(options.ExtremeScoreAdjustment)),
                 (new Compare(">=", raw, maximum), new Arithmetic('-', maximum, new SqlExpr.Double(options.ExtremeScoreAdjustment)))],
                new Cast(raw, SqlType.Double)))
            : new Cast(raw, SqlType.Double);
        SqlExpr t = Start(maximum);
        Add((Name("x0"), new Call(MathFunction.Exp, t)));
        for (int k = 0; k < steps; k++)
        {
            t = Newton(k, t);
        }

        SqlExpr variance = Moments(steps, new Step(Name($"x{steps}")), varianceOnly: true);
        Theta = t;
        ThetaStandardError = new Divide(new Int(1), new Call(MathFunction.SquareRoot, variance));
    }

    /// <summary>Gets the steps of the whole query, each a list of new columns, in order.</summary>
    public IReadOnlyList<IReadOnlyList<(string Name, SqlExpr Value)>> Levels => _levels;

    /// <summary>Gets the person estimate in logits after the last step.</summary>
    public SqlExpr Theta { get; }

    /// <summary>Gets its standard error, <c>1 / SQRT(sum V)</c> at the estimate.</summary>
    public SqlExpr ThetaStandardError { get; }

    /// <summary>The weights <c>c_ik = exp(-(d_i1 + ... + d_ik))</c>, k = 1..M_i, the thresholds summed in order.</summary>
    public static double[][] Weights(RaschModel model) =>
        [.. model.Thresholds.Select(item =>
        {
            double cumulative = 0;
            return item.Select(d => System.Math.Exp(-(cumulative += d))).ToArray();
        })];

    /// <summary>Each item's thresholds summed in order (for the starting value's mean threshold).</summary>
    public static double[] ThresholdSums(RaschModel model) => [.. model.Thresholds.Select(item => item.Aggregate(0.0, (sum, d) => sum + d))];

    /// <summary>The engine's starting value: the mean threshold plus log(start / (max - start)), start the target clamped to 0.5..max-0.5; 0 with no item answered.</summary>
    private Fact Start(SqlExpr maximum)
    {
        double[] sums = ThresholdSums(_calibration.Model);
        SqlExpr thresholdSum = new Add([.. _flags.Select((a, j) => (SqlExpr)new Case([(Answered(a), new SqlExpr.Double(sums[j]))], new SqlExpr.Double(0)))]);
        SqlExpr upper = new Arithmetic('-', maximum, new SqlExpr.Double(0.5));
        SqlExpr start = new Case([(new Compare("<", _target, new SqlExpr.Double(0.5)), new SqlExpr.Double(0.5)), (new Compare(">", _target, upper), upper)], _target);
        SqlExpr some = new Compare(">", maximum, new Int(0));
        SqlExpr odds = new Case([(some, new Divide(start, new Arithmetic('-', maximum, start)))], new SqlExpr.Double(1));
        return new Fact(_prefix + "t0", new Case([(some, new Add([new Divide(thresholdSum, maximum), new Call(MathFunction.NaturalLog, odds)]))], new SqlExpr.Double(0)));
    }

    /// <summary>One Newton step from <paramref name="t"/> (whose EXP is the column x{k}): moments, then the clamped step; returns the next t.</summary>
    private Step Newton(int k, SqlExpr t)
    {
        Moments(k, new Step(Name($"x{k}")), varianceOnly: false);
        Step e = new(Name($"e{k}")), v = new(Name($"v{k}")), third = new(Name($"m3_{k}")), fourth = new(Name($"m4_{k}"));
        PersonEstimationOptions options = _calibration.Estimation;
        bool ml = options.Estimator == RaschEstimator.MaximumLikelihood;
        SqlExpr positive = new Compare(">", v, new Int(0));
        SqlExpr residual = new Arithmetic('-', _target, e);
        SqlExpr g = ml ? residual : new Case([(positive, new Add([residual, new Divide(third, new Arithmetic('*', new Int(2), v))]))], residual);
        SqlExpr slope = new Add([new Arithmetic('-', new Int(0), v), new Divide(new Arithmetic('-', new Arithmetic('*', fourth, v), new Arithmetic('*', third, third)), new Arithmetic('*', new Arithmetic('*', new Int(2), v), v))]);
        Add(ml ? [(Name($"g{k}"), g)] : [(Name($"g{k}"), g), (Name($"slope{k}"), slope)]);
        Step gs = new(Name($"g{k}")), slopes = new(Name($"slope{k}"));
        SqlExpr most = new SqlExpr.Double(options.MaximumStep), least = new SqlExpr.Double(-options.MaximumStep);
        SqlExpr newton = ml
            ? new Divide(gs, v)
            : new Divide(new Arithmetic('-', new Int(0), gs), new Case([(new Compare("<", slopes, new Int(0)), slopes)], new Arithmetic('-', new Int(0), v)));
        SqlExpr raw = new Case(
            [(new Compare("=", gs, new Int(0)), new SqlExpr.Double(0)),
             (new Compare("<=", v, new Int(0)), new Case([(new Compare(">", gs, new Int(0)), most)], least))],
            newton);
        Add((Name($"step{k}"), raw));
        Step s = new(Name($"step{k}"));
        SqlExpr next = new Add([t, new Case([(new Compare("<", s, least), least), (new Compare(">", s, most), most)], s)]);
        Add((Name($"t{k + 1}"), next), (Name($"x{k + 1}"), new Call(MathFunction.Exp, next)));
        return new Step(Name($"t{k + 1}"));
    }

    /// <summary>
    /// The steps that give, at <paramref name="x"/> = EXP(t), each answered item's weights, then its expected category and
    /// central moments, then their sums over the items (columns e, v, m3_ and m4_ of step <paramref name="k"/>; the variance
    /// alone when <paramref name="varianceOnly"/>, returned).
    /// </summary>
    private Step Moments(int k, SqlExpr x, bool varianceOnly)
    {
        int items = _weights.Length;
        List<(string, SqlExpr)> weights = [];
        for (int j = 0; j < items; j++)
        {
            SqlExpr power = x;
            for (int c = 1; c <= _weights[j].Length; c++)
            {
                weights.Add((Name($"w{k}_{j}_{c}"), new Case([(Answered(_flags[j]), new Arithmetic('*', new SqlExpr.Double(_weights[j][c - 1]), power))], new SqlExpr.Double(0))));
                power = new Arithmetic('*', power, x);
            }
        }

        Add([.. weights]);
        SqlExpr W(int j, int c) => c == 0 ? new Int(1) : new Step(Name($"w{k}_{j}_{c}"));
        List<(string, SqlExpr)> expected = [];
        for (int j = 0; j < items; j++)
        {
            int top = _weights[j].Length;
            SqlExpr z = new Add([.. Enumerable.Range(0, top + 1).Select(c => W(j, c))]);
            SqlExpr first = new Add([.. Enumerable.Range(1, top).Select(c => c == 1 ? W(j, c) : new Arithmetic('*', new Int(c), W(j, c)))]);
            expected.Add((Name($"z{k}_{j}"), z));
            expected.Add((Name($"e{k}_{j}"), new Divide(first, z)));
        }

        Add([.. expected]);
        List<(string, SqlExpr)> moments = [];
        for (int j = 0; j < items; j++)
        {
            Step z = new(Name($"z{k}_{j}")), mean = new(Name($"e{k}_{j}"));
            SqlExpr Dev(int c) => new Arithmetic('-', new Int(c), mean);
            SqlExpr Dev2(int c) => new Arithmetic('*', Dev(c), Dev(c));
            SqlExpr Moment(Func<int, SqlExpr> power) => new Divide(new Add([.. Enumerable.Range(0, _weights[j].Length + 1).Select(c => (SqlExpr)new Arithmetic('*', power(c), W(j, c)))]), z);
            moments.Add((Name($"v{k}_{j}"), Moment(Dev2)));
            if (!varianceOnly)
            {
                moments.Add((Name($"m3_{k}_{j}"), Moment(c => new Arithmetic('*', Dev2(c), Dev(c)))));
                moments.Add((Name($"m4_{k}_{j}"), Moment(c => new Arithmetic('*', Dev2(c), Dev2(c)))));
            }
        }

        Add([.. moments]);
        SqlExpr Sum(Func<int, SqlExpr> term) => new Add([.. Enumerable.Range(0, items).Select(term)]);
        SqlExpr variance = Sum(j => new Step(Name($"v{k}_{j}")));
        if (varianceOnly)
        {
            Add((Name($"v{k}"), variance));
            return new Step(Name($"v{k}"));
        }

        Add(
            (Name($"e{k}"), Sum(j => new Step(Name($"e{k}_{j}")))),
            (Name($"v{k}"), variance),
            (Name($"m3_{k}"), Sum(j => new Step(Name($"m3_{k}_{j}")))),
            (Name($"m4_{k}"), Sum(j =>
            {
                Step m2 = new(Name($"v{k}_{j}"));
                return new Arithmetic('-', new Step(Name($"m4_{k}_{j}")), new Arithmetic('*', new Arithmetic('*', new Int(3), m2), m2));
            })));
        return new Step(Name($"v{k}"));
    }

    private static Compare Answered(SqlExpr flag) => new("=", flag, new Int(1));

    private string Name(string step) => _prefix + step;

    private void Add(params (string Name, SqlExpr Value)[] columns) => _levels.Add(columns);

    /// <summary>The number of an item, as text (for names).</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
