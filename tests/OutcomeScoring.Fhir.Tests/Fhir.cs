using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using OutcomeScoring.Activation;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>Test helpers: building responses, and JSON through the SDK's own serializer and (strict) parser.</summary>
internal static class Fhir
{
    public const string Patient = "Patient/example-1";
    public const string Authored = "2025-03-04T10:15:00+00:00";

    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>Serialises with the SDK's serializer.</summary>
    public static string Json(Resource resource) => Serializer.SerializeToString(resource);

    /// <summary>Parses with the SDK's strict deserializer (unknown elements and missing required elements fail).</summary>
    public static T Parse<T>(string json) where T : Resource => FhirJsonDeserializer.STRICT.Deserialize<T>(json);

    /// <summary>Serialises and parses back, checking the JSON passes the SDK's strict parser and its validation.</summary>
    public static T ThroughJson<T>(T resource) where T : Resource
    {
        T back = Parse<T>(Json(resource));
        IReadOnlyCollection<CodedValidationException> problems = back.Validate();
        Assert.True(problems.Count == 0, string.Join("; ", problems.Select(p => p.Message)));
        return back;
    }

    /// <summary>A completed response with an id, subject and authored time, holding the given top-level items.</summary>
    public static QuestionnaireResponse Response(params QuestionnaireResponse.ItemComponent[] items)
    {
        var response = new QuestionnaireResponse
        {
            Id = "qr-1",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference(Patient),
            Authored = Authored,
        };
        response.Item.AddRange(items);
        return response;
    }

    /// <summary>An item with a linkId and zero or more answers.</summary>
    public static QuestionnaireResponse.ItemComponent Item(string linkId, params DataType[] answers)
    {
        var item = new QuestionnaireResponse.ItemComponent { LinkId = linkId };
        item.Answer.AddRange(answers.Select(a => new QuestionnaireResponse.AnswerComponent { Value = a }));
        return item;
    }

    /// <summary>A Coding carrying the FHIR ordinalValue extension.</summary>
    public static Coding Ordinal(string code, decimal value)
    {
        var coding = new Coding("http://example.org/answers", code);
        coding.SetExtension(FhirCodes.OrdinalValueExtension, new FhirDecimal(value));
        return coding;
    }

    /// <summary>The data absent reason Coding with the given code.</summary>
    public static Coding Absent(string code) => new(FhirCodes.DataAbsentReason, code);

    /// <summary>A response with item n at linkId "n" for each answered (or not applicable) item; the encoding is chosen per item.</summary>
    public static QuestionnaireResponse Numbered(IReadOnlyList<Answer> answers, Func<int, Answer, DataType?> encode)
    {
        var items = new List<QuestionnaireResponse.ItemComponent>();
        for (int i = 0; i < answers.Count; i++)
        {
            DataType? value = encode(i, answers[i]);
            if (value is not null)
            {
                items.Add(Item((i + 1).ToString(CultureInfo.InvariantCulture), value));
            }
        }

        return Response([.. items]);
    }

    /// <summary>Encodes an answer as an integer (value) or a data absent reason (not answered / not applicable).</summary>
    public static DataType Integer(Answer answer) => answer.Value is { } v ? new Integer(v) : Absent(answer.IsNotApplicable ? "not-applicable" : "asked-declined");

    /// <summary>The made-up PAM-13 calibration in samples/ (not Insignia Health's; gives no real scores).</summary>
    public static ICalibration MadeUpPamCalibration { get; } = LoadCalibration();

    private static ICalibration LoadCalibration()
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", "pam-13-calibration.made-up.json"));
        return Calibration.Load(stream);
    }
}
