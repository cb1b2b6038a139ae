// SPDX-License-Identifier: MIT
using MedNet.Signals.Segmentation;

namespace MedNet.Models.Explainability;

/// <summary>A partition of a window's (C, L) elements into named groups, the "players" of <see cref="ShapleyValues"/>.</summary>
/// <remarks>Every element belongs to exactly one group, so the Shapley values of the groups sum to f(x) − E[f(background)].</remarks>
public sealed record FeatureGroups
{
    /// <summary>Checks and stores the groups.</summary>
    /// <param name="channels">C ≥ 1.</param>
    /// <param name="length">L ≥ 1.</param>
    /// <param name="names">One name per group.</param>
    /// <param name="masks">One mask per group, each of length C·L (row-major (C, L)); together a partition.</param>
    public FeatureGroups(int channels, int length, IReadOnlyList<string> names, IReadOnlyList<bool[]> masks)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(masks);
        if (channels < 1 || length < 1)
        {
            throw new ArgumentException($"FeatureGroups: expected C, L ≥ 1 but got ({channels}, {length}).", nameof(channels));
        }

        if (names.Count != masks.Count || masks.Count == 0)
        {
            throw new ArgumentException($"FeatureGroups: expected one name per mask and at least one group but got {names.Count} names and {masks.Count} masks.", nameof(masks));
        }

        var n = channels * length;
        var owner = new int[n];
        Array.Fill(owner, -1);
        for (var g = 0; g < masks.Count; g++)
        {
            if (masks[g].Length != n)
            {
                throw new ArgumentException($"FeatureGroups: mask '{names[g]}' has {masks[g].Length} elements, expected C·L = {n}.", nameof(masks));
            }

            for (var i = 0; i < n; i++)
            {
                if (masks[g][i])
                {
                    if (owner[i] >= 0)
                    {
                        throw new ArgumentException($"FeatureGroups: element (c={i / length}, t={i % length}) is in both '{names[owner[i]]}' and '{names[g]}'; groups must not overlap.", nameof(masks));
                    }

                    owner[i] = g;
                }
            }
        }

        var missing = Array.IndexOf(owner, -1);
        if (missing >= 0)
        {
            throw new ArgumentException($"FeatureGroups: element (c={missing / length}, t={missing % length}) is in no group; groups must cover the window (add a 'baseline' group for the rest).", nameof(masks));
        }

        Channels = channels;
        Length = length;
        Names = names;
        Masks = masks;
        Owner = owner;
    }

    /// <summary>C.</summary>
    public int Channels { get; }

    /// <summary>L.</summary>
    public int Length { get; }

    /// <summary>Group names.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Group masks, each row-major (C, L).</summary>
    public IReadOnlyList<bool[]> Masks { get; }

    /// <summary>Number of groups M.</summary>
    public int Count => Names.Count;

    /// <summary>Group index of each element, row-major (C, L).</summary>
    internal int[] Owner { get; }

    /// <summary>
    /// The four beat regions of [MSA] §3.3 from the R peaks: QRS = R ± 50 ms, ST-T = R + 100 … 300 ms, PR = R − 200 ms up to
    /// the QRS, baseline = the rest; a sample in two regions goes to the first in that order. Optionally one group per region and lead.
    /// </summary>
    /// <param name="rPeaks">R-peak sample indices of the window.</param>
    /// <param name="samplingRate">fs in Hz.</param>
    /// <param name="channels">C (leads).</param>
    /// <param name="length">L.</param>
    /// <param name="perLead">True: 4·C groups named "QRS/lead c" (or with <paramref name="leadNames"/>); false: 4 groups spanning all leads. Default: false.</param>
    /// <param name="leadNames">Names of the C leads for the per-lead group names, or null.</param>
    /// <returns>The groups.</returns>
    /// <remarks>QRS and ST-T come from <see cref="RegionMasks"/> (ST-T with J = R + 50 ms, window J + 50 … J + 250 ms). PR is an approximation from the R peak: no P-wave delineation is used.</remarks>
    public static FeatureGroups EcgRegions(ReadOnlySpan<int> rPeaks, double samplingRate, int channels, int length, bool perLead = false, IReadOnlyList<string>? leadNames = null)
    {
        if (!(samplingRate > 0) || channels < 1 || length < 1)
        {
            throw new ArgumentException($"FeatureGroups.EcgRegions: expected fs > 0, C ≥ 1, L ≥ 1 but got fs = {samplingRate}, C = {channels}, L = {length}.", nameof(samplingRate));
        }

        if (leadNames is not null && leadNames.Count != channels)
        {
            throw new ArgumentException($"FeatureGroups.EcgRegions: expected {channels} lead names but got {leadNames.Count}.", nameof(leadNames));
        }

        var qrs = new float[length];
        var stT = new float[length];
        var unused = new float[length];
        RegionMasks.Build(rPeaks, samplingRate, qrs, unused);
        RegionMasks.Build(rPeaks, samplingRate, unused, stT, new RegionMaskOptions { JPointAfterRMs = 50, StStartAfterJMs = 50, StEndAfterJMs = 250 });
        var pr = new float[length];
        var before = (int)Math.Round(200 * samplingRate / 1000);
        foreach (var r in rPeaks)
        {
            for (int t = Math.Max(0, r - before), end = Math.Min(length, r); t < end; t++)
            {
                pr[t] = 1f;
            }
        }

        // 0 = QRS, 1 = ST-T, 2 = PR, 3 = baseline, by precedence.
        var region = new int[length];
        for (var t = 0; t < length; t++)
        {
            region[t] = qrs[t] > 0 ? 0 : stT[t] > 0 ? 1 : pr[t] > 0 ? 2 : 3;
        }

        string[] regionNames = ["QRS", "ST-T", "PR", "baseline"];
        var names = new List<string>();
        var masks = new List<bool[]>();
        var leadGroups = perLead ? channels : 1;
        for (var lead = 0; lead < leadGroups; lead++)
        {
            for (var g = 0; g < 4; g++)
            {
                var mask = new bool[channels * length];
                for (var c = 0; c < channels; c++)
                {
                    if (perLead && c != lead)
                    {
                        continue;
                    }

                    for (var t = 0; t < length; t++)
                    {
                        mask[(c * length) + t] = region[t] == g;
                    }
                }

                names.Add(perLead ? $"{regionNames[g]}/{leadNames?[lead] ?? $"lead {lead}"}" : regionNames[g]);
                masks.Add(mask);
            }
        }

        return new FeatureGroups(channels, length, names, masks);
    }
}
