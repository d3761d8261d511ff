using OutcomeScoring.Engine;
using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.CompilerServices;
using OutcomeScoring.Activation;
using OutcomeScoring.Internal;

namespace OutcomeScoring;

/// <summary>
/// A questionnaire as data: its items, response scale, keying, named scores with their missing-item rules,
/// clinical multiplier, which way is better, and interpretation, each with its source. One engine scores any
/// instrument; the built-in ones (<see cref="CoreFamily.CoreOm"/>, <see cref="CoreFamily.Core10"/>,
/// <see cref="CoreFamily.YpCore"/>) are instances of this class, and a caller can define another the same way.
/// </summary>
/// <remarks>
/// The definition is validated when it is built and is immutable afterwards; scoring is pure and
/// thread-safe. Answers are positional: the first answer is item 1.
/// </remarks>
public sealed partial class Instrument
{
    /// <summary>The most scores one instrument may define (results hold their scores inline).</summary>
    public const int MaximumScoreCount = 12;

    private readonly ScorePlan[] _plans;
    private readonly int[] _keyOffset;
    private readonly int[] _keySign;
    private readonly int[] _riskIndexes;
    private readonly int[] _laneItems;
    private readonly int[] _laneCompanions;
    private readonly int[] _companionOffsets;
    private readonly int[][] _stageLanes;
    private ICalibration?[] _calibrations;

    /// <summary>Creates and validates an instrument definition.</summary>
    /// <param name="id">A stable lower-case identifier (for example "core-10").</param>
    /// <param name="name">The instrument's name (for example "CORE-10").</param>
    /// <param name="source">Where the items, keying and scores come from.</param>
    /// <param name="scale">The response scale every item shares.</param>
    /// <param name="items">The items, numbered 1 to N in order.</param>
    /// <param name="scores">The named scores (at least one, at most <see cref="MaximumScoreCount"/>).</param>
    /// <param name="clinicalMultiplier">What the mean is multiplied by to give the clinical score (CORE: 10).</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="interpretation">How scores are read; by default the first score is primary and nothing else is published.</param>
    /// <param name="resultColumns">
    /// The columns of its result table, in order (what the command line's <c>score</c> writes); by default
    /// <see cref="DefaultResultColumns"/>.
    /// </param>
    /// <param name="stages">
    /// The stages it declares beyond keyed sums (a calibration, a value set, a derived item-level output); by default none.
    /// </param>
    /// <param name="companionQuestions">
    /// The yes/no questions asked after some items, apart from their answers (DIALOG's "more help wanted?"); by default none.
    /// </param>
    /// <param name="columnOrders">
    /// The named orders in which data sources write the items (DIALOG's MHSDS and DIALOG+ app orders); by default none, and
    /// a form's columns item1 to itemN hold items 1 to N.
    /// </param>
    /// <exception cref="InstrumentDefinitionException">The definition is not valid; the message says exactly what is wrong.</exception>
    public Instrument(
        string id,
        string name,
        string source,
        ResponseScale scale,
        IEnumerable<Item> items,
        IEnumerable<ScoreDefinition> scores,
        double clinicalMultiplier = 1.0,
        ScoreDirection direction = ScoreDirection.LowerIsBetter,
        Interpretation? interpretation = null,
        IEnumerable<ResultColumn>? resultColumns = null,
        IEnumerable<DefinitionStage>? stages = null,
        IEnumerable<CompanionQuestion>? companionQuestions = null,
        IEnumerable<ColumnOrder>? columnOrders = null)
    {
        Item?[]? itemList = items?.ToArray();
        ScoreDefinition?[]? scoreList = scores?.ToArray();
        interpretation ??= scoreList is [{ Id: { } firstScore }, ..] ? new Interpretation(firstScore) : null;
        ResultColumn?[]? columnList = resultColumns?.ToArray();
        DefinitionStage?[] stageList = stages?.ToArray() ?? [];
        CompanionQuestion?[] companionList = companionQuestions?.ToArray() ?? [];
        ColumnOrder?[] orderList = columnOrders?.ToArray() ?? [];
        List<DefinitionProblem> problems = InstrumentValidation.Validate(id, name, source, scale, itemList, scoreList, clinicalMultiplier, direction, interpretation, columnList, stageList, companionList, orderList);
        if (problems.Count > 0)
        {
            throw new InstrumentDefinitionException(problems, withPaths: false);
        }

        Id = id;
        Name = name;
        Source = source;
        Scale = scale!;
        Items = [.. itemList!.Select(i => i!)];
        Scores = [.. scoreList!.Select(s => s!)];
        ClinicalMultiplier = clinicalMultiplier;
        Direction = direction;
        Interpretation = interpretation!;
        ResultColumns = columnList is null ? DefaultResultColumns(Items, Scores, ClinicalMultiplier, Interpretation) : [.. columnList.Select(c => c!)];
        Stages = [.. stageList.Select(s => s!)];
        CompanionQuestions = [.. companionList.Select(q => q!)];
        ColumnOrders = [.. orderList.Select(o => o!)];
        _companionOffsets = new int[CompanionQuestions.Length];
        for (int q = 0, offset = 0; q < CompanionQuestions.Length; offset += CompanionQuestions[q].Items.Length, q++)
        {
            _companionOffsets[q] = offset;
        }

        CompanionAnswerCount = CompanionQuestions.Sum(q => q.Items.Length);

        _keyOffset = new int[Items.Length];
        _keySign = new int[Items.Length];
        var risk = new List<int>();
        for (int i = 0; i < Items.Length; i++)
        {
            bool reversed = Items[i].Keying == ItemKeying.Reversed;
            _keyOffset[i] = reversed ? Scale.Minimum + Scale.Maximum : 0;
            _keySign[i] = reversed ? -1 : 1;
            if (Items[i].IsRisk)
            {
                risk.Add(i);
            }
        }

        _riskIndexes = [.. risk];
        (_points, ValueBase) = ItemPoints.Compile(Items, Scale);
        _plans = new ScorePlan[Scores.Length];
        for (int s = 0; s < Scores.Length; s++)
        {
            ScoreDefinition score = Scores[s];
            _plans[s] = new ScorePlan(
                score, [.. score.Items.Select(n => n - 1)], clinicalMultiplier, score.Items.Max(n => ItemPoints.Highest(Items[n - 1], Scale)),
                [.. score.Items.Select(n => (score.ExcludesNotApplicable || score.CountsNotApplicable) && Items[n - 1].AllowsNotApplicable)]);
        }

        PrimaryScoreIndex = IndexOfScore(Interpretation.PrimaryScoreId);
        (_laneItems, _laneCompanions, _stageLanes) = StageLanes(Stages, Scores.Length, CompanionAnswerIndex);
        _calibrations = new ICalibration?[Stages.Length];
    }

    /// <summary>
    /// Lays out the keyed answers the stages read after the score lanes: each item once, in the order the stages first
    /// read it; then each companion answer a stage reads once (by its position among the companion answers); for each
    /// stage, the lane of each of its items.
    /// </summary>
    private static (int[] LaneItems, int[] LaneCompanions, int[][] StageLanes) StageLanes(ImmutableArray<DefinitionStage> stages, int scoreCount, Func<string, int, int> companionIndex)
    {
        var laneItems = new List<int>();
        var laneCompanions = new List<int>();
        var stageLanes = new int[stages.Length][];
        for (int s = 0; s < stages.Length; s++)
        {
            ImmutableArray<int> items = stages[s].Items;
            stageLanes[s] = new int[items.Length];
            string? question = stages[s].CompanionQuestionId;
            for (int j = 0; j < items.Length; j++)
            {
                (List<int> lanes, int source) = question is null ? (laneItems, items[j] - 1) : (laneCompanions, companionIndex(question, items[j]));
                int position = lanes.IndexOf(source);
                if (position < 0)
                {
                    position = lanes.Count;
                    lanes.Add(source);
                }

                // Companion lanes come after the item lanes; marked negative until the item lanes are counted.
                stageLanes[s][j] = question is null ? position : ~position;
            }
        }

        int first = ResultLanes.FirstScore + (2 * scoreCount), companionsFirst = first + laneItems.Count;
        foreach (int[] lanes in stageLanes)
        {
            for (int j = 0; j < lanes.Length; j++)
            {
                lanes[j] = lanes[j] >= 0 ? first + lanes[j] : companionsFirst + ~lanes[j];
            }
        }

        return ([.. laneItems], [.. laneCompanions], stageLanes);
    }

    /// <summary>The position among the companion answers of a question's answer after an item (both checked by validation).</summary>
    private int CompanionAnswerIndex(string questionId, int itemNumber)
    {
        int q = CompanionQuestions.IndexOf(CompanionQuestions.First(c => c.Id == questionId));
        return _companionOffsets[q] + CompanionQuestions[q].Items.IndexOf(itemNumber);
    }

    /// <summary>Gets the stable identifier (for example "core-10").</summary>
    public string Id { get; }

    /// <summary>Gets the instrument's name (for example "CORE-10").</summary>
    public string Name { get; }

    /// <summary>Gets where the items, keying and scores come from.</summary>
    public string Source { get; }

    /// <summary>Gets the response scale every item shares.</summary>
    public ResponseScale Scale { get; }

    /// <summary>Gets the items, numbered 1 to N in order.</summary>
    public ImmutableArray<Item> Items { get; }

    /// <summary>Gets the named scores, in the order results report them.</summary>
    public ImmutableArray<ScoreDefinition> Scores { get; }

    /// <summary>Gets what the mean is multiplied by to give the clinical score (CORE: 10).</summary>
    public double ClinicalMultiplier { get; }

    /// <summary>Gets which way along the scores is better.</summary>
    public ScoreDirection Direction { get; }

    /// <summary>Gets how the scores are read: primary score, bands, cut-offs, reliable change.</summary>
    public Interpretation Interpretation { get; }

    /// <summary>
    /// Gets the columns of the instrument's result table, in order: what the command line's <c>score</c> writes for each
    /// row (before its <c>error</c> column). Declared by the definition, or <see cref="DefaultResultColumns"/>.
    /// </summary>
    public ImmutableArray<ResultColumn> ResultColumns { get; }

    /// <summary>
    /// Gets the stages the definition declares beyond keyed sums (a calibration, a value set, a derived item-level
    /// output), in order; empty for most instruments. <see cref="InstrumentResult.Stage(string)"/> evaluates one.
    /// </summary>
    public ImmutableArray<DefinitionStage> Stages { get; }

    /// <summary>
    /// Gets the yes/no questions asked after some items, apart from their answers (DIALOG's "more help wanted?"), in order;
    /// empty for most instruments. Their answers are given to
    /// <see cref="TryScore(ReadOnlySpan{Answer}, ReadOnlySpan{bool?}, out InstrumentResult, out ScoringError)"/> and counted
    /// by a <see cref="CompanionCountStage"/>.
    /// </summary>
    public ImmutableArray<CompanionQuestion> CompanionQuestions { get; }

    /// <summary>
    /// Gets the named orders in which data sources write the items (JSON <c>columnOrders</c>; DIALOG: <c>mhsds</c> and
    /// <c>dialog-plus</c>); empty when the definition declares none.
    /// </summary>
    public ImmutableArray<ColumnOrder> ColumnOrders { get; }

    /// <summary>
    /// Gets the number of companion answers a response set gives when the companion questions are asked: one per item
    /// each question in <see cref="CompanionQuestions"/> follows, question by question.
    /// </summary>
    public int CompanionAnswerCount { get; }

    /// <summary>Gets the position of the primary score in <see cref="Scores"/>.</summary>
    public int PrimaryScoreIndex { get; }

    /// <summary>Gets the position of a score in <see cref="Scores"/>.</summary>
    /// <param name="scoreId">The score's id (case-sensitive).</param>
    /// <returns>The zero-based position.</returns>
    /// <exception cref="ArgumentException">There is no score with that id; the message lists the ids there are.</exception>
    public int IndexOfScore(string scoreId)
    {
        for (int i = 0; i < Scores.Length; i++)
        {
            if (Scores[i].Id == scoreId)
            {
                return i;
            }
        }

        throw new ArgumentException(
            $"{Name} has no score '{scoreId}'. Its scores are: {string.Join(", ", Scores.Select(s => s.Id))}.",
            nameof(scoreId));
    }

    /// <summary>Scores one response set.</summary>
    /// <param name="answers">One answer per item, in item order; <see cref="Answer.NotAnswered"/> for an item left blank.</param>
    /// <returns>Every score (computed, or not computable with the reason), the risk flag and the band.</returns>
    /// <exception cref="ArgumentException">The number of answers differs from the number of items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the response scale; the message names the item, the value and the range.</exception>
    public InstrumentResult Score(ReadOnlySpan<Answer> answers)
    {
        if (!TryScore(answers, out InstrumentResult result, out ScoringError error))
        {
            Throw(error);
        }

        return result;
    }

    /// <summary>Scores one response set without throwing for bad input.</summary>
    /// <param name="answers">One answer per item, in item order.</param>
    /// <param name="result">The result, when the answers could be scored.</param>
    /// <param name="error">What was wrong, when they could not.</param>
    /// <returns><see langword="true"/> when the answers were scored.</returns>
    public bool TryScore(ReadOnlySpan<Answer> answers, out InstrumentResult result, out ScoringError error) =>
        TryScore(answers, default, out result, out error);

    /// <summary>Scores one response set with the answers to its companion questions (DIALOG's "more help wanted?").</summary>
    /// <param name="answers">One answer per item, in item order; <see cref="Answer.NotAnswered"/> for an item left blank.</param>
    /// <param name="companionAnswers">
    /// Empty when the companion questions were not asked; otherwise <see cref="CompanionAnswerCount"/> answers: for each of
    /// <see cref="CompanionQuestions"/> in order, one per item it follows, in its item order (yes, no, or <see langword="null"/> when not answered).
    /// </param>
    /// <returns>Every score, the risk flag and the band; the stages read the companion answers.</returns>
    /// <exception cref="ArgumentException">The number of answers differs from the number of items, or of companion answers from <see cref="CompanionAnswerCount"/> (and is not 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the response scale; the message names the item, the value and the range.</exception>
    public InstrumentResult Score(ReadOnlySpan<Answer> answers, ReadOnlySpan<bool?> companionAnswers)
    {
        if (!TryScore(answers, companionAnswers, out InstrumentResult result, out ScoringError error))
        {
            Throw(error);
        }

        return result;
    }

    /// <summary>Scores one response set with the answers to its companion questions, without throwing for bad input.</summary>
    /// <param name="answers">One answer per item, in item order.</param>
    /// <param name="companionAnswers">
    /// Empty when the companion questions were not asked; otherwise <see cref="CompanionAnswerCount"/> answers, question by
    /// question, one per item it follows (see <see cref="Score(ReadOnlySpan{Answer}, ReadOnlySpan{bool?})"/>).
    /// </param>
    /// <param name="result">The result, when the answers could be scored.</param>
    /// <param name="error">What was wrong, when they could not.</param>
    /// <returns><see langword="true"/> when the answers were scored.</returns>
    public bool TryScore(ReadOnlySpan<Answer> answers, ReadOnlySpan<bool?> companionAnswers, out InstrumentResult result, out ScoringError error)
    {
        if (answers.Length != Items.Length)
        {
            result = default;
            error = new ScoringError(ScoringErrorKind.WrongAnswerCount, Name, null, answers.Length, Items.Length, Items.Length);
            return false;
        }

        if (!companionAnswers.IsEmpty && companionAnswers.Length != CompanionAnswerCount)
        {
            result = default;
            error = new ScoringError(ScoringErrorKind.WrongCompanionAnswerCount, Name, null, companionAnswers.Length, CompanionAnswerCount, CompanionAnswerCount);
            return false;
        }

        int min = Scale.Minimum, max = Scale.Maximum, itemsAnswered = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            Answer answer = answers[i];
            if (answer.IsAnswered)
            {
                int value = answer.RawValue;
                if (value < min || value > max)
                {
                    result = default;
                    error = new ScoringError(ScoringErrorKind.AnswerOutOfRange, Name, Items[i].Number, value, min, max);
                    return false;
                }

                itemsAnswered++;
            }
        }

        ResultLanes lanes = default;
        lanes[ResultLanes.ItemsAnswered] = (ushort)itemsAnswered;
        int[] keyOffset = _keyOffset, keySign = _keySign;
        int[][]? points = _points;
        for (int s = 0; s < _plans.Length; s++)
        {
            ScorePlan plan = _plans[s];
            int sum = 0, answered = 0;
            int[] indexes = plan.ItemIndexes;
            for (int j = 0; j < indexes.Length; j++)
            {
                Answer answer = answers[indexes[j]];
                if (answer.IsAnswered)
                {
                    sum += points is null ? keyOffset[indexes[j]] + (keySign[indexes[j]] * answer.RawValue) - min : points[indexes[j]][answer.RawValue - min];
                    answered++;
                }
                else if (answer.IsNotApplicable && plan.ExcludesNotApplicableAt[j])
                {
                    answered += ScorePlan.NotApplicableUnit;
                }
            }

            lanes[ResultLanes.FirstScore + (2 * s)] = (ushort)sum;
            lanes[ResultLanes.FirstScore + (2 * s) + 1] = (ushort)answered;
        }

        int riskFlagged = 0;
        foreach (int i in _riskIndexes)
        {
            Answer answer = answers[i];
            if (answer.IsAnswered && keyOffset[i] + (keySign[i] * answer.RawValue) > min)
            {
                riskFlagged++;
            }
        }

        lanes[ResultLanes.RiskFlagged] = (ushort)riskFlagged;
        int lane = ResultLanes.FirstScore + (2 * _plans.Length);
        foreach (int i in _laneItems)
        {
            // The keyed answer less the scale minimum, plus one; 0 when not answered (or not applicable).
            Answer answer = answers[i];
            lanes[lane++] = answer.IsAnswered ? (ushort)(keyOffset[i] + (keySign[i] * answer.RawValue) - min + 1) : (ushort)0;
        }

        if (!companionAnswers.IsEmpty)
        {
            foreach (int c in _laneCompanions)
            {
                // 0 not answered, 1 no, 2 yes: the stage reads -1, 0 or 1.
                lanes[lane++] = companionAnswers[c] switch { true => 2, false => 1, null => 0 };
            }
        }

        result = new InstrumentResult(this, lanes);
        error = default;
        return true;
    }

    /// <summary>
    /// Scores many response sets: one outcome per input, in input order, none dropped; a set that cannot be
    /// scored gives an outcome carrying the error and its position. Safe to call from many threads.
    /// </summary>
    /// <param name="responseSets">The response sets, each one answer per item.</param>
    /// <returns>One outcome per response set, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseSets"/> is <see langword="null"/>.</exception>
    public ScoringOutcome[] ScoreBatch(IEnumerable<IReadOnlyList<Answer>> responseSets)
    {
        ArgumentNullException.ThrowIfNull(responseSets);

        // Outcomes are large values: fill an exact-size array when the count is known, rather than copying a list.
        if (responseSets.TryGetNonEnumeratedCount(out int count))
        {
            var exact = new ScoringOutcome[count];
            int written = ScoreInto(responseSets, exact.Length, (position, outcome) => exact[position] = outcome);
            return written == count ? exact : exact[..written];
        }

        var outcomes = new List<ScoringOutcome>();
        ScoreInto(responseSets, int.MaxValue, (_, outcome) => outcomes.Add(outcome));
        return [.. outcomes];
    }

    /// <summary>
    /// Scores a block of response sets stored row after row (item 1..N of the first set, then of the second,
    /// and so on), writing one outcome per set; allocates nothing on the success path.
    /// </summary>
    /// <param name="answers">The answers, <c>destination.Length * Items.Length</c> of them, row after row.</param>
    /// <param name="destination">Where to write the outcomes, one per response set.</param>
    /// <exception cref="ArgumentException">The number of answers is not <c>destination.Length</c> times the number of items.</exception>
    public void ScoreBatch(ReadOnlySpan<Answer> answers, Span<ScoringOutcome> destination)
    {
        CheckBatchLength(answers.Length, destination.Length, nameof(answers));
        int k = Items.Length;
        for (int row = 0; row < destination.Length; row++)
        {
            destination[row] = Outcome(row, answers.Slice(row * k, k));
        }
    }

    private int ScoreInto(IEnumerable<IReadOnlyList<Answer>> responseSets, int limit, Action<int, ScoringOutcome> store)
    {
        int position = 0;
        Answer[]? rented = null;
        try
        {
            foreach (IReadOnlyList<Answer>? set in responseSets)
            {
                if (position == limit)
                {
                    throw new InvalidOperationException("The response sets changed while they were being scored.");
                }

                if (set is null)
                {
                    store(position, new ScoringOutcome(position, this, new ScoringError(ScoringErrorKind.MissingResponseSet, Name, null, 0, Items.Length, Items.Length)));
                    position++;
                    continue;
                }

                // One expression, not a span assigned in two branches: a mutant that removes a branch must still compile,
                // or Stryker drops every mutant of this method (issue 21).
                ReadOnlySpan<Answer> span = set is Answer[] array ? array : CopyToRented(set, ref rented);
                store(position, Outcome(position, span));
                position++;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Answer>.Shared.Return(rented);
            }
        }

        return position;
    }

    /// <summary>Copies a response set into a pooled array, renting a larger one (and returning the old) when it is too short.</summary>
    private static ReadOnlySpan<Answer> CopyToRented(IReadOnlyList<Answer> set, ref Answer[]? rented)
    {
        int count = set.Count;
        if (rented is null || rented.Length < count)
        {
            if (rented is not null)
            {
                ArrayPool<Answer>.Shared.Return(rented);
            }

            rented = ArrayPool<Answer>.Shared.Rent(count);
        }

        Answer[] buffer = rented;
        for (int i = 0; i < count; i++)
        {
            buffer[i] = set[i];
        }

        return new ReadOnlySpan<Answer>(buffer, 0, count);
    }

    /// <summary>Returns a copy of this instrument with a different missing-item limit for one score.</summary>
    /// <param name="scoreId">The score's id.</param>
    /// <param name="maximumMissing">How many of its items may be missing.</param>
    /// <returns>The new, validated instrument.</returns>
    /// <exception cref="ArgumentException">There is no score with that id.</exception>
    /// <exception cref="InstrumentDefinitionException">The limit is impossible for that score.</exception>
    [Pure]
    public Instrument WithMaximumMissing(string scoreId, int maximumMissing)
    {
        int index = IndexOfScore(scoreId);
        return CarryCalibrations(new Instrument(Id, Name, Source, Scale, Items, Scores.SetItem(index, Scores[index] with { MaximumMissing = maximumMissing }), ClinicalMultiplier, Direction, Interpretation, ResultColumns, Stages, CompanionQuestions, ColumnOrders));
    }

    /// <summary>Returns a copy of this instrument with a different interpretation (for example other severity bands).</summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <returns>The new, validated instrument.</returns>
    /// <exception cref="InstrumentDefinitionException">The interpretation names scores the instrument does not have.</exception>
    [Pure]
    public Instrument WithInterpretation(Interpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        return CarryCalibrations(new Instrument(Id, Name, Source, Scale, Items, Scores, ClinicalMultiplier, Direction, interpretation, ResultColumns, Stages, CompanionQuestions, ColumnOrders));
    }

    /// <summary>Returns a copy of this instrument whose result table has other columns.</summary>
    /// <param name="resultColumns">The columns, in order.</param>
    /// <returns>The new, validated instrument.</returns>
    /// <exception cref="InstrumentDefinitionException">A column names a score the instrument does not have, or a value it cannot give.</exception>
    [Pure]
    public Instrument WithResultColumns(IEnumerable<ResultColumn> resultColumns)
    {
        ArgumentNullException.ThrowIfNull(resultColumns);
        return CarryCalibrations(new Instrument(Id, Name, Source, Scale, Items, Scores, ClinicalMultiplier, Direction, Interpretation, resultColumns, Stages, CompanionQuestions, ColumnOrders));
    }

    /// <summary>
    /// Returns a copy of this instrument with one stage replaced by another of the same id (for example a calibration
    /// stage with other level cut points). A calibration bound to the stage stays bound when it still fits.
    /// </summary>
    /// <param name="stage">The new stage; its id names the stage it replaces.</param>
    /// <returns>The new, validated instrument.</returns>
    /// <exception cref="ArgumentException">The instrument has no stage with that id.</exception>
    /// <exception cref="InstrumentDefinitionException">The new stage is not valid for this instrument.</exception>
    /// <exception cref="CalibrationException">A calibration is bound to the stage and does not fit the new one.</exception>
    [Pure]
    public Instrument WithStage(DefinitionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        int index = IndexOfStage(stage.Id);
        Instrument next = new(Id, Name, Source, Scale, Items, Scores, ClinicalMultiplier, Direction, Interpretation, ResultColumns, Stages.SetItem(index, stage), CompanionQuestions, ColumnOrders);
        if (_calibrations[index] is { } calibration && stage is CalibrationStage replaced)
        {
            replaced.CheckFits(calibration, next);
        }

        return CarryCalibrations(next);
    }

    /// <summary>
    /// Returns a copy of this instrument with a calibration bound to its calibration stage (PAM-13: the licensee's
    /// calibration, which the library does not ship). Scoring is otherwise unchanged; the stage is computable only with one.
    /// </summary>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The instrument with the calibration bound.</returns>
    /// <exception cref="InvalidOperationException">The instrument has no calibration stage, or more than one (name it with the other overload).</exception>
    /// <exception cref="CalibrationException">The calibration does not fit the stage; the message says how.</exception>
    [Pure]
    public Instrument WithCalibration(ICalibration calibration)
    {
        DefinitionStage[] calibrated = [.. Stages.Where(s => s is CalibrationStage)];
        return calibrated.Length == 1
            ? WithCalibration(calibrated[0].Id, calibration)
            : throw new InvalidOperationException(calibrated.Length == 0
                ? $"{Name} has no calibration stage to bind a calibration to."
                : $"{Name} has {Display.Count(calibrated.Length)} calibration stages; name the stage to bind the calibration to.");
    }

    /// <summary>Returns a copy of this instrument with a calibration bound to one of its calibration stages.</summary>
    /// <param name="stageId">The calibration stage's id.</param>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The instrument with the calibration bound.</returns>
    /// <exception cref="ArgumentException">The instrument has no calibration stage with that id.</exception>
    /// <exception cref="CalibrationException">The calibration does not fit the stage; the message says how.</exception>
    [Pure]
    public Instrument WithCalibration(string stageId, ICalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        int index = IndexOfStage(stageId);
        if (Stages[index] is not CalibrationStage stage)
        {
            throw new ArgumentException($"{Name}: stage '{stageId}' is not a calibration stage.", nameof(stageId));
        }

        stage.CheckFits(calibration, this);
        // The definition is unchanged, so its validated parts (plans, keying, lanes, the byte table once built) are shared;
        // only the bound calibrations differ.
        var next = (Instrument)MemberwiseClone();
        next._calibrations = (ICalibration?[])_calibrations.Clone();
        next._calibrations[index] = calibration;
        return next;
    }

    /// <summary>Gets the calibration bound to a calibration stage, or <see langword="null"/> when none is.</summary>
    /// <param name="stageId">The stage's id.</param>
    /// <returns>The calibration, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The instrument has no stage with that id.</exception>
    public ICalibration? CalibrationOf(string stageId) => _calibrations[IndexOfStage(stageId)];

    /// <summary>Gets the position of a stage in <see cref="Stages"/>.</summary>
    /// <param name="stageId">The stage's id (case-sensitive).</param>
    /// <returns>The zero-based position.</returns>
    /// <exception cref="ArgumentException">There is no stage with that id; the message lists the ids there are.</exception>
    public int IndexOfStage(string stageId)
    {
        for (int i = 0; i < Stages.Length; i++)
        {
            if (Stages[i].Id == stageId)
            {
                return i;
            }
        }

        throw new ArgumentException(
            Stages.IsEmpty ? $"{Name} declares no stages." : $"{Name} has no stage '{stageId}'. Its stages are: {string.Join(", ", Stages.Select(s => s.Id))}.",
            nameof(stageId));
    }

    /// <summary>Evaluates a stage from the keyed answers a result holds in its lanes.</summary>
    internal StageResult EvaluateStage(int index, in ResultLanes lanes)
    {
        int[] stageLanes = _stageLanes[index];
        Span<int> categories = stackalloc int[stageLanes.Length];
        for (int j = 0; j < stageLanes.Length; j++)
        {
            categories[j] = lanes[stageLanes[j]] - 1;
        }

        return Stages[index].Evaluate(categories, this, _calibrations[index]);
    }

    /// <summary>The lane after the last one a result uses (the byte-coded vector path fills the first sixteen).</summary>
    internal int StageLaneEnd => ResultLanes.FirstScore + (2 * _plans.Length) + _laneItems.Length + _laneCompanions.Length;

    /// <summary>
    /// The end of the lanes a batch of byte-coded answers fills: <see cref="StageLaneEnd"/> without the companion-answer lanes,
    /// which a batch never fills (it takes no companion answers, so they stay 0, "not asked", in every result it writes).
    /// The vector paths need this within one 256-bit register: DIALOG's help answers lie past it, its scores and the
    /// lowest-rated stage's eight item lanes fit.
    /// </summary>
    internal int BatchLaneEnd => StageLaneEnd - _laneCompanions.Length;

    /// <summary>The lane holding an item's keyed answer for the stages, or -1 when no stage reads the item.</summary>
    internal int StageLaneOf(int itemIndex)
    {
        int position = Array.IndexOf(_laneItems, itemIndex);
        return position < 0 ? -1 : ResultLanes.FirstScore + (2 * _plans.Length) + position;
    }

    /// <summary>Binds this instrument's calibrations to a copy with the same stages.</summary>
    private Instrument CarryCalibrations(Instrument next)
    {
        next._calibrations = (ICalibration?[])_calibrations.Clone();
        return next;
    }

    /// <summary>
    /// The result table of a definition that declares none: for each score its mean and, when the clinical multiplier is
    /// not 1, its clinical score (named <c>mean</c> and <c>clinical</c> when there is one score, <c>&lt;id&gt;_mean</c> and
    /// <c>&lt;id&gt;_clinical</c> otherwise); then <c>answered</c>; <c>band</c> when the definition has severity bands;
    /// <c>risk_flag</c> when it has a risk item. CORE-10 and GP-CORE have exactly these columns.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="scores">The scores.</param>
    /// <param name="clinicalMultiplier">The clinical multiplier.</param>
    /// <param name="interpretation">The interpretation.</param>
    /// <returns>The columns, in order.</returns>
    public static ImmutableArray<ResultColumn> DefaultResultColumns(IReadOnlyList<Item> items, IReadOnlyList<ScoreDefinition> scores, double clinicalMultiplier, Interpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(interpretation);
        ImmutableArray<ResultColumn>.Builder columns = ImmutableArray.CreateBuilder<ResultColumn>();
        foreach (ScoreDefinition score in scores)
        {
            string prefix = scores.Count == 1 ? "" : score.Id + "_";
            columns.Add(new ResultColumn(prefix + "mean", ResultValue.Mean, score.Id));
            if (clinicalMultiplier != 1)
            {
                columns.Add(new ResultColumn(prefix + "clinical", ResultValue.ClinicalScore, score.Id));
            }
        }

        columns.Add(new ResultColumn("answered", ResultValue.ItemsAnswered));
        if (interpretation.SeverityBands is not null)
        {
            columns.Add(new ResultColumn("band", ResultValue.Band));
        }

        if (items.Any(i => i.IsRisk))
        {
            columns.Add(new ResultColumn("risk_flag", ResultValue.RiskFlag));
        }

        return columns.ToImmutable();
    }

    /// <summary>Returns the instrument's name and id.</summary>
    /// <returns>For example "CORE-10 (core-10)".</returns>
    public override string ToString() => $"{Name} ({Id})";

    /// <summary>Gets the compiled plan of the score at a position.</summary>
    internal ScorePlan Plan(int index) => _plans[index];

    private ScoringOutcome Outcome(int position, ReadOnlySpan<Answer> answers) =>
        TryScore(answers, out InstrumentResult result, out ScoringError error)
            ? new ScoringOutcome(position, result)
            : new ScoringOutcome(position, this, error);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(ScoringError error) => throw error.ToException();
}
