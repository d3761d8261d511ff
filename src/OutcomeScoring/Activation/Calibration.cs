namespace OutcomeScoring.Activation;

/// <summary>
/// Loads a licensee's calibration from JSON, in either documented form (see docs/instruments/pam-13.md):
/// (a) Rasch item parameters with a transform, recognised by an <c>"items"</c> array; or (b) a lookup table,
/// recognised by a <c>"table"</c> array.
/// </summary>
/// <remarks>
/// <para>Form (a), item parameters (the numbers here are made up):</para>
/// <code>
/// {"name":"...","model":"partial-credit","estimator":"wle",
///  "items":[{"item":1,"thresholds":[-1.2,0.1,1.3]}, ...],
///  "transform":{"intercept":50,"slope":10,"min":0,"max":100},
///  "minimumAnswered":7,"rejectUniformExtremes":true}
/// </code>
/// <para>
/// <c>model</c> is <c>"partial-credit"</c> (each item has <c>"thresholds"</c>: its step difficulties d_i1..d_iM in
/// logits) or <c>"rating-scale"</c> (each item has <c>"difficulty"</c> d_i and the top level has <c>"taus"</c>, so
/// that d_ij = d_i + tau_j). <c>estimator</c> is <c>"ml"</c> or <c>"wle"</c>; with <c>"ml"</c> an optional
/// <c>"extremeAdjustment"</c> (default 0.3) replaces the raw scores 0 and max. Items are numbered 1 to N in order.
/// </para>
/// <para>Form (b), lookup table (the numbers here are made up):</para>
/// <code>
/// {"name":"...","itemCount":13,"maximumCategory":3,
///  "table":[{"answered":13,"scores":[...one per raw score 0..39...],"standardErrors":[...optional, same length...]}, ...],
///  "minimumAnswered":7,"rejectUniformExtremes":true}
/// </code>
/// <para>
/// Unknown properties are errors (so that a misspelt rule is never silently ignored). Comments and trailing
/// commas are allowed. Every problem is reported at once: a <see cref="CalibrationException"/> whose
/// <see cref="CalibrationException.Problems"/> lists each with its JSON path (for example <c>$.items[4].thresholds[1]</c>)
/// and a message naming the field, item or row; the exception's message lists them all, each after its path.
/// </para>
/// </remarks>
public static class Calibration
{
    /// <summary>Reads a calibration from JSON text.</summary>
    /// <param name="json">The JSON, in form (a) or form (b).</param>
    /// <returns>An <see cref="ItemParameterCalibration"/> or a <see cref="LookupTableCalibration"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The JSON is malformed or the calibration is not valid; <see cref="CalibrationException.Problems"/> lists every problem with its JSON path.</exception>
    public static ICalibration FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CalibrationJson.Read(json);
    }

    /// <summary>Reads a calibration from a UTF-8 JSON stream (for example a licensee's file).</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <returns>An <see cref="ItemParameterCalibration"/> or a <see cref="LookupTableCalibration"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The bytes are not UTF-8 (the message gives the byte offset), the JSON is malformed, or the calibration is not valid; <see cref="CalibrationException.Problems"/> lists every problem with its JSON path.</exception>
    public static ICalibration Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return CalibrationJson.Read(utf8Json);
    }
}
