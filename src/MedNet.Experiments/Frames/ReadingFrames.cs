// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Frames;

/// <summary>Paper-vs-readings tables and switch studies as DataFrames: one row per figure, means and sample sds as columns.</summary>
public static class ReadingFrames
{
    /// <summary>One row per paper figure: table, metric, paper, authors' code reading (mean, sd, n), kit's reading (mean, sd, n), note.</summary>
    /// <param name="rows">The rows, e.g. <c>PaperReadings.Rows</c>.</param>
    /// <returns>The frame; a missing value is NaN (an sd of one seed too).</returns>
    public static DataFrame Readings(IReadOnlyList<ReadingsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var n = rows.Count;
        var table = new StringDataFrameColumn("table", n);
        var metric = new StringDataFrameColumn("metric", n);
        var paper = new DoubleDataFrameColumn("paper", n);
        var authors = new DoubleDataFrameColumn("authors_code_mean", n);
        var authorsSd = new DoubleDataFrameColumn("authors_code_sd", n);
        var authorsN = new Int32DataFrameColumn("authors_code_seeds", n);
        var kit = new DoubleDataFrameColumn("kit_mean", n);
        var kitSd = new DoubleDataFrameColumn("kit_sd", n);
        var kitN = new Int32DataFrameColumn("kit_seeds", n);
        var note = new StringDataFrameColumn("note", n);
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            table[i] = r.Table;
            metric[i] = r.Metric;
            paper[i] = r.Paper ?? double.NaN;
            authors[i] = r.AuthorsCode?.Mean ?? double.NaN;
            authorsSd[i] = r.AuthorsCode?.Sd ?? double.NaN;
            authorsN[i] = r.AuthorsCode?.Count ?? 0;
            kit[i] = r.Kit?.Mean ?? double.NaN;
            kitSd[i] = r.Kit?.Sd ?? double.NaN;
            kitN[i] = r.Kit?.Count ?? 0;
            note[i] = r.Note;
        }

        return new DataFrame(table, metric, paper, authors, authorsSd, authorsN, kit, kitSd, kitN, note);
    }

    /// <summary>One row per variant of a switch study: the switches on, F1 (mean, sd), ΔF1 against the baseline (mean, min, max), raw F1, score ROC-AUC, combined F1, last channel's recall.</summary>
    /// <param name="rows">The rows, e.g. <c>PaperReadings.Switches</c>.</param>
    /// <returns>The frame.</returns>
    public static DataFrame Switches(IReadOnlyList<SwitchEffectRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var n = rows.Count;
        var variant = new StringDataFrameColumn("variant", n);
        var on = new StringDataFrameColumn("switches_on", n);
        var f1 = new DoubleDataFrameColumn("f1", n);
        var f1Sd = new DoubleDataFrameColumn("f1_sd", n);
        var delta = new DoubleDataFrameColumn("delta_f1", n);
        var deltaMin = new DoubleDataFrameColumn("delta_f1_min", n);
        var deltaMax = new DoubleDataFrameColumn("delta_f1_max", n);
        var raw = new DoubleDataFrameColumn("raw_f1", n);
        var auc = new DoubleDataFrameColumn("score_roc_auc", n);
        var combined = new DoubleDataFrameColumn("combined_f1", n);
        var recall = new DoubleDataFrameColumn("last_channel_recall", n);
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            variant[i] = r.Variant;
            on[i] = r.SwitchesOn;
            f1[i] = r.F1.Mean;
            f1Sd[i] = r.F1.Sd ?? double.NaN;
            delta[i] = r.DeltaF1.Mean;
            deltaMin[i] = r.DeltaF1.Min;
            deltaMax[i] = r.DeltaF1.Max;
            raw[i] = r.RawF1.Mean;
            auc[i] = r.ScoreRocAuc.Mean;
            combined[i] = r.CombinedF1.Mean;
            recall[i] = r.LastChannelRecall.Mean;
        }

        return new DataFrame(variant, on, f1, f1Sd, delta, deltaMin, deltaMax, raw, auc, combined, recall);
    }
}
