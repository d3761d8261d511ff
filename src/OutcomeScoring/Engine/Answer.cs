namespace OutcomeScoring;

/// <summary>
/// One person's answer to one item: either a raw value on the instrument's response scale, or
/// <see cref="NotAnswered"/>. Missing answers are normal data, never an error.
/// </summary>
/// <remarks>
/// The raw value is the answer as ticked on the form, before any reverse scoring; the engine applies the
/// instrument's keying. <c>default(Answer)</c> is <see cref="NotAnswered"/>. Immutable and thread-safe.
/// </remarks>
public readonly record struct Answer
{
    private readonly int _value;
    private readonly bool _isAnswered;

    private Answer(int value)
    {
        _value = value;
        _isAnswered = true;
    }

    /// <summary>An item that was left blank (or otherwise not answered).</summary>
    public static Answer NotAnswered => default;

    /// <summary>Gets whether the item was answered.</summary>
    public bool IsAnswered => _isAnswered;

    /// <summary>Gets the raw answer, or <see langword="null"/> when the item was not answered.</summary>
    public int? Value => _isAnswered ? _value : null;

    /// <summary>Creates an answered item with the given raw value (checked against the scale when scored).</summary>
    /// <param name="value">The raw answer as ticked on the form.</param>
    /// <returns>The answer.</returns>
    public static Answer Of(int value) => new(value);

    /// <summary>Creates an answer from a nullable raw value: <see langword="null"/> means not answered.</summary>
    /// <param name="value">The raw answer, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer FromNullable(int? value) => value is { } v ? new Answer(v) : default;

    /// <summary>Converts a raw value to an answered item.</summary>
    /// <param name="value">The raw answer.</param>
    public static implicit operator Answer(int value) => new(value);

    /// <summary>Converts a nullable raw value: <see langword="null"/> means not answered.</summary>
    /// <param name="value">The raw answer, or <see langword="null"/>.</param>
    public static implicit operator Answer(int? value) => FromNullable(value);

    /// <summary>Gets the raw value without checking <see cref="IsAnswered"/> (engine use only).</summary>
    internal int RawValue => _value;

    /// <summary>Returns the raw value, or "not answered".</summary>
    /// <returns>A short text for logs and messages.</returns>
    public override string ToString() =>
        _isAnswered ? _value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not answered";
}
