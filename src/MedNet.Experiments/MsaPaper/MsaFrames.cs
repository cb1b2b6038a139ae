// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Models.Complexity;
using MedNet.Signals.Splits;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The [MSA] notebooks' tables as DataFrames: class counts per split side, the Table 2 ladder's sizes beside the paper's,
/// a network's parameters and FLOPs per component, and per-class figures beside §3.1's AUROCs. Paper values come from <see cref="ReportedResults"/>.</summary>
public static class MsaFrames
{
    /// <summary>Beats per AAMI class: all loaded beats, then the training and test side of each fold.</summary>
    /// <param name="data">The beats.</param>
    /// <param name="folds">Folds of <see cref="MsaSplits.Folds"/>; may be empty.</param>
    /// <returns>One row per class (N, S, V, F, Q) and a total row; columns <c>class</c>, <c>all</c>, then <c>fold{k}_train</c>, <c>fold{k}_test</c>.</returns>
    public static DataFrame ClassCounts(MsaBeatData data, IReadOnlyList<SubjectFold> folds)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folds);
        var k = MsaBeatData.ClassNames.Count;
        var names = new StringDataFrameColumn("class", k + 1);
        var columns = new List<DataFrameColumn> { names };
        void Add(string title, long[] counts)
        {
            var column = new Int64DataFrameColumn(title, k + 1);
            long total = 0;
            for (var c = 0; c < k; c++)
            {
                column[c] = counts[c];
                total += counts[c];
            }

            column[k] = total;
            columns.Add(column);
        }

        for (var c = 0; c < k; c++)
        {
            names[c] = MsaBeatData.ClassNames[c];
        }

        names[k] = "total";
        Add("all", data.ClassCounts());
        foreach (var f in folds)
        {
            Add($"fold{f.Fold}_train", data.ClassCounts(f.TrainIndices));
            Add($"fold{f.Fold}_test", data.ClassCounts(f.TestIndices));
        }

        return new DataFrame(columns);
    }

    /// <summary>Each Table 2 row built at its widths: parameters and FLOPs per 10 s segment beside the paper's parameters (the row's label must be a Table 2 row of the registry).</summary>
    /// <param name="rows">The rows (e.g. <see cref="MsaTable2.Rows"/>, the paper's widths, 1 lead).</param>
    /// <param name="length">Samples per segment. Default: 3600 (10 s at 360 Hz).</param>
    /// <returns>Columns <c>row</c>, <c>parameters_m</c>, <c>paper_parameters_m</c>, <c>ratio</c> (ours ÷ paper), <c>gflops</c>; rows in the given order.</returns>
    /// <remarks>Builds each network from the default generator (seeded with 0 first); the counts do not depend on the seed.</remarks>
    public static DataFrame LadderSizes(IReadOnlyList<MsaModelSpec> rows, int length = MsaExperiment.SegmentLength)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var label = new StringDataFrameColumn("row", rows.Count);
        var ours = new DoubleDataFrameColumn("parameters_m", rows.Count);
        var paper = new DoubleDataFrameColumn("paper_parameters_m", rows.Count);
        var ratio = new DoubleDataFrameColumn("ratio", rows.Count);
        var flops = new DoubleDataFrameColumn("gflops", rows.Count);
        torch.manual_seed(0);
        for (var i = 0; i < rows.Count; i++)
        {
            var model = rows[i].Build();
            label[i] = rows[i].Label;
            ours[i] = model.parameter_count() / 1e6;
            paper[i] = ReportedResults.Get($"MSA/T2/{rows[i].Label}/Parameters").Value;
            ratio[i] = ours[i] / paper[i];
            flops[i] = rows[i].Flops(model, length).Flops / 1e9;
        }

        return new DataFrame(label, ours, paper, ratio, flops);
    }

    /// <summary>Parameters and FLOPs of each top-level component of a network (stem, blocks, attention, LSTM, head).</summary>
    /// <param name="model">A network that counts its FLOPs.</param>
    /// <param name="report">Its FLOP report (<see cref="MsaModelSpec.Flops"/>); entries are named <c>component.layer</c>.</param>
    /// <returns>Columns <c>component</c>, <c>parameters</c>, <c>mflops</c>, <c>flop_share</c>; in registration order, then an
    /// <c>(outside modules)</c> row for operations counted outside any child (pooling, activations), then a total row.</returns>
    public static DataFrame Components(Module<Tensor, Tensor> model, FlopReport report)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(report);
        var children = model.named_children().ToList();
        var n = children.Count + 2;
        var name = new StringDataFrameColumn("component", n);
        var parameters = new Int64DataFrameColumn("parameters", n);
        var mflops = new DoubleDataFrameColumn("mflops", n);
        var share = new DoubleDataFrameColumn("flop_share", n);
        var total = (double)report.Flops;
        double inside = 0;
        for (var i = 0; i < children.Count; i++)
        {
            var (child, module) = children[i];
            name[i] = child;
            parameters[i] = module.parameter_count();
            var f = report.FlopsOf(child);
            inside += f;
            mflops[i] = f / 1e6;
            share[i] = total > 0 ? f / total : double.NaN;
        }

        name[n - 2] = "(outside modules)";
        parameters[n - 2] = 0;
        mflops[n - 2] = (total - inside) / 1e6;
        share[n - 2] = total > 0 ? (total - inside) / total : double.NaN;

        name[n - 1] = "total";
        parameters[n - 1] = model.parameter_count();
        mflops[n - 1] = total / 1e6;
        share[n - 1] = 1;
        return new DataFrame(name, parameters, mflops, share);
    }

    /// <summary>Per-class figures of one network from a run's metrics (<see cref="MsaMetrics"/>) beside §3.1's per-class AUROCs.</summary>
    /// <param name="metrics">The run's metrics.</param>
    /// <param name="id">The network's metric prefix, e.g. <c>hf</c>.</param>
    /// <returns>Columns <c>class</c>, <c>support</c>, <c>sensitivity</c>, <c>specificity</c>, <c>f1</c>, <c>auroc</c>, <c>paper_auroc</c> (NaN where absent).</returns>
    /// <exception cref="ArgumentException">The metrics hold no per-class figures for <paramref name="id"/>.</exception>
    public static DataFrame PerClass(IReadOnlyDictionary<string, double> metrics, string id)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var k = MsaBeatData.ClassNames.Count;
        if (!metrics.ContainsKey($"{id}.{MsaBeatData.ClassNames[0]}.support"))
        {
            throw new ArgumentException($"MsaFrames.PerClass: the metrics hold no '{id}.<class>.support'; known prefixes are those of the run's networks.", nameof(id));
        }

        var name = new StringDataFrameColumn("class", k);
        string[] keys = ["support", "sensitivity", "specificity", "f1", "auroc"];
        var values = keys.Select(key => new DoubleDataFrameColumn(key, k)).ToArray();
        var paper = new DoubleDataFrameColumn("paper_auroc", k);
        for (var c = 0; c < k; c++)
        {
            var cls = MsaBeatData.ClassNames[c];
            name[c] = cls;
            for (var j = 0; j < keys.Length; j++)
            {
                values[j][c] = metrics.TryGetValue($"{id}.{cls}.{keys[j]}", out var v) ? v : double.NaN;
            }

            paper[c] = ReportedResults.Get($"MSA/S3.1/{cls}/AUROC").Value;
        }

        return new DataFrame([name, .. values, paper]);
    }

    /// <summary>The pooled confusion matrix of one network from a run's metrics (<c>&lt;id&gt;.confusion.&lt;true&gt;.&lt;predicted&gt;</c>).</summary>
    /// <param name="metrics">The run's metrics.</param>
    /// <param name="id">The network's metric prefix.</param>
    /// <returns>(K, K) counts, row = true class.</returns>
    /// <exception cref="ArgumentException">A cell is missing.</exception>
    public static long[,] Confusion(IReadOnlyDictionary<string, double> metrics, string id)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var names = MsaBeatData.ClassNames;
        var counts = new long[names.Count, names.Count];
        for (var a = 0; a < names.Count; a++)
        {
            for (var p = 0; p < names.Count; p++)
            {
                var key = $"{id}.confusion.{names[a]}.{names[p]}";
                counts[a, p] = metrics.TryGetValue(key, out var v)
                    ? (long)v
                    : throw new ArgumentException($"MsaFrames.Confusion: the metrics hold no '{key}'.", nameof(id));
            }
        }

        return counts;
    }
}
