// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Grad-CAM maps of a batch, at the layer's resolution and upsampled to the input length.</summary>
/// <param name="Layer">Dotted module name of the explained layer.</param>
/// <param name="Batch">B.</param>
/// <param name="Length">L, the input length.</param>
/// <param name="LayerLength">L', the layer's time length.</param>
/// <param name="Channels">K, the layer's channel count.</param>
/// <param name="Map">ReLU(Σ_k α_k A^k) linearly upsampled to L, row-major (B, L).</param>
/// <param name="LayerMap">The same before upsampling, row-major (B, L').</param>
/// <param name="Weights">α_k per sample, row-major (B, K).</param>
/// <param name="Scores">The explained score per sample, (B).</param>
public sealed record GradCamResult(
    string Layer, int Batch, int Length, int LayerLength, int Channels, float[] Map, float[] LayerMap, float[] Weights, float[] Scores)
{
    /// <summary>The upsampled map of one sample.</summary>
    /// <param name="sample">b in [0, B).</param>
    /// <returns>L values ≥ 0.</returns>
    public ReadOnlySpan<float> MapOf(int sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sample, Batch);
        return Map.AsSpan(sample * Length, Length);
    }
}
