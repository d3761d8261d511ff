using System.Reflection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OutcomeScoring.Activation;
using OutcomeScoring.Fhir;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Fuzz;

/// <summary>
/// The fuzz targets. Each takes one input and returns when the code under test handled it as documented: a loader throws
/// only its documented exception, the command line ends with exit code 0 or 1 and no stack trace, the FHIR reader returns
/// coded issues. Anything else escapes as an exception, which AFL++ records as a crash.
/// </summary>
internal static class Targets
{
    /// <summary>The command lines the <c>csv</c> target runs; the input's first byte picks one, the rest is the CSV file.</summary>
    private static readonly string[][] CsvCommands =
    [
        ["score", "core-10"],
        ["score", "core-om"],
        ["score", "yp-core"],
        ["change", "--instrument", "core-10"],
        ["change", "--instrument", "core-10", "--summary", "--by", "team"],
        ["reliability"],
        ["fft", "summarize", "--unit", "ward", "--parent", "site"],
        ["funnel", "--numerator", "positive", "--denominator", "total"],
        ["spc", "--value", "rate", "--date", "month"],
        ["score", "p3ceq"],
        ["score", "eq-5d-5l"],
    ];

    private static readonly Lazy<MethodInfo> CliMain = new(() =>
        Assembly.Load("outcome-scoring").EntryPoint ?? throw new InvalidOperationException("The command line has no entry point."));

    private static readonly Lazy<string> CsvFile = new(() => Path.Combine(Path.GetTempPath(), $"outcome-scoring-fuzz-{Environment.ProcessId}.csv"));

    /// <summary>Gets every target by name.</summary>
    public static IReadOnlyDictionary<string, Action<Stream>> All { get; } = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["csv"] = Csv,
        ["definition"] = Definition,
        ["calibration"] = CalibrationJson,
        ["index-spec"] = IndexSpec,
        ["fhir"] = Fhir,
    };

    /// <summary>The command line on a CSV file: exit code 0 or 1, and on 1 exactly one <c>error:</c> line and no stack trace.</summary>
    public static void Csv(Stream input)
    {
        int choice = input.ReadByte();
        string[] command = CsvCommands[Math.Max(choice, 0) % CsvCommands.Length];
        using (FileStream file = File.Create(CsvFile.Value))
        {
            input.CopyTo(file);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        TextWriter oldOut = Console.Out, oldError = Console.Error;
        Console.SetOut(output);
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = (int)CliMain.Value.Invoke(null, [(string[])[.. command, CsvFile.Value]])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new FuzzFailureException($"{string.Join(' ', command)}: the command line threw", ex.InnerException);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }

        string errors = error.ToString();
        if (exitCode is not (0 or 1) || errors.Contains("Unhandled exception", StringComparison.Ordinal) || errors.Contains("\n   at ", StringComparison.Ordinal))
        {
            throw new FuzzFailureException($"{string.Join(' ', command)}: exit code {exitCode}; standard error: {errors}");
        }
    }

    /// <summary>A definition: <see cref="InstrumentDefinitionException"/> or an instrument whose JSON reads back to the same JSON.</summary>
    public static void Definition(Stream input)
    {
        Instrument instrument;
        try
        {
            instrument = Instrument.FromJson(input);
        }
        catch (InstrumentDefinitionException)
        {
            return;
        }

        string json = instrument.ToJson();
        if (Instrument.FromJson(json).ToJson() != json)
        {
            throw new FuzzFailureException($"{instrument.Id}: the definition's JSON does not read back to itself");
        }

        // Score one response set with every item unanswered and one with every item at the scale's minimum.
        Answer[] blank = new Answer[instrument.Items.Length];
        _ = instrument.Score(blank);
        Answer[] lowest = [.. instrument.Items.Select(_ => Answer.Of(instrument.Scale.Minimum))];
        _ = instrument.Score(lowest);
    }

    /// <summary>A calibration: <see cref="CalibrationException"/> or a calibration.</summary>
    public static void CalibrationJson(Stream input)
    {
        try
        {
            _ = Calibration.Load(input);
        }
        catch (CalibrationException)
        {
        }
    }

    /// <summary>An integration index specification: <see cref="IndexSpecificationException"/> or a specification that writes and reads back.</summary>
    public static void IndexSpec(Stream input)
    {
        IndexSpecification specification;
        try
        {
            specification = IndexSpecification.Load(input);
        }
        catch (IndexSpecificationException)
        {
            return;
        }

        _ = IndexSpecification.FromJson(specification.ToJson());
    }

    /// <summary>
    /// A QuestionnaireResponse (also a partly read one, as Firely's reader gives it on a format error) through the CORE-10,
    /// DIALOG and FFT mappings: coded issues, never an exception.
    /// </summary>
    public static void Fhir(Stream input)
    {
        QuestionnaireResponse? response;
        bool whole = false;
        try
        {
            using var reader = new StreamReader(input);
            response = FhirJsonDeserializer.DEFAULT.Deserialize<QuestionnaireResponse>(reader.ReadToEnd());
            whole = true;
        }
        catch (DeserializationFailedException ex)
        {
            response = ex.PartialResult as QuestionnaireResponse;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or IndexOutOfRangeException)
        {
            // Firely's reader, not this project's code: System.Text.Json's exception for text that is not JSON at all, and
            // (Firely 6.8.0) IndexOutOfRangeException for an empty property name such as {"": [...]} inside an answer.
            return;
        }

        if (response is null)
        {
            return;
        }

        _ = FhirScoring.Score(response, QuestionnaireMappings.Core10);
        _ = FhirScoring.ReadDialog(response, QuestionnaireMappings.Dialog);
        _ = FhirScoring.ReadFft(response, QuestionnaireMappings.FftExperience);
        // Observations are written only from a response that was read whole and has an id (FromResult documents the
        // ArgumentException for one without); they must read back.
        if (whole && !string.IsNullOrEmpty(response.Id) && FhirScoring.Score(response, QuestionnaireMappings.Core10) is { IsSuccess: true } scored)
        {
            _ = ScoreObservations.ReadScores(ScoreObservations.FromResult(response, scored.Value), CoreFamily.Core10.Instrument);
        }
    }
}
