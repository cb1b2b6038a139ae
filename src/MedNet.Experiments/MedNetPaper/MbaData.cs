// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using MedNet.Models.Data;
using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;
using MedNet.Tensors;
using MedNet.Tensors.Random;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>The MBA benchmark as the MBA experiments use it: the dataset, the folder it came from and its fingerprint.</summary>
/// <param name="Dataset">Train and test (7680, 2) in mV and point labels (7680, 2).</param>
/// <param name="Folder">The folder read (MEDNET_DATA/mba, data/mba or ../shared/data/mba).</param>
/// <param name="Fingerprint">SHA-256 of train.csv, test.csv and labels.csv.</param>
/// <remarks>Source: [MEDNET] §5.2; [DTAAD] <c>preprocess.py</c>. Differs: D-MN-21 (train = test, every beat labelled).</remarks>
public sealed record MbaData(TimeSeriesDataset Dataset, string Folder, string Fingerprint)
{
    /// <summary>Loads MBA from the first data root that has it, searching from the context's repository.</summary>
    /// <param name="ctx">The run context (its repository root starts the search).</param>
    /// <returns>The data.</returns>
    /// <exception cref="DirectoryNotFoundException">No mba/ folder under MEDNET_DATA, data/ or ../shared/data.</exception>
    public static MbaData Load(RunContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return Load(ctx.RepositoryRoot);
    }

    /// <summary>Loads MBA from the first data root that has it, searching for the repository from <paramref name="startDirectory"/>.</summary>
    /// <param name="startDirectory">Where the repository search starts; null for the current directory.</param>
    /// <returns>The data.</returns>
    /// <exception cref="DirectoryNotFoundException">No mba/ folder under MEDNET_DATA, data/ or ../shared/data.</exception>
    public static MbaData Load(string? startDirectory)
    {
        var folder = MbaDataset.Locate(startDirectory);
        var dataset = MbaDataset.Load(folder);
        var fingerprint = DataFingerprint.OfFiles(
            [Path.Combine(folder, "train.csv"), Path.Combine(folder, "test.csv"), Path.Combine(folder, "labels.csv")]);
        return new MbaData(dataset, folder, fingerprint);
    }

    /// <summary>Channels C (2 for MBA).</summary>
    public int Channels => Dataset.Train.Columns;

    /// <summary>Point labels, row-major (T, C).</summary>
    public double[] Labels => (Dataset.Labels ?? throw new InvalidOperationException("MbaData: expected point labels but the dataset has none.")).Values;

    /// <summary>Normalised, windowed train and test series for a recipe.</summary>
    /// <param name="normalisation">Normalisation fitted on the training table.</param>
    /// <param name="windowSize">Window length W.</param>
    /// <returns>Train and test windows, each (N, C, W) channel-first, N = T (DTAAD's windows, D-MN-20).</returns>
    public (Tensor Train, Tensor Test) Windows(Normalisation normalisation, int windowSize) =>
        Windows(normalisation, windowSize, TrainingRowOrder.Ordered, 0);

    /// <summary>Normalised, windowed train and test series, the training rows optionally shuffled before windowing.</summary>
    /// <param name="normalisation">Normalisation fitted on the training table (in time order; min-max and z-score do not depend on the order).</param>
    /// <param name="windowSize">Window length W.</param>
    /// <param name="rows">Order of the training rows before windowing (D-MN-23); the test rows keep their order.</param>
    /// <param name="seed">Seed of the permutation under <see cref="TrainingRowOrder.Shuffled"/> (a generator of its own, so the model's initialisation is unchanged).</param>
    /// <returns>Train and test windows, each (N, C, W) channel-first, N = T.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is not a defined order.</exception>
    public (Tensor Train, Tensor Test) Windows(Normalisation normalisation, int windowSize, TrainingRowOrder rows, int seed)
    {
        var pipeline = WindowPipeline.Fit(Dataset.Train, normalisation, WindowSpec.Dtaad(windowSize));
        var train = rows switch
        {
            TrainingRowOrder.Ordered => Dataset.Train,
            TrainingRowOrder.Shuffled => ShuffleRows(Dataset.Train, seed),
            _ => throw new ArgumentOutOfRangeException(nameof(rows), rows, $"MbaData.Windows: expected one of {string.Join(", ", Enum.GetNames<TrainingRowOrder>())}."),
        };
        return (WindowTensors.ChannelFirst(pipeline.Apply(train)), WindowTensors.ChannelFirst(pipeline.Apply(Dataset.Test)));
    }

    /// <summary>The table with its rows in a random order (Fisher–Yates, the kit's generator seeded with <paramref name="seed"/>).</summary>
    /// <param name="table">Rows (T, C).</param>
    /// <param name="seed">Seed ≥ 0.</param>
    /// <returns>A new table (T, C) whose row i is row π(i) of <paramref name="table"/>.</returns>
    public static TimeSeriesTable ShuffleRows(TimeSeriesTable table, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        var order = new int[table.Rows];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var generator = new Generator((ulong)seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(generator.NextDouble() * (i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        var c = table.Columns;
        var values = new double[table.Values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            table.Values.AsSpan(order[i] * c, c).CopyTo(values.AsSpan(i * c, c));
        }

        return new TimeSeriesTable(values, table.Rows, table.ColumnNames);
    }
}
