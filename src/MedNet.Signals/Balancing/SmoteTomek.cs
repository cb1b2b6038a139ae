// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Signals.Splits;

namespace MedNet.Signals.Balancing;

/// <summary>SMOTE oversampling followed by Tomek-link cleaning, on a training fold only.</summary>
/// <remarks>
/// Source: [MSA] §2.1 (SMOTE-Tomek "applied only to training folds after the inter-patient split"); Chawla NV et al.
/// SMOTE, JAIR 16:321–357, 2002; Tomek I. Two modifications of CNN. IEEE Trans SMC 6:769–772, 1976; Batista GEAPA et al.,
/// SIGKDD Explorations 6(1), 2004 (the combination). Steps:
/// (1) for a minority class c with n_c below the target t = ⌈TargetFraction · n_max⌉, draw t − n_c synthetic samples:
/// pick a base x_i of class c uniformly, one of its k nearest same-class neighbours x_j uniformly, u ~ U[0, 1), and add
/// x_i + u · (x_j − x_i);
/// (2) on the enlarged set, samples i and j form a Tomek link when their labels differ and each is the other's nearest
/// neighbour; both are removed (imbalanced-learn's SMOTETomek default, sampling_strategy="all").
/// Distances are Euclidean, ties go to the lower index, and nearest neighbours are found by brute force, O(N² · F):
/// apply it to compact feature vectors or modest training folds. The input type <see cref="TrainingFold"/> cannot hold
/// held-out samples, so nothing leaks into validation or test sets.
/// </remarks>
public static class SmoteTomek
{
    /// <summary>Balances a training fold.</summary>
    /// <param name="fold">Training side of a subject-wise split.</param>
    /// <param name="options">k, target and seed. Default: k = 5, full balance, seed 0.</param>
    /// <returns>The balanced training samples and the counts.</returns>
    public static BalancedSet Resample(TrainingFold fold, SmoteTomekOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fold);
        options ??= new SmoteTomekOptions();
        var problems = options.Validate();
        problems = [.. problems, .. fold.Rows.Validate()];
        if (problems.Count > 0)
        {
            throw new ArgumentException($"SmoteTomek: invalid input: {string.Join(" ", problems)}", nameof(options));
        }

        var s = fold.Rows;
        int f = s.FeatureCount, classes = 0;
        foreach (var l in s.Labels)
        {
            classes = Math.Max(classes, l + 1);
        }

        var byClass = new List<int>[classes];
        for (int c = 0; c < classes; c++)
        {
            byClass[c] = [];
        }

        for (int i = 0; i < s.Count; i++)
        {
            byClass[s.Labels[i]].Add(i);
        }

        int max = 0;
        foreach (var members in byClass)
        {
            max = Math.Max(max, members.Count);
        }

        int target = (int)Math.Ceiling(options.TargetFraction * max);
        var random = new Random(options.Seed);
        var features = new List<float>(s.Features);
        var labels = new List<int>(s.Labels);
        var subjects = new List<string>(s.Subjects);
        var synthetic = new int[classes];
        var warnings = new List<string>();
        var point = new float[f];
        for (int c = 0; c < classes; c++)
        {
            var members = byClass[c];
            int need = target - members.Count;
            if (options.MaxGrowth is { } growth)
            {
                need = Math.Min(need, (int)Math.Ceiling(growth * members.Count) - members.Count);
            }
            if (need <= 0)
            {
                continue;
            }

            if (members.Count < 2)
            {
                // a class of one (or no) sample has no neighbour to interpolate towards
                var message = $"SmoteTomek: class {c} of fold {fold.Fold} has {members.Count} training row(s) and needs {need} synthetic ones, " +
                    "but SMOTE needs at least 2 rows of a class to interpolate; the class is left as it is.";
                if (options.SmallClass == SmallClassPolicy.Error)
                {
                    throw new InvalidOperationException(message + " (SmoteTomekOptions.SmallClass = Error)");
                }

                warnings.Add(message);
                continue;
            }

            int k = Math.Min(options.Neighbours, members.Count - 1);
            var neighbours = NearestWithin(s, members, k);
            for (int n = 0; n < need; n++)
            {
                int b = random.Next(members.Count);
                int j = neighbours[(b * k) + random.Next(k)];
                float u = (float)random.NextDouble();
                var xi = s.Row(members[b]);
                var xj = s.Row(j);
                for (int d = 0; d < f; d++)
                {
                    point[d] = xi[d] + (u * (xj[d] - xi[d]));
                }

                features.AddRange(point);
                labels.Add(c);
                subjects.Add("synthetic:" + s.Subjects[members[b]]);
                synthetic[c]++;
            }
        }

        var enlarged = new LabelledSamples([.. features], f, [.. labels], [.. subjects]);
        var nearest = NearestAll(enlarged);
        var keep = new List<int>(enlarged.Count);
        var removed = new int[classes];
        for (int i = 0; i < enlarged.Count; i++)
        {
            int j = nearest[i];
            bool link = j >= 0 && enlarged.Labels[j] != enlarged.Labels[i] && nearest[j] == i;
            if (link)
            {
                removed[enlarged.Labels[i]]++;
            }
            else
            {
                keep.Add(i);
            }
        }

        return new BalancedSet(enlarged.Select(keep), synthetic, removed, fold.Fold) { Warnings = warnings };
    }

    /// <summary>For each member, the indices (into the sample set) of its k nearest other members.</summary>
    private static int[] NearestWithin(LabelledSamples s, List<int> members, int k)
    {
        var result = new int[members.Count * k];
        Parallel.For(0, members.Count, a =>
        {
            var bestD = new double[k];
            var bestI = new int[k];
            Array.Fill(bestD, double.PositiveInfinity);
            Array.Fill(bestI, int.MaxValue);
            var xa = s.Row(members[a]);
            for (int b = 0; b < members.Count; b++)
            {
                if (b == a)
                {
                    continue;
                }

                double d = TensorPrimitives.Distance(xa, s.Row(members[b]));
                Insert(bestD, bestI, d, members[b]);
            }

            bestI.CopyTo(result, a * k);
        });
        return result;
    }

    /// <summary>Nearest other sample of every sample (−1 when alone).</summary>
    private static int[] NearestAll(LabelledSamples s)
    {
        var result = new int[s.Count];
        Parallel.For(0, s.Count, i =>
        {
            double best = double.PositiveInfinity;
            int arg = -1;
            var xi = s.Row(i);
            for (int j = 0; j < s.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }

                double d = TensorPrimitives.Distance(xi, s.Row(j));
                if (d < best)
                {
                    best = d;
                    arg = j;
                }
            }

            result[i] = arg;
        });
        return result;
    }

    /// <summary>Keeps the k smallest distances in ascending order; ties keep the lower index first.</summary>
    private static void Insert(double[] d, int[] idx, double value, int index)
    {
        int k = d.Length;
        if (value > d[k - 1] || (value == d[k - 1] && index > idx[k - 1]))
        {
            return;
        }

        int p = k - 1;
        while (p > 0 && (d[p - 1] > value || (d[p - 1] == value && idx[p - 1] > index)))
        {
            d[p] = d[p - 1];
            idx[p] = idx[p - 1];
            p--;
        }

        d[p] = value;
        idx[p] = index;
    }
}
