using FsCheck;

namespace OutcomeScoring.Tests;

/// <summary>
/// How many cases the property tests try. Under <c>eng/mutation.sh</c> only (Stryker builds this project with
/// <c>OUTCOME_SCORING_MUTATION=1</c>, which defines <c>MUTATION</c>) they try a tenth as many, at least 10: Stryker runs
/// every test for each mutant reached while the built-in definitions load, so the whole suite's time is paid per mutant.
/// A suite that tries fewer cases can only kill fewer mutants, so the mutation score measured this way is a lower bound
/// of the full suite's (docs/testing.md). Every other build tries them all.
/// </summary>
internal static class SuiteEffort
{
#if MUTATION
    private const int Divisor = 10;
#else
    private const int Divisor = 1;
#endif

    /// <summary>FsCheck's settings for a property that fails by throwing: <paramref name="cases"/> cases (a tenth under mutation testing).</summary>
    /// <param name="cases">The number of cases in an ordinary run.</param>
    /// <returns>The settings.</returns>
    public static Config Properties(int cases) => Config.QuickThrowOnFailure.WithMaxTest(Cases(cases));

    /// <summary>The number of cases <see cref="Properties"/> tries, for a test whose own checks count with them.</summary>
    /// <param name="cases">The number of cases in an ordinary run.</param>
    /// <returns>That number, or a tenth of it (at least 10) under mutation testing.</returns>
    public static int Cases(int cases) => Math.Max(Math.Min(cases, 10), cases / Divisor);
}
