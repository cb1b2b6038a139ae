// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Thrown by <see cref="Module.load_state_dict(IReadOnlyDictionary{string, Tensor}, bool)"/> when tensors are missing, unexpected or mis-shaped; lists each by name.</summary>
public sealed class StateDictException : InvalidOperationException
{
    /// <summary>Creates the exception from the three lists.</summary>
    /// <param name="missing">Keys the module has but the state dict lacks.</param>
    /// <param name="unexpected">Keys the state dict has but the module lacks.</param>
    /// <param name="mismatched">"name: expected (a, b) but got (c, d)" entries.</param>
    public StateDictException(IReadOnlyList<string> missing, IReadOnlyList<string> unexpected, IReadOnlyList<string> mismatched)
        : base(Compose(missing, unexpected, mismatched))
    {
        missing_keys = missing;
        unexpected_keys = unexpected;
        mismatched_keys = mismatched;
    }

    /// <summary>Keys the module has but the state dict lacks.</summary>
    public IReadOnlyList<string> missing_keys { get; }

    /// <summary>Keys the state dict has but the module lacks.</summary>
    public IReadOnlyList<string> unexpected_keys { get; }

    /// <summary>Keys whose shapes differ, with both shapes.</summary>
    public IReadOnlyList<string> mismatched_keys { get; }

    private static string Compose(IReadOnlyList<string> missing, IReadOnlyList<string> unexpected, IReadOnlyList<string> mismatched)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("missing keys: " + string.Join(", ", missing));
        }

        if (unexpected.Count > 0)
        {
            parts.Add("unexpected keys: " + string.Join(", ", unexpected));
        }

        if (mismatched.Count > 0)
        {
            parts.Add("size mismatch: " + string.Join("; ", mismatched));
        }

        return "load_state_dict: expected the module's tensors but got " + string.Join("; ", parts) + ". Check the model config matches the one that saved the weights.";
    }
}
