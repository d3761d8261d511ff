using OutcomeScoring;

/// <summary>Seeded synthetic forms for the benchmarks (answers 0-4, about 3% blank).</summary>
internal static class SampleForms
{
    public static Answer[] Complete(int items, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, items).Select(_ => Answer.Of(random.Next(0, 5)))];
    }

    public static Answer[] Rows(int rows, int items, int seed)
    {
        var random = new Random(seed);
        var answers = new Answer[rows * items];
        for (int i = 0; i < answers.Length; i++)
        {
            answers[i] = random.Next(0, 100) < 3 ? Answer.NotAnswered : Answer.Of(random.Next(0, 5));
        }

        return answers;
    }
}
