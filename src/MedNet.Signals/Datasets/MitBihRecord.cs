// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Datasets;

/// <summary>One MIT-BIH record loaded for one lead: the signal in mV and the reference annotations.</summary>
/// <param name="Name">Record name, e.g. "100".</param>
/// <param name="SamplingFrequency">Samples per second, 360 Hz for mitdb.</param>
/// <param name="Lead">Name of the loaded lead, e.g. "MLII".</param>
/// <param name="LeadIndex">Header index of the loaded lead (1 for MLII in record 114).</param>
/// <param name="Signal">The lead in mV, length L (650,000 for a whole record).</param>
/// <param name="Annotations">All reference annotations (<c>.atr</c>), beats and non-beats.</param>
public sealed record MitBihRecord(string Name, double SamplingFrequency, string Lead, int LeadIndex, float[] Signal, WfdbAnnotation[] Annotations)
{
    /// <summary>Whether the record has a pacemaker (102, 104, 107, 217), which AAMI EC57 excludes.</summary>
    public bool IsPaced => MitBih.IsPaced(Name);

    /// <summary>Sample indices of every reference beat annotation (beat symbols only, see <see cref="AnnotationCodes.IsBeat(int)"/>).</summary>
    /// <returns>Sorted sample indices.</returns>
    public long[] BeatSamples()
    {
        var list = new List<long>(Annotations.Length);
        foreach (var a in Annotations)
        {
            if (a.IsBeat)
            {
                list.Add(a.Sample);
            }
        }

        return list.ToArray();
    }

    /// <summary>Beats whose symbol has an AAMI class, with that class.</summary>
    /// <returns>Beats in time order.</returns>
    public MitBihBeat[] AamiBeats()
    {
        var list = new List<MitBihBeat>(Annotations.Length);
        foreach (var a in Annotations)
        {
            if (Beats.AamiMapping.TryMap(a.Symbol, out var c))
            {
                list.Add(new MitBihBeat(a.Sample, a.Symbol, c));
            }
        }

        return list.ToArray();
    }
}
