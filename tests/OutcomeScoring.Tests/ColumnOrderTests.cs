using OutcomeScoring.DialogScale;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Tests;

/// <summary>
/// Named column orders declared in a definition (JSON <c>columnOrders</c>): DIALOG's MHSDS and DIALOG+ app orders
/// (specs/dialog.md: sources disagree on positions 6 and 7) as data, and a made-up instrument with the same part.
/// </summary>
public class ColumnOrderTests
{
    private const string MadeUpJson = """
        {
          "id": "made-up",
          "name": "Made-up",
          "source": "a made-up instrument for tests",
          "scale": { "minimum": 0, "maximum": 3 },
          "items": [
            { "number": 1, "topic": "one" },
            { "number": 2, "topic": "two" },
            { "number": 3, "topic": "three" }
          ],
          "columnOrders": [
            { "name": "reversed", "items": [3, 2, 1], "source": "made up" }
          ],
          "scores": [
            { "id": "total", "name": "Total", "items": [1, 2, 3], "aggregate": "sum", "maximumMissing": 0, "source": "made up" }
          ]
        }
        """;

    [Fact]
    public void DIALOG_declares_its_two_column_orders_in_its_definition()
    {
        Assert.Equal(["mhsds", "dialog-plus"], Dialog.Instrument.ColumnOrders.Select(o => o.Name));
        Assert.Equal(Enumerable.Range(1, 11), Dialog.Instrument.ColumnOrders[0].Items);
        Assert.Equal([1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11], Dialog.Instrument.ColumnOrders[1].Items);
        Assert.All(Dialog.Instrument.ColumnOrders, o => Assert.Contains("specs/dialog.md", o.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DialogItemOrder.Mhsds, "mhsds")]
    [InlineData(DialogItemOrder.DialogPlusApp, "dialog-plus")]
    public void DIALOG_s_layout_and_positions_follow_the_declared_order(DialogItemOrder order, string name)
    {
        ColumnOrder declared = Dialog.Instrument.ColumnOrders.Single(o => o.Name == name);
        FormLayout layout = Dialog.Layout(order, DialogCoding.OneToSeven);
        Assert.Equal(declared.Items, layout.ColumnItems);
        Assert.Equal(FormLayout.For(Dialog.Instrument, name).ColumnItems, layout.ColumnItems);
        for (int position = 1; position <= 11; position++)
        {
            DialogDomain domain = Dialog.DomainAt(position, order);
            Assert.Equal(declared.Items[position - 1], (int)domain);
            Assert.Equal(position, Dialog.PositionOf(domain, order));
            Assert.Equal(Dialog.Item(domain).Topic, layout.Topics[position - 1]);
        }
    }

    [Fact]
    public void The_DIALOG_plus_order_swaps_friendships_and_partner_family_only()
    {
        Assert.Equal(DialogDomain.PartnerFamily, Dialog.DomainAt(6, DialogItemOrder.DialogPlusApp));
        Assert.Equal(DialogDomain.Friendships, Dialog.DomainAt(7, DialogItemOrder.DialogPlusApp));
        Assert.Equal(DialogDomain.Friendships, Dialog.DomainAt(6, DialogItemOrder.Mhsds));
    }

    [Fact]
    public void A_made_up_order_round_trips_and_reads_the_columns_it_names()
    {
        Instrument instrument = Instrument.FromJson(MadeUpJson);
        Assert.Equal(new ColumnOrder("reversed", [3, 2, 1], "made up"), Assert.Single(instrument.ColumnOrders));
        Instrument copy = Instrument.FromJson(instrument.ToJson());
        Assert.Equal(instrument.ColumnOrders, copy.ColumnOrders);
        Assert.Equal(instrument.ToJson(), copy.ToJson());
        Assert.Equal(instrument.ColumnOrders, instrument.WithMaximumMissing("total", 1).ColumnOrders);

        FormLayout layout = FormLayout.For(instrument, "REVERSED");
        Assert.Equal("item1", layout.ColumnName(3));
        Assert.Equal("item3", layout.ColumnName(1));
    }

    [Fact]
    public void An_order_the_definition_does_not_declare_is_refused_naming_those_it_does()
    {
        Instrument instrument = Instrument.FromJson(MadeUpJson);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FormLayout.For(instrument, "dialog-plus"));
        Assert.StartsWith("Made-up declares no column order 'dialog-plus'; it declares reversed.", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("CORE-10 declares no column order 'x'; it declares none.", Assert.Throws<ArgumentException>(() => FormLayout.For(Instrument.FromJson(Instruments.Get("core-10").ToJson()), "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_column_orders_is_reported_at_once_with_its_JSON_path()
    {
        string json = MadeUpJson.Replace(
            """{ "name": "reversed", "items": [3, 2, 1], "source": "made up" }""",
            """
            { "name": "short", "items": [1, 2], "source": "made up" },
            { "name": "twice", "items": [1, 1, 4], "source": "made up" },
            { "name": "Short", "items": [3, 2, 1], "source": "made up" },
            { "name": "no spaces", "items": [1, 2, 3], "source": "made up" },
            { "name": "x", "items": [1, 2, 3], "source": "made up", "colour": 1 },
            { "name": "y", "items": "1,2,3", "source": "made up" }
            """,
            StringComparison.Ordinal);
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(json));
        string[] problems = [.. ex.Problems.Select(p => p.ToString())];
        Assert.Contains("$.columnOrders[0].items: Instrument 'made-up': column order 'short' lists 2 items; it must list each of the instrument's 3 items once.", problems);
        Assert.Contains("$.columnOrders[1].items[1]: Instrument 'made-up': column order 'twice' lists item 1 at column 2; it must list each item 1 to 3 once.", problems);
        Assert.Contains("$.columnOrders[1].items[2]: Instrument 'made-up': column order 'twice' lists item 4 at column 3; it must list each item 1 to 3 once.", problems);
        Assert.Contains("$.columnOrders[2].name: Instrument 'made-up': column order 'Short' is defined more than once (names are case-insensitive).", problems);
        Assert.Contains("$.columnOrders[3].name: Instrument 'made-up': column order 4 needs a name of letters, digits and '-'; got 'no spaces'.", problems);
        Assert.Contains(problems, p => p.StartsWith("$.columnOrders[4].colour: unknown property \"colour\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.columnOrders[5].items: ", StringComparison.Ordinal));
        Assert.Equal(7, problems.Length);
    }

    [Fact]
    public void The_constructor_checks_column_orders_with_the_same_paths()
    {
        Instrument core10 = Instruments.Get("core-10");
        InstrumentDefinitionException ex = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            core10.Id, core10.Name, core10.Source, core10.Scale, core10.Items, core10.Scores, core10.ClinicalMultiplier, core10.Direction, core10.Interpretation,
            columnOrders: [new ColumnOrder("backwards", Enumerable.Range(1, 10).Reverse(), " "), null!]));
        Assert.Equal(["$.columnOrders[0].source", "$.columnOrders[1]"], ex.Problems.Select(p => p.Path));
    }
}
