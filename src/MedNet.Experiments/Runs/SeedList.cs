// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Experiments.Runs;

/// <summary>Parses and formats seed lists such as <c>0-4</c>, <c>0,1,2</c> or <c>0-2,7</c>.</summary>
public static class SeedList
{
    /// <summary>Parses a seed list: comma-separated seeds or inclusive ranges <c>a-b</c>, each seed ≥ 0, no repeats.</summary>
    /// <param name="text">E.g. <c>0-4</c>, <c>0,1,2</c>, <c>3</c>.</param>
    /// <returns>The seeds in the order given.</returns>
    /// <exception cref="ArgumentException">The text is not a seed list; the message quotes the bad part.</exception>
    public static IReadOnlyList<int> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seeds = new List<int>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = raw.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && Seed(raw[..dash]) is { } from && Seed(raw[(dash + 1)..]) is { } to && from <= to)
            {
                for (var s = from; s <= to; s++)
                {
                    AddSeed(seeds, s, text);
                }
            }
            else if (dash < 0 && Seed(raw) is { } one)
            {
                AddSeed(seeds, one, text);
            }
            else
            {
                throw new ArgumentException(
                    $"--seeds: expected seeds ≥ 0 or ranges a-b with a ≤ b, separated by commas (e.g. 0-4 or 0,1,2) but got '{raw}' in '{text}'.",
                    nameof(text));
            }
        }

        return seeds;
    }

    /// <summary>Formats seeds for captions: "seed 3", "seeds 0–4" (consecutive) or "seeds 0, 2, 7".</summary>
    /// <param name="seeds">The seeds, at least one.</param>
    /// <returns>The text.</returns>
    public static string Format(IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 1)
        {
            return $"seed {seeds[0]}";
        }

        var consecutive = true;
        for (var i = 1; i < seeds.Count; i++)
        {
            consecutive &= seeds[i] == seeds[i - 1] + 1;
        }

        return consecutive && seeds.Count > 2 ? $"seeds {seeds[0]}–{seeds[^1]}" : $"seeds {string.Join(", ", seeds)}";
    }

    private static int? Seed(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static void AddSeed(List<int> seeds, int seed, string text)
    {
        if (seeds.Contains(seed))
        {
            throw new ArgumentException($"--seeds: expected each seed once but {seed} repeats in '{text}'.", nameof(text));
        }

        seeds.Add(seed);
    }
}
