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
}
