namespace OutcomeScoring.Internal;

/// <summary>The Verhoeff check digit, which every SNOMED CT identifier carries (SNOMED International).</summary>
internal static class Verhoeff
{
    private static readonly byte[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    // Row 0 is the identity and row 1 Verhoeff's permutation; row i applies row 1 i times (SNOMED CT Technical
    // Reference Guide, check-digit computation), so the rows are generated rather than typed.
    private static readonly byte[,] Permutation = BuildPermutations();

    private static byte[,] BuildPermutations()
    {
        byte[] first = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
        var table = new byte[8, 10];
        for (byte j = 0; j < 10; j++)
        {
            table[0, j] = j;
        }

        for (int i = 1; i < 8; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                table[i, j] = table[i - 1, first[j]];
            }
        }

        return table;
    }

    /// <summary>Gets whether a string of digits ends in a valid Verhoeff check digit.</summary>
    public static bool IsValid(string digits)
    {
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        int check = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i] - '0';
            check = Multiplication[check, Permutation[i % 8, digit]];
        }

        return check == 0;
    }
}
