using MedNet.Viz.Tables;

namespace MedNet.Viz.Tests.Tables;

public class PaperComparisonTableTests
{
    private static PaperComparisonTable Sample() => new PaperComparisonTable("[MEDNET] Table 2", 0.01)
        .AddRun("F1", 0.99978, 0.99500, "5 epochs instead of 20")
        .AddRun("Precision", 0.99957, 0.95)
        .AddNotRun("ROC-AUC", 0.99961, "ECG_DATA is not public");

    [Fact]
    public void ToHtml_DifferenceBeyondTolerance_IsHighlighted()
    {
        var html = Sample().ToHtml();

        Assert.Equal(1, Sample().ExceedingCount);
        Assert.Contains("mednet-exceeds", html);
        Assert.Contains("-0.0496 *", html);
        Assert.Contains("-0.0048<", html);
    }

    [Fact]
    public void ToHtml_NotRun_ShowsReasonAndNoDifference()
    {
        var html = Sample().ToHtml();

        Assert.Contains("<em>not run</em>: ECG_DATA is not public", html);
    }

    [Fact]
    public void ToHtml_Caption_StatesTolerance()
    {
        Assert.Contains("highlighted where |difference| &gt; 0.01", Sample().ToHtml());
    }

    [Fact]
    public void Add_MissingValueWithoutReason_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PaperComparisonTable("t", 0.1).Add(new ComparisonRow("F1", 0.9, null)));

        Assert.Contains("expected a reason for the missing reproduced value", ex.Message);
    }

    [Fact]
    public void Constructor_NegativeTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PaperComparisonTable("t", -1));
    }

    [Fact]
    public void ToPlainText_MarksExceedingRowAndExplainsMarker()
    {
        var text = Sample().ToPlainText();

        Assert.Contains("-0.0496 *", text);
        Assert.Contains("* |difference| > tolerance", text);
        Assert.Contains("not run: ECG_DATA is not public", text);
    }

    [Fact]
    public void Exceeds_NaNDifference_CountsAsExceeding()
    {
        Assert.True(new ComparisonRow("x", 1, double.NaN).Exceeds(0.5));
    }

    [Fact]
    public void ToMarkdown_MarksDifferencesBeyondToleranceAndNotRunRows()
    {
        var md = new PaperComparisonTable("T", 0.01)
            .AddRun("F1", 0.9, 0.95, "n|a")
            .AddRun("Recall", 1.0, 0.995)
            .AddNotRun("TP", 2600, "no data")
            .AddRun("Threshold", null, 0.5)
            .ToMarkdown();
        var lines = md.Split(Environment.NewLine);

        Assert.Equal("**T** (difference = reproduced − paper; * where |difference| > 0.01)", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("| Metric | Paper | Reproduced | Difference | Protocol note |", lines[2]);
        Assert.Equal("|---|---:|---:|---:|---|", lines[3]);
        Assert.Equal("| F1 | 0.90000 | 0.95000 | 0.05000 * | n\\|a |", lines[4]);
        Assert.Equal("| Recall | 1.00000 | 0.99500 | -0.00500 |  |", lines[5]);
        Assert.Equal("| TP | 2600.00000 | not run: no data | — |  |", lines[6]);
        Assert.Equal("| Threshold | not reported | 0.50000 | — |  |", lines[7]);
        Assert.Equal("", lines[8]);
    }

    [Fact]
    public void ToMarkdown_Digits_IsIndependentOfTheDisplayDigits()
    {
        var table = new PaperComparisonTable("T", 0.5) { Digits = 2 }.AddRun("F1", 0.9, double.NaN);

        Assert.Contains("| F1 | 0.900 | NaN | NaN * |  |", table.ToMarkdown(3));
        Assert.Contains("0.90", table.ToPlainText());
    }

    [Fact]
    public void Add_RowWithBothValueAndReason_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new PaperComparisonTable("t", 0.1).Add(new ComparisonRow("F1", 0.9, 0.8, NotRunReason: "no data")));

        Assert.Contains("expected either a reproduced value or a not-run reason but got both", ex.Message);
    }

    [Fact]
    public void Difference_IsReproducedMinusPaperOrNullWhenEitherIsMissing()
    {
        Assert.Equal(-0.25, new ComparisonRow("F1", 1.0, 0.75).Difference);
        Assert.Null(new ComparisonRow("F1", null, 0.75).Difference);
        Assert.Null(new ComparisonRow("F1", 1.0, null, NotRunReason: "no data").Difference);
    }
}
