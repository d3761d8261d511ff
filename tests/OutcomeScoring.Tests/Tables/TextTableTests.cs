using System.Globalization;
using OutcomeScoring.Tables;

namespace OutcomeScoring.Tests.Tables;

/// <summary>Aligned text and Markdown tables for scripts.</summary>
public class TextTableTests
{
    private static readonly IReadOnlyList<object?>[] Rows = [["North", 41, 0.5], ["All teams", 178, null]];

    [Fact]
    public void An_aligned_table_pads_text_left_and_numbers_right_with_a_rule_and_no_trailing_spaces()
    {
        string table = TextTable.Format(["team", "pairs", "rate"], Rows);

        Assert.Equal("team       pairs  rate\n---------  -----  ----\nNorth         41   0.5\nAll teams    178\n", table);
    }

    [Fact]
    public void A_markdown_table_right_aligns_number_columns_and_escapes_bars()
    {
        string table = TextTable.Format(["team", "pairs"], [["a|b", 1], ["c", 22]], TableStyle.Markdown);

        Assert.Equal("| team | pairs |\n|---|--:|\n| a\\|b | 1 |\n| c | 22 |\n", table);
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_and_a_column_with_text_is_left_aligned()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
            Assert.Equal("x\n---\n1.5\nn/a\n", TextTable.Format(["x"], [[1.5], ["n/a"]]));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_row_of_the_wrong_width_an_empty_header_and_an_unknown_style_are_refused()
    {
        Assert.Equal("Row 2 has 1 cells; the header has 2 columns. (Parameter 'rows')", Assert.Throws<ArgumentException>(() => TextTable.Format(["a", "b"], [[1, 2], [1]])).Message);
        Assert.Throws<ArgumentException>(() => TextTable.Format([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextTable.Format(["a"], [], (TableStyle)7));
        Assert.Throws<ArgumentNullException>(() => TextTable.Format(["a"], null!));
    }
}
