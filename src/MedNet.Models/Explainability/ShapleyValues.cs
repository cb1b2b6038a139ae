// SPDX-License-Identifier: MIT
using MathNet.Numerics.LinearAlgebra;
using MedNet.Tensors;

namespace MedNet.Models.Explainability;

/// <summary>
/// Shapley values of feature groups with a background set: exact enumeration for few groups, KernelSHAP
/// (Lundberg and Lee, "A Unified Approach to Interpreting Model Predictions", NeurIPS 2017, Theorem 2) for more.
/// </summary>
/// <remarks>
/// The value of a coalition S is v(S) = (1/N) Σ_n f(x_S, b^n_{−S}): the groups in S take the window's values, the others
/// the n-th background window's (interventional SHAP), so v(full) = f(x) and v(∅) = E[f(background)]. Exact:
/// φ_i = Σ_{S ∌ i} |S|!(M − |S| − 1)!/M! · (v(S ∪ {i}) − v(S)). KernelSHAP: weighted least squares of v(S) − v(∅) on the
/// coalition indicators with the Shapley kernel π(S) = (M − 1)/(C(M, |S|)·|S|·(M − |S|)) and Σφ = v(full) − v(∅) imposed by
/// eliminating the last group; coalitions are all of them when the budget allows, otherwise drawn in complementary pairs
/// with sizes ∝ the kernel (then weighted equally). Solved with MathNet's SVD. Forwards run without gradients, batched.
/// </remarks>
public static class ShapleyValues
{
    /// <summary>Exact when M ≤ <see cref="KernelShapSettings.MaxExactGroups"/>, KernelSHAP otherwise.</summary>
    /// <param name="score">(B, C, L) ↦ (B), model in eval mode.</param>
    /// <param name="input">One window (1, C, L).</param>
    /// <param name="background">(N, C, L) reference windows, N ≥ 1.</param>
    /// <param name="groups">Partition of the window's elements.</param>
    /// <param name="settings">Defaults: exact up to 12 groups, 2048 coalitions, batch 256, seed 0.</param>
    /// <returns>The values and their cost.</returns>
    public static ShapleyResult Compute(Func<Tensor, Tensor> score, Tensor input, Tensor background, FeatureGroups groups, KernelShapSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        settings ??= new KernelShapSettings();
        return groups.Count <= settings.MaxExactGroups ? Exact(score, input, background, groups, settings) : Kernel(score, input, background, groups, settings);
    }

    /// <summary>Exact Shapley values by enumerating all 2^M coalitions (M ≤ <see cref="KernelShapSettings.MaxExactGroups"/>).</summary>
    /// <param name="score">(B, C, L) ↦ (B), model in eval mode.</param>
    /// <param name="input">One window (1, C, L).</param>
    /// <param name="background">(N, C, L).</param>
    /// <param name="groups">Partition of the window's elements.</param>
    /// <param name="settings">Batch size and the group limit.</param>
    /// <returns>The values; cost 2^M · N evaluations.</returns>
    public static ShapleyResult Exact(Func<Tensor, Tensor> score, Tensor input, Tensor background, FeatureGroups groups, KernelShapSettings? settings = null)
    {
        settings ??= new KernelShapSettings();
        var game = new Game(score, input, background, groups, settings);
        var m = groups.Count;
        if (m > settings.MaxExactGroups)
        {
            throw new ArgumentException($"ShapleyValues.Exact: {m} groups need 2^{m} coalitions; at most {settings.MaxExactGroups} groups are enumerated (use Kernel).", nameof(groups));
        }

        var all = 1 << m;
        var coalitions = new int[all];
        for (var s = 0; s < all; s++)
        {
            coalitions[s] = s;
        }

        var v = game.Values(coalitions);
        var factorial = new double[m + 1];
        factorial[0] = 1;
        for (var i = 1; i <= m; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }

        var phi = new double[m];
        for (var s = 0; s < all; s++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)s);
            for (var i = 0; i < m; i++)
            {
                if ((s & (1 << i)) == 0)
                {
                    var w = factorial[size] * factorial[m - size - 1] / factorial[m];
                    phi[i] += w * (v[s | (1 << i)] - v[s]);
                }
            }
        }

        return new ShapleyResult(groups.Names, phi, v[all - 1], v[0], all, (long)all * game.BackgroundCount, Exact: true);
    }

    /// <summary>KernelSHAP estimate (Lundberg and Lee 2017, Theorem 2) with the efficiency constraint imposed.</summary>
    /// <param name="score">(B, C, L) ↦ (B), model in eval mode.</param>
    /// <param name="input">One window (1, C, L).</param>
    /// <param name="background">(N, C, L).</param>
    /// <param name="groups">Partition into M ≥ 2 groups (M ≤ 30).</param>
    /// <param name="settings">Coalition budget, batch size and seed.</param>
    /// <returns>The values; cost (coalitions + 2) · N evaluations.</returns>
    public static ShapleyResult Kernel(Func<Tensor, Tensor> score, Tensor input, Tensor background, FeatureGroups groups, KernelShapSettings? settings = null)
    {
        settings ??= new KernelShapSettings();
        var game = new Game(score, input, background, groups, settings);
        var m = groups.Count;
        if (m is < 2 or > 30)
        {
            throw new ArgumentException($"ShapleyValues.Kernel: expected 2 ≤ M ≤ 30 groups but got {m}.", nameof(groups));
        }

        var full = (1 << m) - 1;
        List<int> coalitions = [];
        List<double> weights = [];
        if ((1L << m) - 2 <= settings.Samples)
        {
            for (var s = 1; s < full; s++)
            {
                coalitions.Add(s);
                weights.Add(KernelWeight(m, System.Numerics.BitOperations.PopCount((uint)s)));
            }
        }
        else
        {
            var sizeWeights = new double[m];
            var total = 0.0;
            for (var k = 1; k < m; k++)
            {
                sizeWeights[k] = (m - 1.0) / (k * (m - k)); // π summed over the C(M, k) coalitions of size k
                total += sizeWeights[k];
            }

            var random = new Random(settings.Seed);
            var order = new int[m];
            while (coalitions.Count + 1 < settings.Samples)
            {
                var u = random.NextDouble() * total;
                var size = 1;
                for (; size < m - 1 && u > sizeWeights[size]; size++)
                {
                    u -= sizeWeights[size];
                }

                for (var i = 0; i < m; i++)
                {
                    order[i] = i;
                }

                var s = 0;
                for (var i = 0; i < size; i++)
                {
                    var j = i + random.Next(m - i);
                    (order[i], order[j]) = (order[j], order[i]);
                    s |= 1 << order[i];
                }

                coalitions.Add(s);
                coalitions.Add(full & ~s);
                weights.Add(1);
                weights.Add(1);
            }
        }

        var ends = game.Values([0, full]);
        var v = game.Values([.. coalitions]);
        double v0 = ends[0], v1 = ends[1], delta = v1 - v0;

        // Eliminate φ_M = Δ − Σ_{j<M} φ_j: (v(S) − v0) − z_M Δ = Σ_{j<M} (z_j − z_M) φ_j, rows scaled by √π(S).
        var rows = coalitions.Count;
        var a = Matrix<double>.Build.Dense(rows, m - 1);
        var y = Vector<double>.Build.Dense(rows);
        for (var r = 0; r < rows; r++)
        {
            var s = coalitions[r];
            var sw = Math.Sqrt(weights[r]);
            var zm = (s >> (m - 1)) & 1;
            for (var j = 0; j < m - 1; j++)
            {
                a[r, j] = sw * (((s >> j) & 1) - zm);
            }

            y[r] = sw * (v[r] - v0 - (zm * delta));
        }

        var solution = a.Svd(computeVectors: true).Solve(y);
        var phi = new double[m];
        var rest = delta;
        for (var j = 0; j < m - 1; j++)
        {
            phi[j] = solution[j];
            rest -= solution[j];
        }

        phi[m - 1] = rest;
        return new ShapleyResult(groups.Names, phi, v1, v0, rows + 2, (long)(rows + 2) * game.BackgroundCount, Exact: false);
    }

    private static double KernelWeight(int m, int size)
    {
        // (M − 1) / (C(M, s) · s · (M − s)), with C(M, s) in doubles (M ≤ 30).
        var binomial = 1.0;
        for (var i = 1; i <= size; i++)
        {
            binomial = binomial * (m - size + i) / i;
        }

        return (m - 1.0) / (binomial * size * (m - size));
    }

    /// <summary>The coalition game v(S) of one window against a background set.</summary>
    private sealed class Game
    {
        private readonly Func<Tensor, Tensor> _score;
        private readonly float[] _x;
        private readonly float[] _background;
        private readonly FeatureGroups _groups;
        private readonly int _c;
        private readonly int _l;
        private readonly int _batch;

        public Game(Func<Tensor, Tensor> score, Tensor input, Tensor background, FeatureGroups groups, KernelShapSettings settings)
        {
            ArgumentNullException.ThrowIfNull(score);
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(background);
            ArgumentNullException.ThrowIfNull(groups);
            var problems = settings.Validate();
            if (problems.Count > 0)
            {
                throw new ArgumentException("ShapleyValues: invalid settings: " + string.Join(" ", problems), nameof(settings));
            }

            (_c, _l) = Explain.SingleWindow(input, nameof(input), "ShapleyValues");
            if (background.dim() != 3 || background.size(0) < 1 || background.size(1) != _c || background.size(2) != _l)
            {
                throw new ArgumentException($"ShapleyValues: expected background (N ≥ 1, {_c}, {_l}) like the input but got ({string.Join(", ", background.shape)}).", nameof(background));
            }

            if (groups.Channels != _c || groups.Length != _l)
            {
                throw new ArgumentException($"ShapleyValues: the groups partition ({groups.Channels}, {groups.Length}) but the input is (1, {_c}, {_l}).", nameof(groups));
            }

            _score = score;
            _x = input.detach().ToArray();
            _background = background.detach().ToArray();
            _groups = groups;
            BackgroundCount = (int)background.size(0);
            _batch = settings.BatchSize;
        }

        public int BackgroundCount { get; }

        /// <summary>v(S) for each coalition bitmask, in batches of whole coalitions × background.</summary>
        public double[] Values(int[] coalitions)
        {
            var n = _c * _l;
            var nb = BackgroundCount;
            var perBatch = Math.Max(1, _batch / nb);
            var owner = _groups.Owner;
            var result = new double[coalitions.Length];
            for (var start = 0; start < coalitions.Length; start += perBatch)
            {
                var count = Math.Min(perBatch, coalitions.Length - start);
                var windows = new float[count * nb * n];
                for (var k = 0; k < count; k++)
                {
                    var s = coalitions[start + k];
                    for (var b = 0; b < nb; b++)
                    {
                        var dst = windows.AsSpan(((k * nb) + b) * n, n);
                        _background.AsSpan(b * n, n).CopyTo(dst);
                        for (var i = 0; i < n; i++)
                        {
                            if ((s & (1 << owner[i])) != 0)
                            {
                                dst[i] = _x[i];
                            }
                        }
                    }
                }

                var f = Explain.Evaluate(_score, windows, count * nb, _c, _l, count * nb, "ShapleyValues");
                for (var k = 0; k < count; k++)
                {
                    var sum = 0.0;
                    for (var b = 0; b < nb; b++)
                    {
                        sum += f[(k * nb) + b];
                    }

                    result[start + k] = sum / nb;
                }
            }

            return result;
        }
    }
}
