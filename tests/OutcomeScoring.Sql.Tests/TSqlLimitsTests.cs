using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// T-SQL cannot run here, so its documented limits are checked on the text: SQL Server nests CASE expressions at most 10
/// deep ("Case expressions may only be nested to level 10") and CONCAT_WS takes 2 to 254 values after the separator.
/// Checked for every built-in and generated definitions, in both the whole query and the select list.
/// </summary>
public sealed partial class TSqlLimitsTests
{
    [Fact]
    public void Case_nesting_and_concat_ws_arguments_stay_within_sql_server_s_limits()
    {
        Gen<Instrument> instruments = Gen.OneOf(Gen.Elements([.. EngineEquivalence.Expressible]), Generators.Definitions());
        Prop.ForAll(instruments.ToArbitrary(), instrument =>
        {
            SqlScoringOptions options = new() { KeepColumns = ["id"], AgeColumn = "age", GenderColumn = "gender", NotApplicableCode = 99 };
            foreach (string sql in (string[])[SqlScoring.Query(instrument, SqlDialect.TSql, "t", options), SqlScoring.SelectList(instrument, SqlDialect.TSql, options)])
            {
                (int nesting, int fewest, int most) = Measure(sql);
                Assert.True(nesting <= 10, $"{instrument.Id}: CASE nested {nesting} deep");
                Assert.True(fewest >= 2 && most <= 254, $"{instrument.Id}: CONCAT_WS with {fewest} to {most} values");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    /// <summary>The deepest CASE nesting, and the fewest and most values any CONCAT_WS joins (text literals blanked first).</summary>
    private static (int Nesting, int Fewest, int Most) Measure(string sql)
    {
        string text = Literal().Replace(sql, "''");
        int depth = 0, deepest = 0;
        foreach (Match token in Token().Matches(text))
        {
            depth += token.Value == "CASE" ? 1 : -1;
            deepest = Math.Max(deepest, depth);
        }

        List<int> counts = [];
        for (int at = text.IndexOf("CONCAT_WS(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("CONCAT_WS(", at + 1, StringComparison.Ordinal))
        {
            int level = 0, commas = 0;
            for (int i = at + "CONCAT_WS(".Length; i < text.Length && level >= 0; i++)
            {
                level += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                commas += text[i] == ',' && level == 0 ? 1 : 0;
            }

            counts.Add(commas);
        }

        return (deepest, counts.Count == 0 ? 2 : counts.Min(), counts.Count == 0 ? 2 : counts.Max());
    }

    [GeneratedRegex("N'(?:[^']|'')*'")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\bCASE\b|\bEND\b")]
    private static partial Regex Token();
}
