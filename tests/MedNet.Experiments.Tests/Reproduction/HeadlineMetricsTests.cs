// SPDX-License-Identifier: MIT
using MedNet.Experiments.Reproduction;

namespace MedNet.Experiments.Tests.Reproduction;

public class HeadlineMetricsTests
{
    [Fact]
    public void For_DetectionPrefix_PrintsTheFourFiguresInOrder()
    {
        var h = HeadlineMetrics.For("x.adjusted", "d");
        var values = new Dictionary<string, double> { ["x.adjusted.f1"] = 0.5, ["x.adjusted.precision"] = 0.25, ["x.adjusted.recall"] = 1, ["x.adjusted.roc_auc"] = 0.123456 };
        Assert.Equal("f1=0.50000 precision=0.25000 recall=1.00000 roc_auc=0.12346", h.Format(m => values[m]));
        Assert.Equal("f1=… precision=… recall=… roc_auc=…", h.Pattern);
    }

    [Fact]
    public void Format_OtherFigures_PrintsTheirLabels()
    {
        var h = new HeadlineMetrics([new("accuracy", "overall.accuracy"), new("macro_f1", "macro.f1")], "a classifier");
        Assert.Equal("accuracy=0.90000 macro_f1=0.80000", h.Format(m => m == "overall.accuracy" ? 0.9 : 0.8));
    }
}
