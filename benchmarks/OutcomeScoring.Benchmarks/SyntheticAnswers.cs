using OutcomeScoring;

/// <summary>Seeded byte-coded answers: uniform on the scale, about 3% not answered (and 2% not applicable when a code is given).</summary>
internal static class SyntheticAnswers
{
    public static byte[] Bytes(Instrument instrument, int rows, AnswerCodes codes, int seed)
    {
        var random = new Random(seed);
        var answers = new byte[rows * instrument.Items.Length];
        for (int i = 0; i < answers.Length; i++)
        {
            int roll = random.Next(0, 100);
            answers[i] = roll < 3 ? codes.NotAnswered
                : roll < 5 && codes.NotApplicable is { } na ? na
                : (byte)random.Next(instrument.Scale.Minimum, instrument.Scale.Maximum + 1);
        }

        return answers;
    }
}
