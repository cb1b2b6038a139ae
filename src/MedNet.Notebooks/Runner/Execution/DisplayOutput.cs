// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>A value the kernel formatted: nbformat's <c>display_data</c> (from <c>display(...)</c>) or <c>execute_result</c> (a cell's last expression).</summary>
/// <param name="Data">The value formatted per MIME type (<c>text/html</c>, <c>text/plain</c>, …); replaced by the kernel's <c>DisplayedValueUpdated</c> event.</param>
/// <param name="IsResult">True for the value of the cell's last expression (<c>execute_result</c>).</param>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, bool IsResult) : CellOutput
{
    /// <summary>The formatted value; the kernel's <c>DisplayedValueUpdated</c> event replaces it in place.</summary>
    public IReadOnlyDictionary<string, string> Data { get; set; } = Data;
}
