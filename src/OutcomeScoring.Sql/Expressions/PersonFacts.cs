using OutcomeScoring.Forms;
using static OutcomeScoring.Sql.Expressions.SqlExpr;

namespace OutcomeScoring.Sql.Expressions;

/// <summary>
/// The age and gender that select a cut-off, read as <c>score</c> reads them (<see cref="FormCells.TryReadGender"/> and
/// <see cref="FormCells.TryReadAge"/>): gender <c>M</c>, <c>male</c>, <c>1</c> or <c>F</c>, <c>female</c>, <c>2</c> in any
/// case; <c>9</c>, <c>X</c> and blank give no gender; anything else is a problem, as is a negative age.
/// </summary>
internal sealed class PersonFacts
{
    private static readonly string[] Male = ["M", "MALE", "1"];
    private static readonly string[] Female = ["F", "FEMALE", "2"];
    private static readonly string[] NoGender = ["", "9", "X"];

    /// <summary>Reads the columns; <paramref name="readAge"/> is false where <c>score</c> reads the gender alone (<c>--reference</c> columns).</summary>
    public PersonFacts(string? ageColumn, string? genderColumn, bool readAge)
    {
        string prefix = ItemFacts.FactPrefix;
        SqlExpr? age = readAge && ageColumn is not null ? new Column(ageColumn) : null;
        SqlExpr? gender = genderColumn is not null ? new Column(genderColumn) : null;
        HasColumns = age is not null || gender is not null;
        Age = age is null ? new Null(SqlType.Integer) : new Fact(prefix + "age", age);
        if (gender is null)
        {
            Gender = new Null(SqlType.Integer);
        }
        else
        {
            SqlExpr code = new TrimUpper(new Cast(gender, SqlType.Text));
            Gender = new Fact(prefix + "gender", new Case([(new In(code, Texts(Male)), new Int(1)), (new In(code, Texts(Female)), new Int(2))]));
        }

        List<(SqlExpr, SqlExpr)> problems = [];
        if (age is not null)
        {
            // TryReadAge reads digits only, so a negative whole number is not a number of years.
            problems.Add((new Compare("<", age, new Int(0)), new Concat([new Text($"{FormCells.AgeColumn}: '"), new Cast(age, SqlType.Text), new Text("' is not a whole number of years")])));
        }

        if (gender is not null)
        {
            SqlExpr code = new TrimUpper(new Cast(gender, SqlType.Text));
            problems.Add((
                new And([new Not(new IsNull(gender)), new Not(new In(code, Texts([.. NoGender, .. Male, .. Female])))]),
                new Concat([new Text($"{FormCells.GenderColumn}: '"), new SqlExpr.Trim(new Cast(gender, SqlType.Text)), new Text("' is not M, F, male, female, 1, 2, 9 or X")])));
        }

        Problem = problems.Count == 0 ? new Null(SqlType.Text) : new Fact(prefix + "person_problem", new Case(problems));
        SqlExpr noAge = age is null ? new Truth(true) : new IsNull(age);
        SqlExpr noGender = gender is null ? new Truth(true) : new Or([new IsNull(gender), new Compare("=", new SqlExpr.Trim(new Cast(gender, SqlType.Text)), new Text(""))]);
        Blank = HasColumns ? new Fact(prefix + "person_blank", new Case([(new And([noAge, noGender]), new Int(1))], new Int(0))) : new Int(1);
    }

    /// <summary>Whether an age or gender column was given.</summary>
    public bool HasColumns { get; }

    /// <summary>The age, NULL when unknown (or no column).</summary>
    public SqlExpr Age { get; }

    /// <summary>The gender for cut-off purposes: 1 male, 2 female, NULL for none.</summary>
    public SqlExpr Gender { get; }

    /// <summary><c>score</c>'s message for an age or gender that cannot be read (the age first), NULL when both can.</summary>
    public SqlExpr Problem { get; }

    /// <summary>1 when both age and gender are blank (or have no column), else 0.</summary>
    public SqlExpr Blank { get; }

    /// <summary>The code a <see cref="OutcomeScoring.Gender"/> has in <see cref="Gender"/>.</summary>
    public static int Code(Gender gender) => gender == OutcomeScoring.Gender.Male ? 1 : 2;

    private static SqlExpr[] Texts(IEnumerable<string> values) => [.. values.Select(v => new Text(v))];
}
