// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>The normalise → window chain as one object: a per-channel normaliser fitted on the training table, then sliding windows.</summary>
/// <remarks>
/// Source: [DTAAD] <c>preprocess.py</c> (<c>normalize3</c> fitted on the training table and applied to both) and
/// <c>main.py</c> <c>convert_to_windows</c>; [MEDNET] Algorithm 1 (normalise, then window).
/// </remarks>
public sealed class WindowPipeline
{
    private WindowPipeline(ChannelNormaliser normaliser, WindowOptions windows)
    {
        Normaliser = normaliser;
        Windows = windows;
    }

    /// <summary>The normaliser fitted on the training table.</summary>
    public ChannelNormaliser Normaliser { get; }

    /// <summary>How windows are cut.</summary>
    public WindowOptions Windows { get; }

    /// <summary>Fits the normaliser on <paramref name="train"/> and keeps the window options.</summary>
    /// <param name="train">The training table; its statistics normalise every table the pipeline is applied to.</param>
    /// <param name="normalisation">The per-channel normalisation.</param>
    /// <param name="windows">Window length, stride and leading-window rule.</param>
    /// <returns>The fitted pipeline.</returns>
    /// <exception cref="ArgumentException">The window options are invalid (the message lists each problem).</exception>
    public static WindowPipeline Fit(TimeSeriesTable train, Normalisation normalisation, WindowOptions windows)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(windows);
        var problems = windows.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"WindowPipeline: invalid window options: {string.Join(" ", problems)}", nameof(windows));
        }

        return new WindowPipeline(ChannelNormaliser.Fit(train, normalisation), windows);
    }

    /// <summary>Normalises <paramref name="table"/> with the training statistics and cuts it into windows.</summary>
    /// <param name="table">A table with the training table's columns.</param>
    /// <returns>The windows (N, W, C).</returns>
    public WindowTensor Apply(TimeSeriesTable table) => SlidingWindows.Create(Normaliser.Transform(table), Windows);
}
