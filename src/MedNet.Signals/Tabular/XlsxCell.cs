// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>One cell of an xlsx sheet: empty, a number, or text (shared, inline, formula string, boolean or error shown as text).</summary>
/// <param name="Number">The numeric value; NaN unless <see cref="IsNumber"/>.</param>
/// <param name="Text">The text; <see langword="null"/> for numbers and empty cells.</param>
public readonly record struct XlsxCell(double Number, string? Text)
{
    /// <summary>An empty cell.</summary>
    public static XlsxCell Empty => new(double.NaN, null);

    /// <summary>Whether the cell holds a number.</summary>
    public bool IsNumber => Text is null && !double.IsNaN(Number);

    /// <summary>Whether the cell is empty.</summary>
    public bool IsEmpty => Text is null && double.IsNaN(Number);

    /// <inheritdoc/>
    public override string ToString() =>
        IsNumber ? Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : Text ?? string.Empty;
}
