// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>Files of one folder whose namespace is not the one the folder stands for.</summary>
/// <param name="Project">The project.</param>
/// <param name="Folder">The folder inside the project ("" for the project folder).</param>
/// <param name="Namespace">The namespace the files declare ("" when they declare none).</param>
/// <param name="FileCount">How many files.</param>
public sealed record NamespaceMismatch(string Project, string Folder, string Namespace, int FileCount);
