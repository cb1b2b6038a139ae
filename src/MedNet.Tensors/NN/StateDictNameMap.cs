// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;

namespace MedNet.Tensors.NN;

/// <summary>
/// Translates the state_dict names (and, where declared, shapes) of another implementation of a model into this kit's, so a
/// checkpoint written by the reference PyTorch code loads with <see cref="Module.load_state_dict(IReadOnlyDictionary{string, Tensor}, StateDictNameMap, bool)"/>.
/// </summary>
/// <remarks>
/// Rules are tried in the order they were added; the first whose pattern matches the whole source name decides. A name no rule
/// matches passes through unchanged (it then loads if the module has it, and is reported as unexpected otherwise). PyTorch's
/// state_dict lists a module reachable under two paths twice (e.g. DTAAD's <c>conv</c> and <c>net.0</c>); when two source
/// names map to one kit name, their values must be equal, else <see cref="Apply"/> throws naming both.
/// </remarks>
public sealed class StateDictNameMap
{
    private readonly List<Rule> _rules = [];

    /// <summary>Creates an empty map with a name used in error messages.</summary>
    /// <param name="source">What the source names come from, e.g. "DTAAD repository (Yu-Lingrui/DTAAD, src/models.py)".</param>
    public StateDictNameMap(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
    }

    /// <summary>What the source names come from.</summary>
    public string Source { get; }

    /// <summary>The rules, in order, as "pattern → replacement" lines (for documentation and notebooks).</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>(_rules.Count);
        foreach (var rule in _rules)
        {
            lines.Add(rule.Describe());
        }

        return lines;
    }

    /// <summary>Adds a rename: a source name matching <paramref name="pattern"/> (a regular expression over the whole name) becomes <paramref name="replacement"/> ($1… refer to its groups).</summary>
    /// <param name="pattern">Regular expression, anchored at both ends.</param>
    /// <param name="replacement">Kit name, with <c>$n</c> group references.</param>
    /// <param name="reshape">Allow a source tensor with the same number of elements but another shape (e.g. a (L, 1, C) buffer stored as (L, C)); it is reshaped to the kit's shape.</param>
    /// <returns>This map.</returns>
    public StateDictNameMap Rename(string pattern, string replacement, bool reshape = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentException.ThrowIfNullOrEmpty(replacement);
        _rules.Add(new Rule(Anchored(pattern), replacement, reshape, null));
        return this;
    }

    /// <summary>Adds a rule that drops matching source tensors (things the kit has no counterpart for), with the reason.</summary>
    /// <param name="pattern">Regular expression, anchored at both ends.</param>
    /// <param name="reason">Why the tensor is not loaded; shown by <see cref="Describe"/>.</param>
    /// <returns>This map.</returns>
    public StateDictNameMap Drop(string pattern, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _rules.Add(new Rule(Anchored(pattern), null, false, reason));
        return this;
    }

    /// <summary>Translates a source state dict into the kit's names and shapes.</summary>
    /// <param name="source">Tensors under the source implementation's names.</param>
    /// <param name="target">The kit module's own state_dict (for the shapes a reshape rule aims at).</param>
    /// <returns>Tensors under the kit's names, in source order.</returns>
    /// <exception cref="StateDictException">A reshape rule met a tensor whose element count differs from the kit's.</exception>
    /// <exception cref="InvalidDataException">Two source names map to one kit name with different values.</exception>
    public Dictionary<string, Tensor> Apply(IReadOnlyDictionary<string, Tensor> source, IReadOnlyDictionary<string, Tensor> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var result = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        var mismatched = new List<string>();
        foreach (var (name, tensor) in source)
        {
            var (kitName, value) = Translate(name, tensor, target, mismatched);
            if (kitName is null)
            {
                continue;
            }

            if (result.TryGetValue(kitName, out var earlier))
            {
                if (!SameValues(earlier, value))
                {
                    throw new InvalidDataException(
                        $"StateDictNameMap ({Source}): '{from[kitName]}' and '{name}' both map to '{kitName}' but hold different values; " +
                        "a module shared under two paths must have one value.");
                }

                continue;
            }

            result[kitName] = value;
            from[kitName] = name;
        }

        if (mismatched.Count > 0)
        {
            throw new StateDictException([], [], mismatched);
        }

        return result;
    }

    private (string? Name, Tensor Value) Translate(string name, Tensor tensor, IReadOnlyDictionary<string, Tensor> target, List<string> mismatched)
    {
        foreach (var rule in _rules)
        {
            if (!rule.Pattern.IsMatch(name))
            {
                continue;
            }

            if (rule.Replacement is null)
            {
                return (null, tensor);
            }

            var kitName = rule.Pattern.Replace(name, rule.Replacement);
            if (rule.Reshape && target.TryGetValue(kitName, out var own) && !Shape.SameAs(own.Dims, tensor.Dims))
            {
                if (own.NumelInt != tensor.NumelInt)
                {
                    mismatched.Add($"{kitName} (from '{name}'): expected {Shape.Format(own.Dims)} or the same {own.NumelInt} elements but got {Shape.Format(tensor.Dims)}");
                    return (null, tensor);
                }

                return (kitName, tensor.reshape(own.shape));
            }

            return (kitName, tensor);
        }

        return (name, tensor);
    }

    private static bool SameValues(Tensor a, Tensor b)
    {
        if (!Shape.SameAs(a.Dims, b.Dims))
        {
            return false;
        }

        ReadOnlySpan<float> x = a.Span;
        ReadOnlySpan<float> y = b.Span;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && !(float.IsNaN(x[i]) && float.IsNaN(y[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static Regex Anchored(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant);

    private sealed record Rule(Regex Pattern, string? Replacement, bool Reshape, string? DropReason)
    {
        public string Describe() => Replacement is null
            ? $"{Pattern} → (not loaded: {DropReason})"
            : $"{Pattern} → {Replacement}{(Reshape ? " (reshaped to the kit's shape)" : string.Empty)}";
    }
}
