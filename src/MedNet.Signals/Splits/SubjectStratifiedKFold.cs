// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>K-fold cross-validation over subjects, stratified by class: a subject's samples all go to one fold.</summary>
/// <remarks>
/// Source: [MSA] §3 ("stratified 10-fold inter-patient cross-validation … records from the same subject never appear in
/// both training and validation/test folds"). Method (greedy, as scikit-learn's StratifiedGroupKFold): subjects are
/// shuffled with the seed, then stably sorted by the standard deviation of their class counts (most class-skewed first);
/// each subject goes to the fold whose per-class shares (fold count / class total) would have the smallest spread across
/// folds after adding it, ties to the fold with fewer samples, then the lower index. Deterministic for a seed.
/// </remarks>
public static class SubjectStratifiedKFold
{
    /// <summary>Splits the samples into <paramref name="k"/> folds.</summary>
    /// <param name="subjects">Subject of each sample (N).</param>
    /// <param name="labels">Class of each sample (N), ≥ 0.</param>
    /// <param name="k">Number of folds, 2 ≤ k ≤ number of subjects. Paper: 10.</param>
    /// <param name="seed">Shuffle seed.</param>
    /// <returns>k folds; fold f holds out the subjects assigned to f and trains on the rest.</returns>
    public static IReadOnlyList<SubjectFold> Split(IReadOnlyList<string> subjects, IReadOnlyList<int> labels, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(labels);
        if (subjects.Count != labels.Count)
        {
            throw new ArgumentException($"SubjectStratifiedKFold: expected one subject per label ({labels.Count}) but got {subjects.Count}.", nameof(subjects));
        }

        int classes = 0;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] < 0)
            {
                throw new ArgumentException($"SubjectStratifiedKFold: expected labels ≥ 0 but sample {i} has {labels[i]}.", nameof(labels));
            }

            classes = Math.Max(classes, labels[i] + 1);
            if (!index.ContainsKey(subjects[i]))
            {
                index[subjects[i]] = names.Count;
                names.Add(subjects[i]);
            }
        }

        if (k < 2 || k > names.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"SubjectStratifiedKFold: expected 2 ≤ k ≤ {names.Count} subjects.");
        }

        var counts = new int[names.Count, classes];
        var totals = new int[classes];
        for (int i = 0; i < labels.Count; i++)
        {
            counts[index[subjects[i]], labels[i]]++;
            totals[labels[i]]++;
        }

        var order = new int[names.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        new Random(seed).Shuffle(order);
        var spread = new double[names.Count];
        for (int g = 0; g < names.Count; g++)
        {
            spread[g] = StdOfRow(counts, g, classes);
        }

        var sorted = order.OrderByDescending(g => spread[g]).ToArray(); // stable: keeps the shuffled order on ties
        var foldCounts = new double[k, classes];
        var foldSizes = new int[k];
        var assignment = new int[names.Count];
        foreach (var g in sorted)
        {
            int best = -1;
            double bestScore = double.PositiveInfinity;
            for (int f = 0; f < k; f++)
            {
                double score = ScoreIfAdded(foldCounts, counts, totals, g, f, k, classes);
                if (score < bestScore - 1e-12 || (Math.Abs(score - bestScore) <= 1e-12 && foldSizes[f] < foldSizes[best]))
                {
                    best = f;
                    bestScore = score;
                }
            }

            assignment[g] = best;
            for (int c = 0; c < classes; c++)
            {
                foldCounts[best, c] += counts[g, c];
                foldSizes[best] += counts[g, c];
            }
        }

        var folds = new List<SubjectFold>(k);
        for (int f = 0; f < k; f++)
        {
            var train = new List<int>();
            var test = new List<int>();
            for (int i = 0; i < labels.Count; i++)
            {
                (assignment[index[subjects[i]]] == f ? test : train).Add(i);
            }

            var held = names.Where((_, g) => assignment[g] == f).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            folds.Add(new SubjectFold(f, [.. train], [.. test], held));
        }

        return folds;
    }

    private static double StdOfRow(int[,] counts, int g, int classes)
    {
        double mean = 0, ss = 0;
        for (int c = 0; c < classes; c++)
        {
            mean += counts[g, c];
        }

        mean /= classes;
        for (int c = 0; c < classes; c++)
        {
            ss += (counts[g, c] - mean) * (counts[g, c] - mean);
        }

        return Math.Sqrt(ss / classes);
    }

    private static double ScoreIfAdded(double[,] foldCounts, int[,] counts, int[] totals, int g, int target, int k, int classes)
    {
        double score = 0;
        for (int c = 0; c < classes; c++)
        {
            if (totals[c] == 0)
            {
                continue;
            }

            double mean = 0, ss = 0;
            for (int f = 0; f < k; f++)
            {
                mean += (foldCounts[f, c] + (f == target ? counts[g, c] : 0)) / totals[c];
            }

            mean /= k;
            for (int f = 0; f < k; f++)
            {
                double share = (foldCounts[f, c] + (f == target ? counts[g, c] : 0)) / totals[c];
                ss += (share - mean) * (share - mean);
            }

            score += Math.Sqrt(ss / k);
        }

        return score / classes;
    }
}
