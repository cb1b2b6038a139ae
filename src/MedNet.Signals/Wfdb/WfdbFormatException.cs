// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>A WFDB record, header, signal file or annotation file broke the format rules; the message names where.</summary>
/// <remarks>
/// Messages follow the project rule <c>&lt;Op&gt;: expected &lt;rule&gt; but got &lt;actual&gt;. &lt;hint&gt;</c> and start with
/// <c>file:line</c> when a line is known. The properties let a caller report the fault without parsing the message.
/// </remarks>
public sealed class WfdbFormatException : FormatException
{
    /// <summary>Creates the exception and builds a message that names every known location.</summary>
    /// <param name="message">What was expected and what came, plus a hint.</param>
    /// <param name="record">Record name (e.g. <c>100</c>), if known.</param>
    /// <param name="file">Path of the file at fault, if known.</param>
    /// <param name="line">1-based line number in a header, if known.</param>
    /// <param name="field">Name of the WFDB field at fault (e.g. <c>format</c>, <c>adc_gain</c>), if known.</param>
    /// <param name="inner">The exception that caused this one, if any.</param>
    public WfdbFormatException(string message, string? record = null, string? file = null, int? line = null, string? field = null, Exception? inner = null)
        : base(Compose(message, record, file, line, field), inner)
    {
        Record = record;
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Record name, or <see langword="null"/>.</summary>
    public string? Record { get; }

    /// <summary>Path of the file at fault, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>1-based header line, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>WFDB field name, or <see langword="null"/>.</summary>
    public string? Field { get; }

    private static string Compose(string message, string? record, string? file, int? line, string? field)
    {
        var where = file is null ? string.Empty : line is null ? $"{file}: " : $"{file}:{line}: ";
        var what = record is null ? string.Empty : $"record {record}: ";
        var which = field is null ? string.Empty : $"field {field}: ";
        return where + what + which + message;
    }
}
