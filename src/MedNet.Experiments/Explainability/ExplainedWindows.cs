// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Signals.Datasets;
using MedNet.Tensors;

namespace MedNet.Experiments.Explainability;

/// <summary>Labelled ECG windows with the R peaks inside each, the input of the [MSA] §3.3 analyses (<see cref="MsaExplanation"/>).</summary>
/// <param name="Source">Dataset and selection, for the notes.</param>
/// <param name="SamplingRate">fs in Hz.</param>
/// <param name="LeadNames">C lead names.</param>
/// <param name="Length">L samples per window.</param>
/// <param name="ClassNames">K class names; <see cref="Labels"/> index them.</param>
/// <param name="Signals">Row-major (N, C, L), z-scored per lead and window.</param>
/// <param name="Labels">Class per window.</param>
/// <param name="RPeaks">R-peak sample indices inside each window (window coordinates), ascending.</param>
/// <param name="Subjects">Patient or record per window: training and explained windows never share one.</param>
/// <param name="IsTrain">True for training windows, false for held-out windows that are explained.</param>
/// <param name="Walls">MI walls per window (PTB-XL), else <see cref="MiWall.None"/>.</param>
/// <param name="PeakSource">Where the R peaks come from: reference annotations or Pan–Tompkins.</param>
public sealed record ExplainedWindows(
    string Source,
    double SamplingRate,
    IReadOnlyList<string> LeadNames,
    int Length,
    IReadOnlyList<string> ClassNames,
    float[] Signals,
    int[] Labels,
    int[][] RPeaks,
    string[] Subjects,
    bool[] IsTrain,
    MiWall[] Walls,
    string PeakSource)
{
    /// <summary>C.</summary>
    public int Leads => LeadNames.Count;

    /// <summary>N.</summary>
    public int Count => Labels.Length;

    /// <summary>Indices of the training windows (or of the held-out ones).</summary>
    /// <param name="train">Which side.</param>
    /// <returns>Window indices, ascending.</returns>
    public int[] Side(bool train)
    {
        var list = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            if (IsTrain[i] == train)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }

    /// <summary>The signals of some windows.</summary>
    /// <param name="indices">Window indices.</param>
    /// <returns>(n, C, L).</returns>
    public Tensor Inputs(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var n = Leads * Length;
        var data = new float[indices.Count * n];
        for (var i = 0; i < indices.Count; i++)
        {
            Signals.AsSpan(indices[i] * n, n).CopyTo(data.AsSpan(i * n, n));
        }

        return torch.tensor(data, [indices.Count, Leads, Length]);
    }

    /// <summary>The QRS and ST-T (R + 100 … 300 ms) priors of some windows, as the guided attention reads them.</summary>
    /// <param name="indices">Window indices.</param>
    /// <returns>(n, 2, L).</returns>
    public Tensor Priors(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var peaks = new int[indices.Count][];
        for (var i = 0; i < indices.Count; i++)
        {
            peaks[i] = RPeaks[indices[i]];
        }

        return MsaPriors.Build(peaks, Length, SamplingRate);
    }

    /// <summary>Class counts over some windows.</summary>
    /// <param name="indices">Window indices.</param>
    /// <returns>One count per class.</returns>
    public int[] ClassCounts(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var counts = new int[ClassNames.Count];
        foreach (var i in indices)
        {
            counts[Labels[i]]++;
        }

        return counts;
    }
}
