// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Ipynb;

/// <summary>A notebook file is not a valid nbformat 4 document; the message names the file and the field at fault.</summary>
public sealed class NotebookFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The notebook file.</param>
    /// <param name="message">What was expected and what came.</param>
    /// <param name="inner">The parser error, if any.</param>
    public NotebookFormatException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        NotebookPath = path;
    }

    /// <summary>The notebook file.</summary>
    public string NotebookPath { get; }
}
