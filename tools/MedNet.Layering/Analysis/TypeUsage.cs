// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>How often one type carries an edge of the folder graph.</summary>
/// <param name="Type">The type used.</param>
/// <param name="FileCount">How many files of the using folder name it.</param>
/// <param name="DocsOnly">True when every use is in an XML doc comment.</param>
/// <param name="ExampleFile">The first using file in ordinal order.</param>
public sealed record TypeUsage(DeclaredType Type, int FileCount, bool DocsOnly, string ExampleFile);
