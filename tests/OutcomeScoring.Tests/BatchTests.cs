using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests;

/// <summary>Batches return one outcome per input, in order, none dropped, failures by position.</summary>
public class BatchTests
{
    [Fact]
    public void Bad_rows_become_outcomes_at_their_positions_and_the_rest_are_scored()
    {
        Answer[] good = SpecFacts.Uniform(10, 2);
        Answer[] outOfRange = SpecFacts.Uniform(10, 2);
        outOfRange[4] = 5;
        List<IReadOnlyList<Answer>> rows = [good, new Answer[9], outOfRange, null!, new List<Answer>(good), SpecFacts.Blank(10)];

        ScoringOutcome[] outcomes = Core10.Instrument.ScoreBatch(rows);

        Assert.Equal(rows.Count, outcomes.Length);
        Assert.Equal([0, 1, 2, 3, 4, 5], outcomes.Select(o => o.Position));
        Assert.Equal([true, false, false, false, true, true], outcomes.Select(o => o.IsSuccess));
        Assert.Equal(ScoringErrorKind.WrongAnswerCount, outcomes[1].Error!.Value.Kind);
        Assert.Equal(5, outcomes[2].Error!.Value.ItemNumber);
        Assert.Equal(ScoringErrorKind.MissingResponseSet, outcomes[3].Error!.Value.Kind);
        Assert.Equal(20.0, outcomes[4].Result.Primary.ClinicalScore);
        Assert.False(outcomes[5].Result.Primary.IsComputable);

        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => outcomes[2].Result);
        Assert.Contains("position 2", ex.Message, StringComparison.Ordinal);
        Assert.False(outcomes[2].TryGetResult(out _));
    }

    [Fact]
    public void A_missing_response_set_says_so()
    {
        ScoringOutcome[] outcomes = Core10.Instrument.ScoreBatch([null!]);
        Assert.Equal("CORE-10: no response set was given (null).", outcomes[0].Error!.Value.Message);
    }

    [Fact]
    public void Sets_that_are_not_arrays_are_scored_whatever_their_lengths_in_turn()
    {
        // Each list is copied into one pooled buffer, which must grow for a longer set and serve a shorter one after it.
        Answer[] good = SpecFacts.Uniform(10, 3);
        List<IReadOnlyList<Answer>> rows = [new List<Answer>(good), new List<Answer>(SpecFacts.Uniform(40, 1)), new List<Answer>(good), new List<Answer>(new Answer[300])];

        ScoringOutcome[] outcomes = Core10.Instrument.ScoreBatch(rows);

        Assert.Equal([true, false, true, false], outcomes.Select(o => o.IsSuccess));
        Assert.Equal(40, outcomes[1].Error!.Value.Value);
        Assert.Equal(300, outcomes[3].Error!.Value.Value);
        Assert.Equal(Core10.Instrument.Score(good).ToArray(), outcomes[2].Result.ToArray());
    }

    [Fact]
    public void A_collection_that_grows_while_it_is_scored_is_refused()
    {
        // The count is read first, to size the result; a collection that then yields more sets than it counted is refused
        // rather than scored past the end of the result.
        var growing = new GrowingCollection(SpecFacts.Uniform(10, 2));
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => Core10.Instrument.ScoreBatch(growing));
        Assert.Equal("The response sets changed while they were being scored.", ex.Message);
    }

    /// <summary>Counts two response sets and yields three, as a collection changed by another thread might.</summary>
    private sealed class GrowingCollection(Answer[] set) : IReadOnlyCollection<IReadOnlyList<Answer>>, ICollection<IReadOnlyList<Answer>>
    {
        public int Count => 2;

        public bool IsReadOnly => true;

        public IEnumerator<IReadOnlyList<Answer>> GetEnumerator()
        {
            yield return set;
            yield return set;
            yield return set;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(IReadOnlyList<Answer> item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Contains(IReadOnlyList<Answer> item) => throw new NotSupportedException();

        public void CopyTo(IReadOnlyList<Answer>[] array, int arrayIndex) => throw new NotSupportedException();

        public bool Remove(IReadOnlyList<Answer> item) => throw new NotSupportedException();
    }

    [Fact]
    public void A_lazy_sequence_of_unknown_length_is_scored_in_order_with_nothing_dropped()
    {
        static IEnumerable<IReadOnlyList<Answer>> Lazy()
        {
            for (int i = 0; i < 25; i++)
            {
                yield return i % 5 == 4 ? new Answer[3] : SpecFacts.Uniform(10, i % 5);
            }
        }

        ScoringOutcome[] outcomes = Core10.Instrument.ScoreBatch(Lazy());

        Assert.Equal(25, outcomes.Length);
        Assert.Equal(Enumerable.Range(0, 25), outcomes.Select(o => o.Position));
        Assert.All(outcomes, o => Assert.Equal(o.Position % 5 != 4, o.IsSuccess));
        Assert.Equal(Core10.Instrument.Score(SpecFacts.Uniform(10, 3)).ToArray(), outcomes[8].Result.ToArray());
    }

    [Fact]
    public void Flat_batch_matches_the_list_batch()
    {
        var random = new Random(7);
        int rows = 50;
        var flat = new Answer[rows * 34];
        for (int i = 0; i < flat.Length; i++)
        {
            // Mostly answers on the scale, some blanks, and an occasional 5 (out of range).
            int draw = random.Next(0, 200);
            flat[i] = draw < 20 ? Answer.NotAnswered : draw < 198 ? draw % 5 : 5;
        }

        var outcomes = new ScoringOutcome[rows];
        CoreOm.Instrument.ScoreBatch(flat, outcomes);
        ScoringOutcome[] listed = CoreOm.Instrument.ScoreBatch([.. flat.Chunk(34)]);

        for (int r = 0; r < rows; r++)
        {
            Assert.Equal(r, outcomes[r].Position);
            Assert.Equal(listed[r].IsSuccess, outcomes[r].IsSuccess);
            Assert.Equal(listed[r].Error, outcomes[r].Error);
            if (outcomes[r].IsSuccess)
            {
                Assert.Equal(listed[r].Result.ToArray(), outcomes[r].Result.ToArray());
            }
        }

        Assert.Contains(outcomes, o => !o.IsSuccess);
        Assert.Contains(outcomes, o => o.IsSuccess);
    }

    [Fact]
    public void Many_threads_scoring_at_once_get_the_same_answers()
    {
        var random = new Random(11);
        Answer[][] rows = [.. Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, 34).Select(_ => (Answer)(random.Next(0, 6) is var v && v == 5 ? null : v)).ToArray())];
        Score[][] sequential = [.. rows.Select(r => CoreOm.Instrument.Score(r).ToArray())];

        var parallel = new Score[rows.Length][];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = CoreOm.Instrument.Score(rows[i]).ToArray());

        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }
}
