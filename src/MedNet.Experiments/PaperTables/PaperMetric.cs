// SPDX-License-Identifier: MIT
using MedNet.Experiments.Metrics;
using MedNet.Experiments.Runs;
namespace MedNet.Experiments.PaperTables;

/// <summary>One reported number and the metric of a run that reproduces it.</summary>
/// <param name="Key">Registry key in <see cref="ReportedResults"/>, e.g. <c>MEDNET/T3/MED-Net-MBA-50ep/F1</c>.</param>
/// <param name="Metric">Name of the metric in <see cref="ExperimentResult.Metrics"/>, e.g. <c>channel_average.adjusted.f1</c>.</param>
/// <param name="Note">What the row's protocol note should always say (e.g. "channel mean, D-MN-04"), or null.</param>
public sealed record PaperMetric(string Key, string Metric, string? Note = null)
{
    /// <summary>The row label: the key's last part (the paper's column), e.g. <c>F1</c>.</summary>
    public string Label => Key[(Key.LastIndexOf('/') + 1)..];

    /// <summary>
    /// The nine columns of a [MEDNET] detection table (Tables 1–4: F1, precision, recall, TP, TN, FP, FN, ROC-AUC,
    /// threshold), mapped to the point-adjusted channel-average metrics of <see cref="PotMetrics"/>.
    /// </summary>
    /// <param name="reportedRow">Registry row, e.g. <c>MEDNET/T3/MED-Net-MBA-50ep</c>.</param>
    /// <param name="countsNote">Note on the TP/TN/FP/FN rows (how the counts compare).</param>
    /// <param name="thresholdNote">Note on the threshold row.</param>
    /// <returns>The rows in the tables' column order.</returns>
    public static IReadOnlyList<PaperMetric> DetectionTable(string reportedRow, string countsNote, string thresholdNote)
    {
        const string m = PotMetrics.ChannelAverage + "." + PotMetrics.Adjusted + ".";
        return
        [
            new($"{reportedRow}/F1", m + "f1", "point-adjusted"),
            new($"{reportedRow}/Precision", m + "precision"),
            new($"{reportedRow}/Recall", m + "recall"),
            new($"{reportedRow}/TP", m + "tp", countsNote),
            new($"{reportedRow}/TN", m + "tn", countsNote),
            new($"{reportedRow}/FP", m + "fp", countsNote),
            new($"{reportedRow}/FN", m + "fn", countsNote),
            new($"{reportedRow}/ROC-AUC", m + "roc_auc", "from 0/1 predictions (D-MN-07)"),
            new($"{reportedRow}/Threshold", m + "threshold", thresholdNote),
        ];
    }
}
