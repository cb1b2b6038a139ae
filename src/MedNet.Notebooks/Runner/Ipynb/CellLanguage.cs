// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Ipynb;

/// <summary>What a notebook cell holds, decided from its cell type, its first-line magic and its Polyglot metadata.</summary>
public enum CellLanguage
{
    /// <summary>C# code, run by the runner (kernel name <c>csharp</c>, magic <c>#!csharp</c> or <c>#!c#</c>).</summary>
    CSharp,

    /// <summary>Markdown prose: a markdown cell, or a code cell with the <c>#!markdown</c> magic or kernel name <c>markdown</c>.</summary>
    Markdown,

    /// <summary>A raw cell: kept as it is, neither run nor rendered.</summary>
    Raw,

    /// <summary>A language the runner does not execute (F#, PowerShell, JavaScript, …); running it is an error.</summary>
    Unsupported,
}
