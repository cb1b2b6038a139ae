// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>The result of resolving a name.</summary>
/// <param name="Kind">What the name stands for.</param>
/// <param name="Namespace">For <see cref="ResolutionKind.Namespace"/>, the namespace.</param>
/// <param name="Type">For <see cref="ResolutionKind.Type"/>, the type.</param>
internal readonly record struct Resolution(ResolutionKind Kind, string Namespace, DeclaredType? Type)
{
    public static Resolution Unknown => new(ResolutionKind.Unknown, "", null);

    public static Resolution Local => new(ResolutionKind.Local, "", null);

    public static Resolution OfNamespace(string ns) => new(ResolutionKind.Namespace, ns, null);

    public static Resolution OfType(DeclaredType type) => new(ResolutionKind.Type, type.Namespace, type);
}
