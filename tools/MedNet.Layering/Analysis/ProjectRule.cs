// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>Which projects one project may use.</summary>
/// <param name="Project">The project.</param>
/// <param name="Allowed">The projects it may use, or null when it may use any.</param>
public sealed record ProjectRule(string Project, IReadOnlyList<string>? Allowed)
{
    /// <summary>True when the project may use <paramref name="other"/> (itself always).</summary>
    public bool Allows(string other) => other == Project || Allowed is null || Allowed.Contains(other, StringComparer.Ordinal);

    /// <summary>The rule as text: "anything", "nothing of MedNet" or the list.</summary>
    public string Describe() => Allowed switch
    {
        null => "anything",
        [] => "nothing of MedNet",
        _ => string.Join(", ", Allowed),
    };
}
