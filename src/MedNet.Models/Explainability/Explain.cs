// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.Explainability;

/// <summary>Shape checks and batched no-grad evaluation shared by the explainers.</summary>
internal static class Explain
{
    public static (int C, int L) SingleWindow(Tensor input, string name, string owner)
    {
        if (input.dim() != 3 || input.size(0) != 1)
        {
            throw new ArgumentException($"{owner}: expected one window (1, C, L) but got ({string.Join(", ", input.shape)}).", name);
        }

        return ((int)input.size(1), (int)input.size(2));
    }

    public static float[] SameShape(Tensor t, int c, int l, string name, string owner)
    {
        if (t.dim() != 3 || t.size(0) != 1 || t.size(1) != c || t.size(2) != l)
        {
            throw new ArgumentException($"{owner}: expected {name} (1, {c}, {l}) like the input but got ({string.Join(", ", t.shape)}).", name);
        }

        return t.detach().ToArray();
    }

    public static void CheckScores(Tensor y, int batch, string owner)
    {
        if (y.dim() != 1 || y.size(0) != batch)
        {
            throw new ArgumentException($"{owner}: the score must map (B, C, L) to (B) but returned ({string.Join(", ", y.shape)}) for B = {batch}.", "score");
        }
    }

    /// <summary>f of <paramref name="count"/> windows stored row-major in <paramref name="windows"/>, in batches, without gradients.</summary>
    public static double[] Evaluate(Func<Tensor, Tensor> score, float[] windows, int count, int c, int l, int batchSize, string owner)
    {
        var n = c * l;
        var result = new double[count];
        using var _ = torch.no_grad();
        for (var start = 0; start < count; start += batchSize)
        {
            var b = Math.Min(batchSize, count - start);
            var batch = torch.tensor(windows.AsSpan(start * n, b * n).ToArray(), [b, c, l]);
            var y = score(batch);
            CheckScores(y, b, owner);
            var v = y.ToArray();
            for (var i = 0; i < b; i++)
            {
                result[start + i] = v[i];
            }
        }

        return result;
    }

    /// <summary>Adds Σ_k w_k ⊙ ∂f/∂x_k over <paramref name="count"/> windows (one batched forward + backward) into
    /// <paramref name="sum"/> (length C·L); <paramref name="weights"/> (count·C·L) scales each gradient first, or null for none.</summary>
    public static void AddGradients(Func<Tensor, Tensor> score, float[] windows, int count, int c, int l, float[]? weights, double[] sum, string owner)
    {
        var n = c * l;
        var batch = torch.tensor(windows, [count, c, l], requires_grad: true);
        Tensor y;
        using (torch.enable_grad())
        {
            y = score(batch);
        }

        CheckScores(y, count, owner);
        y.sum().backward();
        var g = (batch.grad ?? throw new InvalidOperationException($"{owner}: the score does not depend on its input.")).ToArray();
        if (weights is not null)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(g.AsSpan(0, count * n), weights.AsSpan(0, count * n), g.AsSpan(0, count * n));
        }

        for (var k = 0; k < count; k++)
        {
            var row = g.AsSpan(k * n, n);
            for (var i = 0; i < n; i++)
            {
                sum[i] += row[i];
            }
        }
    }
}
