#if MUTATION
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(OutcomeScoring.Tests.MutationTestOrder))]

namespace OutcomeScoring.Tests;

/// <summary>
/// Under <c>eng/mutation.sh</c> only (the <c>MUTATION</c> build): runs first the test classes named in
/// <c>OUTCOME_SCORING_MUTATION_FIRST</c> (class names without namespace, separated by commas), then every other class
/// in xunit's own order. Which tests run does not change, so neither does the score; but Stryker runs the whole suite
/// for each mutant reached while the built-in definitions load, and the suite stops at its first failure, so a mutant
/// is killed in seconds when the tests written for its part run before the rest (docs/testing.md).
/// </summary>
public sealed class MutationTestOrder : ITestCollectionOrderer
{
    /// <inheritdoc/>
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection
    {
        string[] first = (Environment.GetEnvironmentVariable("OUTCOME_SCORING_MUTATION_FIRST") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        IReadOnlyCollection<TTestCollection> ordered = DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections);
        return [.. ordered.OrderBy(collection => Rank(collection, first))];
    }

    private static int Rank(ITestCollection collection, string[] first)
    {
        // A class's own collection is named "Test collection for Namespace.Class (id: ...)".
        string name = collection.TestCollectionDisplayName;
        int id = name.IndexOf(" (id: ", StringComparison.Ordinal);
        name = id < 0 ? name : name[..id];
        string simple = name[(name.LastIndexOf('.') + 1)..];
        int at = Array.IndexOf(first, simple);
        return at < 0 ? first.Length : at;
    }
}
#endif
