// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>How a (T, C) series is cut into windows of W rows.</summary>
/// <remarks>Source: [MEDNET] §3.2.1 (sliding windows, stride 1) and §4.4 / Appendix (non-overlapping windows for ECG_DATA).</remarks>
public sealed record WindowOptions
{
    /// <summary>Window length W in samples, ≥ 1. [MEDNET] §3.4.5: 128 for MED-Net's local TCN; DTAAD's default is 10.</summary>
    public int Length { get; init; } = 10;

    /// <summary>Step between window starts in samples, ≥ 1. Default: 1 (overlapping). W gives non-overlapping windows.</summary>
    public int Stride { get; init; } = 1;

    /// <summary>Handling of the first time steps. Default: <see cref="LeadingWindows.Skip"/>.</summary>
    public LeadingWindows Leading { get; init; } = LeadingWindows.Skip;

    /// <summary>Overlapping windows, stride 1, no padding: N = T − W + 1.</summary>
    /// <param name="length">W in samples.</param>
    /// <returns>The options.</returns>
    public static WindowOptions Sliding(int length) => new() { Length = length };

    /// <summary>Non-overlapping windows (stride W); a tail shorter than W is dropped and counted.</summary>
    /// <param name="length">W in samples.</param>
    /// <returns>The options.</returns>
    public static WindowOptions NonOverlapping(int length) => new() { Length = length, Stride = length };

    /// <summary>DTAAD's windows: one per time step, left-padded by repeating the first row (N = T).</summary>
    /// <param name="length">W in samples.</param>
    /// <returns>The options.</returns>
    public static WindowOptions Dtaad(int length) => new() { Length = length, Leading = LeadingWindows.DtaadRepeatFirstRow };

    /// <summary>Returns every problem with these settings; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Length < 1)
        {
            problems.Add($"Length: expected W ≥ 1 but got {Length}.");
        }

        if (Stride < 1)
        {
            problems.Add($"Stride: expected ≥ 1 but got {Stride}.");
        }

        if (Leading != LeadingWindows.Skip && Stride != 1)
        {
            problems.Add($"Stride: expected 1 with Leading = {Leading} (one window per time step) but got {Stride}.");
        }

        if (!Enum.IsDefined(Leading))
        {
            problems.Add($"Leading: expected one of {string.Join(", ", Enum.GetNames<LeadingWindows>())} but got {Leading}.");
        }

        return problems;
    }
}
