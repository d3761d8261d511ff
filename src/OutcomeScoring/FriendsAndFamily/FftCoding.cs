using System.Collections.Frozen;
using System.Globalization;

namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// How a data source stores FFT answers: which stored code (or label) means which answer. Some systems store the
/// scale reversed (1 = very poor), so a reader is always told the coding and never guesses (specs/fft.md).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FftCoding
{
    private readonly FrozenDictionary<int, FftAnswer> _codes;

    private FftCoding(string name, IReadOnlyDictionary<int, FftAnswer> codes)
    {
        Name = name;
        _codes = codes.ToFrozenDictionary();
    }

    /// <summary>The order of the NHS England sheets: 1 Very good / Extremely likely ... 5 Very poor / Extremely unlikely, 6 Don't know.</summary>
    public static FftCoding Standard { get; } = new("standard", Enum.GetValues<FftAnswer>().ToDictionary(a => (int)a));

    /// <summary>Gets a short name for the coding.</summary>
    public string Name { get; }

    /// <summary>Creates a coding from stored codes to answers.</summary>
    /// <param name="name">A short name for the coding.</param>
    /// <param name="codes">Each stored code and the answer it means; every answer must appear exactly once.</param>
    /// <returns>The coding.</returns>
    /// <exception cref="ArgumentException">An answer is missing, appears twice, or is not an FFT answer.</exception>
    public static FftCoding Create(string name, IReadOnlyDictionary<int, FftAnswer> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        foreach ((int code, FftAnswer answer) in codes)
        {
            if (!Enum.IsDefined(answer))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"FFT coding '{name}' maps code {code} to {(int)answer}, which is not an FFT answer."), nameof(codes));
            }
        }

        foreach (FftAnswer answer in Enum.GetValues<FftAnswer>())
        {
            int count = codes.Values.Count(a => a == answer);
            if (count != 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"FFT coding '{name}' maps {count} codes to {answer}; every answer needs exactly one code."), nameof(codes));
            }
        }

        return new FftCoding(name, codes);
    }

    /// <summary>Reads a stored code.</summary>
    /// <param name="code">The stored code.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not in this coding; the message lists the codes there are.</exception>
    public FftAnswer Read(int code) =>
        _codes.TryGetValue(code, out FftAnswer answer)
            ? answer
            : throw new ArgumentOutOfRangeException(nameof(code), code, string.Create(CultureInfo.InvariantCulture, $"FFT coding '{Name}' has no code {code}; its codes are {string.Join(", ", _codes.Keys.Order())}."));

    /// <summary>Reads a stored code without throwing.</summary>
    /// <param name="code">The stored code.</param>
    /// <param name="answer">The answer, when the code is known.</param>
    /// <returns><see langword="true"/> when the code is in this coding.</returns>
    public bool TryRead(int code, out FftAnswer answer) => _codes.TryGetValue(code, out answer);
}
