// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Formatting;

namespace MedNet.Notebooks.Runner.Scripting;

/// <summary>A value shown with <c>display(...)</c>; <see cref="Update"/> replaces what is shown, as in .NET Interactive.</summary>
public sealed class DisplayedValue
{
    private readonly OutputSink _sink;
    private readonly DisplayOutput _output;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(OutputSink sink, DisplayOutput output, string[] mimeTypes)
    {
        _sink = sink;
        _output = output;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the displayed value with <paramref name="value"/>, formatted with the same MIME types.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => _sink.Replace(_output, ValueFormatter.Format(value, _mimeTypes));

    internal static DisplayedValue Show(object? value, string[] mimeTypes)
    {
        var sink = OutputSink.Current
            ?? throw new InvalidOperationException("display: expected to be called while a notebook cell runs but no cell is running.");
        var output = new DisplayOutput(ValueFormatter.Format(value, mimeTypes), IsResult: false);
        sink.Add(output);
        return new DisplayedValue(sink, output, mimeTypes);
    }
}
