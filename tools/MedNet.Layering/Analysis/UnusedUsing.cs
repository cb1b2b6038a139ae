// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>A <c>using</c> of a namespace declared in <c>src/</c> that no name of its file needs (a warning, not an edge).</summary>
/// <param name="File">The file (repository-relative path).</param>
/// <param name="Line">The directive's line, 1-based.</param>
/// <param name="Namespace">The namespace it imports.</param>
/// <param name="Reason">Why it is not needed.</param>
public sealed record UnusedUsing(string File, int Line, string Namespace, string Reason);
