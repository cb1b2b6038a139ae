// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>A tabular file (CSV or xlsx) that breaks the expected layout; carries the file, line and column at fault.</summary>
public sealed class TabularFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">Path of the file at fault.</param>
    /// <param name="line">1-based line (CSV) or sheet row (xlsx); 0 when the whole file is at fault.</param>
    /// <param name="column">1-based column; 0 when the whole line is at fault.</param>
    /// <param name="message">The full message (<c>&lt;Op&gt;: expected … but got …. hint</c>).</param>
    public TabularFormatException(string file, int line, int column, string message)
        : base(message)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Path of the file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line or sheet row; 0 when the whole file is at fault.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when the whole line is at fault.</summary>
    public int Column { get; }
}
