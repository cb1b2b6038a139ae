// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>How much of an anomaly model's score (and Grad-CAM mass) falls in one zone of the explained recordings, against chance.</summary>
/// <param name="Zone">What the zone is, e.g. "± 50 ms of a non-normal beat".</param>
/// <param name="Scope">Which samples are counted: "all explained recordings" or "anomalous recordings only".</param>
/// <param name="ScoreShare">Σ score inside the zone / Σ score over the scope.</param>
/// <param name="GradCamShare">Σ Grad-CAM mass inside the zone / Σ over the scope.</param>
/// <param name="Chance">Zone samples / scope samples: the share a score spread evenly over the scope would give.</param>
/// <param name="Samples">Samples in the scope.</param>
public sealed record AttributionZoneShare(string Zone, string Scope, double ScoreShare, double GradCamShare, double Chance, long Samples)
{
    /// <summary>Score share over chance (1 = no preference for the zone); NaN when the zone is empty.</summary>
    public double ScoreLift => Chance > 0 ? ScoreShare / Chance : double.NaN;
}
