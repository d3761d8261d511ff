using System.Data.Common;
using System.Globalization;
using System.Text;

namespace OutcomeScoring.Sql.Tests;

/// <summary>A real database engine the generated SQL runs on: a table of answers is loaded, the query run, every row read back.</summary>
internal abstract class SqlEngine : IDisposable
{
    private int _tables;

    public abstract SqlDialect Dialect { get; }

    protected abstract DbConnection Connection { get; }

    /// <summary>Loads the table (item columns as whole numbers, NULL for a blank; NA as its code), scores it, and returns each row's outputs by name.</summary>
    public List<Dictionary<string, object?>> Score(Instrument instrument, AnswerTable table, IReadOnlyList<string>? itemColumns = null, bool selectList = false, OutcomeScoring.Activation.ICalibration? calibration = null)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"answers_{++_tables}");
        string[] items = [.. itemColumns ?? instrument.Items.Select(i => $"item{i.Number}")];
        Execute(Create(name, items, table));
        Execute(Insert(name, table));
        try
        {
            SqlScoringOptions options = table.Options(itemColumns) with { Calibration = calibration };
            string sql = selectList
                ? $"SELECT {SqlScoring.SelectList(instrument, Dialect, options)} FROM {name} ORDER BY \"id\""
                : SqlScoring.Query(instrument, Dialect, name, options) + "ORDER BY \"id\"";
            return Read(sql);
        }
        finally
        {
            Execute($"DROP TABLE {name}");
        }
    }

    /// <summary>Runs a query and returns its rows by column name.</summary>
    public List<Dictionary<string, object?>> Read(string sql)
    {
        using DbCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        // A Rasch estimate over every PAM-13 answer pattern (32,000 rows) takes longer than a driver's default 30 seconds on a busy machine.
        command.CommandTimeout = 600;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Execute(string sql)
    {
        using DbCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract string TextType { get; }

    private string Create(string name, string[] items, AnswerTable table)
    {
        List<string> columns = ["\"id\" INTEGER", .. items.Select(i => $"\"{i}\" INTEGER")];
        if (table.WithAge)
        {
            columns.Add("\"age\" INTEGER");
        }

        if (table.WithGender)
        {
            columns.Add($"\"gender\" {TextType}");
        }

        columns.AddRange(table.HelpColumns.Select(h => $"\"{h}\" {TextType}"));

        return $"CREATE TABLE {name} ({string.Join(", ", columns)})";
    }

    private static string Insert(string name, AnswerTable table)
    {
        var sql = new StringBuilder($"INSERT INTO {name} VALUES ");
        sql.AppendJoin(", ", table.Rows.Select(row =>
        {
            List<string> values = [Number(row.Id), .. row.Items.Select(c => Value(c, row, table))];
            if (table.WithAge)
            {
                values.Add(row.Age is { } age ? Number(age) : "NULL");
            }

            if (table.WithGender)
            {
                values.Add(row.Gender is { } gender ? $"'{gender.Replace("'", "''", StringComparison.Ordinal)}'" : "NULL");
            }

            if (table.WithHelp)
            {
                values.AddRange(row.Help.Select(h => h is null ? "NULL" : $"'{h}'"));
            }

            return $"({string.Join(", ", values)})";
        }));
        return sql.ToString();
    }

    private static string Value(Cell cell, AnswerRow row, AnswerTable table) =>
        cell.NotApplicable ? Number(table.NotApplicableCode)
        : cell.Value is { } v ? Number(v)
        : row.BlankAsCode && table.NotAnsweredCode is { } code ? Number(code)
        : "NULL";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
