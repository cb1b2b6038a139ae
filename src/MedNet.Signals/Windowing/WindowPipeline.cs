// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Windowing;

/// <summary>The normalise → window chain as one object: a per-channel normaliser fitted on the training table, then the windows of a <see cref="WindowSpec"/>.</summary>
/// <remarks>
/// Source: [DTAAD] <c>preprocess.py</c> (<c>normalize3</c> fitted on the training table and applied to both) and
/// <c>main.py</c> <c>convert_to_windows</c>; [MEDNET] Algorithm 1 (normalise, then window).
/// </remarks>
public sealed class WindowPipeline
{
    private WindowPipeline(ChannelNormaliser normaliser, WindowSpec windows)
    {
        Normaliser = normaliser;
        Windows = windows;
    }

    /// <summary>The normaliser fitted on the training table.</summary>
    public ChannelNormaliser Normaliser { get; }

    /// <summary>How windows are cut.</summary>
    public WindowSpec Windows { get; }

    /// <summary>Fits the normaliser on <paramref name="train"/> and keeps the window spec.</summary>
    /// <param name="train">The training table; its statistics normalise every table the pipeline is applied to.</param>
    /// <param name="normalisation">The per-channel normalisation.</param>
    /// <param name="windows">The window spec (length, stride, alignment, edges, label rule).</param>
    /// <returns>The fitted pipeline.</returns>
    /// <exception cref="ArgumentException">The window spec is invalid (the message lists each problem).</exception>
    public static WindowPipeline Fit(TimeSeriesTable train, Normalisation normalisation, WindowSpec windows)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(windows);
        windows.ThrowIfInvalid("WindowPipeline", nameof(windows));
        return new WindowPipeline(ChannelNormaliser.Fit(train, normalisation), windows);
    }

    /// <summary>Normalises <paramref name="table"/> with the training statistics and cuts it into windows.</summary>
    /// <param name="table">A table with the training table's columns.</param>
    /// <returns>The windows (N, W, C).</returns>
    public WindowTensor Apply(TimeSeriesTable table) => WindowCutter.Cut(Normaliser.Transform(table), Windows);
}
