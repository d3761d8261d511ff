namespace OutcomeScoring;

/// <summary>
/// One person's answer to one item: a raw value on the instrument's response scale, <see cref="NotAnswered"/>,
/// or <see cref="NotApplicable"/>. Missing answers are normal data, never an error.
/// </summary>
/// <remarks>
/// The raw value is the answer as ticked on the form, before any reverse scoring; the engine applies the
/// instrument's keying. "Not applicable" (for example DIALOG medication for someone on none, or a PAM-13 N/A)
/// is kept distinct from "not answered" in the data, and both are left out of every mean.
/// <c>default(Answer)</c> is <see cref="NotAnswered"/>. Immutable and thread-safe.
/// </remarks>
public readonly record struct Answer
{
    private const byte Blank = 0, Given = 1, Inapplicable = 2;

    private readonly int _value;
    private readonly byte _state;

    private Answer(int value, byte state)
    {
        _value = value;
        _state = state;
    }

    /// <summary>An item that was left blank (or otherwise not answered).</summary>
    public static Answer NotAnswered => default;

    /// <summary>An item the person marked as not applicable to them; scored like a missing answer.</summary>
    public static Answer NotApplicable => new(0, Inapplicable);

    /// <summary>Gets whether the item was answered with a value.</summary>
    public bool IsAnswered => _state == Given;

    /// <summary>Gets whether the item was marked not applicable.</summary>
    public bool IsNotApplicable => _state == Inapplicable;

    /// <summary>Gets the raw answer, or <see langword="null"/> when the item was not answered or not applicable.</summary>
    public int? Value => _state == Given ? _value : null;

    /// <summary>Creates an answered item with the given raw value (checked against the scale when scored).</summary>
    /// <param name="value">The raw answer as ticked on the form.</param>
    /// <returns>The answer.</returns>
    public static Answer Of(int value) => new(value, Given);

    /// <summary>Creates an answer from a nullable raw value: <see langword="null"/> means not answered.</summary>
    /// <param name="value">The raw answer, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer FromNullable(int? value) => value.HasValue ? new Answer(value.GetValueOrDefault(), Given) : default;

    /// <summary>Converts a raw value to an answered item.</summary>
    /// <param name="value">The raw answer.</param>
    public static implicit operator Answer(int value) => new(value, Given);

    /// <summary>Converts a nullable raw value: <see langword="null"/> means not answered.</summary>
    /// <param name="value">The raw answer, or <see langword="null"/>.</param>
    public static implicit operator Answer(int? value) => FromNullable(value);

    /// <summary>Gets the raw value without checking <see cref="IsAnswered"/> (engine use only).</summary>
    internal int RawValue => _value;

    /// <summary>Returns the raw value, "not answered" or "not applicable".</summary>
    /// <returns>A short text for logs and messages.</returns>
    public override string ToString() => _state switch
    {
        Given => _value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Inapplicable => "not applicable",
        _ => "not answered",
    };
}
