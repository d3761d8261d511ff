namespace OutcomeScoring.Tests;

/// <summary>The byte codes a batch reads for "not answered" and "not applicable", and how a byte decodes.</summary>
public class AnswerCodesTests
{
    [Fact]
    public void A_byte_decodes_to_not_answered_not_applicable_or_the_answer_it_holds()
    {
        var codes = new AnswerCodes(255, 9);
        Assert.Equal(Answer.NotAnswered, codes.Decode(255));
        Assert.Equal(Answer.NotApplicable, codes.Decode(9));
        Assert.Equal(Answer.Of(0), codes.Decode(0));
        Assert.Equal(Answer.Of(8), codes.Decode(8));
        Assert.Equal(Answer.Of(254), codes.Decode(254));
        Assert.Equal((byte)255, codes.NotAnswered);
        Assert.Equal((byte)9, codes.NotApplicable);
    }

    [Fact]
    public void Without_a_not_applicable_code_every_other_byte_is_an_answer()
    {
        var codes = new AnswerCodes(0);
        Assert.Null(codes.NotApplicable);
        Assert.Equal(Answer.NotAnswered, codes.Decode(0));
        Assert.Equal(Answer.Of(9), codes.Decode(9));
        Assert.Equal(Answer.Of(255), codes.Decode(255));
    }

    [Fact]
    public void The_two_codes_must_differ()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new AnswerCodes(7, 7));
        Assert.StartsWith("The codes for not answered and not applicable must differ; both are 7.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("notApplicable", ex.ParamName);
    }

    [Fact]
    public void ToString_names_both_codes()
    {
        Assert.Equal("not answered = 255, not applicable = 9", new AnswerCodes(255, 9).ToString());
        Assert.Equal("not answered = 0", new AnswerCodes(0).ToString());
    }
}
