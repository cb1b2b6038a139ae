// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>What a name stands for, as far as a syntax-level reading can tell.</summary>
internal enum ResolutionKind
{
    /// <summary>Not a namespace or type of src/ (an outside type, a local, a member, …).</summary>
    Unknown,

    /// <summary>A type parameter, a nested type or a member of an enclosing type: no edge.</summary>
    Local,

    /// <summary>A namespace of src/.</summary>
    Namespace,

    /// <summary>A type declared in src/.</summary>
    Type,
}
