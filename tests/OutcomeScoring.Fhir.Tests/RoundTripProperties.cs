using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Hl7.Fhir.Model;
using OutcomeScoring.Activation;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir.Tests;

/// <summary>
/// FsCheck round trips over random responses, with missing and not-applicable answers and every answer encoding:
/// response -> scores -> Observations -> scores gives exactly the scores the library computes from the same answers
/// directly. Each property runs twice: in memory with many cases, and through JSON (the SDK's serializer, then its
/// strict parser and validation, for the response and every Observation) with fewer, because the SDK takes a few
/// milliseconds to parse each resource and the suite must stay fast.
/// </summary>
public class RoundTripProperties
{
    private static readonly Config InMemory = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Config ThroughJson = Config.QuickThrowOnFailure.WithMaxTest(15);

    public static TheoryData<bool> Ways => [false, true];

    private static Config ConfigFor(bool viaJson) => viaJson ? ThroughJson : InMemory;

    private static T Json<T>(T resource, bool viaJson) where T : Resource => viaJson ? Fhir.ThroughJson(resource) : resource;

    public static TheoryData<string, bool> InstrumentMappings => new()
    {
        { "core-om", false }, { "core-10", false }, { "yp-core", false }, { "gp-core", false }, { "core-sf-a", false }, { "core-sf-b", false }, { "dialog", false },
        { "core-om", true }, { "core-10", true }, { "dialog", true },
        // The built-in instruments' mappings by the item-number convention (QuestionnaireMappings.For).
        { "phq-9", false }, { "gad-7", false }, { "wsas", false }, { "reqol-10", false }, { "reqol-20", false }, { "gbo", false },
        { "wemwbs", false }, { "swemwbs", false }, { "k10", false }, { "honos", false }, { "honos-65", false }, { "eq-5d-5l", false },
        { "eq-5d-3l", false }, { "icecap-o", false }, { "p3ceq", false }, { "ascof-1a", false }, { "ascof-1d", false },
        { "phq-9", true }, { "honos", true }, { "eq-5d-5l", true },
    };

    private static QuestionnaireMapping Mapping(string id) => QuestionnaireMappings.All.First(m => m.InstrumentId == id && m != QuestionnaireMappings.DialogPlusAppOrder);

    /// <summary>One item: its answer and how it is encoded (0-2), from mostly answered to mostly blank.</summary>
    private static Gen<(Answer Answer, int Encoding)[]> Forms(int items, ResponseScale scale, bool notApplicable) =>
        Gen.Choose(0, 60).SelectMany(blankPercent =>
        {
            var choices = new List<(int, Gen<Answer>)>
            {
                (100 - blankPercent, Gen.Choose(scale.Minimum, scale.Maximum).Select(Answer.Of)),
                (blankPercent, Gen.Constant(Answer.NotAnswered)),
            };
            if (notApplicable)
            {
                choices.Add((10, Gen.Constant(Answer.NotApplicable)));
            }

            return Gen.Frequency([.. choices])
                .SelectMany(answer => Gen.Choose(0, 2).Select(encoding => (answer, encoding)))
                .ArrayOf(items);
        });

    /// <summary>
    /// Encodes each item at linkId "n": a value as valueInteger, a whole valueDecimal (sometimes written "2.0"), or an
    /// ordinalValue Coding; "not answered" as an absent item, an item without an answer, or a data absent reason;
    /// "not applicable" as the data absent reason not-applicable.
    /// </summary>
    private static QuestionnaireResponse Encode((Answer Answer, int Encoding)[] form)
    {
        var items = new List<QuestionnaireResponse.ItemComponent>();
        for (int i = 0; i < form.Length; i++)
        {
            string linkId = (i + 1).ToString(CultureInfo.InvariantCulture);
            (Answer answer, int encoding) = form[i];
            if (answer.Value is { } v)
            {
                items.Add(Fhir.Item(linkId, encoding switch
                {
                    0 => new Integer(v),
                    1 => new FhirDecimal(i % 2 == 0 ? v : v + 0.0m),
                    _ => Fhir.Ordinal("a" + linkId, v),
                }));
            }
            else if (answer.IsNotApplicable)
            {
                items.Add(Fhir.Item(linkId, Fhir.Absent("not-applicable")));
            }
            else if (encoding == 1)
            {
                items.Add(Fhir.Item(linkId));
            }
            else if (encoding == 2)
            {
                items.Add(Fhir.Item(linkId, Fhir.Absent("asked-declined")));
            }
        }

        // Items in random-looking but fixed order: reading must not depend on document order.
        items.Reverse();
        return Fhir.Response([.. items]);
    }

    private static bool SameScores(InstrumentResult a, InstrumentResult b) =>
        a.ToArray().Zip(b.ToArray()).All(p => p.First.Id == p.Second.Id && p.First.ClinicalScore == p.Second.ClinicalScore
            && p.First.Mean == p.Second.Mean && p.First.ItemsAnswered == p.Second.ItemsAnswered && p.First.IsProrated == p.Second.IsProrated);

    [Theory]
    [MemberData(nameof(InstrumentMappings))]
    public void Response_to_scores_to_observations_and_back_gives_the_same_scores(string id, bool viaJson)
    {
        QuestionnaireMapping mapping = Mapping(id);
        Instrument instrument = mapping.Instrument!;
        Prop.ForAll(Forms(mapping.ItemCount, mapping.Scale, instrument.Items.Any(i => i.AllowsNotApplicable)).ToArbitrary(), form =>
        {
            Answer[] answers = [.. form.Select(f => f.Answer)];
            QuestionnaireResponse response = Json(Encode(form), viaJson);

            FhirOutcome<InstrumentResult> scored = FhirScoring.Score(response, mapping);
            if (!scored.IsSuccess || !SameScores(scored.Value, instrument.Score(answers)))
            {
                return false;
            }

            Observation[] observations = [.. ScoreObservations.FromResult(response, scored.Value).Select(o => Json(o, viaJson))];
            FhirOutcome<System.Collections.Immutable.ImmutableArray<ObservedScore>> back = ScoreObservations.ReadScores(observations, instrument);
            return back.IsSuccess && back.Value.Zip(scored.Value.ToArray()).All(p => p.First.Matches(p.Second));
        }).Check(ConfigFor(viaJson));
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void Dialog_ratings_and_help_answers_survive_response_observations_and_back(bool viaJson)
    {
        Gen<bool?[]> helpGen = Gen.Elements<bool?>(null, true, false).ArrayOf(11);
        Gen<((Answer Answer, int Encoding)[] Form, bool?[] Help)> gen =
            Forms(11, Dialog.Instrument.Scale, notApplicable: true).SelectMany(form => helpGen.Select(help => (form, help)));
        Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            QuestionnaireResponse response = Encode(sample.Form);
            for (int i = 0; i < 11; i++)
            {
                if (sample.Help[i] is { } wanted)
                {
                    response.Item.Add(Fhir.Item(QuestionnaireMappings.Dialog.HelpWantedLinkIds.First(p => p.Value == i + 1).Key, new FhirBoolean(wanted)));
                }
            }

            FhirOutcome<DialogResponse> read = FhirScoring.ReadDialog(Json(response, viaJson), QuestionnaireMappings.Dialog);
            if (!read.IsSuccess || !read.Value.Ratings.SequenceEqual(sample.Form.Select(f => f.Answer)) || !read.Value.HelpWanted.SequenceEqual(sample.Help))
            {
                return false;
            }

            DialogResult result = Dialog.Score(read.Value);
            Observation[] observations = [.. ScoreObservations.FromDialog(response, read.Value, result).Select(o => Json(o, viaJson))];
            FhirOutcome<DialogResponse> back = ScoreObservations.ReadDialog(observations);
            return back.IsSuccess && back.Value.Ratings.SequenceEqual(read.Value.Ratings) && back.Value.HelpWanted.SequenceEqual(read.Value.HelpWanted)
                && ScoreObservations.ReadScores(observations, Dialog.Instrument).Value.Zip(result.Scores.ToArray()).All(p => p.First.Matches(p.Second))
                && (result.UnmetNeeds is null
                    ? !ScoreObservations.ReadStage(observations, Dialog.Instrument, Dialog.UnmetNeedsStage).IsSuccess
                    : ScoreObservations.ReadStage(observations, Dialog.Instrument, Dialog.UnmetNeedsStage).Value.Matches(result.Scores.Stage(Dialog.UnmetNeedsStage)));
        }).Check(ConfigFor(viaJson));
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void Pam13_answers_to_result_to_observation_and_back_gives_the_same_result(bool viaJson)
    {
        Prop.ForAll(Forms(13, QuestionnaireMappings.Pam13.Scale, notApplicable: true).ToArbitrary(), form =>
        {
            Answer[] answers = [.. form.Select(f => f.Answer)];
            QuestionnaireResponse response = Json(Encode(form), viaJson);

            FhirOutcome<Pam13Result> scored = FhirScoring.ScorePam13(response, QuestionnaireMappings.Pam13, Fhir.MadeUpPamCalibration);
            Pam13Result direct = Pam13.Score(answers, Fhir.MadeUpPamCalibration);
            if (!scored.IsSuccess || scored.Value.Score != direct.Score || scored.Value.ItemsAnswered != direct.ItemsAnswered)
            {
                return false;
            }

            Observation observation = Json(ScoreObservations.FromPam13(response, scored.Value), viaJson);
            FhirOutcome<ObservedActivation> back = ScoreObservations.ReadPam13([observation]);
            return back.IsSuccess && back.Value.Matches(scored.Value);
        }).Check(ConfigFor(viaJson));
    }

    public static TheoryData<string, bool> StageInstruments => new()
    {
        { "pam-13", false }, { "core-6d", false }, { "dialog", false }, { "swemwbs", false }, { "pam-13", true }, { "core-6d", true },
    };

    [Theory]
    [MemberData(nameof(StageInstruments))]
    public void Every_stage_to_observation_and_back_gives_the_same_stage_result(string id, bool viaJson)
    {
        Instrument instrument = id == Pam13.Instrument.Id ? Pam13.WithCalibration(Fhir.MadeUpPamCalibration) : Instruments.All.First(i => i.Id == id);
        bool notApplicable = instrument.Items.All(i => i.AllowsNotApplicable);
        QuestionnaireMapping mapping = QuestionnaireMapping.ForInstrument(
            instrument, n => n.ToString(CultureInfo.InvariantCulture), notApplicable ? AnswerScheme.NumbersWithNotApplicable : AnswerScheme.Numbers);
        Assert.NotEmpty(instrument.Stages);
        Prop.ForAll(Forms(instrument.Items.Length, instrument.Scale, notApplicable).ToArbitrary(), form =>
        {
            QuestionnaireResponse response = Json(Encode(form), viaJson);
            FhirOutcome<InstrumentResult> scored = FhirScoring.Score(response, mapping);
            if (!scored.IsSuccess)
            {
                return false;
            }

            Observation[] written = [.. ScoreObservations.FromResult(response, scored.Value).Select(o => Json(o, viaJson))];
            int notAsked = 0;
            for (int t = 0; t < instrument.Stages.Length; t++)
            {
                FhirOutcome<ObservedStage> back = ScoreObservations.ReadStage(written, instrument, instrument.Stages[t].Id);
                if (scored.Value.Stage(t).Reason == StageNotComputableReason.NotAsked)
                {
                    // Companion questions not asked (this mapping has no help linkIds) give no Observation.
                    notAsked++;
                    if (back.IsSuccess || back.Issues[0].Code != FhirIssueCode.MissingObservation)
                    {
                        return false;
                    }
                }
                else if (!back.IsSuccess || !back.Value.Matches(scored.Value.Stage(t)))
                {
                    return false;
                }
            }

            return written.Length == instrument.Scores.Length + instrument.Stages.Length - notAsked;
        }).Check(ConfigFor(viaJson));
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public void Fft_answer_to_observation_and_back_gives_the_same_answer(bool viaJson)
    {
        Gen<(FftQuestion, FftAnswer?, bool)> gen =
            Gen.Elements(FftQuestion.Experience2020, FftQuestion.Recommend2013).SelectMany(question =>
                Gen.Elements<FftAnswer?>(null, FftAnswer.VeryGood, FftAnswer.Good, FftAnswer.Neither, FftAnswer.Poor, FftAnswer.VeryPoor, FftAnswer.DontKnow)
                    .SelectMany(answer => Gen.Elements(true, false).Select(asLabel => (question, answer, asLabel))));
        Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            (FftQuestion question, FftAnswer? answer, bool asLabel) = sample;
            QuestionnaireMapping mapping = question == FftQuestion.Experience2020 ? QuestionnaireMappings.FftExperience : QuestionnaireMappings.FftRecommend;
            QuestionnaireResponse response = answer is { } a
                ? Fhir.Response(Fhir.Item("1", asLabel ? new FhirString(Fft.Label(a, question)) : new Integer((int)a)))
                : Fhir.Response();

            FhirOutcome<FftAnswer?> read = FhirScoring.ReadFft(Json(response, viaJson), mapping);
            Observation observation = Json(ScoreObservations.FromFft(response, read.Value, question), viaJson);
            return read.IsSuccess && read.Value == answer && ScoreObservations.ReadFft([observation], question).Value == answer;
        }).Check(ConfigFor(viaJson));
    }
}
