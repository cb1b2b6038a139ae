// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Attention weights of one module for a batch, captured by <see cref="AttentionCapture"/>.</summary>
/// <param name="Module">Dotted module name.</param>
/// <param name="Kind">What the values are.</param>
/// <param name="Batch">B.</param>
/// <param name="Heads">H (1 for gates).</param>
/// <param name="Queries">Query positions Q (1 for gates).</param>
/// <param name="Keys">Key positions K (time steps; channels for <see cref="AttentionKind.ChannelGate"/>).</param>
/// <param name="Values">Row-major (B, H, Q, K). For <see cref="AttentionKind.SelfAttention"/>: per-head softmax probabilities before dropout.</param>
public sealed record AttentionMap(string Module, AttentionKind Kind, int Batch, int Heads, int Queries, int Keys, float[] Values)
{
    /// <summary>One row: the weights of query <paramref name="query"/> of head <paramref name="head"/> over the keys.</summary>
    /// <param name="sample">b in [0, B).</param>
    /// <param name="head">h in [0, H).</param>
    /// <param name="query">q in [0, Q).</param>
    /// <returns>K values.</returns>
    public ReadOnlySpan<float> Row(int sample, int head, int query)
    {
        if ((uint)sample >= (uint)Batch || (uint)head >= (uint)Heads || (uint)query >= (uint)Queries)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sample), $"AttentionMap.Row: (sample {sample}, head {head}, query {query}) is outside (B = {Batch}, H = {Heads}, Q = {Queries}) of '{Module}'.");
        }

        return Values.AsSpan((((sample * Heads) + head) * Queries + query) * Keys, Keys);
    }

    /// <summary>The head average, (B, Q, K): what <c>MultiheadAttention(average_attn_weights: true)</c> returns.</summary>
    /// <returns>Row-major (B, Q, K).</returns>
    public float[] HeadAverage()
    {
        var qk = Queries * Keys;
        var result = new float[Batch * qk];
        for (var b = 0; b < Batch; b++)
        {
            var dst = result.AsSpan(b * qk, qk);
            for (var h = 0; h < Heads; h++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(dst, Values.AsSpan(((b * Heads) + h) * qk, qk), dst);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply(dst, 1f / Heads, dst);
        }

        return result;
    }

    /// <summary>
    /// Attention each key position receives in one sample: the mean over heads and queries (a column mean of the attention
    /// matrix), so it sums to 1 for <see cref="AttentionKind.SelfAttention"/>; the gate itself for the gate kinds.
    /// </summary>
    /// <param name="sample">b in [0, B).</param>
    /// <returns>K values.</returns>
    public float[] Received(int sample)
    {
        if ((uint)sample >= (uint)Batch)
        {
            throw new ArgumentOutOfRangeException(nameof(sample), sample, $"AttentionMap.Received: expected a sample in [0, {Batch}) of '{Module}'.");
        }

        var result = new float[Keys];
        var rows = Heads * Queries;
        for (var r = 0; r < rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(result, Values.AsSpan(((sample * rows) + r) * Keys, Keys), result);
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(result, 1f / rows, result);
        return result;
    }
}
