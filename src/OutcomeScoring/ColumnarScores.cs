using OutcomeScoring.Engine;
using System.Globalization;

namespace OutcomeScoring;

/// <summary>
/// The result of scoring response sets held one column per item
/// (<see cref="Instrument.ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes)"/>), held as columns too: per row
/// the error kind (0 when scored), the items answered and the risk items flagged; per score and row the items answered,
/// the items not applicable and why the score is not computable (0 when it is). Each row means exactly what
/// <see cref="Instrument.Score(ReadOnlySpan{Answer})"/> gives for that row's answers: <see cref="Outcome(int)"/> rebuilds it,
/// <see cref="CopyClinicalScores"/> and <see cref="CopyMeans"/> write one value per row.
/// </summary>
/// <remarks>
/// <para>
/// The rules are each score's own: the mean of the answered items, prorated when no more than
/// <see cref="ScoreDefinition.MaximumMissing"/> of its items are missing and not computable otherwise (CORE:
/// specs/core.md, "Common model"; every other score's source is <see cref="ScoreDefinition.Source"/>); a score all of
/// whose answered items were "not applicable" is not computable (<see cref="NotComputableReason.NoItemApplicable"/>,
/// specs/mental-health-proms.md sections 5 and 10). A row with a byte that is neither an answer on the scale nor one of the
/// codes is an error row (<see cref="ScoringErrorKind.AnswerOutOfRange"/>, naming the item and value in
/// <see cref="Outcome(int)"/>); its count and reason columns hold 0 and its values are written as NaN.
/// </para>
/// <para>
/// Only the library builds one, so its columns always agree with each other and with <see cref="Instrument"/>. It is not
/// changed once returned, with one exception the caller chooses: passing it back to
/// <see cref="Instrument.ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes, ColumnarScores)"/> as the storage to
/// reuse hands it over, and that call overwrites it (spans read from it before then see the new rows). Reading it from many
/// threads is safe.
/// </para>
/// <para>
/// Byte columns hold at most 255, so the columnar result needs an instrument of at most 255 items; score a longer one
/// into <see cref="ScoringOutcome"/> values instead.
/// </para>
/// </remarks>
public sealed class ColumnarScores
{
    /// <summary>The most items an instrument may have for its counts to fit the result's byte columns.</summary>
    internal const int MaximumItems = byte.MaxValue;

    private readonly int _stageLaneStart;
    private byte[] _errors = [];
    private byte[] _answered = [];
    private byte[] _risk = [];
    private ushort[][] _sums;
    private byte[][] _scoreAnswered;
    private byte[][] _notApplicable;
    private byte[][] _reasons;
    private byte[][] _stageLanes;
    private ScoringOutcome[] _errorOutcomes = [];
    private int _errorCount;

    internal ColumnarScores(Instrument instrument)
    {
        Instrument = instrument;
        int scores = instrument.Scores.Length;
        _stageLaneStart = ResultLanes.FirstScore + (2 * scores);
        _sums = new ushort[scores][];
        _scoreAnswered = new byte[scores][];
        _notApplicable = new byte[scores][];
        _reasons = new byte[scores][];
        _stageLanes = new byte[instrument.BatchLaneEnd - _stageLaneStart][];
    }

    /// <summary>Gets the instrument that was scored.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the number of response sets (rows), numbered from 0 in input order.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of rows that could not be scored (a byte off the scale).</summary>
    public int ErrorCount => _errorCount;

    /// <summary>
    /// Gets, per row, why it could not be scored as a <see cref="ScoringErrorKind"/> code, or 0 when it was scored (every
    /// score then has a value or a <see cref="NotComputableReasons"/> code).
    /// </summary>
    public ReadOnlySpan<byte> ErrorKinds => _errors.AsSpan(0, Count);

    /// <summary>Gets, per row, the number of items answered on the whole form (<see cref="InstrumentResult.ItemsAnswered"/>; 0 for an error row).</summary>
    public ReadOnlySpan<byte> ItemsAnswered => _answered.AsSpan(0, Count);

    /// <summary>Gets, per row, the number of risk items answered above the scale minimum (<see cref="InstrumentResult.RiskItemsFlagged"/>; 0 for an error row).</summary>
    public ReadOnlySpan<byte> RiskItemsFlagged => _risk.AsSpan(0, Count);

    /// <summary>Gets, per row, how many of a score's items were answered (<see cref="Score.ItemsAnswered"/>; 0 for an error row).</summary>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <returns>One count per row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no score at that position.</exception>
    public ReadOnlySpan<byte> ScoreItemsAnswered(int score) => _scoreAnswered[CheckScore(score)].AsSpan(0, Count);

    /// <summary>
    /// Gets, per row, how many of a score's items were "not applicable" and left out of it or counted apart from blanks
    /// (<see cref="Score.ItemsNotApplicable"/>: always 0 for a score that does neither).
    /// </summary>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <returns>One count per row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no score at that position.</exception>
    public ReadOnlySpan<byte> ScoreItemsNotApplicable(int score) => _notApplicable[CheckScore(score)].AsSpan(0, Count);

    /// <summary>
    /// Gets, per row, why a score could not be computed, as a <see cref="NotComputableReason"/> code: 0 (computed),
    /// 1 (<see cref="NotComputableReason.TooManyItemsMissing"/>) or 2 (<see cref="NotComputableReason.NoItemApplicable"/>).
    /// 0 for an error row (see <see cref="ErrorKinds"/>).
    /// </summary>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <returns>One code per row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no score at that position.</exception>
    public ReadOnlySpan<byte> NotComputableReasons(int score) => _reasons[CheckScore(score)].AsSpan(0, Count);

    /// <summary>
    /// Gets one row's outcome, identical to what <see cref="Instrument.ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>
    /// gives for it: the full result (every score, band, risk flag and stage) or the error naming the item and value.
    /// </summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The outcome, with <see cref="ScoringOutcome.Position"/> = <paramref name="row"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not between 0 and <see cref="Count"/> - 1.</exception>
    public ScoringOutcome Outcome(int row)
    {
        CheckRow(row);
        if (_errors[row] != 0)
        {
            return ErrorOutcome(row);
        }

        ResultLanes lanes = default;
        lanes[ResultLanes.ItemsAnswered] = _answered[row];
        lanes[ResultLanes.RiskFlagged] = _risk[row];
        for (int s = 0; s < _sums.Length; s++)
        {
            lanes[ResultLanes.FirstScore + (2 * s)] = _sums[s][row];
            lanes[ResultLanes.FirstScore + (2 * s) + 1] = (ushort)(_scoreAnswered[s][row] + (ScorePlan.NotApplicableUnit * _notApplicable[s][row]));
        }

        for (int j = 0; j < _stageLanes.Length; j++)
        {
            lanes[_stageLaneStart + j] = _stageLanes[j][row];
        }

        return new ScoringOutcome(row, new InstrumentResult(Instrument, lanes));
    }

    /// <summary>Gets one score of one row, as <see cref="InstrumentResult"/>'s indexer gives it.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such row or score.</exception>
    /// <exception cref="InvalidOperationException">The row could not be scored (see <see cref="ErrorKinds"/>); the message says why.</exception>
    public Score Score(int row, int score)
    {
        CheckRow(row);
        ScorePlan plan = Instrument.Plan(CheckScore(score));
        if (_errors[row] != 0)
        {
            return ErrorOutcome(row).Result[score];
        }

        return ScoreAt(plan, row, score);
    }

    /// <summary>
    /// Writes each row's clinical score for one score (<see cref="OutcomeScoring.Score.ClinicalScore"/>, exactly), or
    /// <see cref="double.NaN"/> where the score is not computable or the row is an error row.
    /// </summary>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <param name="destination">One value per row: at least <see cref="Count"/> long; the first <see cref="Count"/> are written.</param>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no score at that position.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public void CopyClinicalScores(int score, Span<double> destination) => CopyValues(score, destination, clinical: true);

    /// <summary>
    /// Writes each row's mean for one score (<see cref="OutcomeScoring.Score.Mean"/>, exactly), or <see cref="double.NaN"/>
    /// where the score is not computable or the row is an error row.
    /// </summary>
    /// <param name="score">The score's position in <see cref="OutcomeScoring.Instrument.Scores"/>.</param>
    /// <param name="destination">One value per row: at least <see cref="Count"/> long; the first <see cref="Count"/> are written.</param>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no score at that position.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public void CopyMeans(int score, Span<double> destination) => CopyValues(score, destination, clinical: false);

    /// <summary>Returns the instrument, the rows and how many could not be scored.</summary>
    /// <returns>For example "CORE-10: 100000 rows, 3 not scored".</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Instrument.Name}: {Count} rows, {ErrorCount} not scored");

    /// <summary>Makes room for <paramref name="rows"/> rows (keeping the arrays when they are long enough) and forgets the errors.</summary>
    internal void Reset(int rows)
    {
        Count = rows;
        _errorCount = 0;
        if (_errors.Length >= rows)
        {
            return;
        }

        _errors = new byte[rows];
        _answered = new byte[rows];
        _risk = new byte[rows];
        for (int s = 0; s < _sums.Length; s++)
        {
            _sums[s] = new ushort[rows];
            _scoreAnswered[s] = new byte[rows];
            _notApplicable[s] = new byte[rows];
            _reasons[s] = new byte[rows];
        }

        for (int j = 0; j < _stageLanes.Length; j++)
        {
            _stageLanes[j] = new byte[rows];
        }
    }

    /// <summary>The columns the vector kernel writes straight into.</summary>
    internal byte[] ErrorColumn => _errors;

    internal byte[] AnsweredColumn => _answered;

    internal byte[] RiskColumn => _risk;

    internal ushort[] SumColumn(int score) => _sums[score];

    internal byte[] ScoreAnsweredColumn(int score) => _scoreAnswered[score];

    internal byte[] NotApplicableColumn(int score) => _notApplicable[score];

    internal byte[] ReasonColumn(int score) => _reasons[score];

    /// <summary>The column of a stage lane (a result lane at or after the scores' lanes, before <see cref="Instrument.BatchLaneEnd"/>).</summary>
    internal byte[] StageLaneColumn(int lane) => _stageLanes[lane - _stageLaneStart];

    /// <summary>
    /// Stores one row's outcome from the row engine into the columns (a scored row's lanes, or the error, kept aside).
    /// An error row's counts are set to 0 and its error is added to <paramref name="errors"/>, which the caller hands to
    /// <see cref="AddErrors"/> once its rows are done (parallel chunks collect their own).
    /// </summary>
    internal void Store(int row, in ScoringOutcome outcome, List<ScoringOutcome> errors)
    {
        if (!outcome.TryGetResult(out InstrumentResult result))
        {
            ScoringError error = outcome.Error!.Value;
            _errors[row] = (byte)error.Kind;
            _answered[row] = 0;
            _risk[row] = 0;
            for (int s = 0; s < _sums.Length; s++)
            {
                _sums[s][row] = 0;
                _scoreAnswered[s][row] = 0;
                _notApplicable[s][row] = 0;
                _reasons[s][row] = 0;
            }

            // The stage lanes are left as they are: nothing reads them for an error row (they are not public, and
            // Outcome gives the kept error instead).
            errors.Add(new ScoringOutcome(row, Instrument, error));
            return;
        }

        ResultLanes lanes = result.Lanes;
        _errors[row] = 0;
        _answered[row] = (byte)lanes[ResultLanes.ItemsAnswered];
        _risk[row] = (byte)lanes[ResultLanes.RiskFlagged];
        for (int s = 0; s < _sums.Length; s++)
        {
            int count = lanes[ResultLanes.FirstScore + (2 * s) + 1];
            bool countsNotApplicable = Instrument.Plan(s).CountsNotApplicable;
            _sums[s][row] = lanes[ResultLanes.FirstScore + (2 * s)];
            _scoreAnswered[s][row] = (byte)(countsNotApplicable ? count % ScorePlan.NotApplicableUnit : count);
            _notApplicable[s][row] = (byte)(countsNotApplicable ? count / ScorePlan.NotApplicableUnit : 0);
            _reasons[s][row] = (byte)result[s].NotComputableReason;
        }

        for (int j = 0; j < _stageLanes.Length; j++)
        {
            _stageLanes[j][row] = (byte)lanes[_stageLaneStart + j];
        }
    }

    /// <summary>Keeps error outcomes (their positions are rows of this result), in row order for <see cref="ErrorOutcome"/>.</summary>
    internal void AddErrors(ReadOnlySpan<ScoringOutcome> errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        if (_errorOutcomes.Length < _errorCount + errors.Length)
        {
            Array.Resize(ref _errorOutcomes, Math.Max(_errorCount + errors.Length, 2 * _errorOutcomes.Length));
        }

        errors.CopyTo(_errorOutcomes.AsSpan(_errorCount));
        _errorCount += errors.Length;
        _errorOutcomes.AsSpan(0, _errorCount).Sort(static (a, b) => a.Position.CompareTo(b.Position));
    }

    private ScoringOutcome ErrorOutcome(int row)
    {
        ReadOnlySpan<ScoringOutcome> errors = _errorOutcomes.AsSpan(0, _errorCount);
        int low = 0, high = errors.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int position = errors[middle].Position;
            if (position == row)
            {
                return errors[middle];
            }

            (low, high) = position < row ? (middle + 1, high) : (low, middle - 1);
        }

        throw new InvalidOperationException($"Row {row} is marked as an error row but its error was not kept.");
    }

    private Score ScoreAt(ScorePlan plan, int row, int score)
    {
        int answered = _scoreAnswered[score][row];
        int keyedSum = _sums[score][row] + (answered * Instrument.ValueBase);
        return new Score(plan, keyedSum, answered, _notApplicable[score][row]);
    }

    private void CopyValues(int score, Span<double> destination, bool clinical)
    {
        ScorePlan plan = Instrument.Plan(CheckScore(score));
        if (destination.Length < Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The destination holds {destination.Length} values; {Count} rows need {Count}."),
                nameof(destination));
        }

        ReadOnlySpan<byte> reasons = _reasons[score].AsSpan(0, Count), errors = _errors.AsSpan(0, Count);
        for (int row = 0; row < reasons.Length; row++)
        {
            destination[row] = (reasons[row] | errors[row]) != 0 ? double.NaN
                : (clinical ? ScoreAt(plan, row, score).ClinicalScore : ScoreAt(plan, row, score).Mean) ?? double.NaN;
        }
    }

    private int CheckScore(int score)
    {
        if ((uint)score >= (uint)_sums.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"{Instrument.Name} has {Internal.Display.Count(_sums.Length, "score")}; the position must be between 0 and {_sums.Length - 1}.");
        }

        return score;
    }

    private void CheckRow(int row)
    {
        if ((uint)row >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The result holds {Count} rows; the row must be between 0 and {Count - 1}.");
        }
    }
}
