using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace OutcomeScoring.Fhir;

/// <summary>
/// The outcome of reading a FHIR resource: either a value, or the issues that stopped it (every one of them, not
/// only the first). Modelled on NodaTime's <c>ParseResult</c>: nothing throws until someone asks for a value that
/// is not there.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
/// <remarks>
/// Policy: a resource with any issue gives no value. A response with an unknown linkId or an out-of-range answer
/// is not scored at all, because a score computed while part of the form was unreadable could look complete and be
/// wrong; the issues say exactly what to fix. Immutable and thread-safe when <typeparamref name="T"/> is.
/// <c>default(FhirOutcome&lt;T&gt;)</c> has neither a value nor issues.
/// </remarks>
public readonly struct FhirOutcome<T>
{
    private readonly T _value;
    private readonly ImmutableArray<FhirIssue> _issues;

    internal FhirOutcome(T value)
    {
        _value = value;
        _issues = [];
        IsSuccess = true;
    }

    internal FhirOutcome(ImmutableArray<FhirIssue> issues)
    {
        _value = default!;
        _issues = issues;
    }

    /// <summary>Gets whether the resource was read without issues and a value is available.</summary>
    public bool IsSuccess { get; }

    /// <summary>Gets every issue found, in document order; empty on success.</summary>
    public ImmutableArray<FhirIssue> Issues => _issues.IsDefault ? [] : _issues;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The resource had issues; the message lists them.</exception>
    public T Value => IsSuccess
        ? _value
        : throw new InvalidOperationException(
            Issues.IsEmpty
                ? "This outcome is default(FhirOutcome): it has no value."
                : "The resource could not be read: " + string.Join(" ", Issues.Select(i => i.Message)));

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value, or <c>default</c> when the resource had issues.</param>
    /// <returns><see langword="true"/> when the resource was read without issues.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>Returns "success" or the issues, one per line.</summary>
    /// <returns>A short text for logs.</returns>
    public override string ToString() =>
        IsSuccess ? $"success: {_value}" : string.Join(Environment.NewLine, Issues.Select(i => i.ToString()));
}
